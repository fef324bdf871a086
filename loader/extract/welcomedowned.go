package extract

// welcomesOwnedThing: "welcome" at token i welcomes a thing a titled person
// owns, not the person: a capitalised run holding an office's head word (a
// title and a name, "the" before it allowed), its possessive, then a
// lower-case noun ("Mr. Sullivan also welcomed Israeli Foreign Minister
// Lapid’s historic visit to the UAE", "I welcome President Biden’s
// appointment of Ambassador Sung Kim"). The welcomer meets no one by it,
// and "welcome" is no meeting word there. A capitalised word after the
// possessive may start a person the owner has ("welcomed President
// Zelenskyy’s Chief of Staff Andriy Yermak to the State Department"), whom
// "welcome" meets as before, so it is left alone, as a named thing is
// ("President Biden’s Executive Order"). A state's thing keeps "welcome" a
// meeting word ("welcomes Saudi Arabia’s signing of the Artemis Accords on
// July 14"): the sentence dates the ceremony the next one tells.
func welcomesOwnedThing(d *doc, i, s1 int) bool {
	k := i + 1
	if k < s1 && d.toks[k].key == "the" {
		k++
	}
	run, titled := 0, false
	for ; k < s1 && run < 8 && d.toks[k].kind == tokWord && d.toks[k].cap; k++ {
		run++
		titled = titled || roleHeads[d.toks[k].key]
	}
	if !titled || k+1 >= s1 || !possessiveMark(d.toks[k].key) {
		return false
	}
	next := &d.toks[k+1]
	return next.kind == tokWord && !next.cap
}
