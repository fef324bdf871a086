package ner

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that the recogniser never panics and that every span is a
// non-empty range of the text, in order, without overlaps, and on rune
// boundaries when the text is UTF-8 (the extractor rejects text that is not).
func FuzzFind(f *testing.F) {
	f.Add("U.S. President Donald Trump's visit to the United States.")
	f.Add("FOREIGN MINISTER LAPID: Hello.\n\nMr. Key: Thank you, Mr.")
	f.Add("’s ’ “ ” — Mr. . U.S. J. , Jr. & d'")
	f.Add("Fort Lee Fort Lee. Fort Lee")
	f.Add("\xff\xfe Mr \xc3")
	f.Add("")
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, sp := range m.Find(text) {
			if sp.Start < prev || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("span [%d,%d) after %d in text of %d bytes", sp.Start, sp.End, prev, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
				t.Fatalf("span [%d,%d) splits a rune", sp.Start, sp.End)
			}
			if sp.Type < Person || sp.Type > Organization {
				t.Fatalf("span [%d,%d) has type %d", sp.Start, sp.End, sp.Type)
			}
			prev = sp.End
		}
	})
}
