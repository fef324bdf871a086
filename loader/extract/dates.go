package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Date resolution: relative expressions ("on Monday", "last November",
// "later this year") become dates of the right precision (YYYY-MM-DD,
// YYYY-MM or YYYY) counted from the article's publication date.

var monthByName = map[string]time.Month{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9, "sep.": 9,
	"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12,
	"dec": 12, "dec.": 12,
}

var weekdayByName = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// parseArticleDate reads the YYYY-MM-DD prefix of an article date.
func parseArticleDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, fmt.Errorf("article date %q: want YYYY-MM-DD", s)
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return time.Time{}, fmt.Errorf("article date %q: want YYYY-MM-DD: %w", s, err)
	}
	return t, nil
}

func dayOf(t time.Time) string   { return t.Format("2006-01-02") }
func monthOf(t time.Time) string { return t.Format("2006-01") }
func yearOf(t time.Time) string  { return t.Format("2006") }

// compareDates compares two dates of any precision (YYYY, YYYY-MM,
// YYYY-MM-DD) at the coarser of the two, as cmp.Compare does: "2022-06" and
// "2022-06-10" are equal, for a month holds its days and neither is known to
// come first; "2022-05" is before "2022-06-10". An empty date is equal to
// every other.
func compareDates(a, b string) int {
	n := min(len(a), len(b))
	return strings.Compare(a[:n], b[:n])
}

// dateExpr is a date found in a sentence, with the token range it covers.
type dateExpr struct {
	t0, t1 int
	value  string // YYYY, YYYY-MM or YYYY-MM-DD
}

// findDates resolves every date expression among toks[s0:s1]. future says
// whether the sentence speaks of what will happen, which decides the
// direction of "on Monday" and "in November". Each kind of expression is a
// rule of its own (dateRules), tried in order at each token; the first that
// reads an expression there wins and the scan goes on after it.
func findDates(toks []token, s0, s1 int, pub time.Time, future bool) []dateExpr {
	return findDatesFrom(toks, s0, s1, pub, future, s0)
}

// findDatesFrom is findDates where only the expressions from token
// futureFrom on take the sentence's direction; those before it are read in
// the past ("met on Monday, and they will meet again soon": Monday is the
// one just gone).
func findDatesFrom(toks []token, s0, s1 int, pub time.Time, future bool, futureFrom int) []dateExpr {
	var out []dateExpr
	c := dateCtx{toks: toks, s0: s0, s1: s1, pub: pub, future: future, futureFrom: futureFrom}
	for i := s0; i < s1; i++ {
		if t := &toks[i]; t.kind != tokWord && t.kind != tokNumber {
			continue
		}
		for _, rule := range dateRules {
			e, ok := rule(&c, i)
			if !ok {
				continue
			}
			if e.value != "" {
				out = append(out, e)
			}
			i = e.t1 - 1
			break
		}
	}
	if len(out) == 0 {
		// a gathering's name dates what the sentence tells only where it
		// gives no date of its own ("met in the margins of the G7 summit in
		// Carbis Bay on 12 June 2021" is of 12 June)
		for i := s0; i < s1; i++ {
			if e, ok := namedGathering(&c, i); ok {
				out = append(out, e)
				i = e.t1 - 1
			}
		}
	}
	return out
}

// dateCtx is the sentence a date rule reads and the date it counts from.
type dateCtx struct {
	toks       []token
	s0, s1     int
	pub        time.Time
	future     bool
	futureFrom int // expressions before this token are read in the past
	// anchored: the sentence is read as the anchor of a day counted in the
	// one after it (countedDay), which counts from no further back
	anchored bool
}

// futureAt says whether an expression at token i reads forward.
func (c *dateCtx) futureAt(i int) bool { return c.future && i >= c.futureFrom }

// key is the key of token i, "" outside the sentence.
func (c *dateCtx) key(i int) string {
	if i >= c.s0 && i < c.s1 {
		return c.toks[i].key
	}
	return ""
}

// A dateRule reads a date expression starting at token i. ok with an empty
// value consumes the tokens without a date.
type dateRule func(c *dateCtx, i int) (e dateExpr, ok bool)

var dateRules []dateRule

// init sets dateRules: countedDay reads the sentence before with them.
func init() {
	dateRules = []dateRule{countedDay, recentPast, weekendDate, deicticDay, thisPeriod, laterInPeriod, nextOrLast, agoDate, weekdayDate, ordinalDay, partOfMonth, monthDate, yearAfterIn}
}

// countWords are the counts "N units ago" is written with; 0 stands for a
// vague count ("a few", "several", "a couple of").
var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "few": 0, "several": 0, "couple": 0}

// vagueDays is how far back "a few days ago" may reach, and vagueMonths
// and coupleMonths how far "a few months ago" and "a couple of months ago"
// may (agoDate, and the spans of pastSpan); recentWeeksMonths is how far
// "in recent weeks" (recentPast) and "recently" (recentlyHeld) reach.
const (
	vagueDays         = 9
	vagueMonths       = 6
	coupleMonths      = 3
	recentWeeksMonths = 2
)

// agoDate: "two years ago" (the year), "three months ago" (the month), "a
// week ago" (the month), "five days ago" (the day); with a vague count ("a
// few weeks ago") only the year, where the span cannot leave it ("a couple
// of months ago" reaches three months back, "a few" six), but "a few
// days ago" the month when the days cannot leave it. "A week or so ago"
// counts as "a week ago". Tens and
// units ("fifty-six years ago") and digits count too.
func agoDate(c *dateCtx, i int) (dateExpr, bool) {
	if c.key(i+2) != "ago" && c.key(i+3) != "ago" && c.key(i+4) != "ago" {
		return dateExpr{}, false // most words: no "ago" two to four words on
	}
	n, reach, k, ok := agoCount(c, i)
	if !ok {
		return dateExpr{}, false
	}
	if c.key(k) == "of" { // "a couple of weeks ago"
		k++
	}
	unit := strings.TrimSuffix(c.key(k), "s")
	end := k + 1
	if c.key(end) == "or" && c.key(end+1) == "so" { // "a week or so ago"
		end += 2
	}
	if c.key(end) != "ago" {
		return dateExpr{}, false
	}
	value, ok := agoValue(c.pub, unit, n, reach)
	if !ok {
		return dateExpr{}, false
	}
	return dateExpr{t0: i, t1: end + 1, value: value}, true
}

// agoCount reads the count that opens "N units ago" at i: n (0 for a vague
// "a few", "several", "a couple of"), how many months back a vague count may
// reach (a couple three, else six), and the token after the count.
func agoCount(c *dateCtx, i int) (n, reach, next int, ok bool) {
	k := i
	if c.key(k) == "a" && (c.key(k+1) == "few" || c.key(k+1) == "couple") {
		k++
	}
	reach = vagueMonths
	if c.key(k) == "couple" {
		reach = coupleMonths
	}
	n, ok = agoNumber(c.key(k))
	return n, reach, k + 1, ok
}

// agoNumber reads a count word ("two", "few"), digits below 200 (no
// year-like number counts back) or tens and units ("fifty-six").
func agoNumber(w string) (int, bool) {
	if n, ok := countWords[w]; ok {
		return n, true
	}
	if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 200 {
		return v, true
	}
	tens, unit, hyphen := strings.Cut(w, "-")
	t, ok1 := countWords[tens]
	u, ok2 := countWords[unit]
	if hyphen && ok1 && ok2 && t >= 20 && u < 10 && u > 0 {
		return t + u, true
	}
	return 0, false
}

// agoValue dates n units (years, months, weeks, days) before pub at the
// precision the unit allows; a vague count (n 0) gives the month or year only
// where the whole reach cannot leave it, else no value; any other unit is no
// date.
func agoValue(pub time.Time, unit string, n, reach int) (string, bool) {
	switch {
	case unit == "year" && n > 0:
		return yearOf(pub.AddDate(-n, 0, 0)), true
	case unit == "month" && n > 0:
		return monthOf(pub.AddDate(0, -n, 0)), true
	case unit == "week" && n > 0:
		return monthOf(pub.AddDate(0, 0, -7*n)), true
	case unit == "day" && n > 0:
		return dayOf(pub.AddDate(0, 0, -n)), true
	case unit == "day" && monthOf(pub.AddDate(0, 0, -vagueDays)) == monthOf(pub):
		return monthOf(pub), true // "a few days ago" on the 20th: this month
	case unit == "week" || unit == "day" || unit == "month":
		if back := pub.AddDate(0, -reach, 0); unit != "month" || yearOf(back) == yearOf(pub) {
			return yearOf(pub), true
		}
		return "", true
	case unit != "year":
		return "", false
	}
	return "", true // "a few years ago": an expression, but no date
}

// deicticDay: "today", "tonight", "yesterday", "tomorrow", "last night",
// "the day before yesterday", "the day after tomorrow".
func deicticDay(c *dateCtx, i int) (dateExpr, bool) {
	switch c.key(i) {
	case "today", "tonight":
		return dateExpr{i, i + 1, dayOf(c.pub)}, true
	case "yesterday":
		return dateExpr{i, i + 1, dayOf(c.pub.AddDate(0, 0, -1))}, true
	case "tomorrow":
		return dateExpr{i, i + 1, dayOf(c.pub.AddDate(0, 0, 1))}, true
	case "the":
		// "the day before yesterday", "the day after tomorrow"
		if c.key(i+1) == "day" && c.key(i+2) == "before" && c.key(i+3) == "yesterday" {
			return dateExpr{i, i + 4, dayOf(c.pub.AddDate(0, 0, -2))}, true
		}
		if c.key(i+1) == "day" && c.key(i+2) == "after" && c.key(i+3) == "tomorrow" {
			return dateExpr{i, i + 4, dayOf(c.pub.AddDate(0, 0, 2))}, true
		}
	case "last":
		if c.key(i+1) == "night" {
			return dateExpr{i, i + 2, dayOf(c.pub.AddDate(0, 0, -1))}, true
		}
	}
	return dateExpr{}, false
}

// weekendDate: "over the weekend", "this weekend", "this past weekend",
// "last weekend", "next weekend": the weekend before the article's day (or
// after it, in a sentence of the future, or with "next"/"coming"). A weekend
// is two days, so only its month: "Over the weekend, … the President spoke
// with President Putin" in a Monday briefing was a call on Saturday or
// Sunday. A weekend across two months gives the year.
func weekendDate(c *dateCtx, i int) (dateExpr, bool) {
	k := i
	if c.key(k) == "over" {
		k++
	}
	if c.key(k) == "the" {
		k++
	}
	future, marked := c.futureAt(i), k > i
	switch c.key(k) {
	case "this", "past":
		if c.key(k) == "past" {
			future = false
		}
		marked = true
		k++
		if c.key(k) == "past" { // "this past weekend"
			future = false
			k++
		}
	case "last":
		future, marked = false, true
		k++
	case "next", "coming":
		future, marked = true, true
		k++
	}
	if !marked || c.key(k) != "weekend" || c.key(i) == "the" && k == i+1 {
		return dateExpr{}, false // "the weekend" alone says no more than "at some weekend"
	}
	sat := nearestWeekday(c.pub, time.Saturday, future, false) // on a weekday "last weekend" is the one just gone
	e := dateExpr{t0: i, t1: k + 1, value: monthOf(sat)}
	if sun := sat.AddDate(0, 0, 1); monthOf(sun) != monthOf(sat) {
		e.value = ""
		if yearOf(sun) == yearOf(sat) {
			e.value = yearOf(sat)
		}
	}
	return e, true
}

// thisPeriod: "this morning" (the day), "this week" and "this month" (the
// month), "this year".
func thisPeriod(c *dateCtx, i int) (dateExpr, bool) {
	if c.key(i) != "this" {
		return dateExpr{}, false
	}
	switch c.key(i + 1) {
	case "morning", "afternoon", "evening":
		return dateExpr{i, i + 2, dayOf(c.pub)}, true
	case "week":
		if c.futureAt(i) {
			return dateExpr{i, i + 2, spanValue(c.pub, fridayOf(c.pub))}, true
		}
		return dateExpr{i, i + 2, spanValue(mondayOf(c.pub), c.pub)}, true
	case "month":
		return dateExpr{i, i + 2, monthOf(c.pub)}, true
	case "year":
		return dateExpr{i, i + 2, yearOf(c.pub)}, true
	}
	return dateExpr{}, false
}

// mondayOf is the Monday of t's week.
func mondayOf(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }

// fridayOf is the last working day of t's week, or t itself at the weekend:
// a week's encounters are on its working days.
func fridayOf(t time.Time) time.Time {
	if f := mondayOf(t).AddDate(0, 0, 4); f.After(t) {
		return f
	}
	return t
}

// spanValue is the most precise date that holds every day from a to b: their
// month, else their year, else none. A week is dated by its month, but
// "this week" in a Friday 1 April release may be Tuesday 29 March.
func spanValue(a, b time.Time) string {
	switch {
	case monthOf(a) == monthOf(b):
		return monthOf(a)
	case yearOf(a) == yearOf(b):
		return yearOf(a)
	}
	return ""
}

// laterInPeriod: "later this year", "later in the year", "earlier this
// month", "later this week".
func laterInPeriod(c *dateCtx, i int) (dateExpr, bool) {
	if k := c.key(i); k != "later" && k != "earlier" {
		return dateExpr{}, false
	}
	n, period := 3, c.key(i+2)
	if c.key(i+1) == "in" && c.key(i+2) == "the" {
		n, period = 4, c.key(i+3)
	} else if c.key(i+1) != "this" {
		return dateExpr{}, false
	}
	switch period {
	case "year":
		return dateExpr{i, i + n, yearOf(c.pub)}, true
	case "month":
		return dateExpr{i, i + n, monthOf(c.pub)}, true
	case "week":
		if c.key(i) == "earlier" {
			return dateExpr{i, i + n, spanValue(mondayOf(c.pub), c.pub)}, true
		}
		if laterInPastWeek(c, i, n) {
			return dateExpr{i, i + n, pastWeekSpan(c.pub)}, true
		}
		return dateExpr{i, i + n, spanValue(c.pub, fridayOf(c.pub))}, true
	}
	return dateExpr{}, false
}

// nextOrLast: "next year", "last month", "next week", "last November",
// "next Tuesday".
func nextOrLast(c *dateCtx, i int) (dateExpr, bool) {
	dir := 1
	switch c.key(i) {
	case "next":
	case "last":
		dir = -1
	case "past":
		if c.key(i-1) != "the" || c.key(i+1) != "week" {
			return pastSpan(c, i) // "the past week" below, "the past couple of weeks" there
		}
		dir = -1
	default:
		return dateExpr{}, false
	}
	if e, ok := pastSpan(c, i); ok && dir < 0 {
		return e, true
	}
	switch n := c.key(i + 1); n {
	case "year":
		return dateExpr{i, i + 2, yearOf(c.pub.AddDate(dir, 0, 0))}, true
	case "month":
		return dateExpr{i, i + 2, monthOf(c.pub.AddDate(0, dir, 0))}, true
	case "week":
		if c.key(i-1) == "the" && dir < 0 { // "over the last week": the seven days up to the article's
			return dateExpr{i, i + 2, spanValue(c.pub.AddDate(0, 0, -7), c.pub)}, true
		}
		mon := mondayOf(c.pub.AddDate(0, 0, 7*dir))
		return dateExpr{i, i + 2, spanValue(mon, mon.AddDate(0, 0, 4))}, true
	default:
		if m, ok := monthByName[n]; ok && !(n == "may" && !c.toks[i+1].cap) {
			return dateExpr{i, i + 2, monthOf(nearestMonth(c.pub, m, dir > 0, true))}, true
		}
		if wd, ok := weekdayByName[n]; ok {
			return dateExpr{i, i + 2, dayOf(nearestWeekday(c.pub, wd, dir > 0, true))}, true
		}
	}
	return dateExpr{}, false
}

// pastSpan: "the past couple of weeks", "the last few months", "the past
// three days", "the past several weeks": the span that ends on the
// article's day, dated by what holds all of it (spanValue); a vague count
// reaches as far back as agoDate lets it.
func pastSpan(c *dateCtx, i int) (dateExpr, bool) {
	if k := c.key(i); c.key(i-1) != "the" || k != "past" && k != "last" {
		return dateExpr{}, false
	}
	k := i + 1
	n, ok := countWords[c.key(k)]
	if v, err := strconv.Atoi(c.key(k)); err == nil && v > 0 && v <= 100 {
		n, ok = v, true
	}
	if !ok || c.key(k) == "a" || c.key(k) == "an" {
		return dateExpr{}, false
	}
	k++
	if c.key(k) == "of" {
		k++
	}
	var back time.Time
	switch unit := c.key(k); {
	case unit == "days" && n > 0:
		back = c.pub.AddDate(0, 0, -n)
	case unit == "days":
		back = c.pub.AddDate(0, 0, -vagueDays)
	case unit == "weeks" && n > 0:
		back = c.pub.AddDate(0, 0, -7*n)
	case unit == "weeks" && c.key(i+1) == "couple":
		back = c.pub.AddDate(0, 0, -21)
	case unit == "weeks":
		back = c.pub.AddDate(0, -2, 0)
	case unit == "months" && n > 0:
		back = c.pub.AddDate(0, -n, 0)
	case unit == "months" && c.key(i+1) == "couple":
		back = c.pub.AddDate(0, -coupleMonths, 0)
	case unit == "months":
		back = c.pub.AddDate(0, -vagueMonths, 0)
	case unit == "years" && n > 0:
		back = c.pub.AddDate(-n, 0, 0)
	default:
		return dateExpr{}, false
	}
	return dateExpr{i, k + 1, spanValue(back, c.pub)}, true
}

// weekdayDate: "on Monday", in the sentence's direction; "Monday, June 7"
// is left to monthDate.
func weekdayDate(c *dateCtx, i int) (dateExpr, bool) {
	wd, ok := weekdayByName[c.key(i)]
	if !ok {
		return dateExpr{}, false
	}
	next := i + 1
	if next < c.s1 && c.toks[next].text == "," {
		next++
	}
	if next < c.s1 && c.toks[next].cap {
		if _, isMonth := monthByName[c.toks[next].key]; isMonth {
			return dateExpr{i, i + 1, ""}, true // "Tuesday, April 12" or "Tuesday April 12": the full date
		}
	}
	return dateExpr{i, i + 1, dayOf(nearestWeekday(c.pub, wd, c.futureAt(i), false))}, true
}

// monthDate: "June 7, 2021", "June 2021", "24 June 2021", "June 7", "June".
func monthDate(c *dateCtx, i int) (dateExpr, bool) {
	t := &c.toks[i]
	m, ok := monthByName[t.key]
	if !ok || !t.cap {
		return dateExpr{}, false
	}
	if mayIsVerb(c, i) {
		return dateExpr{i, i + 1, ""}, true // the verb "May ..."
	}
	day, year, j := numberAfterMonth(c, i+1)
	if day > 0 {
		if y, next, ok := yearAfterDay(c, j); ok {
			year, j = y, next
		}
	}
	if day == 0 && dayNumberAt(c, i-1) {
		day, _ = strconv.Atoi(trimOrdinal(c.toks[i-1].text))
		year, j = yearAfterDayFirst(c, j, year)
	}
	return dateExpr{i, j, monthDateValue(c, i, m, day, year)}, true
}

// mayIsVerb: a capitalised "May" at token i is the verb ("May I add …"),
// not the month: no number follows it, and no "in", "of", "since", part of
// a month ("late May") or day number ("12 May") comes before it.
func mayIsVerb(c *dateCtx, i int) bool {
	if c.toks[i].key != "may" || i+1 < c.s1 && c.toks[i+1].kind == tokNumber {
		return false
	}
	prev := c.key(i - 1)
	return !(prev == "in" || prev == "of" || prev == "since" || monthParts[prev] || dayNumberAt(c, i-1))
}

// numberAfterMonth reads the number at token j, right after a month: a
// day of the month ("June 7") or a year ("June 2021"), and the token after
// what it read; any other number is neither, and is not read.
func numberAfterMonth(c *dateCtx, j int) (day, year, next int) {
	if j >= c.s1 || c.toks[j].kind != tokNumber {
		return 0, 0, j
	}
	n, err := strconv.Atoi(trimOrdinal(c.toks[j].text))
	switch {
	case err != nil:
		return 0, 0, j
	case n >= 1 && n <= 31:
		return n, 0, j + 1
	case n >= 1900 && n <= 2100:
		return 0, n, j + 1
	}
	return 0, 0, j
}

// yearAfterDay reads the year after a month's day, at token j, maybe
// after a comma ("June 7, 2021", "June 7 2021"), and the token after it.
func yearAfterDay(c *dateCtx, j int) (year, next int, ok bool) {
	k := j
	if k < c.s1 && c.toks[k].text == "," {
		k++
	}
	if y, ok := yearAt(c, k); ok {
		return y, k + 1, true
	}
	return 0, j, false
}

// yearAfterDayFirst reads "24 June 2021"'s year: any four-digit number at
// token j, right after the month, over the year read so far, and the
// token after it.
func yearAfterDayFirst(c *dateCtx, j, year int) (int, int) {
	if j < c.s1 && c.toks[j].kind == tokNumber && len(c.toks[j].text) == 4 {
		year, _ = strconv.Atoi(c.toks[j].text)
		j++
	}
	return year, j
}

// monthDateValue is the date a month at token i with the day and year
// read beside it gives: the day, the month of a year, or, without a year,
// the nearest such day or month to the article's date, looking ahead in a
// sentence of the future.
func monthDateValue(c *dateCtx, i int, m time.Month, day, year int) string {
	switch {
	case year > 0 && day > 0:
		return validDay(year, m, day)
	case year > 0:
		return fmt.Sprintf("%04d-%02d", year, m)
	case day > 0:
		y := nearestMonthDay(c.pub, m, day, c.futureAt(i)).Year()
		return validDay(y, m, day)
	}
	return monthOf(nearestMonth(c.pub, m, c.futureAt(i), false))
}

// dayNumberAt: token i is a day of the month ("12" of "on 12 May"), so a
// "May" after it is the month, not the verb.
func dayNumberAt(c *dateCtx, i int) bool {
	if i < c.s0 || i >= c.s1 || c.toks[i].kind != tokNumber {
		return false
	}
	n, err := strconv.Atoi(trimOrdinal(c.toks[i].text))
	return err == nil && n >= 1 && n <= 31
}

// monthParts are the words that name a part of the month after them ("in
// late May", "early June"): the month, whatever the part.
var monthParts = map[string]bool{"early": true, "mid": true, "late": true}

// partOfMonth: "mid-May", "mid-June 2021", "late-March", written as one
// word: the month (monthDate reads "mid May" and "late May").
func partOfMonth(c *dateCtx, i int) (dateExpr, bool) {
	t := &c.toks[i]
	part, month, ok := strings.Cut(t.text, "-")
	if !ok || !monthParts[strings.ToLower(part)] || month == "" || !unicode.IsUpper(rune(month[0])) {
		return dateExpr{}, false
	}
	m, ok := monthByName[strings.ToLower(month)]
	if !ok {
		return dateExpr{}, false
	}
	e := dateExpr{t0: i, t1: i + 1}
	if y, ok := yearAt(c, i+1); ok {
		e.value, e.t1 = fmt.Sprintf("%04d-%02d", y, m), i+2
	} else {
		e.value = monthOf(nearestMonth(c.pub, m, c.futureAt(i), false))
	}
	return e, true
}

// yearAt is the year token i holds, if it is one.
func yearAt(c *dateCtx, i int) (int, bool) {
	if i >= c.s1 || c.toks[i].kind != tokNumber || len(c.toks[i].text) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(c.toks[i].text)
	return n, err == nil && n >= 1900 && n <= 2100
}

// namedYear reads "last year", "this year" or "next year" at token i,
// after a month's day ("the 1st of December last year").
func namedYear(c *dateCtx, i int) (int, bool) {
	if c.key(i+1) != "year" {
		return 0, false
	}
	switch c.key(i) {
	case "last":
		return c.pub.Year() - 1, true
	case "this":
		return c.pub.Year(), true
	case "next":
		return c.pub.Year() + 1, true
	}
	return 0, false
}

// ordinalDay: "on the 3rd" (a day of the article's month, or of the month
// before where that day is still to come; the other way round in a
// sentence of the future) and "the 16th of February" ("… 2022", "… last
// year"). An
// ordinal that a noun follows is no day ("on the 20th anniversary").
func ordinalDay(c *dateCtx, i int) (dateExpr, bool) {
	if c.key(i) != "the" || i+1 >= c.s1 || c.toks[i+1].kind != tokNumber {
		return dateExpr{}, false
	}
	num := c.toks[i+1].key
	if trimOrdinal(num) == num {
		return dateExpr{}, false // "the 3rd", not "the 3"
	}
	day, err := strconv.Atoi(trimOrdinal(num))
	if err != nil || day < 1 || day > 31 {
		return dateExpr{}, false
	}
	if c.key(i+2) == "of" && i+3 < c.s1 && c.toks[i+3].cap {
		m, ok := monthByName[c.toks[i+3].key]
		if !ok {
			return dateExpr{}, false
		}
		e := dateExpr{t0: i, t1: i + 4}
		y := nearestMonthDay(c.pub, m, day, c.futureAt(i)).Year()
		if yy, ok := yearAt(c, i+4); ok {
			y, e.t1 = yy, i+5
		} else if yy, ok := namedYear(c, i+4); ok {
			y, e.t1 = yy, i+6
		} else if i+5 < c.s1 && c.toks[i+4].text == "," {
			if yy, ok := yearAt(c, i+5); ok {
				y, e.t1 = yy, i+6
			}
		}
		e.value = validDay(y, m, day)
		return e, true
	}
	if c.key(i-1) != "on" || i+2 < c.s1 && c.toks[i+2].kind != tokPunct {
		return dateExpr{}, false // "the 20th anniversary", "the 3rd Infantry"
	}
	first := time.Date(c.pub.Year(), c.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case c.futureAt(i) && day < c.pub.Day():
		first = first.AddDate(0, 1, 0)
	case !c.futureAt(i) && day > c.pub.Day():
		first = first.AddDate(0, -1, 0)
	}
	return dateExpr{i, i + 2, validDay(first.Year(), first.Month(), day)}, true
}

// yearAfterIn: "in 2021", "during 2022".
func yearAfterIn(c *dateCtx, i int) (dateExpr, bool) {
	t := &c.toks[i]
	if prev := c.key(i - 1); t.kind != tokNumber || len(t.text) != 4 || prev != "in" && prev != "during" {
		return dateExpr{}, false
	}
	if n, err := strconv.Atoi(t.text); err == nil && n >= 1900 && n <= 2100 {
		return dateExpr{i, i + 1, t.text}, true
	}
	return dateExpr{}, false
}

func trimOrdinal(s string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

func validDay(y int, m time.Month, d int) string {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return dayOf(t)
}

// nearestWeekday is the weekday on or before pub (past) or on or after pub
// (future). strict excludes pub itself ("last Monday", "next Monday").
func nearestWeekday(pub time.Time, wd time.Weekday, future, strict bool) time.Time {
	if future {
		d := (int(wd) - int(pub.Weekday()) + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return pub.AddDate(0, 0, d)
	}
	d := (int(pub.Weekday()) - int(wd) + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return pub.AddDate(0, 0, -d)
}

// nearestMonth picks the year of a bare month: the latest such month not
// after pub for the past, the earliest not before pub for the future.
// strict excludes pub's own month ("last November" in November).
func nearestMonth(pub time.Time, m time.Month, future, strict bool) time.Time {
	y := pub.Year()
	if future {
		if m < pub.Month() || strict && m == pub.Month() {
			y++
		}
	} else if m > pub.Month() || strict && m == pub.Month() {
		y--
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}

// nearestMonthDay picks the year of "July 8" the same way, by day.
func nearestMonthDay(pub time.Time, m time.Month, d int, future bool) time.Time {
	y := pub.Year()
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	const slack = 7 // readouts dated a day or two after the fact still mean this year
	if future && t.Before(pub.AddDate(0, 0, -slack)) {
		y++
	} else if !future && t.After(pub.AddDate(0, 0, slack)) {
		y--
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// otherEventVerbs date an event of their own, not the encounter their
// sentence tells: "met … to discuss the agreement signed in 2019", "spoke
// … about the war that Russia began in February".
var otherEventVerbs = setOf("signed", "began", "begun", "started", "launched", "adopted", "agreed", "reached",
	"established", "founded", "created", "invaded", "elected", "enacted", "ratified", "approved", "imposed",
	"unveiled", "introduced")

// reportVerbs date the telling, not what is told: "said on Monday that
// they would meet in Washington soon".
var reportVerbs = setOf("said", "says", "announced", "announces", "told", "stated", "confirmed", "added")

// datePrepositions stand between a verb and the date of its event ("signed
// in 2019", "said on Monday").
var datePrepositions = setOf("in", "on", "during")

// encounterDates drops from a sentence's dates those that date something
// else: a date after "since" that follows the meeting word at opens the
// span of another thing ("met … to review progress since March"; "Since
// last year, our countries were able to meet" keeps it: the encounters lie
// in that span); one right after a verb of another event is that event's
// ("the agreement signed in 2019"); and in a sentence of the future, one
// right after a verb of saying is the day it was said ("said on Monday
// that they would meet soon": the plan is undated). In a held sentence the
// day a thing was said ("told reporters on Monday") gives way to any other
// date ("… that he met … last month"), but where it is the only one
// ("met …, officials said on Monday") it stays: the saying follows the
// encounter closely.
func encounterDates(toks []token, dates []dateExpr, s0, at int, future bool) []dateExpr {
	kept := dates[:0:0]
	var told []dateExpr // the days things were told on, in a held sentence
	for _, dt := range dates {
		p := dt.t0 - 1
		if p >= s0 && datePrepositions[toks[p].key] {
			p--
		}
		if p >= s0 && audienceWords[toks[p].key] {
			p-- // "told reporters on Monday"
		}
		switch {
		case p < s0:
		case at >= 0 && dt.t0 > at && (toks[p].key == "since" || dt.t0 > s0 && toks[dt.t0-1].key == "since"):
			continue
		case otherEventVerbs[toks[p].key], future && reportVerbs[toks[p].key]:
			continue
		case reportVerbs[toks[p].key]:
			told = append(told, dt)
			continue
		}
		kept = append(kept, dt)
	}
	if len(kept) == 0 {
		return told // "met …, officials said on Monday": the telling's day is the nearest the sentence gives
	}
	return kept
}

// audienceWords are whom a thing is told to between the verb of saying and
// its day ("told reporters on Monday").
var audienceWords = setOf("reporters", "journalists", "lawmakers", "parliament", "congress")

// nextParagraphDay is what the day an encounter or a trip of a release's
// paragraph was told on (paragraphDay) says of the undated encounters of the
// paragraphs after it: their month. "Secretary Blinken traveled to New Delhi
// on June 3." then, a paragraph on, "In New Delhi, the Secretary met with …"
// is of that trip, but perhaps of another of its days (GUIDELINES: YYYY-MM
// where the article gives only that), and not of the day the release came
// out. The article's own day carries nothing: the later paragraphs' encounters
// take it anyway ("held a video call with transatlantic leaders today" …
// "Participants in the call included …"). A public schedule's paragraphs
// are items of their own: nothing carries.
func nextParagraphDay(day, pubDay string, schedule bool) string {
	if schedule || day == pubDay || len(day) < len("2006-01") {
		return ""
	}
	return day[:len("2006-01")]
}

// spelledRange: day dt opens a range of days of its own month spelled out
// in words: "from May 20 to 22", "from July 12 to July 15, 2021", "between
// June 3 and 5". A range into another month ("from May 31 to June 6") is
// not one month's.
func spelledRange(toks []token, dt dateExpr) bool {
	if len(dt.value) != len("2006-01-02") || dt.t0 < 1 || dt.t1+1 >= len(toks) {
		return false
	}
	open, link := toks[dt.t0-1].key, toks[dt.t1].key
	if !(open == "from" && (link == "to" || link == "through" || link == "until") || open == "between" && link == "and") {
		return false
	}
	k := dt.t1 + 1
	if m, ok := monthByName[toks[k].key]; ok && toks[k].cap {
		if fmt.Sprintf("%02d", int(m)) != dt.value[5:7] {
			return false
		}
		k++
	}
	if k >= len(toks) || toks[k].kind != tokNumber {
		return false
	}
	n, err := strconv.Atoi(trimOrdinal(toks[k].text))
	return err == nil && n >= 1 && n <= 31
}

// otherGathering: the meeting word at k, after the sentence's encounter
// word at, names a gathering the encounter looks ahead to or back on, not
// the encounter itself: "met … ahead of the Quad Leaders’ Summit in
// September", "to prepare for the Quad meeting next month", "to review
// progress since the 2021 summit", "their first meeting since the Quad
// summit". It returns the token that opens that gathering's phrase (the
// phrase and the date right after it are the gathering's), or -1. "Met for
// talks" and "on the margins of the summit" are not such openers: the talks
// are the encounter, and a side meeting shares the summit's day.
func otherGathering(toks []token, s0, at, k int) int {
	for j := k - 1; j > at && j >= s0 && j >= k-7; j-- {
		switch toks[j].key {
		case ",", ";", ":", "and", "where", "which", "who":
			return -1
		case "since", "before", "toward", "towards":
			return j
		case "ahead", "advance": // "ahead of", "in advance of"
			if toks[j+1].key == "of" {
				return j
			}
		case "for":
			if j > s0 && preparing[toks[j-1].key] {
				return j
			}
		case "to":
			if j > s0 && (toks[j-1].key == "up" || toks[j-1].key == "run-up" || toks[j-1].key == "lead-up") {
				return j // "in the run-up to", "leading up to"
			}
		}
	}
	return -1
}

// preparing are the words before "for" that look ahead to what follows it.
var preparing = setOf("prepare", "prepares", "preparing", "prepared", "preparation", "preparations", "ready", "readiness")

// gatheringSpan is the tokens of another gathering a sentence names
// (otherGathering, earlierGathering): from its opener t0 through its
// meeting word trig to end, the last token of a date that may follow it
// ("… Summit in September", "… meeting next month"; gatheringEnd).
type gatheringSpan struct{ t0, trig, end int }

// notOfGatherings drops the dates that lie in another gathering's phrase or
// start after its meeting word up to its end: they date that gathering.
func notOfGatherings(dates []dateExpr, others []gatheringSpan) []dateExpr {
	if len(others) == 0 {
		return dates
	}
	kept := dates[:0:0]
outer:
	for _, dt := range dates {
		for _, g := range others {
			if dt.t0 >= g.t0 && dt.t0 <= g.end {
				continue outer
			}
		}
		kept = append(kept, dt)
	}
	return kept
}

// recalledOnce: the encounter whose meeting word is at token at is one
// earlier encounter that the sentence grounds something else on, after an
// opener of recallOpeners ("Since President Biden and President Xi met in
// Bali, …", "the progress made since their meeting in Rome"). Undated, it
// is not a vaguer telling of the day's encounter of the same people
// (earlierApart), but one of its own, with no date. A "when" clause is not
// enough: as often it tells the day's own encounter ("when the President
// spoke to President Xi, did he …" in the briefing of the call's day; "as I
// said earlier on when I welcomed you").
func recalledOnce(d *doc, at, s0 int) bool {
	return toldAsRecalled(d, at, s0)
}

// sinceClause: the "since" at token k opens, inside a sentence, a clause or
// phrase of an earlier encounter whose meeting word is at: "the progress
// made since President Biden and President Xi met in Bali", "since their
// meeting in Rome", "since they spoke". Its subject comes right after it
// (a name, "they", "their", "the"); "the first time since 2019 that the two
// leaders have met" times the encounter it tells instead.
func sinceClause(d *doc, k, at int) bool {
	next := d.toks[k+1]
	if !next.cap && next.key != "they" && next.key != "their" && next.key != "the" {
		return false
	}
	for j := k + 1; j < at; j++ {
		if d.toks[j].key == "that" || d.toks[j].kind == tokNumber {
			return false
		}
	}
	return true
}

// occasionDay is what day v, told of a held encounter or a trip in a
// release's paragraph (paragraphDay), says of the undated held encounters
// the paragraph goes on to tell: v itself where it lies in the week up to
// the article's day (leadDate); its month where it is older but within
// ownDays ("traveled to New Delhi on May 27" in a release of 10 June: the
// meetings there were on that trip, perhaps on another of its days), where
// the sentence tells it of a named official (own) and not as an earlier one
// ("last met on April 24"), nor of a gathering only ("They welcomed the
// inaugural meeting of the … Dialogue on March 30"), which say nothing of
// the occasion; else the paragraph keeps what it had (cur).
func occasionDay(v string, pub time.Time, own bool, cur string) string {
	if leadDate(v, pub) == v {
		return v
	}
	if d, err := time.Parse("2006-01-02", v); err == nil && own && !d.After(pub) && pub.Sub(d) <= ownDays*24*time.Hour {
		return v[:len("2006-01")]
	}
	return cur
}

// countedDay: a day counted from the last full date the sentence before
// gives (anchorDay, read in this sentence's direction): "On June 3, …
// arrived in New Delhi. The next day, he met …" (June 4); "the following day", "the
// day after", "a day later", "two days later" forward; "the same day",
// "that same day" on it (not a bare "that day": "anyone who will see him
// is tested that day"); "the day before", "the previous day",
// "two days earlier" back. With no such day before, the words date
// nothing. "The day before the summit" and "the same day as the vote" count
// from another event: no date.
func countedDay(c *dateCtx, i int) (dateExpr, bool) {
	n, end, ok := relativeDay(c, i)
	if !ok {
		return dateExpr{}, false
	}
	if next := c.key(end); next == "as" || next == "of" {
		return dateExpr{}, false // "the same day as the vote"
	}
	if k := end; c.key(k) == "," && (c.key(k+1) == "on" || monthByName[c.key(k+1)] > 0) {
		return dateExpr{i, end, ""}, true // "the day before, on May 23rd": the date after it tells the day
	}
	a, ok := c.anchorDay(i)
	if !ok {
		return dateExpr{i, end, ""}, true
	}
	return dateExpr{i, end, dayOf(a.AddDate(0, 0, n))}, true
}

// relativeDay reads the phrase at i that names a day by its distance n from
// another ("the same day" 0, "the next day" 1, "the previous day" -1, "the
// day before", "two days later") and where it ends.
func relativeDay(c *dateCtx, i int) (n, end int, ok bool) {
	switch k := c.key(i); {
	case (k == "the" || k == "that") && c.key(i+1) == "same" && c.key(i+2) == "day":
		return 0, i + 3, true
	case k == "the" && (c.key(i+1) == "next" || c.key(i+1) == "following") && c.key(i+2) == "day":
		return 1, i + 3, true
	case k == "the" && (c.key(i+1) == "previous" || c.key(i+1) == "preceding" || c.key(i+1) == "prior") && c.key(i+2) == "day":
		return -1, i + 3, true
	case k == "the" && c.key(i+1) == "day" && (c.key(i+2) == "before" || c.key(i+2) == "after"):
		return dayBeforeOrAfter(c, i)
	}
	return countedDays(c, i)
}

// dayBeforeOrAfter reads "the day before" (-1) and "the day after" (1) at i
// only where the phrase ends there: "the day after tomorrow" and "the day
// before the summit" count from something else.
func dayBeforeOrAfter(c *dateCtx, i int) (n, end int, ok bool) {
	if next := c.key(i + 3); next != "" && next != "," && next != "." && next != ";" {
		return 0, 0, false
	}
	if c.key(i+2) == "before" {
		return -1, i + 3, true
	}
	return 1, i + 3, true
}

// countedDays reads "two days later" (2) and "three days earlier" or
// "before" (-3) at i; the count is a count word or a number below 32.
func countedDays(c *dateCtx, i int) (n, end int, ok bool) {
	count, ok := countWords[c.key(i)]
	if t := c.toks[i]; t.kind == tokNumber {
		v, err := strconv.Atoi(t.text)
		count, ok = v, err == nil && v > 0 && v < 32
	}
	if !ok || count == 0 || c.key(i+1) != "day" && c.key(i+1) != "days" {
		return 0, 0, false
	}
	switch c.key(i + 2) {
	case "later":
		return count, i + 3, true
	case "earlier", "before":
		return -count, i + 3, true
	}
	return 0, 0, false
}

// anchorDay is the last full date the sentence before c's gives, read in
// c's direction; none where c is itself an anchor or where c's sentence
// gives a date before token i.
func (c *dateCtx) anchorDay(i int) (time.Time, bool) {
	if c.anchored {
		return time.Time{}, false
	}
	if _, ok := c.lastDay(c.s0, i); ok {
		// "a Quad summit on May 24th, just as President Biden had alluded on
		// Monday, and … a bilateral … the day before": which of the dates
		// before it the day counts from is not sure
		return time.Time{}, false
	}
	p := c.s0 - 1
	for p >= 0 && c.toks[p].kind != tokWord && c.toks[p].kind != tokNumber && c.toks[p].key != "." {
		p-- // line breaks
	}
	if p < 0 {
		return time.Time{}, false
	}
	sent := c.toks[p].sent
	p0 := p
	for p0 > 0 && c.toks[p0-1].sent == sent {
		p0--
	}
	return c.lastDay(p0, p+1)
}

// lastDay is the last full date among tokens t0 to t1 (one sentence or the
// start of one), read in c's direction by every rule but countedDay.
func (c *dateCtx) lastDay(t0, t1 int) (time.Time, bool) {
	prev := dateCtx{toks: c.toks, s0: t0, s1: t1, pub: c.pub, future: c.future, futureFrom: t0, anchored: true}
	var last time.Time
	found := false
	for k := t0; k < t1; k++ {
		if t := &c.toks[k]; t.kind != tokWord && t.kind != tokNumber {
			continue
		}
		for _, rule := range dateRules {
			e, ok := rule(&prev, k)
			if !ok {
				continue
			}
			if d, err := time.Parse("2006-01-02", e.value); err == nil {
				last, found = d, true
			}
			k = e.t1 - 1
			break
		}
	}
	return last, found
}

// rangeDates gives the first of dates, where it opens a range of days, what
// the range lets one work out (GUIDELINES: YYYY-MM or YYYY where the article
// gives only that): its month where the days lie in one ("June 3–5", "from
// June 3 to 5", "the week of March 14": rangeMonth), its year where the
// range runs into a later month ("from May 30 to June 2", "May 30–June 2").
// The first date is the encounter's (nearestDateFirst).
func rangeDates(d *doc, dates []dateExpr) []dateExpr {
	if len(dates) == 0 || len(dates[0].value) != len("2006-01-02") {
		return dates
	}
	dt := dates[0]
	v, ok := rangeMonth(d, dt)
	if !ok {
		if !intoLaterMonth(d.toks, dt) {
			return dates
		}
		v = dt.value[:len("2006")]
	}
	return append([]dateExpr{{dt.t0, dt.t1, v}}, dates[1:]...)
}

// intoLaterMonth: day dt opens a range that ends in a later month of its
// year: "from May 30 to June 2", "May 30–June 2".
func intoLaterMonth(toks []token, dt dateExpr) bool {
	if dt.t1+2 >= len(toks) {
		return false
	}
	link := toks[dt.t1].key
	from := dt.t0 > 0 && toks[dt.t0-1].key == "from"
	if !(link == "-" || from && (link == "to" || link == "through" || link == "until")) {
		return false
	}
	m, ok := monthByName[toks[dt.t1+1].key]
	return ok && toks[dt.t1+1].cap && toks[dt.t1+2].kind == tokNumber && fmt.Sprintf("%02d", int(m)) > dt.value[5:7]
}

// encounterTookPlace: the sentence opens by naming the encounter told just
// before and says when it took place ("The meeting took place on June 3.",
// "The call was held on Monday."): its date is that encounter's. It returns
// the kind of the encounter's word.
func encounterTookPlace(d *doc, s sentence) (string, bool) {
	k := s.t0
	if k+3 >= s.t1 || d.toks[k].key != "the" && d.toks[k].key != "this" && d.toks[k].key != "that" {
		return "", false
	}
	tr, ok := triggerWords[d.toks[k+1].key]
	if !ok || !tr.strong {
		return "", false
	}
	switch a, b := d.toks[k+2].key, d.toks[k+3].key; {
	case a == "took" && b == "place", (a == "was" || a == "were") && b == "held", a == "happened", a == "occurred":
		return tr.kind, true
	}
	return "", false
}
