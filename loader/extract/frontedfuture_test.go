package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestFrontedMeetingTakesTheClausesFuture probes a meeting word in a phrase
// fronted before its clause (texts written for the probe): "In his meetings
// with …, Secretary Blinken will discuss" tells of planned meetings; the
// clause's past, or a future in a later clause, leaves them held.
func TestFrontedMeetingTakesTheClausesFuture(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // the status of Blinken's meeting with Cortizo
	}{
		{"the clause's future after the fronted meetings",
			"Turning now to the bilateral meetings for this trip, in his meetings with Panamanian President Laurentino Cortizo, Secretary Blinken will discuss migration and corruption.",
			"planned"},
		{"during a visit, the subject's future",
			"During his meeting with President Laurentino Cortizo, Secretary Blinken will raise migration.",
			"planned"},
		// guards: the clause's past, and a future only in a later clause
		{"the clause's past",
			"In his meeting with Panamanian President Laurentino Cortizo, Secretary Blinken discussed migration.",
			"held"},
		{"a future in a later clause",
			"In his meeting with Panamanian President Laurentino Cortizo, Secretary Blinken raised migration, and he will raise it again.",
			"held"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingsOf(t, Article{Date: "2022-04-15", Source: "state.gov", Title: "Briefing", Text: c.text})
			if !slices.ContainsFunc(got, func(m string) bool {
				return strings.HasPrefix(m, "meeting "+c.want+" ") && strings.HasSuffix(m, ": Antony Blinken + Laurentino Cortizo")
			}) {
				t.Errorf("meetings %q, want Blinken's and Cortizo's %s", got, c.want)
			}
		})
	}
}
