package extract

import "testing"

func TestFindPeopleReadsTitlesAndAppositions(t *testing.T) {
	cases := []struct {
		name, text, person, role, country string
	}{
		{"demonym, title and name", "Indian External Affairs Minister Subrahmanyam Jaishankar spoke.", "Subrahmanyam Jaishankar", "External Affairs Minister", "IN"},
		{"title with complement and middle initial", "Secretary of State Antony J. Blinken met him.", "Antony Blinken", "Secretary of State", ""},
		{"apposition after the name", "Antony J. Blinken, Secretary of State", "Antony Blinken", "Secretary of State", ""},
		{"possessive country and lower-case role", "He met China’s top diplomat Wang Yi today.", "Wang Yi", "top diplomat", "CN"},
		{"apposition with country", "Wang Yi, China's top diplomat, said so.", "Wang Yi", "top diplomat", "CN"},
		{"of country after the name", "Prime Minister Gaston Browne of Antigua and Barbuda", "Gaston Browne", "Prime Minister", "AG"},
		{"country in a parenthesis", "Republic of Korea (ROK) Foreign Minister Park Jin met her.", "Park Jin", "Foreign Minister", "KR"},
		{"office for a region", "Assistant Secretary of State for East Asian and Pacific Affairs Daniel J. Kritenbrink will travel.", "Daniel Kritenbrink", "Assistant Secretary of State for East Asian and Pacific Affairs", ""},
		{"speaker label in capitals", "FOREIGN MINISTER LAPID: Hello, everybody.", "Lapid", "Foreign Minister", ""},
		{"suffix Jr. is dropped", "President Joseph R. Biden, Jr. spoke.", "Joseph Biden", "President", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text, false)
			ms := d.findPeople("2022-06-01")
			for _, m := range ms {
				if m.name == c.person {
					if m.role != c.role || m.country != c.country || !m.strong {
						t.Errorf("got role %q country %q strong %v", m.role, m.country, m.strong)
					}
					return
				}
			}
			t.Errorf("%q not found in %+v", c.person, ms)
		})
	}
}

func TestResolveMergesSurnamesAndGazetteerNames(t *testing.T) {
	res, err := Extract(Article{ID: "r", Date: "2021-06-13", Source: "whitehouse.gov",
		Text: "President Biden spoke today with Prime Minister Bennett. Mr. Bennett thanked President Biden."})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range res.People {
		got[p.Name] = p.Country
	}
	if got["Joe Biden"] != "US" || got["Naftali Bennett"] != "IL" || len(got) != 2 {
		t.Errorf("people: %v", got)
	}
	if len(res.Meetings) != 1 || res.Meetings[0].Kind != "call" || res.Meetings[0].Date != "2021-06-13" {
		t.Errorf("meetings: %+v", res.Meetings)
	}
}

func TestGeneralTextYieldsNoOfficials(t *testing.T) {
	res, err := Extract(Article{ID: "g", Date: "2022-01-01",
		Text: "The Queen Elizabeth Carrier Strike Group sailed. Capitol Hill was busy. Reuters reported the news."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.People) != 0 {
		t.Errorf("people: %+v", res.People)
	}
}
