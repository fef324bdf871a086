package loader

import (
	"testing"

	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// TestListedOfficialsKeepTheirRoleInTheGraph: officials whom an open
// article names with their office and no country cue had no affiliation,
// so the graph lost their role, and Japan's national security secretary
// general, whom releases write family name first, was two people
// (roles41; officials_manual.tsv's rows for them). The probes are cut from
// open articles; the guard is a person no list holds, who keeps no
// affiliation.
func TestListedOfficialsKeepTheirRoleInTheGraph(t *testing.T) {
	for _, c := range []struct {
		id, date, text, person, party, role string
	}{
		{"usdos-339538", "2022-04-29", "In Laos, Assistant Secretary Kritenbrink will meet with government officials. He will meet with Foreign Minister Saleumxay Kommasith, Vice Foreign Minister Thongphane Savanphet, and officials from the Mekong River Commission.",
			"person:saleumxay-kommasith", "country:LA", "Foreign Minister"},
		{"usdos-361464", "2022-07-21", "MR PRICE: So Secretary Yellen was recently – she did recently have a meeting with Deputy Prime Minister and Minister of the Economy and Finance Choo Kyung-ho.",
			"person:choo-kyung-ho", "country:KR", "Deputy Prime Minister and Minister of Economy and Finance"}, // the lists' words (timelineOffice)
		{"usdos-340953", "2022-05-04", "Secretary of State Antony J. Blinken met with Japanese National Security Advisor Akiba Takeo in Washington, D.C. on May 3.",
			"person:takeo-akiba", "country:JP", "National Security Advisor"},
		// guard
		{"guard", "2022-04-29", "He will meet with Foreign Minister Jane Roe and officials from the Mekong River Commission.",
			"person:jane-roe", "", ""},
	} {
		a := extract.Article{ID: c.id, Title: c.id, Date: c.date, Text: c.text}
		r, err := extract.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		var got []schema.Edge
		for _, e := range BuildGraph(a, r).Edges {
			if e.Type == schema.RelAffiliatedWith && e.From == c.person {
				got = append(got, e)
			}
		}
		switch {
		case c.party == "" && len(got) != 0:
			t.Errorf("%s: %s has the affiliations %+v, want none (guard)", c.id, c.person, got)
		case c.party != "" && (len(got) != 1 || got[0].To != c.party || got[0].Key != c.role):
			t.Errorf("%s: %s has the affiliations %+v, want %s of %s", c.id, c.person, got, c.role, c.party)
		}
	}
}
