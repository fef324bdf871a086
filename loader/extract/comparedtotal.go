package extract

// everyoneElse ends a comparison with everyone else: "than anyone", "than
// any other world leader".
var everyoneElse = setOf("anyone", "anybody")

// otherPeople are the people "than any (other)" compares with: "than any
// world leader", not "than any other subject".
var otherPeople = setOf("leader", "leaders", "one", "person", "president", "official", "counterpart", "head")

// comparedReach is how far before "than any" the "more" of the comparison
// may be: "spent more time with President Xi of China than any".
const comparedReach = 12

// comparedTotal: the sentence of the meeting word (tokens s0 to s1) compares
// a total with everyone else's ("I've spent more time with President Xi of
// China than any world leader has — for 24 hours of private meetings with
// him", "who I'm told I've met with more than any other world leader"): it
// sums years of encounters and tells none of them, however its meeting
// words read.
func comparedTotal(d *doc, s0, s1 int) bool {
	for k := s0 + 1; k+1 < s1; k++ {
		if d.toks[k].key != "than" || !thanEveryoneElse(d, k+1, s1) {
			continue
		}
		for m := max(s0, k-comparedReach); m < k; m++ {
			if d.toks[m].key == "more" {
				return true
			}
		}
	}
	return false
}

// thanEveryoneElse: the tokens from k name everyone else, "anyone" or "any"
// with one of otherPeople in its next three words ("any other world leader").
func thanEveryoneElse(d *doc, k, s1 int) bool {
	if everyoneElse[d.toks[k].key] {
		return true
	}
	if d.toks[k].key != "any" {
		return false
	}
	for m := k + 1; m < s1 && m <= k+3; m++ {
		if otherPeople[d.toks[m].key] {
			return true
		}
	}
	return false
}
