package main

import (
	"regexp"
	"strings"
)

// wideDate matches a date expression of any kind, wider on purpose than the
// ones the extractor reads (extract.DateWords), so that a sample of the
// article's-day records near one catches the forms no rule reads: a weekday,
// a month name (capitalised: "may" is a verb), a year, an ordinal day, a relative word or span ("last week",
// "earlier this month", "over the weekend", "this morning", "ago").
var wideDate = regexp.MustCompile(`(?i)\b(?:` +
	`(?:mon|tues|wednes|thurs|fri|satur|sun)days?|` +
	`(?-i:January|February|March|April|May|June|July|August|September|October|November|December)|` +
	`(?:19|20)\d\d|` +
	`\d{1,2}(?:st|nd|rd|th)|` +
	`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+of\b|` +
	`yesterday|today|tonight|tomorrow|` +
	`(?:last|this|next|past|previous|coming|earlier\s+this|later\s+this|earlier\s+in\s+the|same)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|day|spring|summer|fall|autumn|winter)s?|` +
	`(?:over|during|on|at)\s+the\s+weekend|` +
	`(?:this|that|earlier\s+this|later\s+this)\s+(?:morning|afternoon|evening)|` +
	`ago|recent(?:ly)?|other\s+day|other\s+week|the\s+day\s+before|days?\s+(?:before|after|earlier|later)|weeks?\s+(?:before|after|earlier|later)|` +
	`(?:last|earlier)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day` +
	`)\b|\b(?-i:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.`)

// wideDates are the distinct date expressions of any kind in each text, in
// order, lower-cased.
func wideDates(texts ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range texts {
		for _, m := range wideDate.FindAllString(t, -1) {
			m = strings.ToLower(strings.Join(strings.Fields(m), " "))
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}
