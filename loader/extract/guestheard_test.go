package extract

import (
	"slices"
	"testing"
)

// TestGuestCue probes guestCue at the cue's first word: a future "hear
// (directly) from" or "be joined by" after leaders, allies or "they" in
// the same clause.
func TestGuestCue(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"At the Summit, Allied leaders will hear directly from Ukrainian President Zelenskyy.", true},
		{"Obviously, support from Ukraine; they’re going to hear from President Zelenskyy at this summit.", true},
		{"The leaders will be joined by President Zelenskyy of Ukraine.", true},
		// guards
		{"The leaders heard from President Zelenskyy.", false},              // past: no cue word ("heard")
		{"Will the leaders hear from President Zelenskyy?", false},          // a question: the subject after "will"
		{"We will hear from President Zelenskyy at the summit.", false},     // the speaker's "we" is no gathering's leaders
		{"The leaders met, and will hear from President Zelenskyy.", false}, // the subject in another clause
		{"The leaders hear from President Zelenskyy every week.", false},    // no future
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := newDoc(c.text, false)
			s := sentence{t0: 0, t1: len(d.toks)}
			got := false
			for k := range d.toks {
				if _, ok := guestCue(d, s, k); ok {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("guestCue found = %v, want %v", got, c.want)
			}
		})
	}
}

// TestGuestJoinsTheGathering probes addGuests in extraction: the guest
// joins the plan of the leaders' gathering told before (whitehouse-52608),
// or, in a sentence naming the summit, makes a planned summit with the
// release's US President on its day (whitehouse-56459); a guest told with no
// summit and no plan before, or a US official, adds nothing.
func TestGuestJoinsTheGathering(t *testing.T) {
	factSheet := func(text string) Article {
		return Article{Date: "2022-06-29", Source: "whitehouse.gov", Title: "FACT SHEET: The 2022 NATO Summit in Madrid",
			Text: "In close cooperation with our Allies, President Biden announced today that the United States will take additional actions.\n\n" + text}
	}
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"a guest of the summit the release is of (whitehouse-56459)",
			factSheet("Support for Ukraine: At the Summit, Allied leaders will hear directly from Ukrainian President Zelenskyy and discuss their ongoing efforts."),
			[]string{"summit planned 2022-06-29: Joe Biden + Volodymyr Zelenskyy"}},
		{"a guest of the leaders' meeting told before (whitehouse-52608)", Article{Date: "2022-05-06", Source: "whitehouse.gov",
			Title: "Press Gaggle by Press Secretary Jen Psaki",
			Text:  "Aboard Air Force One\n\nMS. PSAKI: Okay, I wanted to give you guys a sense of the week ahead.\n\nOn Sunday morning, President Biden will participate in a G7 virtual leaders meeting chaired by German Chancellor Scholz.\n\nThe leaders will be joined by President Zelenskyy of Ukraine."},
			[]string{"call planned 2022-05-08: Joe Biden + Olaf Scholz + Volodymyr Zelenskyy"}},
		// guards
		{"no summit named and no plan before", factSheet("Allied leaders will hear directly from Ukrainian President Zelenskyy."), nil},
		{"a US official joining", factSheet("At the Summit, Allied leaders will be joined by Secretary of State Antony Blinken."), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := meetingLines(t, c.a, false); !slices.Equal(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}
