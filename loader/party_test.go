package loader

import (
	"slices"
	"testing"

	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// TestOfficialsOfAnOrganisationWithATwoLetterNameActForIt: the probes, cut
// from open articles, are officials of the United Nations and the African
// Union, whose short names are two upper-case letters. They were affiliated
// with a Country "UN" and with Australia (roles41); they now act for
// org:un and org:au. The guards keep Australia's officials Australian,
// whether or not the sentence names the country, keep a sentence that names
// both bodies with the country, and keep the EU the country node it is.
func TestOfficialsOfAnOrganisationWithATwoLetterNameActForIt(t *testing.T) {
	for _, c := range []struct {
		name, code, sentence, want string
	}{
		// probes
		{"Tor Wennesland", "UN", "Secretary of State Antony J. Blinken spoke today with UN Special Coordinator for Middle East Peace Tor Wennesland.", "org:un"},                                                                                                                                      // usdos-246820
		{"Bankole Adeoye", "AU", "Today, the Special Envoy met with AU High Representative for the Horn of Africa Olusegun Obasanjo and AU Commissioner for Political Affairs, Peace and Security Bankole Adeoye to discuss engagement on regional affairs, including Sudan and Ethiopia.", "org:au"}, // usdos-326284
		{"Moussa Faki Mahamat", "AU", "National Security Advisor Jake Sullivan met with African Union Commission Chairperson Moussa Faki Mahamat to reinforce President Biden’s commitment to Africa.", "org:au"},                                                                                     // whitehouse-48881
		{"Minata Samate Cessouma", "AU", "Health: U.S. interagency officials and AU Commissioner for Health, Humanitarian Affairs, and Social Development Minata Samate Cessouma discussed health capacity building in Africa.", "org:au"},                                                            // usdos-323754
		{"Ursula von der Leyen", "EU", "The Council built on the work announced by President von der Leyen and President Biden on U.S.-EU cooperation on energy security in their Joint Statement of 28 January 2022.", "org:eu"},                                                                     // usdos-311985
		// guards
		{"Penny Wong", "AU", "Secretary of State Antony J. Blinken met yesterday with Australian Foreign Minister Penny Wong in Tokyo on the sidelines of the Quad Leaders’ Summit.", "country:AU"},                                                                                      // usdos-346840
		{"Scott Morrison", "AU", "This meeting seeks to build on and implement the historic discussions held between President Biden, Prime Minister Morrison, Prime Minister Modi, and Prime Minister Suga during the inaugural Quad Leaders’ Summit on March 12, 2021.", "country:AU"}, // usdos-269569
		{"Jane Roe", "AU", "Participants joining the United States in the COVID-19 Global Action Meeting included the Commonwealth of Australia, Canada, the African Union, and the European Union.", "country:AU"},                                                                      // usdos-314358, cut
		{"Anthony Albanese", "AU", "The AUKUS partners met, and Prime Minister Anthony Albanese spoke.", "country:AU"},
		{"Jens Stoltenberg", "NATO", "Secretary of State Antony J. Blinken spoke today with NATO Secretary General Jens Stoltenberg.", "org:nato"}, // usdos-246861
		{"Antony Blinken", "US", "Secretary of State Antony J. Blinken spoke today with UN Secretary-General Antonio Guterres.", "country:US"},
	} {
		g := BuildGraph(extract.Article{ID: "a", Title: "a", Date: "2022-03-21", Text: c.sentence}, extract.Result{ID: "a",
			People: []extract.Person{{Name: c.name, Country: c.code, Role: "Official", Evidence: extract.Evidence{Sentence: c.sentence}}}})
		var got string
		for _, e := range g.Edges {
			if e.Type == schema.RelAffiliatedWith {
				got = e.To
			}
		}
		if got != c.want {
			t.Errorf("%s (%s) acts for %q, want %q", c.name, c.code, got, c.want)
		}
		for _, n := range g.Nodes {
			if n.ID == c.want && schema.LabelOf(n.ID) != n.Label {
				t.Errorf("%s's party %s is a %s node", c.name, n.ID, n.Label)
			}
		}
	}
}

// TestTheEuropeanUnionIsOneNode: "European Union" was a mention of
// country:EU and "EU" one of org:eu, so the body was two nodes, and its
// officials were the country's (roles41). Both forms are now org:eu, named
// from the lists; the guard keeps a country that is only a country.
func TestTheEuropeanUnionIsOneNode(t *testing.T) {
	text := "The European Union and the EU's partners met France."
	g := BuildGraph(extract.Article{ID: "a", Title: "a", Date: "2022-03-25", Text: text}, extract.Result{ID: "a", Entities: []extract.Entity{
		{ID: "country:EU", Type: "Country", Name: "European Union", Mentions: []extract.Mention{{Start: 4, End: 18}}},
		{ID: "org:eu", Type: "Organization", Name: "EU", OrgType: extract.OrgInternational, Mentions: []extract.Mention{{Start: 27, End: 29}}},
		{ID: "country:FR", Type: "Country", Name: "France", Mentions: []extract.Mention{{Start: 45, End: 51}}},
	}})
	var ids []string
	for _, n := range g.Nodes {
		if n.Label != schema.LabelArticle {
			ids = append(ids, n.ID+" "+n.Label+" "+n.Name)
		}
	}
	want := []string{"org:eu Organization European Union", "country:FR Country France"}
	if !slices.Equal(ids, want) {
		t.Errorf("nodes %q, want %q", ids, want)
	}
	mentions := 0
	for _, e := range g.Edges {
		if e.Type == schema.RelMentions && e.To == "org:eu" {
			mentions++
		}
	}
	if mentions != 1 {
		t.Errorf("%d MENTIONS edges to org:eu, want 1", mentions)
	}
}
