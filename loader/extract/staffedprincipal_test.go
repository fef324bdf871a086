package extract

import "testing"

// TestAideTitleForAnUnlistedLegislatorNamesThePrincipal probes aides'
// titles of the open corpus before a principal no list holds (issue 10,
// audit38): "for" and a legislator's or judge's office name the principal,
// whose role is that office. The first three fail without staffedOffice;
// the guards keep a portfolio after "for" and the aide's own office.
func TestAideTitleForAnUnlistedLegislatorNamesThePrincipal(t *testing.T) {
	wh := "whitehouse.gov"
	checkPersonProbes(t, []personProbe{
		// whitehouse-52579
		{name: "a senator's chief of staff", source: wh, title: "President Biden Announces Key Nominees", text: "In January 2013, he began serving as Chief of Staff for U.S. Senator Mary L. Landrieu of Louisiana.", person: "Mary Landrieu", country: "US", role: "U.S. Senator"},
		// whitehouse-54726
		{name: "a chief judge's assistant", source: wh, title: "President Biden Announces Key Nominees", text: "After law school, he served as a Judicial Assistant for Chief Judge Thomas Hogan of the U.S. District Court for the District of Columbia.", person: "Thomas Hogan", country: "US", role: "Chief Judge"},
		// whitehouse-24253
		{name: "a congressman's legislative director", source: wh, title: "President Biden Announces Key Nominees", text: "He held positions in the House of Representatives, as Military Legislative Assistant and Legislative Director for Congressman John M. Spratt, Jr.; and as a staff member.", person: "John Spratt", country: "US", role: "Congressman"},
		// guards (after usdos-249540, whitehouse-50683)
		{name: "a portfolio after for", source: "state.gov", title: "Readout", text: "State Department Coordinator for Global COVID-19 Response and Health Security Gayle Smith met with the delegation.", person: "Gayle Smith", country: "US", role: "State Department Coordinator for Global COVID-19 Response and Health Security"},
		{name: "the aide's own office", source: wh, title: "Statement", text: "Press Secretary to the Vice President Kirsten Allen said the Vice President would travel.", person: "Kirsten Allen", country: "US", role: "Press Secretary to the Vice President"},
	})
}

// TestStaffedOffice pins the principal's office on its own.
func TestStaffedOffice(t *testing.T) {
	cases := []struct {
		link string
		rest []string
		want bool
	}{
		{"for", []string{"U.S.", "Senator"}, true},
		{"for", []string{"U.S.", "Senators"}, true},
		{"for", []string{"Chief", "Judge"}, true},
		{"for", []string{"Congressman"}, true},
		{"of", []string{"U.S.", "Senator"}, false},
		{"for", []string{"Counterterrorism", "Ambassador"}, false},
		{"for", []string{"Global"}, false},
	}
	for _, c := range cases {
		if got := staffedOffice(c.link, c.rest); got != c.want {
			t.Errorf("staffedOffice(%q, %q) = %v, want %v", c.link, c.rest, got, c.want)
		}
	}
}
