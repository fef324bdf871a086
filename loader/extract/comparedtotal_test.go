package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestComparedTotalTellsNoMeeting probes a meeting word in a comparison of
// totals with everyone else: the sentences are cut from open articles
// (whitehouse-19209, -48206, -51601, -52307, -52637, -54270), each after
// the transcript's "THE PRESIDENT:" that makes Biden the "I", where Biden's
// "more time with Xi than any other world leader" was read as a held
// meeting. The guards, written for the probe, keep a held meeting whose
// "more than" counts hours, whose "than any" is far from its "more", or
// compares things, not people.
func TestComparedTotalTellsNoMeeting(t *testing.T) {
	cases := []struct {
		name, text string
		held       bool // whether Biden's meeting with Xi is held
	}{
		{"spent more time with … than any world leader",
			"I’ve spent more time with President Xi of China than any world leader has — for 24 hours of private meetings with him with just an interpreter; 17,000 miles traveling with him in China and here.", false},
		{"met with more than any other world leader",
			"I told Xi Jinping, who I’m told I’ve met with more than any other world leader, that it’s never been a good bet to bet against the American people — never.", false},
		{"traveled with and spent more time with than any",
			"I was with Xi Jinping, who — I’ve traveled with 17,000 miles with him and spent more time with than any other world leader over a total of, I think — and we’re up to ni- — 90-some hours of talking or meeting together over the last six, seven years.", false},
		{"talked, spent more time with than any",
			"Xi Jinping, the leader of China, who I’ve talked — I’ve spent more time with than any other world leader has — over 78 hours on the — either in person or on the telephone with him.", false},
		{"spent more time with, nine hours on a telephone",
			"I spent more time with Xi Jinping, leader of China, than any other world leader has — over 76 hours, nine of them on a telephone, the rest in person — since I was Vice President.", false},
		{"met more with … than any other world leader",
			"And I will note — and my co- — I’ve met more with Xi Jinping than any other world leader has.", false},
		// guards
		{"more than three hours of one meeting",
			"Today I met with President Xi Jinping for more than three hours.", true},
		{"a comparison far from its more",
			"More than a year after we last spoke, I met with President Xi Jinping today, a leader I have known longer than any other.", true},
		{"more … than any other thing, no people compared",
			"I met with President Xi Jinping today, and we spent more time on Taiwan than any other subject.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingsOf(t, Article{Date: "2022-05-06", Source: "whitehouse.gov", Title: "Remarks by President Biden", Text: "THE PRESIDENT: " + c.text})
			held := slices.ContainsFunc(got, func(m string) bool {
				return strings.Contains(m, " held ") && strings.HasSuffix(m, ": Joe Biden + Xi Jinping")
			})
			if held != c.held {
				t.Errorf("meetings %q, want a held Biden–Xi meeting: %v", got, c.held)
			}
		})
	}
}
