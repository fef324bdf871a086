package extract

import "newsgraph/gazetteer"

// listedPastStandings: an office the official lists hold a person in for
// their party before the article's date, and not on it, is a past office,
// "Former …", however the text titles them: "Prime Minister Abe" after his
// term, "Vice President Biden" recalled in 2022, "Secretary Kerry" as the
// Climate Envoy, "Ambassador Susan Rice" as the Domestic Policy Advisor
// (roles43). It runs after stateStandings, on the roles the text left held.
// A role the lists hold the person in on the date (SameOffice of a term
// active then) stays held: a second term of the same office, or an
// ambassador's rank kept in another office the lists give, is no past one.
func listedPastStandings(people []Person, date string) {
	for i := range people {
		p := &people[i]
		if gazetteer.ListedPastOffice(p.Name, p.Country, p.Role, date) {
			p.Role = "Former " + p.Role
		}
	}
}
