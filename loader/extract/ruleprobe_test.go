package extract

import (
	"slices"
	"testing"
)

// ruleProbe is a meeting probe of one rule: a case needs the rule, a guard
// gives the same answer with the rule switched off.
type ruleProbe struct {
	meetingProbe
	guard bool
}

// checkRuleProbes checks the probes with the rule on, then with *off set:
// every case must give another answer, every guard the same one.
func checkRuleProbes(t *testing.T, cases []ruleProbe, off *bool) {
	t.Helper()
	probes := make([]meetingProbe, len(cases))
	for i, c := range cases {
		probes[i] = c.meetingProbe
	}
	checkProbes(t, probes, nil)

	*off = true
	defer func() { *off = false }()
	for _, c := range cases {
		if got := meetingsOf(t, c.a); slices.Equal(got, c.want) != c.guard {
			t.Errorf("rule off, %s: got %q; a case must need the rule, a guard must not", c.name, got)
		}
	}
}

// briefingProbes are the State Department's and the White House's press
// briefings of the day pub, for probes of reporters' and briefers' turns.
func briefingProbes(pub string) (state, whiteHouse func(text string) Article) {
	readout, _ := probeArticles(pub)
	state = func(text string) Article {
		return readout("Department Press Briefing – June 10, 2022", text)
	}
	whiteHouse = func(text string) Article {
		return Article{Date: pub, Source: "whitehouse.gov", Title: "Press Briefing by Press Secretary Karine Jean-Pierre, June 10, 2022", Text: text}
	}
	return state, whiteHouse
}
