package extract

import "time"

// recentlyHeld dates a held encounter that earlierOnce tells as earlier by
// "recently" or "recent" ("Secretary Yellen ... did recently have a meeting
// with Deputy Prime Minister Choo", "Secretary Blinken has recently met with
// Foreign Minister Lapid") and no date of its own, as recentPast dates "in
// recent weeks": by what holds every day from recentWeeksMonths before the
// article's day to that day, the year from March on and nothing before
// (spanValue). Read with their articles, the corpus's "recently" reached
// from a day to three and a half months back, 6 of the 7 dated within six
// weeks ("I had a long conversation ... recently with President Xi" on 30 May
// 2021 is the call of 10 February; Lapid "recently met" on 4 May 2022 was
// the Negev summit of 27 March; "most recently in Munich" on 7 March 2022 the
// conference of 18 to 20 February), so the article's year was true and its
// month often not; six months, as "in recent months", left every one told
// before July undated (date10y).
// "Last" and "previous" give no span ("since Secretary Blinken last spoke
// with Foreign Minister Lavrov") and keep no date. It reports the date, or
// "" where it gives none.
func recentlyHeld(d *doc, at, s0, s1 int, pub time.Time) string {
	if w := earlierWord(d, at, s0, s1); w != "recently" && w != "recent" {
		return ""
	}
	return spanValue(pub.AddDate(0, -recentWeeksMonths, 0), pub)
}
