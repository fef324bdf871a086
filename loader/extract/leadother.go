package extract

import "slices"

// othersEncounter: the people a body sentence's encounter names, two or
// more, hold none of the headline's, so the date it gives is another
// encounter's and does not date the headline's ("Secretary Blinken's Meeting
// with … Jaishankar": "The two welcomed the productive meeting that President
// Joe Biden had with Prime Minister Narendra Modi on Monday"). With no
// headline people, or one of them in the sentence, it may be theirs.
func othersEncounter(people, head []int) bool {
	if len(people) < 2 || len(head) == 0 {
		return false
	}
	for _, p := range people {
		if slices.Contains(head, p) {
			return false
		}
	}
	return true
}
