package extract

import "testing"

// TestPastServiceIsAPastOffice probes biographies' stints (sentences of open
// White House articles): the title of the person a stint was served for,
// to, under or with is an office held before the article's date, "Former
// …", as "then-" would say (fails without pastServiceAt).
func TestPastServiceIsAPastOffice(t *testing.T) {
	wh := "The White House Briefing Room"
	nominees := "President Biden Announces Key Nominees"
	checkPersonProbes(t, []personProbe{
		{name: "served under, a year range (whitehouse-48728)", source: wh, title: nominees,
			text:   "From 2009 to 2017, Landgraf served as Cabinet Secretary of the Delaware Department of Health and Social Services under Governor Jack Markell.",
			person: "Jack Markell", country: "US", role: "Former Governor"},
		{name: "served under, no year (whitehouse-56641)", source: wh, title: nominees,
			text:   "He also served as U.S. Ambassador to the Dominican Republic under President Barack Obama.",
			person: "Barack Obama", country: "US", role: "Former President"},
		{name: "the second title of the stints' list (whitehouse-54726)", source: wh, title: nominees,
			text:   "Renick served as Chief-of-Staff to Lt. Governor Eddie Briggs (R-Mississippi) and later as Chief-of-Staff to Governor Ronnie Musgrove (D-Mississippi).",
			person: "Ronnie Musgrove", country: "US", role: "Former Governor"},
		{name: "worked for, a speaker's past (usdos-350506)", source: "U.S. Department of State", title: "Remarks",
			text:   "When I worked for President Obama, one of the thoughts that he had about this was that his job was to be a circuit breaker.",
			person: "Barack Obama", country: "US", role: "Former President"},
		// guards
		{name: "a stint to come is no past (guard, usdos-360708)", source: "U.S. Department of State", title: "Colombia’s Independence Day",
			text:   "We appreciate our joint work with the Administration of President Iván Duque and look forward to working closely with the Administration of President-elect Gustavo Petro to strengthen implementation of the 2016 Peace Accord.",
			person: "Gustavo Petro", country: "CO", role: "President-elect"},
		{name: "the lists hold her in the office on the day (guard, whitehouse-56057)", source: wh, title: nominees,
			text:   "Prior to this, Primus served as Senior Advisor to Congressman Tim Ryan (D-OH) and Chief of Staff to Representative Nanette Diaz Barragán (D-CA).",
			person: "Nanette Barragán", country: "US", role: "Representative"},
		{name: "a judge sits on after the clerkship (guard, whitehouse-57392)", source: wh, title: nominees,
			text:   "She served as a law clerk for Judge Emmet Sullivan on the United States District Court for the District of Columbia from 2007 to 2008.",
			person: "Emmet Sullivan", country: "US", role: "Judge"},
		{name: "a stint that goes on (guard)", source: wh, title: nominees,
			text:   "She currently serves as Chief of Staff to Governor Phil Murphy of New Jersey.",
			person: "Phil Murphy", country: "US", role: "Governor"},
		{name: "present perfect, no year (guard)", source: wh, title: nominees,
			text:   "Stetson has worked with Governor Phil Murphy on energy policy.",
			person: "Phil Murphy", country: "US", role: "Governor"},
	})
}
