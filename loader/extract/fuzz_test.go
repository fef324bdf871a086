package extract

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that Extract never panics, that every offset lies in
// the text on rune boundaries and that the result marshals to JSON.
func FuzzExtract(f *testing.F) {
	f.Add("Secretary Antony J. Blinken met with Chinese President Xi Jinping on Monday in Beijing.", "2023-06-19")
	f.Add("FOREIGN MINISTER LAPID: Hello.\n\nSECRETARY BLINKEN: Thank you, Mr. Secretary.", "2021-06-27")
	f.Add("<p>Prime Minister Dr. Keith Mitchell of Grenada</p>&amp; U.S. ", "2022-04-29")
	f.Add("The Leaders that participated:\n\nPrime Minister Mia Mottley of Barbados\n\nPresident Dr. Irfaan Ali of Guyana", "2022-04-29")
	f.Add("’s ’ “ ” — Mr. . U.S. J. , Jr.", "2022-01-01")
	f.Add("", "")
	for _, a := range readArticles(f, filepath.Join("testdata", "articles.jsonl"))[:3] {
		f.Add(a.Text, a.Date)
	}
	f.Fuzz(func(t *testing.T, text, date string) {
		res, err := Extract(Article{ID: "fuzz", Title: text[:min(len(text), 80)], Date: date, Text: text, Source: "state.gov"})
		if err != nil {
			return
		}
		check := func(what string, start, end int) {
			if start < 0 || end > len(text) || start > end {
				t.Fatalf("%s: range [%d,%d) outside text of %d bytes", what, start, end, len(text))
			}
			if start < len(text) && !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
				t.Fatalf("%s: range [%d,%d) splits a rune", what, start, end)
			}
		}
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				check(e.ID, m.Start, m.End)
			}
		}
		for _, p := range res.People {
			check(p.ID+" evidence", p.Evidence.Start, p.Evidence.End)
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatal(err)
		}
	})
}
