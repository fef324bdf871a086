package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestOutOfTime checks which participants outOfTime drops: a past head of
// state or government whom no one of the article's time could have met in
// office, and the encounter where fewer than two are left.
func TestOutOfTime(t *testing.T) {
	people := []Person{
		{Name: "Iván Duque", Role: "President"}, {Name: "John Kennedy", Role: "President"},
		{Name: "Ronald Reagan"}, {Name: "Bill Clinton", Role: "President"},
		{Name: "Donald Trump", Role: "President"}, {Name: "Kim Jong Un", Role: "Supreme Leader"},
		{Name: "Barack Obama", Role: "former President"}, {Name: "Joe Biden", Role: "President"},
		{Name: "Boris Johnson", Role: "Prime Minister"}, {Name: "Lyndon Johnson", Role: "President"},
		{Name: "Franklin Roosevelt", Role: "President"}, {Name: "Abdulaziz Al-Saud", Role: "King"},
		{Name: "Victoria Nuland", Role: "Under Secretary"}, {Name: "Nayib Bukele", Role: "President"},
	}
	cases := []struct {
		name         string
		date         string
		participants []string
		want         []string // nil: the encounter is dropped
	}{
		{"a past president beside a president of today is no party", "2022-06-15",
			[]string{"Iván Duque", "John Kennedy"}, nil},
		{"the Senator of the same name does not keep President Kennedy", "2022-06-15",
			[]string{"John Kennedy", "Iván Duque"}, nil},
		{"two past presidents beside one of today all go", "2022-06-15",
			[]string{"Iván Duque", "Ronald Reagan", "Bill Clinton"}, nil},
		{"a slip's namesake leaves the call of today", "2021-06-07",
			[]string{"Joe Biden", "Lyndon Johnson", "Boris Johnson"}, []string{"Joe Biden", "Boris Johnson"}},
		// guards
		{"terms that overlap: Trump and Kim Jong Un met", "2022-06-15",
			[]string{"Donald Trump", "Kim Jong Un"}, []string{"Donald Trump", "Kim Jong Un"}},
		{"a 'former' office is the text's own word for now", "2021-06-07",
			[]string{"Joe Biden", "Barack Obama"}, []string{"Joe Biden", "Barack Obama"}},
		{"past holders alone together are left as told", "2022-07-16",
			[]string{"Abdulaziz Al-Saud", "Franklin Roosevelt"}, []string{"Abdulaziz Al-Saud", "Franklin Roosevelt"}},
		{"a past minister's later office may be missing from the lists", "2021-06-01",
			[]string{"Victoria Nuland", "Nayib Bukele"}, []string{"Victoria Nuland", "Nayib Bukele"}},
		{"an unlisted official may have met the past president", "2022-06-15",
			[]string{"Bill Clinton", "Alberto Lleras Camargo"}, []string{"Bill Clinton", "Alberto Lleras Camargo"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Meeting{Participants: c.participants}
			for _, n := range c.participants {
				m.ParticipantIDs = append(m.ParticipantIDs, "person:"+strings.ToLower(n))
			}
			out := outOfTime([]Meeting{m}, people, c.date)
			var got []string
			if len(out) == 1 {
				got = out[0].Participants
				if len(out[0].ParticipantIDs) != len(got) {
					t.Fatalf("ids %q for participants %q", out[0].ParticipantIDs, got)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestPastHolderProbes: remarks that recall a past president's visit or a
// briefer's slip of title give no encounter of the article's time.
func TestPastHolderProbes(t *testing.T) {
	checkProbes(t, []meetingProbe{
		{"a past president's visit recalled in remarks",
			Article{Date: "2022-06-15", Source: "state.gov", Title: "Secretary Blinken and Colombian President Iván Duque at a Celebration",
				Text: "PRESIDENT DUQUE: Thank you, Secretary Blinken. We remember the visit that President Clinton made to Colombia."},
			nil},
		{"a briefer corrects the title",
			Article{Date: "2021-06-07", Source: "whitehouse.gov", Title: "Press Briefing",
				Text: "MR. SULLIVAN: So, President Biden and President Johnson — or Prime Minister Johnson — have had a couple of phone calls."},
			[]string{"call held : Boris Johnson + Joe Biden"}},
	}, nil)
}
