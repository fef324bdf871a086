package extract

// spanAhead: the sentence's first date is a span that lies wholly after the
// article's day though its value, a month, holds that day too: "next week"
// in a release of 10 June is June 13-17, dated 2022-06 (the month of a week,
// spanValue), so datedAfter, which compares values, never finds it after
// 2022-06-10. So are "next weekend", "later this week" and "later this
// month". A narrative's "later in the week" ("Later in the week, King
// Abdullah II hosted …") and "later this year", which on the corpus dated
// another clause's plan ("a reference to President Biden's intent to travel
// to the region later this year" in a held call's sentence), are not; nor is
// an encounter told by a verb of the past ("Later this week, … Blinken hosted
// …": a narrative's), at the meeting word at or up to three words before it.
func spanAhead(toks []token, dates []dateExpr, at int) bool {
	if len(dates) == 0 || at < 0 {
		return false
	}
	if pastVerbIn(toks, max(0, at-3), at) {
		return false
	}
	e := dates[0]
	key := func(k int) string {
		if k < e.t0 || k >= e.t1 {
			return ""
		}
		return toks[k].key
	}
	last := key(e.t1 - 1)
	switch key(e.t0) {
	case "next":
		return last == "week" || last == "weekend"
	case "later":
		return key(e.t0+1) == "this" && (last == "week" || last == "month")
	}
	return false
}

// pastVerbIn: a verb of the past, or a meeting word in the past, among
// tokens a to b, both included: a narrative's time word, not a plan
// (spanAhead, forwardOpening).
func pastVerbIn(toks []token, a, b int) bool {
	for k := a; k <= b; k++ {
		if pastVerbs[toks[k].key] || pastTriggers[toks[k].key] {
			return true
		}
	}
	return false
}
