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
