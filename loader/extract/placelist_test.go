package extract

import (
	"slices"
	"testing"
)

// TestPlaceListSteps pins placeListItem's steps on a one-word item (texts
// written for the test on TestPlaceNotASurname's forms): the items before
// and after the word (up to three capitalised words each), whether a
// plural place noun closes the list, whether "the counties of" opens it,
// and the answer, which any item that is a place makes yes.
func TestPlaceListSteps(t *testing.T) {
	cases := []struct {
		text, word    string
		before, after []string // first word of each other item, nearest first
		closed        bool     // "… Counties" ends the list
		countiesOf    bool     // "the counties of …" opens it
		want          bool
	}{
		{"Mayors of Austin, Little Rock, San Diego, and Chicago spoke.", "Austin",
			nil, []string{"Little", "San", "Chicago"}, false, false, true}, // Chicago: a place the gazetteer lists
		{"Mayors of Little Rock, San Diego, and Austin spoke.", "Austin",
			[]string{"San", "Little"}, nil, false, false, false}, // no item a listed place or a county
		{"Leaders of Saint Lucie Parish County, and Austin spoke.", "Austin",
			[]string{"Lucie"}, nil, false, false, true}, // an item is three words at most
		{"Funding goes to the counties of Carbon, Park, and Stillwater.", "Park",
			[]string{"Carbon"}, []string{"Stillwater"}, false, true, true},
		{"Leaders of Peninsula, Marin, and Sonoma Counties attended.", "Marin",
			[]string{"Peninsula"}, []string{"Sonoma"}, true, false, true},
		{"The program adds to Austin and Travis County funds.", "Austin",
			nil, []string{"Travis"}, false, false, true}, // "Travis County": a place noun ends the item
		// guards
		{"What did Merkel, Macron, and Suga say?", "Macron",
			[]string{"Merkel"}, []string{"Suga"}, false, false, false}, // a list of people
		{"A native of Scranton, Pennsylvania, Biden has served.", "Biden",
			[]string{"Pennsylvania", "Scranton"}, nil, false, false, false}, // no separator after it: a clause's subject
		{"She met Macron in Paris.", "Macron", nil, nil, false, false, false},
	}
	firstWords := func(d *doc, items []int) []string {
		var out []string
		for _, k := range items {
			out = append(out, d.toks[k].text)
		}
		return out
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		i := tokenOf(t, d, c.word)
		s0, s1 := d.sents[0].t0, d.sents[0].t1
		before, first := d.listItemsBefore(i, s0)
		after, closed := d.listItemsAfter(i+1, s1)
		if got := firstWords(d, before); !slices.Equal(got, c.before) {
			t.Errorf("%q: items before %q, want %q", c.text, got, c.before)
		}
		if got := firstWords(d, after); !slices.Equal(got, c.after) {
			t.Errorf("%q: items after %q, want %q", c.text, got, c.after)
		}
		if closed != c.closed {
			t.Errorf("%q: closed by a plural place noun %v, want %v", c.text, closed, c.closed)
		}
		if got := d.countiesOf(first, s0); got != c.countiesOf {
			t.Errorf("%q: after 'the counties of' %v, want %v", c.text, got, c.countiesOf)
		}
		if got := d.placeListItem(i, i+1, s0, s1); got != c.want {
			t.Errorf("%q: %q an item of a list of places %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestPlaceItem: an item is a place where the gazetteer lists it or a
// place noun ends it within four capitalised words.
func TestPlaceItem(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"He flew to Chicago today.", "Chicago", true},
		{"He flew to Travis County today.", "Travis", true},
		{"He flew to Saint Lucie Parish today.", "Saint", true},
		{"He met Merkel today.", "Merkel", false},
		{"He met Travis Scott at the county fair.", "Travis", false}, // a lower-case noun is no name's end
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		k := tokenOf(t, d, c.word)
		if got := d.placeItem(k, d.sents[0].t1); got != c.want {
			t.Errorf("%q: %q a place %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
