package extract

import (
	"reflect"
	"testing"

	"newsgraph/gazetteer"
)

// TestResolverOfficialsNamedIsTheGazetteers: the article's cache answers
// as the gazetteer does, the first time and the next, for a listed name,
// another spelling of one, and a name no list holds (nil, cached too).
func TestResolverOfficialsNamedIsTheGazetteers(t *testing.T) {
	r := &resolver{date: "2022-06-10"}
	for _, name := range []string{"Antony Blinken", "Yoon Suk Yeol", "Fadi Haddad", "Antony Blinken", "Fadi Haddad", ""} {
		want := gazetteer.OfficialsNamed(name)
		for range 2 {
			if got := r.officialsNamed(name); !reflect.DeepEqual(got, want) {
				t.Errorf("officialsNamed(%q) = %v, want the gazetteer's %v", name, got, want)
			}
		}
	}
	if n := len(r.listed); n != 4 {
		t.Errorf("%d names cached, want 4 (one for each name asked)", n)
	}
}
