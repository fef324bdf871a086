package gazetteer

import (
	"slices"
	"testing"
)

// TestParseFamilyFirstRefusesABadRow: an unknown code, a name that is not
// countries.tsv's and a code written twice are refused.
func TestParseFamilyFirstRefusesABadRow(t *testing.T) {
	nameOf := func(cc string) (string, bool) { return map[string]string{"CN": "China"}[cc], cc == "CN" }
	wantRefused(t, func(data []byte) error { _, err := parseFamilyFirst("t.tsv", data, nameOf); return err }, map[string]string{
		"XX\tChina\n":            `t.tsv:1: "XX" is no country of countries.tsv`,
		"CN\tTaiwan\n":           `t.tsv:1: CN: name "Taiwan", countries.tsv's is "China"`,
		"CN\tChina\nCN\tChina\n": `t.tsv:2: "CN" is already a row`,
		"CN\n":                   "t.tsv:1: 1 columns, want 2 to 2",
	})
}

// TestParseShortNamesRefusesABadRow: a name written twice in any case, a
// row without short forms, a short form written twice or that is its name
// are refused.
func TestParseShortNamesRefusesABadRow(t *testing.T) {
	wantRefused(t, func(data []byte) error { _, err := parseShortNames("t.tsv", data); return err }, map[string]string{
		"William\tBill\nwilliam\tBilly\n": `t.tsv:2: "william" is already a row, "William"`,
		"William\t;\n":                    "t.tsv:1: William: no short forms",
		"William\tBill;Bill\n":            `t.tsv:1: William: short form "bill" is the name or written twice`,
		"Joe\tjoe\n":                      `t.tsv:1: Joe: short form "joe" is the name or written twice`,
	})
}

// TestEmbeddedPersonNameFactsParse: the embedded tables read without error
// against countries.tsv.
func TestEmbeddedPersonNameFactsParse(t *testing.T) {
	nameOf := func(cc string) (string, bool) { c, ok := CountryByCode(cc); return c.Name, ok }
	if _, err := parseFamilyFirst(familyFirstFile, embeddedTable(familyFirstFile), nameOf); err != nil {
		t.Error(err)
	}
	if _, err := parseShortNames(shortNamesFile, embeddedTable(shortNamesFile)); err != nil {
		t.Error(err)
	}
}

// TestFamilyNameFirst: China's and Singapore's names put the family name
// first, Japan's lists and America's do not.
func TestFamilyNameFirst(t *testing.T) {
	for cc, want := range map[string]bool{"CN": true, "SG": true, "KH": true, "JP": false, "US": false, "cn": false} {
		if got := FamilyNameFirst(cc); got != want {
			t.Errorf("%s: %v, want %v", cc, got, want)
		}
	}
}

// TestIsShortFirstName finds a listed short form of a name in lower case,
// a form two names share for either, and not the other way round.
func TestIsShortFirstName(t *testing.T) {
	for _, c := range []struct {
		full, short string
		want        bool
	}{
		{"elizabeth", "liz", true}, {"william", "bill", true}, {"edward", "ted", true}, {"theodore", "ted", true},
		{"liz", "elizabeth", false}, {"Elizabeth", "Liz", false}, {"william", "will", false}, {"anthony", "antony", false},
	} {
		if got := IsShortFirstName(c.full, c.short); got != c.want {
			t.Errorf("%q, %q: %v, want %v", c.full, c.short, got, c.want)
		}
	}
}

// TestFirstNamesShortenedToInvertsTheShortForms: every listed short form
// gives back each first name it shortens and no other, a short form two
// names share gives both, and a word that shortens nothing gives none.
func TestFirstNamesShortenedToInvertsTheShortForms(t *testing.T) {
	for full, shorts := range load().shortNames {
		for _, short := range shorts {
			got := FirstNamesShortenedTo(short)
			if !slices.Contains(got, full) {
				t.Errorf("FirstNamesShortenedTo(%q) = %q, want %q among them", short, got, full)
			}
			for _, f := range got {
				if !IsShortFirstName(f, short) {
					t.Errorf("FirstNamesShortenedTo(%q) gives %q, which %q does not shorten", short, f, short)
				}
			}
		}
	}
	if got := FirstNamesShortenedTo("ted"); len(got) < 2 {
		t.Errorf(`FirstNamesShortenedTo("ted") = %q, want Edward and Theodore`, got)
	}
	if got := FirstNamesShortenedTo("antony"); len(got) != 0 {
		t.Errorf(`FirstNamesShortenedTo("antony") = %q, want none`, got)
	}
}
