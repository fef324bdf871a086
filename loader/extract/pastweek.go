package extract

import "time"

// pastWeekReach is how many tokens after "later in the week" a verb of the
// past may tell that the phrase is a narrative's ("Later in the week, King
// Abdullah II hosted …").
const pastWeekReach = 6

// laterInPastWeek: "later this week" or "later in the week", tokens [i,
// i+n), opens a narrative of the past: a verb of the past follows within
// pastWeekReach tokens. Such a release at the week's end tells what came
// after an earlier day of the same week, so the encounter lies before the
// article's day, not after it.
func laterInPastWeek(c *dateCtx, i, n int) bool {
	if c.key(i) != "later" {
		return false
	}
	return pastVerbIn(c.toks, i+n, min(c.s1-1, i+n+pastWeekReach))
}

// pastWeekSpan is what a narrative's "later in the week" dates: the days
// from the Monday of the week before the article's day up to that day
// (spanValue): "Later in the week, King Abdullah II hosted …" in a release
// of Friday 1 April 2022 lies between 28 March and 1 April, so 2022, not
// April. A release of a Monday tells of the week before.
func pastWeekSpan(pub time.Time) string {
	return spanValue(mondayOf(pub.AddDate(0, 0, -1)), pub)
}
