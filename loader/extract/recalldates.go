package extract

// recallOpenerAt is the token of the opener of recallOpeners that names the
// encounter whose meeting word is at token at as an earlier one, in its own
// clause (toldAsRecalled), or -1.
func recallOpenerAt(d *doc, at, s0 int) int {
	if at < 0 {
		return -1
	}
	for k := at - 1; k >= s0 && k >= at-recallReach; k-- {
		key := d.toks[k].key
		if need, ok := recallOpeners[key]; ok && (need == "" || k > s0 && d.toks[k-1].key == need) {
			if key != "since" || k == s0 || d.toks[k-1].key == "," || sinceClause(d, k, at) { // "Since …" opening the sentence or a clause, not "met … ever since"
				return k
			}
			return -1
		}
		if key == "," || key == ";" || key == ":" || key == "." {
			return -1
		}
	}
	return -1
}

// notBeforeRecallOpener drops the dates that stand before the opener of a
// recalled encounter's phrase ("since the President's call with Xi
// Jinping"): they date the clause that phrase hangs on, not the earlier
// encounter ("It remains true today what I told you two days ago, which is
// that since the President's call with Xi Jinping, …" is the telling's day,
// two days before; the call was a week before). The recalled encounter
// keeps only a date of its own, after its opener, and with none takes none
// (toldAsRecalled: no article's day either), so that the loader does not
// make it a new meeting on the telling's day.
func notBeforeRecallOpener(d *doc, dates []dateExpr, s0, at int) []dateExpr {
	k := recallOpenerAt(d, at, s0)
	if k < 0 {
		return dates
	}
	kept := dates[:0:0]
	for _, dt := range dates {
		if dt.t0 > k {
			kept = append(kept, dt)
		}
	}
	return kept
}
