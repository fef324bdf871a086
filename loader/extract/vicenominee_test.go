package extract

import "testing"

// TestViceOfficeholders reads the officeholder a nomination replaces, named
// after ", vice" in a nominations list sent to the Senate (lines of the open
// corpus's whitehouse-57402, -54217, -25041, -18387), as a person in the
// nominee's office and country: an office held before the article's date
// ("Former …") unless the holder is still leaving it ("retiring"). The guards give no such office to a name
// after "Vice" as a title, after "vice" as a word ("vice versa", "vice
// president"), or after ", vice" in a line that nominates no one.
func TestViceOfficeholders(t *testing.T) {
	const (
		nominee = "Jamal N. Whitehead, of Washington, to be United States District Judge for the Western District of Washington, "
		judge   = "District Judge for the Western District of Washington"
	)
	tests := []struct {
		name, text                 string
		person, wantRole, wantCode string // wantRole "": a guard, the person must not hold notRole
		notRole                    string
	}{
		{"a retiring judge",
			nominee + "vice Richard A. Jones, retiring.",
			"Richard Jones", judge, "US", ""},
		{"no reason given, the line's end",
			"Rosemarie Hidalgo, of the District of Columbia, to be Director of the Violence Against Women Office, Department of Justice, vice Susan B. Carbon.\n\nMore nominations follow.",
			"Susan Carbon", "Former Director of the Violence Against Women Office, Department of Justice", "US", ""},
		{"a suffix after the name",
			"Trini E. Ross, of New York, to be United States Attorney for the Western District of New York for the term of four years, vice William Joseph Hochul, Jr., resigned.",
			"William Joseph Hochul", "Former Attorney for the Western District of New York", "US", ""},
		{"a withdrawal's line",
			"Beverly Gage, of Connecticut, to be a Member of the National Council on the Humanities for a term expiring January 26, 2026, vice Noel Valis, term expired, which was sent to the Senate on April 29, 2021.",
			"Noel Valis", "Former Member of the National Council on the Humanities", "US", ""},
		// guards
		{"Vice as a title (guard)",
			nominee + "with Vice Chair Lael Brainard.",
			"Lael Brainard", "", "", judge},
		{"vice president in lower case (guard)",
			nominee + "vice president Dana Eugene Walsh.",
			"Dana Eugene Walsh", "", "", judge},
		{"vice versa (guard)",
			nominee + "and vice versa.",
			"Versa", "", "", ""},
		{"no nomination before vice (guard)",
			"The court thanked Judge Amy Cole, vice Dana Eugene Walsh, retired.",
			"Dana Eugene Walsh", "", "", "Judge"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(Article{ID: "t", Date: "2022-09-01", URL: "https://www.whitehouse.gov/x", Source: "whitehouse.gov",
				Title: "Nominations Sent to the Senate", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var found *Person
			for i := range res.People {
				if res.People[i].Name == tc.person {
					found = &res.People[i]
				}
			}
			if tc.wantRole == "" {
				if found != nil && (tc.notRole == "" || found.Role == tc.notRole) {
					t.Errorf("%s: found with role %q", tc.person, found.Role)
				}
				return
			}
			if found == nil {
				t.Fatalf("%s not found among %v", tc.person, res.People)
			}
			if found.Role != tc.wantRole || found.Country != tc.wantCode {
				t.Errorf("%s: role %q country %q, want %q %q", tc.person, found.Role, found.Country, tc.wantRole, tc.wantCode)
			}
		})
	}
}
