package extract

import (
	"strings"
	"testing"
)

// TestTitleAfterGluedThen probes a title glued to "then-" or "former-" (cut
// from open articles, where the person went unfound in 6 of them): the
// name after it is read as after "then " with a space, and the office is
// one held before the article's date ("Former Senator"). The last two probe
// takesRole: a past title does not replace the office the person holds on
// the article's date, and a present one replaces a past one (each fails
// without it). A lower-case word after the hyphen stays one word
// (TestGluedTimeWord).
func TestTitleAfterGluedThen(t *testing.T) {
	// usProbe is a White House text naming a US person with that role.
	usProbe := func(name, text, person, role string) personProbe {
		return personProbe{name: name, source: "The White House Briefing Room", title: "Remarks", text: text, person: person, country: "US", role: role}
	}
	checkPersonProbes(t, []personProbe{
		usProbe("then-Secretary of State (whitehouse-48728)", "Jefferson’s commitment to service has been recognized throughout his career, including when he was selected by then-Secretary of State Colin Powell as one of the two inaugural recipients of the Harrison H. Award.", "Colin Powell", "Former Secretary of State"),
		usProbe("then-Senator with initials (whitehouse-48964)", "Her beautiful daughter, Jacinta, was then-Senator Christopher J. Dodd’s inspiration for the federal Family and Medical Leave Act.", "Christopher Dodd", "Former Senator"),
		usProbe("then-Representative (whitehouse-53599)", "Sixkiller began his career in public service in Washington, D.C., first working for then-Representative Jim McDermott (D-WA) and later Senator Patty Murray (D-WA).", "Jim McDermott", "Former Representative"),
		usProbe("then-President and a surname (whitehouse-55339)", "And, of course, that’s why then-President Clinton put him in as Secretary of Education and brought that commitment to our nation’s schools.", "Bill Clinton", "Former President"),
		usProbe("former-President (whitehouse-50698)", "And that is the strength of our system, even as the former guy ignored that and former-President Nixon ignored it as well.", "Richard Nixon", "Former President"),
		usProbe("a past title keeps the present office (takesRole, usdos-262967)", "Secretary Blinken thanked President Biden. In 2006, then-Senator Joe Biden was here, and during that visit to India he said that India and the United States would be the closest nations.", "Joe Biden", "President"),
		usProbe("a present title replaces a past one (takesRole, whitehouse-53646)", "But one of those U.S. government officials was then-Vice President Joe Biden in 2013. President Biden spoke to the leaders today.", "Joe Biden", "President"),
	})
}

// TestGluedTimeWord reads the length of a glued time word.
func TestGluedTimeWord(t *testing.T) {
	for w, want := range map[string]int{
		"then-Secretary": 5, "Then-President": 5, "former-President": 7, "THEN-SENATOR": 5,
		"then-current": 0, "then-": 0, "thence": 0, "Thenhausen": 0, "ex-President": 0,
	} {
		if got := gluedTimeWord(w); got != want {
			t.Errorf("gluedTimeWord(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestPastTitleNamesTodaysOfficial probes a past title before a surname
// whose listed bearer holds another office on the article's date (cut from
// open articles, where the person went unfound): the surname names the one
// official in office who bears it, with the office of the day as role, not
// the past title (pastTitleHolder, officeOnDate). Both fail without
// pastTitleHolder; the first also without its leaving out a spouse's title
// (Jill Biden, First Lady); their roles without officeOnDate.
func TestPastTitleNamesTodaysOfficial(t *testing.T) {
	wh := "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "then-Senator, now President (whitehouse-22597)", source: wh, title: "Fact Sheet: United States to Announce Commitments to the Generation Equality Forum",
			text:   "First passed in 1994 with then-Senator Biden as its champion, the VAWA is a landmark piece of bipartisan legislation that has transformed the nation’s response to gender-based violence.",
			person: "Joe Biden", country: "US", role: "President"},
		{name: "then-Judge, now Attorney General (whitehouse-23189)", source: wh, title: "Press Briefing by Press Secretary Jen Psaki",
			text:   "Well, I will first say, Josh, that the President made clear, even during his first conversations with then-Judge Garland about the job, that he wanted to see an end to executions.",
			person: "Merrick Garland", country: "US", role: "Attorney General"},
	})
}

// TestPastTitleLeavesOthersUnnamed guards pastTitleHolder: a surname that
// several officials in office bear names none of them (Kamala, Andy and
// Timothy Harris; fails without onePerson's check), and a present title
// keeps its office as a filter ("Senator Biden" is no President).
func TestPastTitleLeavesOthersUnnamed(t *testing.T) {
	for _, c := range []struct{ text, surname string }{
		{"This historic moment would not have happened without the bipartisan efforts that started with then-Senator Harris, who worked to build support in the House and Senate to make this day a reality.", "Harris"}, // whitehouse-48665
		{"First passed in 1994 with Senator Biden as its champion, the VAWA is a landmark piece of bipartisan legislation.", "Biden"},
	} {
		res, err := Extract(Article{Date: probePub, Source: "The White House Briefing Room", Title: "Remarks", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.People {
			if strings.HasSuffix(p.Name, " "+c.surname) {
				t.Errorf("%q: found %s (role %q), want no one of that surname named in full", c.text, p.Name, p.Role)
			}
		}
	}
}

// TestFormerTitleIsAPastOffice probes "former" before a title (cut from
// open articles): the office was held before the article's date, so the
// record says "Former Role" (fails without stateStandings). Guards: a
// former office of an official the lists give another office on the day
// is that office ("former Vice President Biden" in 2022 is the President).
func TestFormerTitleIsAPastOffice(t *testing.T) {
	checkPersonProbes(t, []personProbe{
		{name: "former Prime Minister (usdos-349309)", source: "U.S. Department of State", title: "Department Press Briefing",
			text:   "QUESTION: Countrywide protest going on against Prime Minister Sheikh Hasina for her recent remarks on dropping opposition leader and former Prime Minister Khaleda Zia into the river.",
			person: "Khaleda Zia", country: "BD", role: "Former Prime Minister"},
		{name: "former Governor (whitehouse-57167)", source: "The White House Briefing Room", title: "Press Briefing",
			text:   "Q Secondly, if I may, former Governor Bill Richardson is planning to travel to Russia for talks aimed at finding a deal.",
			person: "Bill Richardson", country: "US", role: "Former Governor"},
		// guards
		{name: "former Vice President, President on the day (guard)", source: "The White House Briefing Room", title: "Remarks",
			text:   "In 2014, former Vice President Joe Biden visited Kyiv. President Biden spoke to the leaders today.",
			person: "Joe Biden", country: "US", role: "President"},
	})
}

// TestThenAfterAndIsNoPastTitle probes "and then" before a title (cut from
// open White House articles, where the office read as a past one): it tells
// what comes next (fails without sequenceThen). Guard: "and then-Governor",
// glued, stays past.
func TestThenAfterAndIsNoPastTitle(t *testing.T) {
	wh := "The White House Briefing Room"
	checkPersonProbes(t, []personProbe{
		{name: "and then Vice Chair (whitehouse-55074)", source: wh, title: "Remarks",
			text:   "I particularly want to thank Ajay Banga for your leadership as a Chair; along with Blanca, who was in a previous meeting with me; and then Vice Chair Ray Chambers.",
			person: "Ray Chambers", country: "US", role: "Vice Chair"},
		// guards
		{name: "and then-Governor, glued (guard, whitehouse-20135)", source: wh, title: "President Biden Announces Key Nominees",
			text:   "In Virginia, Howe served as Assistant Secretary of Commerce and Trade for then-Governor Mark R. Warner and led the planning for then-Governor Tim Kaine of the Virginia portion of the visit.",
			person: "Tim Kaine", country: "US", role: "Former Governor"},
	})
}
