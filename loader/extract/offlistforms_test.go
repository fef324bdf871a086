package extract

import (
	"testing"

	"newsgraph/loader/extract/ner"
)

// TestBrokenOff: a name a hyphen and then a dash or "[sic]" follow is a
// word the speaker broke off; the guards keep a suspended hyphen before
// "and", a name split by a space after its hyphen and a hyphenated name.
func TestBrokenOff(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"I know you said — or the Pr- — you said yesterday", "Pr", true},
		{"the impacts of the Buil- — his Build Back Better agenda.", "Buil", true},
		{"I had a talk with Governor Asa Hutchin- — Asa Hutchinson, who said", "Asa Hutchin", true},
		{"That’s for the Ukra- —\n\nQ How would you define it?", "Ukra", true},
		{"Republicans in Conre- [sic] want to make", "Conre", true},
		{"at the border of Ukra-–at the border", "Ukra", true},
		{"live in over 15,500 Medicare- and Medicaid-certified nursing homes", "Medicare", false},
		{"any response to Congresswoman Ocasio- Cortez calling", "Ocasio", false},
		{"with Ambassador Thomas-Greenfield — who", "Thomas", false},
		{"the Pr — the President", "Pr", false},
		{"back in Scranton-", "Scranton", false},
	} {
		_, e := at(t, c.text, c.name)
		if got := brokenOff(c.text, e); got != c.want {
			t.Errorf("brokenOff(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestStateWordAlone: "States", "Kingdom" and "Republic" alone name no one
// place; a name they end or start stays.
func TestStateWordAlone(t *testing.T) {
	for name, want := range map[string]bool{
		"States": true, "Kingdom": true, "Republic": true, "STATES": true,
		"United States": false, "Islamic Republic": false, "Kingdom of Saudi Arabia": false, "Stateside": false, "Kingston": false,
	} {
		if got := stateWordAlone(name); got != want {
			t.Errorf("stateWordAlone(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestBodyHeadedPlace: a place of two or more words that a body's head
// word ends is an organisation; a place's own head word, a one-word place
// and a person stay as they are.
func TestBodyHeadedPlace(t *testing.T) {
	for _, c := range []struct {
		name string
		typ  ner.Type
		want ner.Type
	}{
		{"Indo-Pacific Economic Forum", ner.Place, ner.Organization},
		{"Middle East Green Initiative", ner.Place, ner.Organization},
		{"Foreign Ministry", ner.Place, ner.Organization},
		{"Pacifica Law Group", ner.Place, ner.Organization},
		{"Riverton Memorial Hospital Board", ner.Place, ner.Organization},
		{"Forum", ner.Place, ner.Place},
		{"Oval Office", ner.Place, ner.Place},
		{"Soviet Union", ner.Place, ner.Place},
		{"Kennedy Center", ner.Place, ner.Place},
		{"Fulbright Program", ner.Place, ner.Place},
		{"Harry Forum", ner.Person, ner.Person},
	} {
		if got := bodyHeadedPlace(c.name, c.typ); got != c.want {
			t.Errorf("bodyHeadedPlace(%q, %v) = %v, want %v", c.name, c.typ, got, c.want)
		}
	}
}

// TestOffListFormsInExtraction: the three forms, cut from open articles,
// through the whole extraction: the broken word and the state's word
// alone give no place, the forum an organisation; the guards keep the
// full names spoken after the break.
func TestOffListFormsInExtraction(t *testing.T) {
	checkDatedEntityProbes(t, []datedEntityProbe{
		{"a broken word (whitehouse-49359)", "2022-03-28",
			"Q I know you said — or the Pr- — you said yesterday that the President was speaking from his heart.",
			"", "place:pr"},
		{"a broken word (whitehouse-23401)", "2021-07-21",
			"At McHenry County College, the President will underline the specific game-changing impacts of the Buil- — his Build Back Better agenda.",
			"", "place:buil"},
		{"a state's word alone (whitehouse-20549)", "2021-05-21",
			"And we’re — we’re, as we say in — back in the States, “We’re on the same page.” So, thank you.",
			"", "place:states"},
		{"a forum (whitehouse-52973)", "2022-05-16",
			"The President and our team will have more to say on details on the Indo-Pacific Economic Forum, some of the details of what we hope to accomplish in the Quad.",
			"org:indo-pacific-economic-forum", "place:indo-pacific-economic-forum"},
		// guard: the name spoken after the break stays
		{"the name after a break (guard, whitehouse-26767)", "2021-08-05",
			"I had a talk with Governor Asa Hutchin- — Asa Hutchinson, who said he made a mistake.",
			"person:asa-hutchinson", ""},
	})
}

// TestChamberCommittee: a chamber's committee is a government body; the
// guards keep a committee of no chamber and a chamber's other bodies.
func TestChamberCommittee(t *testing.T) {
	for name, want := range map[string]bool{
		"House Foreign Affairs Committee": true, "House Committee on Transportation and Infrastructure": true,
		"House Armed Services Oversight and Investigations Subcommittee": true, "Senate Judiciary Committee": true,
		"International Committee of the Red Cross": false, "House Democratic Caucus": false, "White House Committee": false,
		"Committee": false, "Householder Committee": false,
	} {
		if got := chamberCommittee(name); got != want {
			t.Errorf("chamberCommittee(%q) = %v, want %v", name, got, want)
		}
	}
	checkOrgType(t, "House Foreign Affairs Committee", "I’m the chair of the House Foreign Affairs Committee; he’s the ranking member.", OrgGovernment)
}

// TestBodyAppositive: a body's appositive or a business's legal suffix
// after a name makes it a body's, a business's where the head or suffix
// says so; the guards keep a person whose appositive's head word modifies
// a person's noun, a head after a second article or a preposition, a
// place after "in", and "Co-Chair".
func TestBodyAppositive(t *testing.T) {
	for _, c := range []struct {
		text, name  string
		ok, company bool
	}{
		{"$700 million from Millicom, a telecommunications company that’s going to expand", "Millicom", true, true},
		{"she co-founded Giffords, a nonprofit organization dedicated to gun violence prevention", "Giffords", true, false},
		{"jobs at Elcatex, a Honduras-based apparel manufacturer owned in part by SanMar.", "Elcatex", true, true},
		{"under the umbrella of Tavaco Capital Management, a private equity firm. Tavakoli serves", "Tavaco Capital Management", true, true},
		{"Showa Best Glove, Inc. has 265 employees", "Showa Best Glove", true, true},
		{"Mr. Ihlenfeld was a partner at Bailey Glasser LLP from 2017 to 2019", "Bailey Glasser", true, true},
		{"a partner at Munger, Tolles & Olson Co. in", "Olson", true, true},
		{"split from Al-Mourabitoun, an al-Qa’ida splinter group and U.S.-designated FTO", "Al-Mourabitoun", true, false},
		// guards
		{"Maria Lopez, a union organizer from Ohio, said", "Maria Lopez", false, false},
		{"Kalpana Kotagal, a member of the firm’s Civil Rights practice", "Kalpana Kotagal", false, false},
		{"the 2016 class of Andrew Carnegie Fellows, an honor recognizing a select group of scholars", "Andrew Carnegie Fellows", false, false},
		{"Finance Director for Open Door Center in Valley City, a non-profit corporation that provides", "Valley City", false, false},
		{"Pancreatic Cancer Center at Johns Hopkins, Co-Director of the Skip Viragh Center", "Johns Hopkins", false, false},
		{"Jamila Headley, Co-Founder, Be a Hero", "Jamila Headley", false, false},
		{"John Smith, a company spokesman, said", "John Smith", false, false},
		{"John Smith, inc. of", "John Smith", false, false},
		{"in Dallas, a city that", "Dallas", false, false},
	} {
		s, e := at(t, c.text, c.name)
		if ok, company := bodyAppositive(c.text, s, e); ok != c.ok || company != c.company {
			t.Errorf("bodyAppositive(%q, %q) = %v, %v, want %v, %v", c.text, c.name, ok, company, c.ok, c.company)
		}
	}
}

// TestAppositiveBodyInExtraction: a company the text says is one, cut from
// open articles, is an organisation of type company in every mention of
// its name, no place or person; the guard keeps a person whose
// appositive's head modifies a person's noun.
func TestAppositiveBodyInExtraction(t *testing.T) {
	checkDatedEntityProbes(t, []datedEntityProbe{
		{"a company by its appositive (whitehouse-54977)", "2022-06-07",
			"Another apparel company, SanMar, will invest $500 million in the region, generating 4,000 additional jobs. There’s $700 million from Millicom, a telecommunications company that’s going to expand its mobile and broadband networks in the region, and $270 million from Visa to expand financial inclusion and digital infrastructure.",
			"org:millicom", "place:millicom"},
		{"a nonprofit by its appositive (whitehouse-49568)", "2022-04-13",
			"In 2010, Andrés formed World Central Kitchen, a non-profit which uses the power of food to nourish communities. World Central Kitchen has served meals in Ukraine.",
			"org:world-central-kitchen", "place:world-central-kitchen"},
		{"a law firm by its suffix (whitehouse-26797)", "2021-08-10",
			"William J. Ihlenfeld is a special counsel at Bowles Rice LLP, where he is a member of the firm’s Litigation and Cybersecurity practice groups. Since he joined Bowles Rice in 2019, Mr. Ihlenfeld has also been a member of the West Virginia State Senate. Mr. Ihlenfeld was a partner at Bailey Glasser LLP from 2017 to 2019, and served as United States Attorney for the Northern District of West Virginia from 2010 to 2016.",
			"org:bailey-glasser", "person:bailey-glasser"},
		{"a person with a head word's noun (guard)", "2022-06-07",
			"Maria Lopez, a union organizer from Ohio, said the plan would help.",
			"person:maria-lopez", "org:maria-lopez"},
	})
	for _, c := range []struct{ name, text, want string }{
		{"Millicom", "There’s $700 million from Millicom, a telecommunications company that’s going to expand.", OrgCompany},
		{"Giffords", "She co-founded Giffords, a nonprofit organization dedicated to gun violence prevention.", OrgOther},
	} {
		checkOrgType(t, c.name, c.text, c.want)
	}
}
