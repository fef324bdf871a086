package extract

import "testing"

// TestPastOfficeByTheListsOrTheText: a title the lists end before the
// article's date is a past office however the text words it; "former" or
// "then" before a place's or a party's qualifier makes the title past; and
// one title told as past once is past wherever else the article names it
// (roles43; docs/analyst-questions.md 25). The probes are cut from open
// articles; the guards keep a held office held.
func TestPastOfficeByTheListsOrTheText(t *testing.T) {
	for _, c := range []struct {
		id, date, text, person, want string
	}{
		{"whitehouse-54575", "2022-06-01", "Because you look like my son used to look when they’d say, “Vice President Biden and his son, Major Biden.”", "Joe Biden", "Former Vice President"},
		{"usdos-312152", "2022-02-07", "I don’t know that I’ve quoted Secretary Pompeo before from here, but Secretary Pompeo said about this waiver that it would help.", "Mike Pompeo", "Former Secretary"},
		{"whitehouse-56988", "2022-07-08", "Q Mr. President, what does Prime Minister Abe’s death last night say about the security situation in Japan?", "Shinzō Abe", "Former Prime Minister"},
		{"whitehouse-49991", "2022-03-29", "He previously served as a Senior Adviser to former California Attorney General Kamala D. Harris, and as Special Assistant Attorney General of California.", "Kamala Harris", "Former Attorney General"},
		{"whitehouse-48316", "2022-03-03", "American Bridge 21st Century Co-chair, Former Massachusetts Governor Deval Patrick: “Time after time, Joe Biden has delivered.”", "Deval Patrick", "Former Governor"},
		{"whitehouse-55525", "2022-06-15", "Before that, she was the National Political Director and traveling Chief of Staff for then-Senator Kamala Harris’ presidential campaign. Before launching Senator Harris’ campaign, she worked in Atlanta.", "Kamala Harris", "Former Senator"},
		// guards: held on the date; a bare head of another kind; a sequence's "and then"
		{"guard-held", "2022-06-01", "Secretary of State Antony J. Blinken spoke today with Foreign Minister Sergey Lavrov.", "Antony Blinken", "Secretary of State"},
		{"whitehouse-48688", "2022-03-09", "Statement by NEC Director Brian Deese and National Security Advisor Jake Sullivan on New Digital Assets Executive Order", "Brian Deese", "Director"},
		{"guard-sequence", "2022-06-01", "The President will speak, and then Vice President Harris will host the Prime Minister.", "Kamala Harris", "Vice President"},
	} {
		r, err := Extract(Article{ID: c.id, Date: c.date, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, p := range r.People {
			if p.Name == c.person {
				got, found = p.Role, true
			}
		}
		if !found || got != c.want {
			t.Errorf("%s: %s's role is %q (found %v), want %q", c.id, c.person, got, found, c.want)
		}
	}
}
