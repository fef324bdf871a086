package extract

import "strings"

// dateByParagraph: a planned encounter still without a date (after
// dateByTrip) takes the day a sentence just before it in its paragraph
// gives the plans it tells ("On Monday, National Security Advisor Jake
// Sullivan … will be in Rome. Sullivan will meet with … Yang Jiechi"; "On
// July 12, President Joe Biden will host Andrés Manuel López Obrador …. The
// First Lady … will also host Ms. Beatriz Gutierrez Müller"): the article
// lets one work it out (GUIDELINES). The earlier sentence must speak of the
// future and give one day, not before the article's, so that a call held
// today ("spoke … today. They … looked forward to meeting again soon")
// dates no plan. A month or a range gives nothing: a plan dated by the
// month of a call told that month would be taken for that call (heldTwin).
func (b *relationBuilder) dateByParagraph() {
	for k := range b.cands {
		c := &b.cands[k]
		if c.status != "planned" || c.date != "" || c.sent < 0 {
			continue
		}
		if v, ok := b.planDayBefore(c.sent); ok {
			c.date = v
		}
	}
}

// planDayBefore is the day the nearest sentence before si in its paragraph
// that gives a date gives its plans, if that sentence speaks of the future
// and gives one day, on or after the article's ("… Yang Jiechi …. The two sides
// will discuss …. Sullivan will also meet with Luigi Mattiolo" is of Monday
// too).
func (b *relationBuilder) planDayBefore(si int) (string, bool) {
	d := b.body
	for k := si - 1; k >= 0; k-- {
		if strings.Contains(d.text[d.sents[k].end:d.sents[k+1].start], "\n") {
			return "", false // another paragraph
		}
		s := d.sents[k]
		dates := rangeDates(d, findDates(d.toks, s.t0, s.t1, b.pub, true))
		if len(dates) == 0 {
			continue
		}
		if len(dates) != 1 || len(dates[0].value) != len("2006-01-02") || !speaksOfFuture(d, s) || compareDates(dates[0].value, b.date) < 0 {
			return "", false
		}
		return dates[0].value, true
	}
	return "", false
}

// speaksOfFuture: a modal of the future (futureModals: "will", "'ll",
// "shall") or "scheduled": the sentence tells what is to come.
func speaksOfFuture(d *doc, s sentence) bool {
	return sentenceHas(d, s, futureModals) || sentenceHas(d, s, scheduledWord)
}

var scheduledWord = setOf("scheduled")
