package extract

import "testing"

// TestOthersEncounter: a lead sentence's date dates the headline's
// encounter unless its own encounter is of two or more people none of whom
// the headline names.
func TestOthersEncounter(t *testing.T) {
	cases := []struct {
		name         string
		people, head []int
		want         bool
	}{
		{"two others", []int{3, 4}, []int{1, 2}, true},
		{"three others", []int{3, 4, 5}, []int{1}, true},
		// guards
		{"one of the headline's", []int{1, 3}, []int{1, 2}, false},
		{"the headline's alone", []int{2}, []int{1, 2}, false},
		{"one other alone", []int{3}, []int{1, 2}, false},
		{"no headline people", []int{3, 4}, nil, false},
	}
	for _, c := range cases {
		if got := othersEncounter(c.people, c.head); got != c.want {
			t.Errorf("%s: othersEncounter(%v, %v) = %v, want %v", c.name, c.people, c.head, got, c.want)
		}
	}
}

// TestLeadDateOfOthers probes the headline's encounter's date against the
// body's lead: a day the lead gives to another pair's encounter is not the
// headline's; one it gives to the headline's people is.
func TestLeadDateOfOthers(t *testing.T) {
	const pub = "2022-06-10"
	readout, _ := probeArticles(pub)
	title := "Secretary Blinken’s Call with Indian External Affairs Minister Jaishankar"
	const bj = "Antony Blinken + Subrahmanyam Jaishankar"
	cases := []meetingProbe{
		{"another pair's meeting on Monday", readout(title,
			"Following President Joe Biden’s meeting with Prime Minister Narendra Modi in Tokyo on Monday, the two discussed the Quad."),
			[]string{"call held 2022-06-10: " + bj, "meeting held 2022-06-06: Joe Biden + Narendra Modi"}},
		// guards
		{"the headline's person on Wednesday", readout(title,
			"On Wednesday, Secretary of State Antony J. Blinken held calls to discuss the food crisis."),
			[]string{"call held 2022-06-08: " + bj}},
		{"a lead with no date", readout(title,
			"Secretary of State Antony J. Blinken held calls to discuss the food crisis."),
			[]string{"call held 2022-06-10: " + bj}},
	}
	checkProbes(t, cases, nil)
}
