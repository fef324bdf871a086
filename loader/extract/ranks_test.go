package extract

import "testing"

// TestRankOffice checks which roles end in a military rank and what office
// stands before it: a rank names no office, and "General" that closes an
// office's name is no rank.
func TestRankOffice(t *testing.T) {
	tests := []struct {
		role, office string
		rank         bool
	}{
		{"General", "", true},
		{"Admiral", "", true},
		{"Rear Admiral", "", true},
		{"Vice Admiral", "", true},
		{"Lt. Gen.", "", true},
		{"Sovereign Council Chair General", "Sovereign Council Chair", true},
		{"Attorney General", "", false},           // guard: an office
		{"Director General", "", false},           // guard
		{"Deputy Director-General", "", false},    // guard: no rank word ends it
		{"Secretary of State", "", false},         // guard
		{"Chief of the General Staff", "", false}, // guard: the rank word inside an office
	}
	for _, tc := range tests {
		office, rank := rankOffice(tc.role)
		if office != tc.office || rank != tc.rank {
			t.Errorf("rankOffice(%q) = %q, %v; want %q, %v", tc.role, office, rank, tc.office, tc.rank)
		}
	}
}

// TestOfficerByRankAndSurname: an officer named only by rank and surname
// is the listed officer of that surname in office on the article's date, or
// the one the article names in full; where neither gives the full name the
// surname is left out, for a surname alone matches no gold name. Texts are
// written for the test; the officers are the lists' (hand-kept ones
// included).
func TestOfficerByRankAndSurname(t *testing.T) {
	wh := "https://www.whitehouse.gov/x"
	checkPeople(t, []peopleCase{
		{"a general by rank: the listed Chairman of the Joint Chiefs", wh, "2022-04-06",
			"Secretary Austin and General Milley briefed the President on Ukraine.",
			map[string]string{"Lloyd Austin": "US", "Mark Milley": "US"}},
		{"an admiral by rank: a hand-kept service chief", wh, "2022-05-27",
			"And, Secretary Del Toro, Admiral Gilday, thank you for your leadership.",
			map[string]string{"Carlos Del Toro": "US", "Michael Gilday": "US"}},
		{"a rear admiral with no listed officer of the surname is left out (guard)", wh, "2022-05-18",
			"Rear Admiral Kellner, congratulations to the cadets.",
			map[string]string{}},
		{"an officer out of office on the date is no one (guard)", wh, "2023-06-01",
			"Admiral Schultz spoke to the graduates.",
			map[string]string{}},
		{"the commandant in office on the date, of two of the list", wh, "2022-05-18",
			"Admiral Schultz thanked the graduates.",
			map[string]string{"Karl Schultz": "US"}},
		{"an office before the rank resolves by the office", wh, "2022-07-13",
			"We note the announcement by Sovereign Council Chair General Burhan that the forces will withdraw.",
			map[string]string{"Abdel Fattah al-Burhan": "SD"}},
		{"the full name the article gives", wh, "2022-05-12",
			"The President nominated Admiral Linda L. Fagan as Commandant. Admiral Fagan is the first woman to lead a service.",
			map[string]string{"Linda Fagan": "US"}},
		{"an office that ends in General is no rank (guard)", wh, "2022-06-01",
			"Director General Kenjiro Tanabe met the delegation. Director General Tanabe spoke.",
			map[string]string{"Kenjiro Tanabe": ""}},
	})
}

// TestOfficersCounterpartIsAnOfficer: an officer's counterpart is another
// officer, not the foreign minister the text names nearby.
func TestOfficersCounterpartIsAnOfficer(t *testing.T) {
	const briefing = "Department Press Briefing"
	cases := []meetingProbe{
		{"a general's counterpart is no foreign minister (guard)", probeReadout(briefing,
			"Foreign Minister Sergey Lavrov spoke on Monday. Yesterday General Milley spoke with his Russian counterpart."),
			nil},
		{"a secretary's counterpart by portfolio still is", probeReadout(briefing,
			"Foreign Minister Sergey Lavrov spoke on Monday. Yesterday Secretary of State Antony Blinken spoke with his Russian counterpart."),
			[]string{"call held 2022-06-07: Antony Blinken + Sergey Lavrov"}},
	}
	checkProbes(t, cases, nil)
}
