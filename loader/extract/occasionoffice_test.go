package extract

import "testing"

// TestOfficeAfterAnOccasionIsTheRole probes titles of the open corpus that
// name something of an office's holder before the office (issue 10,
// audit38): the person's role is the office. The first three fail without
// occasionOffice; the guards keep a body's name read with its official's
// title.
func TestOfficeAfterAnOccasionIsTheRole(t *testing.T) {
	wh, dos := "whitehouse.gov", "state.gov"
	checkPersonProbes(t, []personProbe{
		// whitehouse-18465
		{name: "the passing of a senator", source: wh, title: "Statement by President Joe Biden on the Passing of Senator John Warner",
			text:   "From his service in the Navy in World War II, John Warner lived an extraordinary life of service and accomplishment.",
			person: "John Warner", country: "US", role: "Senator"},
		// whitehouse-53599
		{name: "a governor's office", source: wh, title: "President Biden Announces Key Regional Appointments",
			text:   "She joined the Office of Governor Gavin Newsom in 2019 as the Central California Deputy Regional Director.",
			person: "Gavin Newsom", country: "US", role: "Governor"},
		// usdos-360708
		{name: "a president's administration", source: dos, title: "Colombia’s Independence Day",
			text:   "We appreciate our joint work with the Administration of President Iván Duque and look forward to working closely with Colombia.",
			person: "Iván Duque", country: "CO", role: "President"},
		// guard: usdos-362588
		{name: "a department's deputy secretary", source: dos, title: "Readout",
			text:   "U.S. Department of State Deputy Secretary Wendy Sherman met with the delegation today.",
			person: "Wendy Sherman", country: "US", role: "Department of State Deputy Secretary"},
	})
}

// TestOccasionOffice pins the split on its own.
func TestOccasionOffice(t *testing.T) {
	cases := []struct{ role, want string }{
		{"Passing of Senator", "Senator"},
		{"Funeral Ceremony of Senator", "Senator"},
		{"Funeral of Secretary of State", "Secretary of State"},
		{"Service of Vice President", "Vice President"},
		{"Administration of President-elect", "President-elect"},
		{"Office of Management and Budget Acting Director", ""},
		{"Office of National Drug Control Policy Assistant Director", ""},
		{"Department of State Deputy Secretary", ""},
		{"Council of Economic Advisers Chair", ""},
		{"Mayor of the City", ""},
		{"Secretary of State", ""},
	}
	for _, c := range cases {
		got, ok := occasionOffice(c.role)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("occasionOffice(%q) = %q, want %q", c.role, got, c.want)
		}
	}
}
