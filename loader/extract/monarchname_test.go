package extract

import "testing"

// TestMonarchFullNameIsTheStyledPerson probes a monarch the generated lists
// give by his style ("Salman of Saudi Arabia", "Abdullah II of Jordan") and
// whom releases also name in full: the full name and the style ("King
// Salman") are one person, the lists' one, with the lists' country; a style
// with an ordinal is the name ("Abdullah II"), one without goes by the full
// name. Sentences from open articles (the ids beside them).
func TestMonarchFullNameIsTheStyledPerson(t *testing.T) {
	cases := []struct {
		id, date, title, text string
		want, wantCountry     string // the person's name, whose slug is the id
		notWant               string // the name (and id) the text gave before
	}{
		{"whitehouse-47025", "2022-02-09", "Readout of President Biden's Call with King Salman bin Abdulaziz Al Saud of Saudi Arabia",
			"President Joseph R. Biden, Jr. spoke today with King Salman bin Abdulaziz al-Saud of Saudi Arabia to discuss regional developments and issues of mutual concern.",
			"Salman bin Abdulaziz Al Saud", "SA", "Salman"},
		{"whitehouse-57699", "2022-07-16", "The Jeddah Communique",
			"At the invitation of the Custodian of the Two Holy Mosques, King Salman Bin Abdulaziz Al-Saud, President Joseph R. Biden conducted an official visit to the Kingdom of Saudi Arabia July 15-16, 2022.",
			"Salman bin Abdulaziz Al Saud", "SA", "Salman"},
		{"whitehouse-24455", "2021-07-19", "Remarks by President Biden and His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan, Before Bilateral Meeting",
			"PRESIDENT BIDEN: Well, Your Majesty, welcome back to the White House.",
			"Abdullah II", "JO", "Abdullah ibn Al Hussein"},
		// the style alone; guards: the sons whose patronymic holds "Salman"
		{"usdos-322610", "2022-03-10", "Briefing",
			"The President, President Biden, spoke with King Salman of Saudi Arabia last month in a discussion that set out a very expansive agenda.",
			"Salman bin Abdulaziz Al Saud", "SA", "Salman"},
		{"whitehouse-48337", "2022-03-03", "Press Briefing",
			"President Putin spoke today with Saudi Crown Prince Mohammed bin Salman about the sanctions Russia is facing.",
			"Mohammed bin Salman", "SA", "Salman bin Abdulaziz Al Saud"},
		{"usdos-257769", "2021-07-07", "Department Press Briefing",
			"The Secretary spoke with Saudi Deputy Defense Minister Khalid bin Salman bin Abdulaziz Al Saud about Yemen.",
			"Khalid bin Salman", "SA", "Salman bin Abdulaziz Al Saud"},
	}
	for _, c := range cases {
		t.Run(c.id+" "+c.want, func(t *testing.T) {
			got := peopleOf(t, Article{ID: c.id, Date: c.date, Source: "whitehouse.gov", Title: c.title, Text: c.text})
			if country, ok := got[c.want]; !ok || country != c.wantCountry {
				t.Errorf("people %v, want %s of %q", got, c.want, c.wantCountry)
			}
			if _, ok := got[c.notWant]; ok {
				t.Errorf("people %v hold %s", got, c.notWant)
			}
		})
	}
}
