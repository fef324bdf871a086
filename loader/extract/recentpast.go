package extract

import "time"

// recentPast: "the other day", "the other week", "in recent days", "over
// recent weeks", "in recent months": a vague span that ends on the
// article's day, dated by what holds every day of it (spanValue), as
// pastSpan dates "the past few days". "The other day" reaches as far back
// as "a few days ago" (vagueDays), "the other week" three weeks, "recent
// weeks" two months (recentWeeksMonths) and "recent months" as far as "a few months ago"
// (vagueMonths). "The Secretary had a conversation with Foreign Minister
// Wang the other day" in a briefing of 7 February 2022 is 2022; "Lapid
// spoke with President Abbas just the other day" on 13 July is 2022-07.
func recentPast(c *dateCtx, i int) (dateExpr, bool) {
	var unit string
	var end int
	switch {
	case c.key(i) == "the" && c.key(i+1) == "other":
		unit, end = c.key(i+2), i+3
		if unit != "day" && unit != "week" {
			return dateExpr{}, false
		}
	case (c.key(i) == "in" || c.key(i) == "over") && c.key(i+1) == "recent":
		unit, end = c.key(i+2), i+3
	case (c.key(i) == "in" || c.key(i) == "over") && c.key(i+1) == "the" && c.key(i+2) == "recent":
		unit, end = c.key(i+3), i+4
	default:
		return dateExpr{}, false
	}
	var back time.Time
	switch unit {
	case "day", "days":
		back = c.pub.AddDate(0, 0, -vagueDays)
	case "week":
		back = c.pub.AddDate(0, 0, -21)
	case "weeks":
		back = c.pub.AddDate(0, -recentWeeksMonths, 0)
	case "months":
		back = c.pub.AddDate(0, -vagueMonths, 0)
	default:
		return dateExpr{}, false
	}
	return dateExpr{i, end, spanValue(back, c.pub)}, true
}
