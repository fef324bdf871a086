package extract

// laterEncounterOff switches toldAsLater off, for TestLaterPlanIsNotTheHeldOne;
// toldAsLater widens toldAsNext ("meet again in the near future" is both),
// so nextEncounterOff switches it off too.
var laterEncounterOff = false

// laterSpans are word pairs that place a plan after the encounter of the
// day: "in the coming months", "in the near future", "later this year".
var laterSpans = map[[2]string]bool{
	{"coming", "weeks"}: true, {"coming", "months"}: true, {"near", "future"}: true, {"distant", "future"}: true,
	{"later", "this"}: true, {"later", "in"}: true, {"next", "time"}: true, {"few", "weeks"}: true, {"few", "months"}: true,
}

// toldAsLater: sentence s tells its planned encounter as one after the
// encounter of the day, by "again" anywhere in it ("Following our meeting
// today, I look forward to welcoming President Biden again in Seoul") or by
// a span of time ahead ("seeing you next time in a few weeks in Madrid",
// "agreed to meet in person in Tokyo in the coming months"): a later
// encounter, not the announcement of a held one of its people (heldTwin).
// toldAsNext reads "again" only right after the plan's meeting word, and a
// sentence that also tells the day's encounter puts that one's word first.
// "The next high-level meeting" of a dialogue is left out: it names no one
// who will attend (the gold of usdos-329924 holds no plan for it).
func toldAsLater(d *doc, s sentence) bool {
	if laterEncounterOff || nextEncounterOff {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		key := d.toks[k].key
		if nextWords[key] && (k == s.t0 || d.toks[k-1].key != "once") {
			return true // "once again" repeats what the speaker says, not the encounter
		}
		if k+1 >= s.t1 {
			break
		}
		next := d.toks[k+1].key
		if laterSpans[[2]string{key, next}] && !laterToday(d, k+2, s.t1) {
			return true
		}
	}
	return false
}

// dayParts end "later this …" within the day of the encounter ("a little
// bit later this evening"), which may well be the one the article tells.
var dayParts = setOf("morning", "afternoon", "evening", "today")

// laterToday: the word at token k is a part of the day.
func laterToday(d *doc, k, s1 int) bool {
	return k < s1 && dayParts[d.toks[k].key]
}
