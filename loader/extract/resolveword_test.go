package extract

import "testing"

// TestResolveWordSteps runs resolveIn on a text's mentions and reads whom
// the one-word mention (its surface and role) went to, for the steps of
// resolveWord in their order, with guards. The names Doeberg are made up:
// no listed holder, so the namesakes alone decide. A titled holder the text
// names (titleHolder's step) is found again by the last step, the lists'
// official, but for a cut name: its case fails on neither alone.
func TestResolveWordSteps(t *testing.T) {
	cases := []struct {
		name, date, text, word, role, want string
	}{
		{"a monarch named in full goes by the given name", "2022-06-01",
			"King Salman bin Abdulaziz Al Saud received Crown Prince Mohammed bin Salman. King Salman spoke.", "Salman", "King", "Salman bin Abdulaziz Al Saud"},
		{"the title's listed holder the text names", "2022-06-01",
			"President Joe Biden spoke. First Lady Jill Biden visited the school. President Biden thanked her.", "Biden", "President", "Joe Biden"},
		{"the namesake the text names in the office, not the latest", "2022-06-01",
			"Mayor Jane Doeberg of Tampa spoke. Her brother, Commissioner Tom Doeberg, came. Mayor Doeberg thanked him.", "Doeberg", "Mayor", "Jane Doeberg"},
		{"the latest namesake where none is named in the office", "2022-06-01",
			"Councilor Jane Doeberg spoke. Her brother, Commissioner Tom Doeberg, came. Mayor Doeberg thanked him.", "Doeberg", "Mayor", "Tom Doeberg"},
		{"a namesake the lists know in another office is not the holder (guard)", "2022-06-01",
			"First Lady Jill Biden visited the school. President Biden thanked her.", "Biden", "President", "Joe Biden"},
		{"the lists' official of the surname", "2022-06-01",
			"Prime Minister Kishida spoke with the President.", "Kishida", "Prime Minister", "Fumio Kishida"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := newDoc(c.text, false).findPeople(c.date)
			r := resolveIn(ms, c.date, true, nil)
			for mi, m := range r.mentions {
				if m.name != c.word || m.role != c.role {
					continue
				}
				got := ""
				if pi := r.mentionOf[mi]; pi >= 0 {
					got = r.people[pi].name
				}
				if got != c.want {
					t.Errorf("%s %s: got %q, want %q", c.role, c.word, got, c.want)
				}
				return
			}
			t.Errorf("no mention %s %s in %+v", c.role, c.word, r.mentions)
		})
	}
}
