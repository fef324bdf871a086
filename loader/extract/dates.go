package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
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

// dateExpr is a date found in a sentence, with the token range it covers.
type dateExpr struct {
	t0, t1 int
	value  string // YYYY, YYYY-MM or YYYY-MM-DD
}

// findDates resolves every date expression among toks[s0:s1]. future says
// whether the sentence speaks of what will happen, which decides the
// direction of "on Monday" and "in November".
func findDates(toks []token, s0, s1 int, pub time.Time, future bool) []dateExpr {
	var out []dateExpr
	for i := s0; i < s1; i++ {
		t := &toks[i]
		if t.kind != tokWord && t.kind != tokNumber {
			continue
		}
		prev := ""
		if i > s0 {
			prev = toks[i-1].key
		}
		next := func(k int) string {
			if i+k < s1 {
				return toks[i+k].key
			}
			return ""
		}
		switch t.key {
		case "today", "tonight":
			out = append(out, dateExpr{i, i + 1, dayOf(pub)})
			continue
		case "yesterday":
			out = append(out, dateExpr{i, i + 1, dayOf(pub.AddDate(0, 0, -1))})
			continue
		case "tomorrow":
			out = append(out, dateExpr{i, i + 1, dayOf(pub.AddDate(0, 0, 1))})
			continue
		case "this":
			switch next(1) {
			case "morning", "afternoon", "evening", "week":
				out = append(out, dateExpr{i, i + 2, dayOf(pub)})
				i++
				continue
			case "year":
				out = append(out, dateExpr{i, i + 2, yearOf(pub)})
				i++
				continue
			case "month":
				out = append(out, dateExpr{i, i + 2, monthOf(pub)})
				i++
				continue
			}
		case "later", "earlier":
			// "later this year", "later in the year"
			if next(1) == "this" && next(2) == "year" || next(1) == "in" && next(2) == "the" && next(3) == "year" {
				n := 3
				if next(1) == "in" {
					n = 4
				}
				out = append(out, dateExpr{i, i + n, yearOf(pub)})
				i += n - 1
				continue
			}
			if next(1) == "this" && next(2) == "month" {
				out = append(out, dateExpr{i, i + 3, monthOf(pub)})
				i += 2
				continue
			}
		case "next", "last":
			dir := 1
			if t.key == "last" {
				dir = -1
			}
			switch n := next(1); n {
			case "year":
				out = append(out, dateExpr{i, i + 2, yearOf(pub.AddDate(dir, 0, 0))})
				i++
				continue
			case "month":
				out = append(out, dateExpr{i, i + 2, monthOf(pub.AddDate(0, dir, 0))})
				i++
				continue
			case "week":
				out = append(out, dateExpr{i, i + 2, monthOf(pub.AddDate(0, 0, 7*dir))})
				i++
				continue
			default:
				if m, ok := monthByName[n]; ok && !(n == "may" && !toks[i+1].cap) {
					out = append(out, dateExpr{i, i + 2, monthOf(nearestMonth(pub, m, dir > 0, true))})
					i++
					continue
				}
				if wd, ok := weekdayByName[n]; ok {
					out = append(out, dateExpr{i, i + 2, dayOf(nearestWeekday(pub, wd, dir > 0, true))})
					i++
					continue
				}
			}
		}
		if wd, ok := weekdayByName[t.key]; ok {
			// "Monday, June 7" is handled by the month rule that follows
			if i+1 < s1 && toks[i+1].text == "," && i+2 < s1 {
				if _, isMonth := monthByName[toks[i+2].key]; isMonth {
					continue
				}
			}
			out = append(out, dateExpr{i, i + 1, dayOf(nearestWeekday(pub, wd, future, false))})
			continue
		}
		if m, ok := monthByName[t.key]; ok && t.cap {
			if t.key == "may" && !(i+1 < s1 && toks[i+1].kind == tokNumber) && !(prev == "in" || prev == "of" || prev == "since") {
				continue // the verb "May ..."
			}
			// Month Day[, Year] | Month Year | Month
			j := i + 1
			day, year := 0, 0
			if j < s1 && toks[j].kind == tokNumber {
				if n, err := strconv.Atoi(trimOrdinal(toks[j].text)); err == nil {
					switch {
					case n >= 1 && n <= 31:
						day = n
						j++
					case n >= 1900 && n <= 2100:
						year = n
						j++
					}
				}
			}
			if day > 0 {
				k := j
				if k < s1 && toks[k].text == "," {
					k++
				}
				if k < s1 && toks[k].kind == tokNumber && len(toks[k].text) == 4 {
					if n, err := strconv.Atoi(toks[k].text); err == nil && n >= 1900 && n <= 2100 {
						year = n
						j = k + 1
					}
				}
			}
			// "24 June 2021"
			if day == 0 && i > s0 && toks[i-1].kind == tokNumber {
				if n, err := strconv.Atoi(trimOrdinal(toks[i-1].text)); err == nil && n >= 1 && n <= 31 {
					day = n
					if j < s1 && toks[j].kind == tokNumber && len(toks[j].text) == 4 {
						year, _ = strconv.Atoi(toks[j].text)
						j++
					}
				}
			}
			var v string
			switch {
			case year > 0 && day > 0:
				v = validDay(year, m, day)
			case year > 0:
				v = fmt.Sprintf("%04d-%02d", year, m)
			case day > 0:
				y := nearestMonthDay(pub, m, day, future).Year()
				v = validDay(y, m, day)
			default:
				v = monthOf(nearestMonth(pub, m, future, false))
			}
			if v != "" {
				out = append(out, dateExpr{i, j, v})
			}
			i = j - 1
			continue
		}
		if t.kind == tokNumber && len(t.text) == 4 && (prev == "in" || prev == "during") {
			if n, err := strconv.Atoi(t.text); err == nil && n >= 1900 && n <= 2100 {
				out = append(out, dateExpr{i, i + 1, t.text})
			}
		}
	}
	return out
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
