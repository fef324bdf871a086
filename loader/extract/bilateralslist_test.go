package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBilateralsWithAListAreTheSubjects: "meetings with A, B and C" are
// separate bilaterals of the subject with each; where the subject comes
// after the list it is still the subject, and where no rule finds one the
// first named is no subject of the others' encounters.
func TestBilateralsWithAListAreTheSubjects(t *testing.T) {
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"no subject found: the first named meets no one",
			Article{Date: "2022-02-19", Source: "whitehouse.gov", Title: "Background Press Briefing on the Vice President's Events in Munich, Germany",
				Text: "SENIOR ADMINISTRATION OFFICIAL: I mentioned the Vice President has had and will continue to have a number of bilateral meetings with her counterparts — as mentioned, Chancellor Olaf Scholz, Secretary General of NATO, and President Volodymyr Zelenskyy."},
			nil},
		{"the subject after the list meets each",
			Article{Date: "2022-04-15", Source: "state.gov", Title: "Briefing on the Secretary's Travel to Panama",
				Text: "In his meetings with Panamanian President Laurentino Cortizo and Foreign Minister Erika Mouynes, Secretary of State Antony Blinken discussed migration."},
			[]string{"meeting held 2022-04: Antony Blinken + Erika Mouynes", "meeting held 2022-04: Antony Blinken + Laurentino Cortizo"}},
		{"the subject before the list meets each (guard)",
			Article{Date: "2022-04-15", Source: "state.gov", Title: "Readout",
				Text: "Secretary of State Antony Blinken held separate meetings with Panamanian President Laurentino Cortizo and Colombian President Ivan Duque."},
			[]string{"meeting held 2022-04-15: Antony Blinken + Iván Duque", "meeting held 2022-04-15: Antony Blinken + Laurentino Cortizo"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, meetingsOf(t, tc.a)); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}
