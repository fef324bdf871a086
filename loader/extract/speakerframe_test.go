package extract

import (
	"slices"
	"testing"
)

// TestSpeakerFrames probes speakerOnlyFrames: a transcript's speaker whose
// every first-person word frames what the sentence tells ("I would expect
// that", "I think", "our expectation is that", "I can't talk to", "I don't
// have anything to announce") is no party to the encounter it tells. Every
// case but the guards gives another answer with the rule switched off; the
// texts are written for the probe, never copied from the corpus.
func TestSpeakerFrames(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	whiteHouse := func(text string) Article {
		return Article{Date: pub, Source: "whitehouse.gov", Title: "Press Briefing by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan, June 10, 2022", Text: text}
	}
	availability := func(text string) Article {
		return readout("Secretary Antony J. Blinken at a Press Availability", text)
	}
	cases := []struct {
		meetingProbe
		guard bool // the rule switched off gives the same answer
	}{
		{meetingProbe{"a briefer's \"I would expect that\" a call will be held", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead, Jake. MR. SULLIVAN: I would expect that President Biden will speak by telephone with President Vladimir Putin next week, but I don't have anything to announce."),
			[]string{"call planned 2022-06: Joe Biden + Vladimir Putin"}}, false},
		{meetingProbe{"a briefer's \"I think\" of a planned meeting", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead, Jake. MR. SULLIVAN: I think President Biden will meet President Emmanuel Macron in Paris next week."),
			[]string{"meeting planned 2022-06: Emmanuel Macron + Joe Biden"}}, false},
		{meetingProbe{"\"our expectation is that\" and \"I can't talk to\" at a press availability", availability(
			"SECRETARY BLINKEN: Our expectation is that President Biden and President Xi Jinping will have an opportunity to speak next week, and I can't talk to what may happen after that."),
			[]string{"call planned 2022-06: Joe Biden + Xi Jinping"}}, false},
		// Guards: the speaker's own encounter, an "expect to" of their own, one "I" of the encounter among frames.
		{meetingProbe{"the briefer's own plan (guard)", whiteHouse(
			"MS. JEAN-PIERRE: Go ahead, Jake. MR. SULLIVAN: I will meet with Foreign Minister Wang Yi in Rome next week."),
			[]string{"meeting planned 2022-06: Jake Sullivan + Wang Yi"}}, true},
		{meetingProbe{"\"I expect to meet\" is the speaker's plan (guard)", availability(
			"SECRETARY BLINKEN: I expect to meet Foreign Minister Dmytro Kuleba in Warsaw next week."),
			[]string{"meeting planned 2022-06: " + pairBK}}, true},
		{meetingProbe{"a frame and the speaker's own \"I\" (guard)", availability(
			"SECRETARY BLINKEN: I would say that I will meet with Foreign Minister Dmytro Kuleba in Warsaw next week."),
			[]string{"meeting planned 2022-06: " + pairBK}}, true},
	}
	probes := make([]meetingProbe, len(cases))
	for i, c := range cases {
		probes[i] = c.meetingProbe
	}
	checkProbes(t, probes, nil)

	speakerFramesOff = true
	defer func() { speakerFramesOff = false }()
	for _, c := range cases {
		if got := meetingsOf(t, c.a); slices.Equal(got, c.want) != c.guard {
			t.Errorf("rule off, %s: got %q; a case must need the rule, a guard must not", c.name, got)
		}
	}
}

// TestFramingSelf reads the first-person word of one sentence as a frame or
// not (framingSelf).
func TestFramingSelf(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"I would say that the meeting will be productive.", true},
		{"I'd expect that they will meet soon.", true},
		{"I think they will meet.", true},
		{"I can't talk to what may happen.", true},
		{"I can’t talk to what may happen.", true},
		{"I don't have anything to announce.", true},
		{"I don't want to get ahead of the talks.", true},
		{"Our expectation is that they will speak.", true},
		{"I would refer you to the White House.", true},
		{"I expect to meet him next week.", false},
		{"I will meet him next week.", false},
		{"I spoke with him yesterday.", false},
		{"I want to meet him.", false},
		{"I can talk to him tomorrow.", false},
		{"Our meeting is tomorrow.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		if len(d.sents) == 0 {
			t.Fatalf("%q: no sentence", c.text)
		}
		if got := framingSelf(d, d.sents[0], d.sents[0].t0); got != c.want {
			t.Errorf("framingSelf(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
