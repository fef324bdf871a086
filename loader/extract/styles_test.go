package extract

import "testing"

// TestCommitteeTitleAndAmbassadorRank: a committee title ("Chairman Meeks",
// "Ranking Member McCaul") names the one member of Congress of that surname
// in office, and "Ambassador" alone the one US envoy of that surname, in a
// US release; two of the surname, a namesake of another office or another
// publisher give no one.
func TestCommitteeTitleAndAmbassadorRank(t *testing.T) {
	wh, usdos, other := "https://www.whitehouse.gov/x", "https://www.state.gov/x", "https://www.example.org/x"
	checkPeople(t, []peopleCase{
		{"a chairman is the member of Congress", wh, "2022-03-05",
			"We thank Chairman Meeks for his leadership.",
			map[string]string{"Gregory Meeks": "US"}},
		{"a ranking member is the member of Congress", wh, "2022-03-05",
			"We thank Ranking Member McCaul for his leadership.",
			map[string]string{"Michael McCaul": "US"}},
		{"a chair of two members of the surname is no one (guard)", wh, "2022-03-01",
			"We will keep working with Chairman Brown on the nominees.",
			map[string]string{}},
		{"not outside a US release (guard)", other, "2022-03-05",
			"We thank Chairman Meeks for his leadership.",
			map[string]string{}},
		{"an ambassador by rank is the US envoy", usdos, "2021-07-14",
			"Ambassador Khalilzad is in Doha this week.",
			map[string]string{"Zalmay Khalilzad": "US"}},
		{"an ambassador by rank is no member of Congress (guard)", usdos, "2021-05-27",
			"Ambassador Davis will accept the dedication.",
			map[string]string{}},
	})
}

// TestElectByTitleAndSurname: "President-elect X" is the listed official of
// that surname whose term of the office begins within six months; a vice
// president-elect is no president, and a term years away is no one's.
func TestElectByTitleAndSurname(t *testing.T) {
	usdos := "https://www.state.gov/x"
	checkPeople(t, []peopleCase{
		{"a president-elect whose term begins within months", usdos, "2022-03-15",
			"Deputy Secretary Sherman congratulated President-elect Yoon on his victory.",
			map[string]string{"Yoon Suk-yeol": "KR", "Wendy Sherman": "US"}},
		{"a term a year away is no one's (guard)", usdos, "2021-03-01",
			"Secretary Blinken congratulated President-elect Yoon on his victory.",
			map[string]string{"Antony Blinken": "US"}},
		{"a vice president-elect is no president (guard)", usdos, "2022-03-15",
			"Deputy Secretary Sherman congratulated Vice President-elect Yoon on his victory.",
			map[string]string{"Wendy Sherman": "US"}},
	})
}
