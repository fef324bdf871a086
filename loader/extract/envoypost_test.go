package extract

import "testing"

// TestACourtesyAmbassadorTakesTheEnvoysPost probes the role of a person the
// text calls "Ambassador" and names a special envoy beside the name (texts
// written for the probe, names no list holds): the post is the role, read
// before the name and a comma, after the name and a comma, or as the post the
// name is made. Guards: a post beside another person's name, a post no word
// "Envoy" names, and an envoy's word in no post stay "Ambassador".
func TestACourtesyAmbassadorTakesTheEnvoysPost(t *testing.T) {
	checkRoleProbes(t, []roleProbe{
		{"post before the title and a comma", "state.gov", "U.S. Special Envoy to Monitor and Combat Antisemitism, Ambassador Dorota Quellane, will travel to Argentina.", "Dorota Quellane", "Special Envoy to Monitor and Combat Antisemitism"},
		{"post after the name and a comma", "state.gov", "It is a priority for Ambassador Roald Kestrave, our Special Presidential Envoy for Hostage Affairs, with whom Secretary Blinken meets.", "Roald Kestrave", "Special Presidential Envoy for Hostage Affairs"},
		{"post the name is made", "state.gov", "President Biden is appointing Ambassador Joran Vessmark as Special Presidential Envoy for Compact Negotiations.", "Joran Vessmark", "Special Presidential Envoy for Compact Negotiations"},
		{"post the name will serve as, past an apposition", "state.gov", "The Department is pleased to announce that Ambassador Delphine Arrowe, a career member of the Senior Foreign Service, will serve as its Special Envoy for Haiti.", "Delphine Arrowe", "Special Envoy for Haiti"},
		{"a title of the person's own", "state.gov", "Ambassador Tobin Garrelt spoke today. Special Envoy Garrelt will travel to Addis Ababa.", "Tobin Garrelt", "Special Envoy"},
		// guards
		{"the post before another person's name", "state.gov", "I commend Special Presidential Envoy for Hostage Affairs Ambassador Roald Kestrave, Ambassador Miles Dunhaver, and others.", "Miles Dunhaver", "Ambassador"},
		{"a post that names no envoy", "state.gov", "Ambassador Priya Holloway, our Senior Advisor for Refugee Affairs, will travel to Kenya.", "Priya Holloway", "Ambassador"},
		{"an envoy's word in no post", "state.gov", "Ambassador Larsen Wexby met a 2021 Wexby Envoy fellow.", "Larsen Wexby", "Ambassador"},
		{"another office than a courtesy title", "state.gov", "Assistant Secretary Mara Fenwold, our Special Envoy for Sudan, will travel to Khartoum.", "Mara Fenwold", "Assistant Secretary"},
	})
}
