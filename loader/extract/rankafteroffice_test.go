package extract

import "testing"

// TestAmbassadorRankAfterAnOfficeIsNoPartOfIt probes titles from the open
// corpus that put the courtesy rank "Ambassador" between an office and the
// name (issue 10, audit38): the role is the office. The first four fail
// without officeBeforeRank; the guards keep an ambassador's own office and
// a title that makes "Ambassador" an office beside another.
func TestAmbassadorRankAfterAnOfficeIsNoPartOfIt(t *testing.T) {
	wh, dos := "whitehouse.gov", "state.gov"
	checkPersonProbes(t, []personProbe{
		// usdos-311782
		{name: "the special representative for the DPRK", source: dos, title: "Readout",
			text:   "U.S. Special Representative for the DPRK Ambassador Sung Kim will travel to Honolulu, Hawaii, February 10 to 15.",
			person: "Sung Kim", country: "US", role: "Special Representative for the DPRK"},
		// usdos-259727
		{name: "a foreign cabinet secretary", source: dos, title: "Readout",
			text:   "4:30 p.m. Secretary Blinken meets with Kenyan Cabinet Secretary for Foreign Affairs Ambassador Raychelle Omamo, at the Department of State.",
			person: "Raychelle Omamo", country: "KE", role: "Cabinet Secretary for Foreign Affairs"},
		// whitehouse-26305
		{name: "the domestic policy advisor", source: wh, title: "Readout",
			text:   "Today, U.S. Department of Housing and Urban Development Secretary Marcia L. Fudge and Domestic Policy Advisor Ambassador Susan Rice convened the first principal-level meeting.",
			person: "Susan Rice", country: "US", role: "Domestic Policy Advisor"},
		// usdos-338289
		{name: "the hostage envoy", source: dos, title: "Readout",
			text:   "I also wish to commend Special Presidential Envoy for Hostage Affairs Ambassador Carstens, Ambassador John Sullivan, and others in our government.",
			person: "Roger Carstens", country: "US", role: "Special Presidential Envoy for Hostage Affairs"},
		// guards: usdos-340187, whitehouse-51322, an ambassador's own office
		{name: "an envoy and ambassador keeps both", source: dos, title: "Readout",
			text:   "We are proud to have Asian Americans serving at the highest levels of leadership, to Special Envoy and Ambassador Sung Kim, Executive Secretary Kamala Lakhdhir, and several others.",
			person: "Sung Kim", country: "US", role: "Special Envoy and Ambassador"},
		{name: "an ambassador's own office stays", source: dos, title: "Readout",
			text:   "Secretary Blinken met with U.S. Ambassador to Japan Rahm Emanuel in Tokyo.",
			person: "Rahm Emanuel", country: "US", role: "Ambassador to Japan"},
	})
}

// TestOfficeBeforeRank pins the split on its own.
func TestOfficeBeforeRank(t *testing.T) {
	cases := []struct{ role, want string }{
		{"Special Representative for the DPRK Ambassador", "Special Representative for the DPRK"},
		{"Trade Representative Ambassador", "Trade Representative"},
		{"Special Presidential Envoy Ambassador", "Special Presidential Envoy"},
		{"Ambassador", "Ambassador"},
		{"Deputy Ambassador", "Deputy Ambassador"},
		{"Japanese Ambassador", "Japanese Ambassador"},
		{"Special Envoy and Ambassador", "Special Envoy and Ambassador"},
		{"World Health Organization Global Ambassador", "World Health Organization Global Ambassador"},
		{"Ambassador-at-Large", "Ambassador-at-Large"},
	}
	for _, c := range cases {
		if got := officeBeforeRank(c.role); got != c.want {
			t.Errorf("officeBeforeRank(%q) = %q, want %q", c.role, got, c.want)
		}
	}
}
