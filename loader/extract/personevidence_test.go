package extract

import "testing"

// A person's record cites a sentence of the article even where no sentence
// gave the role or country (an official list did, or nothing did), so that
// the affiliation edge the loader writes from it is traced to the text.
func TestPersonEvidenceIsASentenceThatNamesThem(t *testing.T) {
	for _, tc := range []struct {
		name, source, title, text string
		person, sentence          string
	}{
		{
			name:     "a country from the official list alone: the sentence that names them",
			text:     "The talks continue this week. Reporters asked about Juan Guaidó and the opposition. Nothing was decided.",
			person:   "Juan Guaidó",
			sentence: "Reporters asked about Juan Guaidó and the opposition.",
		},
		{
			name:     "the first of several such sentences, not a later one",
			text:     "The talks continue. Juan Guaidó was not there. Later Juan Guaidó spoke again.",
			person:   "Juan Guaidó",
			sentence: "Juan Guaidó was not there.",
		},
		{
			name:     "named only in the headline: the headline",
			title:    "Remarks by First Lady Jill Biden at a School",
			text:     "Thank you all for coming. It is good to be here.",
			person:   "Jill Biden",
			sentence: "Remarks by First Lady Jill Biden at a School",
		},
		{
			name:     "made from a speaker label the lists resolve: the label's sentence",
			source:   "The White House",
			text:     "THE PRESIDENT: Good afternoon.\n\nTHE VICE PRESIDENT: Thank you, Mr. President. It is good to be here.",
			person:   "Kamala Harris",
			sentence: "THE VICE PRESIDENT: Thank you, Mr. President.",
		},
		{
			// guard: the sentence that gave the country still wins over the first mention
			name:     "a cue in a later sentence: the cue's sentence",
			text:     "Wang Yi arrived late. Chinese Foreign Minister Wang Yi then spoke.",
			person:   "Wang Yi",
			sentence: "Chinese Foreign Minister Wang Yi then spoke.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(Article{ID: "a", Date: "2022-03-01", Source: tc.source, Title: tc.title, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range res.People {
				if p.Name != tc.person {
					continue
				}
				if p.Evidence.Sentence != tc.sentence {
					t.Errorf("%s's evidence is %q, want %q", p.Name, p.Evidence.Sentence, tc.sentence)
				}
				if tc.title == "" && tc.text[p.Evidence.Start:p.Evidence.End] != tc.sentence {
					t.Errorf("%s's evidence span [%d, %d) is not the sentence", p.Name, p.Evidence.Start, p.Evidence.End)
				}
				return
			}
			t.Fatalf("no %s among %+v", tc.person, res.People)
		})
	}
}
