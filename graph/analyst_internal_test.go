package graph

import (
	"testing"

	"newsgraph/schema"
)

// relations shows the side a text names best: a country whose ISO code the
// text is comes before an organization that a text happened to call so
// ("UA", a university's), and a name or code matches with case folded.
func TestRelationsSideIsTheNodeTheTextNamesBest(t *testing.T) {
	ukraine := schema.Node{ID: "country:UA", Label: schema.LabelCountry, Name: "Ukraine", Props: map[string]string{schema.PropCode: "UA"}}
	ua := schema.Node{ID: "org:ua", Label: schema.LabelOrganization, Name: "UA", Props: map[string]string{schema.PropShort: "UA"}}
	nato := schema.Node{ID: "org:nato", Label: schema.LabelOrganization, Name: "North Atlantic Treaty Organization", Props: map[string]string{schema.PropShort: "NATO"}}
	natoStub := schema.Node{ID: "org:nato-allies", Label: schema.LabelOrganization, Name: "NATO Allies", Aliases: []string{"nato"}}
	tests := []struct {
		text  string
		nodes []schema.Node
		want  string
	}{
		{"UA", []schema.Node{ukraine, ua}, "country:UA"},
		{"ua", []schema.Node{ukraine, ua}, "country:UA"},
		{"org:ua", []schema.Node{ukraine, ua}, "org:ua"},
		{"Ukraine", []schema.Node{ukraine}, "country:UA"},
		{"nato", []schema.Node{nato, natoStub}, "org:nato"},
		{"Alliance", []schema.Node{nato, natoStub}, "org:nato"}, // an alias alone: the first by id
	}
	for _, tt := range tests {
		if got := best(tt.nodes, tt.text); got.ID != tt.want {
			t.Errorf("best(%v, %q) = %s, want %s", ids(tt.nodes), tt.text, got.ID, tt.want)
		}
	}
}

func ids(nodes []schema.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}
