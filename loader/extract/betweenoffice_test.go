package extract

import "testing"

// TestBetweenOffice probes an encounter whose first participant is named
// after "between" by the publisher's office alone, the other by name after
// "and" (betweenOffice): the office's holder met that person. Not in a
// reporter's question, not when nobody is named after "and", not when the
// article never names the holder. The texts are written for the probe,
// never copied from the corpus.
func TestBetweenOffice(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	briefing := "Department Press Briefing – June 10, 2022"
	cases := []meetingProbe{
		{"a meeting today between the Secretary and his counterpart, named", readout(briefing,
			"MR PRICE: Secretary Blinken returned this morning. There was a bilateral meeting today between the Secretary and his Ukrainian counterpart, Foreign Minister Dmytro Kuleba, here at the Department of State."),
			[]string{"meeting held 2022-06-10: " + pairBK}},
		{"the call between the Secretary and the minister by name", readout(briefing,
			"MR PRICE: Secretary Blinken is in Washington. That came up in the call between the Secretary and Foreign Minister Dmytro Kuleba this morning."),
			[]string{"call held 2022-06-10: " + pairBK}},
		{"between the President and a leader, in a White House release", Article{Date: pub, Source: "whitehouse.gov",
			Title: "Statement by Press Secretary Karine Jean-Pierre",
			Text:  "President Biden welcomes the progress. The meeting today between the President and President Volodymyr Zelenskyy of Ukraine will take place at the White House."},
			[]string{"meeting held 2022-06-10: Joe Biden + Volodymyr Zelenskyy"}},
		// Guards: asked about, nobody named, another office, the holder never named.
		{"a reporter asks about a meeting between the Secretary and a minister (guard)", readout(briefing,
			"MR PRICE: Secretary Blinken is in Washington. Go ahead. QUESTION: Thanks, Ned. I want to go back to the meeting today between the Secretary and Foreign Minister Dmytro Kuleba. Did they discuss grain?"),
			nil},
		{"a White House reporter's Q about a call between the President and a leader (guard)", Article{Date: pub, Source: "whitehouse.gov",
			Title: "Press Briefing by Press Secretary Karine Jean-Pierre, June 10, 2022",
			Text:  "MS. JEAN-PIERRE: President Biden is at the White House today. Go ahead. Q Thank you. I want to follow up on the call today between the President and President Volodymyr Zelenskyy. Did they talk about grain?"},
			nil},
		{"between the Secretary and an unnamed foreign minister (guard)", readout(briefing,
			"MR PRICE: Secretary Blinken is in Washington. We issued a readout of the call between the Secretary and the Ukrainian foreign minister."),
			nil},
		{"between the Secretary General and a minister (guard)", readout(briefing,
			"MR PRICE: Secretary Blinken is in Washington. There was a meeting today between the Secretary General and Foreign Minister Dmytro Kuleba."),
			nil},
		{"the Secretary never named in the article (guard)", readout(briefing,
			"MR PRICE: There was a bilateral meeting today between the Secretary and Foreign Minister Dmytro Kuleba."),
			nil},
	}
	checkProbes(t, cases, nil)
}
