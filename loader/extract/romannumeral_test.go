package extract

import (
	"strings"
	"testing"
)

// TestRomanNumeralNamesNoTerritory: "VI" after a monarch's name, a law's
// "Title" or a treaty's "Article", or a conference's edition is a number, not
// the U.S. Virgin Islands, whose Factbook abbreviation it also is; the corpus
// never writes the territory so. Sentences from open articles (the ids).
func TestRomanNumeralNamesNoTerritory(t *testing.T) {
	cases := []struct{ id, date, text string }{
		{"usdos-321933", "2022-03-08", "Foreign Minister Bourita and Deputy Secretary Sherman highlighted King Mohammed VI’s leadership in advancing a far-reaching reform agenda."},
		{"usdos-329202", "2022-03-29", "It’s an effort that quite simply would not have been possible were it not for the courage and vision of leaders like His Majesty King Mohammed VI to break down longstanding barriers."},
		{"usdos-343901", "2022-05-12", "We applauded the European Union for convening the Brussels VI Conference on Supporting the Future of Syria and the Region."},
		{"whitehouse-56438", "2022-06-28", "KING FELIPE VI: Mr. President, welcome to the Royal Palace."},
		{"whitehouse-54180", "2022-05-25", "On September 15, 2021, the Associate Attorney General directed a review of the DOJ’s implementation and administrative enforcement of Title VI of the Civil Rights Act of 1964."},
		{"usdos-364440", "2022-08-01", "In line with its obligation under Article VI of the NPT, the United States has a long history of reducing strategic risk."},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			res, err := Extract(Article{ID: c.id, Date: c.date, Source: "state.gov", Title: "Release", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Entities {
				if e.ID == "country:VI" || strings.HasPrefix(e.ID, "place:vi") {
					t.Errorf("entity %s (%s) from %q", e.ID, e.Name, c.text)
				}
			}
		})
	}
}

// TestVirginIslandsByNameStillNameTheTerritory guards the change above: the
// territory's own name still gives it (whitehouse-54363).
func TestVirginIslandsByNameStillNameTheTerritory(t *testing.T) {
	text := "From lush forests in Washington State and coral reefs in the Virgin Islands to snow-capped mountains in Alaska and rolling hills in Vermont, the grandeur of the American landscape fills our souls."
	res, err := Extract(Article{ID: "whitehouse-54363", Date: "2022-05-31", Source: "whitehouse.gov", Title: "Proclamation", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.ID == "country:VI" {
			return
		}
	}
	t.Errorf("no country:VI among %v", res.Entities)
}

// TestRegnalNumberIsPartOfTheName: a monarch's Roman numeral is in the
// person's mention ("Mohammed VI", not "Mohammed" and "VI"), though "vi" is
// on the common-word list that stops a name in capitals; "II" and "III",
// which it lacks, were whole already; and a name in capitals keeps the
// numeral's capitals ("KING FELIPE VI" is Felipe VI, not Felipe Vi: that
// probe fails without regnalNumber in cleanName). Sentences from open
// articles.
func TestRegnalNumberIsPartOfTheName(t *testing.T) {
	cases := []struct{ id, date, text, want, name string }{
		{"usdos-321856", "2022-03-08", "The United States applauds King Mohammed VI’s leadership in advancing an ambitious and far- reaching reform agenda.", "Mohammed VI", "Mohammed VI"},
		{"usdos-328858", "2022-03-28", "As His Majesty King Mohammed VI said when we established the relations, this is not an opportunistic move.", "Mohammed VI", "Mohammed VI"},
		{"whitehouse-56438", "2022-06-28", "KING FELIPE VI: Mr. President, welcome to the Royal Palace.", "FELIPE VI", "Felipe VI"},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			res, err := Extract(Article{ID: c.id, Date: c.date, Source: "state.gov", Title: "Release", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				if e.Type != "Person" {
					continue
				}
				if e.Name != c.name {
					t.Errorf("person %q, want %q", e.Name, c.name)
				}
				for _, m := range e.Mentions {
					got = append(got, c.text[m.Start:m.End])
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("person mentions %q, want [%q]", got, c.want)
			}
		})
	}
}
