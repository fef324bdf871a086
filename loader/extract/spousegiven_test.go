package extract

import "testing"

// TestSpouseByGivenNameBesideTitle probes the President's "Jill" in a
// sentence that holds a spouse's title (cut from open White House remarks,
// where she was not found): she is Jill Biden, US, "First Lady". Guards: the
// given name with no spouse's title in the sentence names no one (the
// greetings' "Jill and I"), nor does one of a name no spouse in office has,
// nor a month's "May" that is only another official's given name (fails
// without the spouse-role filter).
func TestSpouseByGivenNameBesideTitle(t *testing.T) {
	// jill is a White House text that should, or should not, give Jill Biden.
	jill := func(name, text string, found bool) personProbe {
		p := personProbe{name: name, source: "The White House Briefing Room", title: "Remarks by President Biden", text: text}
		if found {
			p.person, p.country, p.role = "Jill Biden", "US", "First Lady"
		} else {
			p.notWant = "Jill Biden"
		}
		return p
	}
	checkPersonProbes(t, []personProbe{
		jill("a dash's apposition (whitehouse-48125)", "Let’s increase Pell Grants and increase our historic support of HBCUs, and invest in what Jill—our First Lady who teaches full-time—calls America’s best-kept secret: community colleges.", true),
		jill("the subject (whitehouse-51904)", "Jill is the nation’s first First Lady to work full time as a professor — as a teacher.", true),
		jill("after the title (whitehouse-54307)", "Ladies and gentlemen, our First Lady and the love of my life, Jill; Vice President Harris and the Second Gentleman; Secretary Austin; General Milley.", true),
		jill("corrected to the title (whitehouse-19495)", "She’s going to be joined by Jill — by the First Lady and the Second Gentleman and Cabinet Secretaries along the way.", true),
		// guards
		jill("no spouse's title in the sentence (guard)", "Jill and I send our warmest greetings to everyone celebrating Diwali.", false),
		{name: "a month's name that is an official's given name but no spouse's (guard, whitehouse-52195)", source: "The White House Briefing Room", title: "First Lady Jill Biden to Travel to Romania and Slovakia",
			text: "First Lady Jill Biden will travel to Romania and Slovakia from May 5 – May 9, 2022.", notWant: "May Lee"},
		{name: "a given name no spouse in office has (guard)", source: "The White House Briefing Room", title: "Remarks",
			text: "Mark is the nation’s first First Lady to work full time as a professor.", notWant: "Mark Milley"},
	})
}
