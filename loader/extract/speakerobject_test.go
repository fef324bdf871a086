package extract

import "testing"

// TestSpeakerAsObjectIsRecalled: in remarks, an undated encounter whose
// simple past takes the speaker as its object is recalled, no encounter of
// the speech's day (whitehouse-51633's "Xi Jinping called me the night I
// was elected", dated the fundraiser's day); the guards: "just" and "this
// morning" keep it the day's.
func TestSpeakerAsObjectIsRecalled(t *testing.T) {
	remarks := transcriptTurn("2022-04-21", "whitehouse.gov", "Remarks by President Biden at a Democratic National Committee Fundraiser", "THE PRESIDENT")
	checkProbes(t, []meetingProbe{
		{"the speaker called on an occasion of the past (whitehouse-51633)",
			remarks("My first discussion, Xi Jinping called me the night I was elected and the day after my election."),
			[]string{"call held : Joe Biden + Xi Jinping"}},
		// guards
		{"just called me (guard)", remarks("President Zelenskyy just called me."),
			[]string{"call held 2022-04-21: Joe Biden + Volodymyr Zelenskyy"}},
		{"called me this morning (guard)", remarks("President Zelenskyy called me this morning."),
			[]string{"call held 2022-04-21: Joe Biden + Volodymyr Zelenskyy"}},
	}, nil)
}
