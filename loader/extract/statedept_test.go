package extract

import (
	"sort"
	"strings"
	"testing"
)

// placesOfStatus maps each meeting of the status given to its sorted
// participants and place.
func placesOfStatus(t *testing.T, a Article, status string) map[string]string {
	t.Helper()
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range res.Meetings {
		if m.Status != status {
			continue
		}
		ps := append([]string(nil), m.Participants...)
		sort.Strings(ps)
		out[strings.Join(ps, " + ")] = m.Place
	}
	return out
}

func TestAnEncounterAtTheStateDepartmentIsInWashington(t *testing.T) {
	const spox = "Office of the Spokesperson\n\n"
	for _, c := range []struct {
		name, date, title, text, status, pair, want string
	}{
		{"met today at the Department of State", "2021-05-28", "Secretary Blinken’s Meeting with Colombian Vice President Ramírez",
			spox + "Secretary of State Antony J. Blinken met with Colombian Vice President and Foreign Minister-Designate Marta Lucía Ramírez today at the Department of State. They discussed the pandemic.",
			"held", "Antony Blinken + Marta Lucía Ramírez", "Washington"},
		{"a public schedule's meeting, at the Department of State", "2021-08-04", "Public Schedule – August 5, 2021",
			"SECRETARY OF STATE ANTONY J. BLINKEN\n\n2:30 p.m. Secretary Blinken meets with Ukrainian Foreign Minister Dmytro Kuleba, at the Department of State.",
			"planned", "Antony Blinken + Dmytro Kuleba", "Washington"},
		{"here at the State Department", "2022-05-03", "Department Press Briefing",
			"MR PRICE: So as you alluded to, there was a bilateral meeting today between Secretary Blinken and his Armenian counterpart, Foreign Minister Ararat Mirzoyan, here at the U.S. State Department.",
			"held", "Antony Blinken + Ararat Mirzoyan", "Washington"},
		// guards
		{"a video meeting at the Department of State: a call (guard)", "2021-05-28", "Secretary Blinken’s Meeting with Colombian Vice President Ramírez",
			spox + "Secretary of State Antony J. Blinken held a video meeting with Colombian Vice President Marta Lucía Ramírez today at the Department of State.",
			"held", "Antony Blinken + Marta Lucía Ramírez", ""},
		{"an official at the State Department (guard)", "2021-05-28", "Readout",
			spox + "Secretary of State Antony J. Blinken, joined by senior officials at the State Department, met with Colombian Vice President Marta Lucía Ramírez today.",
			"held", "Antony Blinken + Marta Lucía Ramírez", ""},
		{"the State Department's institute (guard)", "2021-05-28", "Readout",
			spox + "Secretary of State Antony J. Blinken met with Colombian Vice President Marta Lucía Ramírez today at the State Department’s Foreign Service Institute.",
			"held", "Antony Blinken + Marta Lucía Ramírez", ""},
		{"another place in the sentence wins (guard)", "2021-05-28", "Readout",
			spox + "Secretary of State Antony J. Blinken met with Colombian Vice President Marta Lucía Ramírez today in Bogota, with officials at the Department of State.",
			"held", "Antony Blinken + Marta Lucía Ramírez", "Bogota"},
	} {
		t.Run(c.name, func(t *testing.T) {
			places := placesOfStatus(t, Article{Date: c.date, Source: "state.gov", Title: c.title, Text: c.text}, c.status)
			got, ok := places[c.pair]
			if !ok {
				t.Fatalf("no %s meeting of %s: %v", c.status, c.pair, places)
			}
			if got != c.want {
				t.Errorf("%s: place %q, want %q", c.pair, got, c.want)
			}
		})
	}
}
