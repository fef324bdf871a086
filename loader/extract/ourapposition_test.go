package extract

import "testing"

// TestOfficeAfterOur: a name followed by ", our" (or "my") and an office is
// the publisher's official, in capitals or not; without an office head, or
// with a plural one, nothing is read. Names are made up for the test.
func TestOfficeAfterOur(t *testing.T) {
	usdos, other := "https://www.state.gov/x", "https://www.example.org/x"
	checkPeople(t, []peopleCase{
		{"a capitalised office", usdos, "2022-06-01",
			"Today Roger Carsten, our Special Presidential Envoy for Hostage Affairs, met the family.",
			map[string]string{"Roger Carsten": "US"}},
		{"an office in lower case", usdos, "2022-06-01",
			"Dana Whitlow, our special envoy, commented on this.",
			map[string]string{"Dana Whitlow": "US"}},
		{"words before the office's head", usdos, "2022-06-01",
			"Jeff Zimmer, our COVID coordinator, sent a letter to all 50 governors.",
			map[string]string{"Jeff Zimmer": "US"}},
		{"my office", "https://www.whitehouse.gov/x", "2022-06-01",
			"And you all know Julia Rodrigo, my Director of Intergovernmental Affairs.",
			map[string]string{"Julia Rodrigo": "US"}},
		{"the administration's office", "https://www.whitehouse.gov/x", "2022-06-01",
			"And Mitch Landry, our administration's infrastructure coordinator, is here.",
			map[string]string{"Mitch Landry": "US"}},
		{"no office head (guard)", "https://www.whitehouse.gov/x", "2022-06-01",
			"Kurt Rossel, our National Teacher of the Year, spoke.",
			map[string]string{}},
		{"a plural head (guard)", usdos, "2022-06-01",
			"Hana Kovac, our ministers and friends, spoke.",
			map[string]string{}},
		{"outside a US release the voice gives no country (guard)", other, "2022-06-01",
			"Dana Whitlow, our special envoy, commented on this.",
			map[string]string{"Dana Whitlow": ""}},
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
			map[string]string{"Mohammed bin Salman": "SA", "Salman": "SA"}},
		{"a title the namesake held is the namesake's (guard)", wh, "2022-05-18",
			"Secretary of State Antony Blinken arrived. Secretary Blinken spoke.",
			map[string]string{"Antony Blinken": "US"}},
		{"an unlisted name after Dr. is no official (guard)", wh, "2022-05-18",
			"Today Dr. Hana Kovacic spoke about the vaccines.",
			map[string]string{}},
	})
}
