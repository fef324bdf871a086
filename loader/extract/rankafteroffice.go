package extract

import "strings"

// rankModifiers make "Ambassador" an office of its own, not a courtesy rank
// after another: "Goodwill Ambassador", "Global Ambassador", "Special Envoy
// and Ambassador", "Deputy Ambassador".
var rankModifiers = setOf("and", "global", "goodwill", "roving", "special", "deputy", "acting", "former", "career")

// officeBeforeRank drops the courtesy rank "Ambassador" that a title puts
// after another office and before the name: "U.S. Special Representative
// for the DPRK Ambassador Sung Kim" holds the office "Special
// Representative for the DPRK", "Domestic Policy Advisor Ambassador Susan
// Rice" the office "Domestic Policy Advisor" (issue 10, audit38: Sung Kim's
// role in 9 meetings an analyst meets). A title whose only office is the
// ambassador's ("Japanese Ambassador", "Deputy Ambassador") or that makes it
// an office of its own ("Global Ambassador", "Special Envoy and
// Ambassador") stays.
func officeBeforeRank(role string) string {
	office, ok := strings.CutSuffix(role, " Ambassador")
	if !ok || office == "" {
		return role
	}
	words := strings.Fields(office)
	if rankModifiers[strings.ToLower(words[len(words)-1])] {
		return role
	}
	if head := roleHead(office); head == "" || head == "ambassador" {
		return role
	}
	return office
}
