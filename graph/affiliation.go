package graph

import (
	"cmp"
	"math"
	"slices"
	"time"

	"newsgraph/schema"
)

// Dates in the graph have the precision the news gave them, so a date is
// a span of days: "2023" runs from 1 January to 31 December. Comparing
// spans rather than strings is what lets a meeting dated "2023-06" fall
// within a role attested from "2023-05-02" to "2023-06-19".

// span is a closed range of days since the Unix epoch.
type span struct{ first, last int }

// dateSpan returns the days an ISO date of any precision covers; ok is
// false for an empty or malformed date.
func dateSpan(date string) (s span, ok bool) {
	var start, end time.Time
	switch len(date) {
	case 4:
		t, err := time.Parse("2006", date)
		if err != nil {
			return span{}, false
		}
		start, end = t, t.AddDate(1, 0, -1)
	case 7:
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return span{}, false
		}
		start, end = t, t.AddDate(0, 1, -1)
	case 10:
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return span{}, false
		}
		start, end = t, t
	default:
		return span{}, false
	}
	return span{day(start), day(end)}, true
}

func day(t time.Time) int { return int(t.Unix() / 86400) }

// attestedSpan is the span over which an affiliation is attested: from
// the start of Since to the end of Until. An edge with only one of them is
// attested at that one date.
func attestedSpan(e schema.Edge) (span, bool) {
	since, okSince := dateSpan(e.Since)
	until, okUntil := dateSpan(e.Until)
	switch {
	case okSince && okUntil:
		return span{since.first, max(until.last, since.last)}, true
	case okSince:
		return since, true
	case okUntil:
		return until, true
	}
	return span{}, false
}

// gap is the number of days between two spans, 0 when they overlap.
func gap(a, b span) int {
	switch {
	case a.last < b.first:
		return b.first - a.last
	case b.last < a.first:
		return a.first - b.last
	}
	return 0
}

// affiliationAt chooses the affiliation a person held at a date: the one
// whose attested span covers the date, else the one attested nearest to
// it. Among those a role comes before none, then the one attested over
// more of the date's span, then over the longest span, then by role and
// the organization's id, so the choice is stable: an analyst meets Antony
// Blinken at a meeting as "Secretary of State" (attested for a year), not
// the role-less affiliation a passing mention gave ("Q P plus one: POTUS,
// Blinken, and a translator?") nor a role one sentence attested on one day
// (issue 10, audit10: 333 of the 414 meetings the audit's queries gave had
// a participant without a role while a role covered the date). Undated
// affiliations come last. Without a usable date, the most recently attested
// affiliation wins. ok is false when there is none.
func affiliationAt(edges []schema.Edge, date string) (schema.Edge, bool) {
	if len(edges) == 0 {
		return schema.Edge{}, false
	}
	at, dated := dateSpan(date)
	// distance ranks an edge: lower is better.
	distance := func(e schema.Edge) int {
		s, ok := attestedSpan(e)
		switch {
		case !ok:
			return math.MaxInt
		case dated:
			return gap(s, at)
		default:
			return -s.last // latest first
		}
	}
	// overlap and length rank ties: more is better.
	overlap := func(e schema.Edge) int {
		s, ok := attestedSpan(e)
		if !ok || !dated {
			return 0
		}
		return max(0, min(s.last, at.last)-max(s.first, at.first)+1)
	}
	length := func(e schema.Edge) int {
		s, _ := attestedSpan(e)
		return s.last - s.first
	}
	best := slices.MinFunc(edges, func(a, b schema.Edge) int {
		return cmp.Or(cmp.Compare(distance(a), distance(b)), cmp.Compare(roleless(a), roleless(b)),
			cmp.Compare(overlap(b), overlap(a)), cmp.Compare(length(b), length(a)),
			cmp.Compare(a.Key, b.Key), cmp.Compare(a.To, b.To))
	})
	return best, true
}

// roleless is 1 for an affiliation without a role, else 0.
func roleless(e schema.Edge) int {
	if e.Key == "" {
		return 1
	}
	return 0
}

// affiliationsAsOf returns the affiliations whose attested span covers
// asOf, or a listed office's whose term does (termsAt), all of them when
// asOf is empty, most recently attested first, ties by role and then
// organization id; undated ones come last.
func affiliationsAsOf(edges []schema.Edge, asOf string) []schema.Edge {
	var out []schema.Edge
	at, dated := dateSpan(asOf)
	var people []string // whose affiliations these are: their terms suffice
	for _, e := range edges {
		if !slices.Contains(people, e.From) {
			people = append(people, e.From)
		}
	}
	byTerm := termsOfPeople(asOf, people...).HeldAt()
	for _, e := range edges {
		if asOf != "" {
			s, ok := attestedSpan(e)
			if (!ok || !dated || gap(s, at) != 0) && !(dated && byTerm(&e, asOf)) {
				continue
			}
		}
		out = append(out, e)
	}
	recency := func(e schema.Edge) int {
		if s, ok := attestedSpan(e); ok {
			return s.last
		}
		return math.MinInt
	}
	slices.SortStableFunc(out, func(a, b schema.Edge) int {
		return cmp.Or(cmp.Compare(recency(b), recency(a)), cmp.Compare(a.Key, b.Key), cmp.Compare(a.To, b.To))
	})
	return out
}
