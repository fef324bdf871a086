package extract

import (
	"slices"
	"testing"
)

// TestJoinerReach probes how far back addJoiners' steps reach for the
// encounter a joiner joins (joiningAt's windows), on short readouts written
// for the test: one who took part in the meeting or was of a delegation to
// it may be told four sentences after it; one who merely joined it, only up
// to three.
func TestJoinerReach(t *testing.T) {
	const (
		title = "Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar"
		met   = "Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington. "
		three = "They discussed trade. They discussed climate. They discussed health. "
		pair  = "meeting held 2022-06-08: Antony Blinken + Subrahmanyam Jaishankar"
	)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"took part, four sentences after the meeting", met + three + "Secretary of Defense Lloyd Austin also participated in the meeting.",
			[]string{"meeting held 2022-06-08: Antony Blinken + Lloyd Austin + Subrahmanyam Jaishankar"}},
		{"a delegation included, four sentences after the meeting", met + three + "The Indian delegation included Foreign Secretary Vinay Kwatra.",
			[]string{"meeting held 2022-06-08: Antony Blinken + Subrahmanyam Jaishankar + Vinay Kwatra"}},
		{"joined the meeting, the next sentence", met + "Secretary of Defense Lloyd Austin also joined the meeting.",
			[]string{"meeting held 2022-06-08: Antony Blinken + Lloyd Austin + Subrahmanyam Jaishankar"}},
		{"joined the meeting four sentences after is too far (guard)", met + three + "Secretary of Defense Lloyd Austin also joined the meeting.",
			[]string{pair}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := meetingsOf(t, probeReadout(title, c.text)); !slices.Equal(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}
