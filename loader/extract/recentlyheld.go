package extract

import "time"

// recentlyHeld dates a held encounter that earlierOnce tells as earlier by
// "recently" or "recent" ("Secretary Yellen ... did recently have a meeting
// with Deputy Prime Minister Choo", "Secretary Blinken has recently met with
// Foreign Minister Lapid") and no date of its own, as recentPast dates "in
// recent months": by what holds every day from vagueMonths before the
// article's day to that day, the year from July on and nothing before
// (spanValue). Read with their articles, the corpus's "recently" reached
// from a day to three and a half months back ("I had a long conversation
// ... recently with President Xi" on 30 May 2021 is the call of 10
// February), so the article's year was true and its month often not.
// "Last" and "previous" give no span ("since Secretary Blinken last spoke
// with Foreign Minister Lavrov") and keep no date. It reports the date, or
// "" where it gives none.
func recentlyHeld(d *doc, at, s0, s1 int, pub time.Time) string {
	if w := earlierWord(d, at, s0, s1); w != "recently" && w != "recent" {
		return ""
	}
	return spanValue(pub.AddDate(0, -vagueMonths, 0), pub)
}
