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

// TestCutBodyReadsOnToTheBodysName: an office whose complement stopped
// inside a body's name reads on to the end of the body the article names,
// where its sentence goes on so (roles43); a body the sentence does not
// name after the office, or no body, leaves the role as it was. The probes
// are cut from open articles.
func TestCutBodyReadsOnToTheBodysName(t *testing.T) {
	for _, c := range []struct {
		name, text, person, want string
	}{
		{"whitehouse-50738", "Jaime E. Lizárraga, of Virginia, to be a Member of the Securities and Exchange Commission for a term expiring June 5, 2027, vice Allison Herren Lee, term expiring.",
			"Allison Herren Lee", "Member of the Securities and Exchange Commission"},
		{"whitehouse-58046", "Other U.S. Government participants included Jen Easterly, Director of the Cybersecurity and Infrastructure Security Agency; Laurie Locascio, Director of the National Institute of Standards and Technology; and others.",
			"Laurie Locascio", "Director of the National Institute of Standards and Technology"},
		{"usdos-324427", "This includes Viktor Zolotov, the Head of the National Guard of Russia.", "Viktor Zolotov", "Head of the National Guard"},
		{"whitehouse-51214", "Today, I am announcing my intent to nominate Michael Barr as the next Vice Chair for Supervision of the Federal Reserve.",
			"Michael Barr", "Nominee for Vice Chair for Supervision of the Federal Reserve"},
	} {
		r, err := Extract(Article{ID: c.name, Date: "2022-06-15", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range r.People {
			if p.Name == c.person {
				got = p.Role
			}
		}
		if got != c.want {
			t.Errorf("%s: %s's role is %q, want %q", c.name, c.person, got, c.want)
		}
	}
	// the unit: no body named on, or no capitalised tail, leaves the role
	people := []Person{
		{Name: "A", Role: "Member of the National", Evidence: Evidence{Sentence: "A, Member of the National Council on the Arts."}},
		{Name: "B", Role: "Member of the National", Evidence: Evidence{Sentence: "B, Member of the National Labor Relations Board."}},
		{Name: "C", Role: "Member of the board", Evidence: Evidence{Sentence: "C, Member of the board Board."}},
	}
	completeCutBodies(people, []Entity{{Type: "Organization", Name: "National Labor Relations Board"}, {Type: "Organization", Name: "board Board"}})
	for i, want := range []string{"Member of the National", "Member of the National Labor Relations Board", "Member of the board"} {
		if people[i].Role != want {
			t.Errorf("completeCutBodies: %s's role is %q, want %q", people[i].Name, people[i].Role, want)
		}
	}
}
