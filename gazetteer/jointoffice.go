package gazetteer

import (
	"regexp"
	"strings"
)

// OfficeOfJointTitle reports whether part names one of the offices of
// joint, a title of two or more offices of party joined by "and", "&" or a
// slash, each with a head of its own ("State Councilor and Foreign
// Minister", "Alternate Prime Minister/Defense Minister", "Senior Advisor
// and Infrastructure Implementation Coordinator"): "Foreign Minister" and
// "State Councilor" are offices of the first, "Defense Minister" of the
// second (roles46: one person's one holding in three wordings, the joint
// title and each office alone, was the commonest repeat left in a
// timeline). part names the office of a joint's part in that part's words
// or fewer, with no rank the part lacks (SameOffice): "Prime Minister" is
// no office of "Alternate Prime Minister and Defense Minister". A joint
// title is never an office of another, nor is a past or nominated office
// ("Former President and Prime Minister"). A title whose "and" joins no
// second head is one office ("Minister of Foreign Affairs and International
// Cooperation", "Secretary of Health and Human Services").
func OfficeOfJointTitle(part, joint, party string) bool {
	if standingWord(part) || standingWord(joint) || jointTitleParts(part, party) != nil {
		return false
	}
	n := len(officeWords(part, party))
	for _, p := range jointTitleParts(joint, party) {
		if d, ok := officeDifference(part, p, party); ok && n+d == len(officeWords(p, party)) {
			return true
		}
	}
	return false
}

var jointTitleJoin = regexp.MustCompile(`(?i)\s+(?:and|&)\s+|\s*/\s*`)

// jointTitleParts are the offices of a joint title, or nil where role is
// one office: every part has a head (officeHeads) among its words.
func jointTitleParts(role, party string) []string {
	parts := jointTitleJoin.Split(strings.TrimSpace(role), -1)
	if len(parts) < 2 {
		return nil
	}
	for _, p := range parts {
		headed := false
		for w := range officeWords(p, party) {
			headed = headed || officeHeads[w]
		}
		if !headed {
			return nil
		}
	}
	return parts
}
