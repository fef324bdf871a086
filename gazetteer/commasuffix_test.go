package gazetteer

import (
	"slices"
	"testing"
)

// TestListedNamesDropTheCommaSuffix checks that a listed official whom the
// generated lists name with a comma suffix goes by the name without it
// (open articles whitehouse-52411, usdos-353343, whitehouse-57115), found
// under either form, and that the recogniser's features keep the listed form.
func TestListedNamesDropTheCommaSuffix(t *testing.T) {
	cases := []struct{ lookup, want, listed string }{
		{"James A. Winnefeld, Jr.", "James Winnefeld", "James Winnefeld, Jr."},
		{"James Winnefeld", "James Winnefeld", "James Winnefeld, Jr."},
		{"Jon M. Huntsman, Jr.", "Jon Huntsman", "Jon Huntsman, Jr."},
		{"Richard Mills, Jr.", "Richard Mills", "Richard Mills, Jr."},
	}
	for _, c := range cases {
		t.Run(c.lookup, func(t *testing.T) {
			terms := OfficialsNamed(c.lookup)
			if len(terms) == 0 {
				t.Fatalf("no official named %q", c.lookup)
			}
			for _, o := range terms {
				if o.Name != c.want || o.Spelled != c.listed {
					t.Errorf("named %q spelled %q, want %q spelled %q", o.Name, o.Spelled, c.want, c.listed)
				}
				if !slices.Contains(o.NotInModel, c.want) || !slices.Contains(o.Aliases, c.listed) {
					t.Errorf("%q: NotInModel %v, aliases %v: the model's features must keep the listed form alone", c.want, o.NotInModel, o.Aliases)
				}
			}
		})
	}
}

// TestDropCommaSuffixesLeavesOtherNames: a suffix without a comma is part
// of the common name ("Ferdinand Marcos Jr.", "Charles III"), a peer's or a
// prince's style after a comma is not a suffix, and a plain name the lists
// already give as an alias stays in the model.
func TestDropCommaSuffixesLeavesOtherNames(t *testing.T) {
	terms := []Official{
		{Name: "Ferdinand Marcos Jr."},
		{Name: "Charles III"},
		{Name: "Albert II, Prince of Monaco"},
		{Name: "Des Browne, Baron Browne of Ladyton"},
		{Name: "John King, Jr.", Aliases: []string{"John King"}},
	}
	dropCommaSuffixes(terms)
	for i, want := range []string{"Ferdinand Marcos Jr.", "Charles III", "Albert II, Prince of Monaco",
		"Des Browne, Baron Browne of Ladyton", "John King"} {
		if terms[i].Name != want {
			t.Errorf("%q, want %q", terms[i].Name, want)
		}
	}
	if len(terms[4].NotInModel) != 0 {
		t.Errorf("John King's alias was in the model: NotInModel %v, want none", terms[4].NotInModel)
	}
}
