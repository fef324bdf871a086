package extract

import (
	"slices"
	"testing"
)

// TestToldAsPastGathering probes toldAsPastGathering on the summit word of
// a sentence: a past "be" with the gathering after "at", "in" or "for", in
// the same sentence part and within reach, tells one the speakers were at.
// The first three are the open corpus's (usdos-255039, usdos-345586,
// whitehouse-27069).
func TestToldAsPastGathering(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"We were together at the G7, NATO, indirectly at the U.S.-EU summit.", "summit", true},
		{"Mevlüt and I were just together at the NATO Ministerial.", "ministerial", true},
		{"And when I was at a, you know, summit with Putin, they asked.", "summit", true},
		{"When I was over for the NATO summit, we spoke.", "summit", true},
		// guards
		{"We are together at the summit.", "summit", false},                       // present
		{"The declaration was adopted at the summit.", "summit", false},           // a passive: a participle, no preposition
		{"It was a pleasure to host the summit.", "summit", false},                // "was" with no preposition after it
		{"They were in Madrid; the summit began.", "summit", false},               // another sentence part
		{"I was at home when the leaders met for a long summit.", "summit", true}, // within reach: the rule reads words, not syntax
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := newDoc(c.text, false)
			at := slices.IndexFunc(d.toks, func(tk token) bool { return tk.key == c.word })
			if at < 0 {
				t.Fatalf("no %q in %q", c.word, c.text)
			}
			if got := toldAsPastGathering(d, at, 0); got != c.want {
				t.Errorf("toldAsPastGathering = %v, want %v", got, c.want)
			}
		})
	}
}

// TestPastGatheringTakesNoDay probes the rule in extraction: a summit the
// speakers "were together at", undated, is no encounter of the article's
// day but an earlier one of its own, undated and with no place (the three
// open articles on main: all dated their day, all wrong); one dated by its
// own words keeps them.
func TestPastGatheringTakesNoDay(t *testing.T) {
	const paris = "Secretary Antony J. Blinken and French Foreign Minister Jean-Yves Le Drian Before Their Meeting"
	const header = "Antony J. Blinken, Secretary of State\n\nParis, France\n\nQuai d’Orsay\n\nSECRETARY BLINKEN: It’s been a while. "
	const bl = "Antony Blinken + Jean-Yves Le Drian"
	article := func(text string) Article {
		return Article{Date: "2021-06-25", Source: "state.gov", Title: paris, Text: header + text}
	}
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"were together at a list of gatherings (usdos-255039)", article("We were together at the G7, NATO, indirectly at the U.S.-EU summit. We’ve been working very closely together."),
			[]string{"meeting held 2021-06-25 @Paris: " + bl, "summit held  @: " + bl}},
		{"were just together at the ministerial (usdos-345586)", Article{Date: "2022-05-18", Source: "state.gov",
			Title: "Secretary Antony J. Blinken and Turkish Foreign Minister Mevlüt Çavuşoğlu Before Their Meeting",
			Text:  "Antony J. Blinken, Secretary of State\n\nNew York City, New York\n\nSECRETARY BLINKEN: Good morning, everyone. Mevlüt and I were just together at the NATO Ministerial."},
			[]string{"meeting held 2022-05-18 @New York: Antony Blinken + Mevlut Cavusoglu", "summit held  @: Antony Blinken + Mevlut Cavusoglu"}},
		// guards
		{"together at the summit today keeps its day", article("We were together at the G7 summit today."),
			[]string{"meeting held 2021-06-25 @Paris: " + bl, "summit held 2021-06-25 @Paris: " + bl}},
		{"together at the summit on a day keeps the day", article("We were together at the G7 summit on June 12."),
			[]string{"meeting held 2021-06-25 @Paris: " + bl, "summit held 2021-06-12 @: " + bl}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := meetingLines(t, c.a, true); !slices.Equal(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}
