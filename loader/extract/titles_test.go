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
			map[string]string{"Mike McCaul": "US"}}, // the lists' name, as the texts name him (officials_manual.tsv),
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

// TestListedOfficialAfterAStyle: a listed official's full name after "Dr."
// or "Mr." is found as it is without the style, and a later title of the
// surname that the lists give another official still finds that one.
func TestListedOfficialAfterAStyle(t *testing.T) {
	wh := "https://www.whitehouse.gov/x"
	checkPeople(t, []peopleCase{
		{"a listed official after Dr.", wh, "2022-05-18",
			"Today Dr. Ashish Jha spoke about the vaccines.",
			map[string]string{"Ashish Jha": "US"}},
		{"a listed official after Mr.", wh, "2022-03-26",
			"He thanked Mr. Mateusz Morawiecki for the welcome.",
			map[string]string{"Mateusz Morawiecki": "PL"}},
		{"a listed namesake of the President's, in another office", wh, "2022-05-18",
			"Dr. Jill Biden joined the event. President Biden spoke.",
			map[string]string{"Jill Biden": "US", "Joe Biden": "US"}},
		{"a monarch's style after a namesake named in full", wh, "2022-07-16",
			"Crown Prince Mohammed bin Salman welcomed them. King Salman spoke.",
			map[string]string{"Mohammed bin Salman": "SA", "Salman bin Abdulaziz Al Saud": "SA"}},
		{"a title the namesake held is the namesake's (guard)", wh, "2022-05-18",
			"Secretary of State Antony Blinken arrived. Secretary Blinken spoke.",
			map[string]string{"Antony Blinken": "US"}},
		{"an unlisted name after Dr. is no official (guard)", wh, "2022-05-18",
			"Today Dr. Hana Kovacic spoke about the vaccines.",
			map[string]string{}},
	})
}
