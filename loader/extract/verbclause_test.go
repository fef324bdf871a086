package extract

import (
	"strings"
	"testing"
)

// TestVerbClauseEnd reads where a meeting word's clause ends, on sentences
// of the open corpus (test and the unseen batches dropped) and of dev, and
// a few written for the probe: at a clause of
// its own after the word, one with a subject and a finite verb; not at a
// list's last name, "but also", a clause of joining or of meeting, or a
// relative clause.
func TestVerbClauseEnd(t *testing.T) {
	cases := []struct {
		name, text, word string
		want             string // the text from the clause's end on, "" if it reaches the sentence's end
	}{
		{"and I think (whitehouse-24971)",
			"Yes, so, President Biden has met so many Iraqis, and I think this will be the first face-to-face between the President and Prime Minister Kadhimi.",
			"met", ", and I think"},
		{"and a named subject with its verb (whitehouse-53779)",
			"President Yoon underscored President Biden’s leadership in convening the Global COVID-19 Summit in May 2022, and President Biden appreciated President Yoon’s active participation.",
			"Summit", ", and President Biden appreciated"},
		{"but he (usdos-253663)",
			"Now, we didn’t get into specific cases in that meeting, but he made very clear to President Putin that this is fundamentally who we are.",
			"meeting", ", but he made"},
		{"a pronoun broken off by a dash (usdos-344097)",
			"And during the visit by Vice President Kamala Harris, we asked her for the vaccines, and she – upon coming back, she has worked with President Biden.",
			"visit", ", and she –"},
		{"a semicolon and a named subject (written for the probe)",
			"Secretary Blinken met with Foreign Minister Kuleba in Warsaw; President Zelenskyy thanked Chancellor Scholz for his support.",
			"met", "; President Zelenskyy thanked"},
		{"a list's last name with the list's verb (guard, usdos-344754)",
			"At the North American Leaders’ Summit on November 18, President Biden, President Lopez Obrador, and Prime Minister Trudeau committed to convene a meeting of Indigenous women leaders.",
			"Summit", ""},
		{"a list's last name (guard, dev usdos-344487)",
			"Secretary of State Antony J. Blinken met today in Berlin with German Foreign Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss, and French Director General for Political and Security Affairs Philippe Errera.",
			"met", ""},
		{"but also (guard, dev usdos-364078)",
			"I want to thank Minister Hagiuda for the leadership you’re providing in the JUCIP, but also in the IPEF, and for your close partnership in ensuring the success of the supply chain ministerial last week.",
			"ministerial", ""},
		{"a relative clause naming the meeting's people (guard, usdos-325092)",
			"Under Secretary Fernandez will travel to San José, where he will support a Summit of the Alliance for Development in Democracy, which will include President Luis Abinader Corona of the Dominican Republic.",
			"Summit", ""},
		{"a clause of joining (guard, written for the probe)",
			"President Biden spoke with Chancellor Scholz on Monday, and Vice President Harris joined the call.",
			"spoke", ""},
		{"a clause of its own meeting (guard, written for the probe)",
			"President Biden met with Chancellor Scholz on Monday, and he also met with President Macron.",
			"met", ""},
		{"a coordinated verb sharing the subject (guard, written for the probe)",
			"President Biden met with Chancellor Scholz on Monday and discussed support for Ukraine with Prime Minister Trudeau.",
			"met", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s, idx, r := resolvedSentence(t, c.text, false, "2022-06-01")
			at := -1
			for k := s.t0; k < s.t1; k++ {
				if d.toks[k].text == c.word {
					at = k
					break
				}
			}
			if at < 0 {
				t.Fatalf("no %q in the sentence", c.word)
			}
			end := verbClauseEnd(d, s, at, idx, r)
			got := ""
			if end < s.t1 {
				got = d.text[d.toks[end].start:]
			}
			if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
				t.Errorf("the clause ends at %q, want %q", got, c.want)
			}
		})
	}
}

// TestMeetingWordReadsOnlyItsClause probes whole articles: the corpus
// sentences whose meeting word took a participant from another clause
// (probes), and held pairs of dev's gold whose sentences hold a clause bound
// or a list that must stay (guards).
func TestMeetingWordReadsOnlyItsClause(t *testing.T) {
	cases := []meetingProbe{
		{"met some, and I think … between the President and another (whitehouse-24971)",
			Article{Date: "2021-07-23", Source: "whitehouse.gov", Title: "Background Press Call by Senior Administration Officials Previewing the Visit of Prime Minister Mustafa Al-Kadhimi of Iraq",
				Text: "SENIOR ADMINISTRATION OFFICIAL: Yes, so, President Biden has met so many Iraqis, and I think this will be the first face-to-face between the President and Prime Minister Kadhimi."},
			nil}, // the face-to-face is told in a sentence of its own in the article
		{"a summit one convened, and the other appreciated (whitehouse-53779)",
			Article{Date: "2022-05-21", Source: "whitehouse.gov", Title: "United States-Republic of Korea Leaders’ Joint Statement",
				Text: "President Yoon underscored President Biden’s leadership in convening the Global COVID-19 Summit in May 2022, and President Biden appreciated President Yoon’s active participation and ROK’s announced pledges."},
			nil},
		{"that meeting, but he made clear to another (usdos-253663)",
			Article{Date: "2021-06-21", Source: "state.gov", Title: "Secretary Antony J. Blinken With Rachel Martin of NPR Morning Edition",
				Text: "SECRETARY BLINKEN: Now, we didn’t get into specific cases in that meeting, but he made very clear to President Putin that this is fundamentally who we are, and who he is, and what we’ll do, and will continue to do going forward."},
			nil},
		// guards: dev's gold holds these pairs
		{"met with a list whose last name follows a comma and and (guard, dev usdos-344487)",
			Article{Date: "2022-05-15", Source: "state.gov", Title: "Secretary Blinken’s Meeting with Quint Counterparts",
				Text: "Secretary of State Antony J. Blinken met today in Berlin with German Foreign Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss, and French Director General for Political and Security Affairs Philippe Errera."},
			[]string{"meeting held 2022-05-15: Annalena Baerbock + Antony Blinken + Liz Truss + Philippe Errera"}},
		{"spoke with a list (guard, dev whitehouse-49471)",
			Article{Date: "2022-03-21", Source: "whitehouse.gov", Title: "Readout of President Biden’s Call with European Leaders",
				Text: "President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, Prime Minister Mario Draghi of Italy, and Prime Minister Boris Johnson of the United Kingdom."},
			[]string{"call held 2022-03-21: Boris Johnson + Emmanuel Macron + Joe Biden + Mario Draghi + Olaf Scholz"}},
	}
	checkProbes(t, cases, nil)
}
