package loader

import (
	"strings"

	"newsgraph/gazetteer"
)

// timelineOffice is the role an affiliation edge is keyed by: one wording
// per office, so that a person's timeline (`affiliations { role since
// until }`) shows each office once, with the span of every article that
// states it, however it states it (roles43). The text's own words stay in
// the edge's evidence sentence.
//   - The office the official lists hold the person in for the party on the
//     article's date, where the role is a form of it (gazetteer.SameOffice):
//     "State Secretary", "Secretary", "Secretary of State of the United
//     States" of Antony Blinken are "Secretary of State"; "Defense
//     Secretary" and "Secretary of the Department of Defense (DOD)" of Lloyd
//     Austin "Secretary of Defense".
//   - A mention with no title takes that office too, where the lists hold
//     one: "Blinken told Foreign Secretary Truss" attests the Secretary of
//     State on its date rather than an office-less affiliation beside it.
//   - Else the text's role in its one wording (gazetteer.OfficeWording):
//     "Minister of Foreign Affairs" is "Foreign Minister", a heading's
//     "DEPUTY SECRETARY OF STATE" "Deputy Secretary of State".
//
// A past or nominated office ("Former Senator", "Nominee for …") is never
// the office held, and keeps its words. Before all this a military rank
// glued to the role's end is dropped (gazetteer.WithoutTrailingRank), a
// style alone ("Prince") is no role (gazetteer.OfficeStyle), and "Acting"
// before a listed office keeps the lists' office with its qualifier
// (actingListedOffice) (roles44). A describing word ("Chinese leader Xi
// Jinping") of a listed holder is the listed office (describedListedOffice;
// roles46).
func timelineOffice(name, party, role, date string) string {
	role = gazetteer.WithoutTrailingRank(role)
	if gazetteer.OfficeStyle(role) {
		role = ""
	}
	if office, ok := describedListedOffice(name, party, role, date); ok {
		return office
	}
	if office, ok := gazetteer.ListedOffice(name, party, role, date); ok {
		return office
	}
	if office, ok := actingListedOffice(name, party, role, date); ok {
		return office
	}
	return gazetteer.OfficeWording(role)
}

// actingListedOffice is "Acting " and the listed office where the role is
// "Acting" before a form of an office the lists hold the person in on the
// date (the lists give an acting holder's term as the office's): Shalanda
// Young's "Acting Director of the Office of Management and Budget", "Acting
// OMB Director" and "acting director" are one entry, the office with its
// qualifier, and not the office itself.
func actingListedOffice(name, party, role, date string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.ToLower(role), "acting ")
	if !ok || rest == "" {
		return "", false
	}
	office, ok := gazetteer.ListedOffice(name, party, role[len(role)-len(rest):], date)
	if !ok {
		return "", false
	}
	return "Acting " + office, true
}
