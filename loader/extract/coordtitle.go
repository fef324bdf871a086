package extract

// principalTitles are the bare titles a release gives, after "the", to an
// official of its own whom the reader knows ("the President", "the
// Secretary", "the Deputy Secretary", "the National Security Advisor").
var principalTitles = [][]string{
	{"president"}, {"vice", "president"}, {"secretary"}, {"deputy", "secretary"},
	{"national", "security", "advisor"}, {"national", "security", "adviser"},
}

// andJoinsTwoPeople: the "and" at token k follows "the" and a principal's
// bare title ("the Secretary and Foreign Minister Kuleba", "the President
// and President Xi", "The Secretary and National Security Advisor
// Sullivan"), so the title after it is another person's: the two titles are
// no double office ("Deputy Prime Minister and Foreign Minister Kuleba",
// "Colombian Vice President and Foreign Minister Marta Lucia Ramirez"), and
// neither is read across it.
func (d *doc) andJoinsTwoPeople(k int) bool {
	if d.toks[k].key != "and" {
		return false
	}
	for _, w := range principalTitles {
		start := k - len(w)
		if start >= 1 && d.toks[start-1].key == "the" && titleWords(d, start, w) {
			return true
		}
	}
	return false
}
