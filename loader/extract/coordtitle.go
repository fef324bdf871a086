package extract

// principalTitles are the bare titles a release gives, after "the", to an
// official of its own whom the reader knows: the publisher's offices ("the
// President", "the Secretary") and the deputies and advisers a readout names
// the same way ("the Deputy Secretary", "the National Security Advisor").
var principalTitles = append(publisherTitleWords(),
	[]string{"deputy", "secretary"},
	[]string{"national", "security", "advisor"}, []string{"national", "security", "adviser"})

// publisherTitleWords are publisherOffices' titles, as words.
func publisherTitleWords() [][]string {
	out := make([][]string, 0, len(publisherOffices))
	for _, o := range publisherOffices {
		out = append(out, o.words)
	}
	return out
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

// titleStartsAfterAnd: the "and" at token k, read leftward inside a title,
// is followed right away by a title's head ("Representative Ted Lieu and
// Senators Dianne Feinstein …", "Department of Homeland Security and
// Secretary Mayorkas", "Governor Little and Governor Gianforte") and does
// not follow one, so the words before it are another person's name or a
// body's, not an office joined to the next ("Deputy Prime Minister and
// Foreign Minister" follows a head).
func (d *doc) titleStartsAfterAnd(k int) bool {
	if d.toks[k].key != "and" || k+1 >= len(d.toks) || k < 1 {
		return false
	}
	next, prev := &d.toks[k+1], &d.toks[k-1]
	return next.cap && roleHeads[next.key] && !roleModifiers[next.key] && !roleHeads[prev.key]
}
