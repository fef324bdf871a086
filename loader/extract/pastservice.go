package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// A biography tells the offices of the people its subject served under as
// they were then: "He served as a law clerk for Judge Robert J. Timlin …
// from 2002 to 2003", "Secretary Blinken served as deputy secretary of state
// for President Barack Obama from 2015 to 2017", "Harris also served … under
// President Bill Clinton". The title is an office held before the article's
// date, as "former" or "then-" would say, not one held on it (roles41: the
// judges of nominees' clerkships, dated by the release).

// serviceWords tell a stint of work under or for someone; pastServiceWords
// are the simple past forms, which tell a past stint by themselves.
var (
	serviceWords     = setOf("served", "serving", "clerked", "clerk", "clerks", "worked", "working", "interned")
	pastServiceWords = setOf("served", "clerked", "worked", "interned", "began")
	// servicePreps join the stint to the person served: "for", "to", "under", "with".
	servicePreps = setOf("for", "to", "under", "with")
	// stillServing mark a stint that goes on on the article's date, or a
	// new clause that tells something else.
	// yearPreps put a year as the stint's time; "since 2012" goes on.
	yearPreps    = setOf("from", "in", "to", "until", "through", "between", "and", "-", "–")
	stillServing = setOf("currently", "now", "still", "who", "which", "where", "since", "continues", "serves", "works", "is", "are")
)

// pastServiceAt: the title at tokens [r0, r1) names the person a past stint
// of the sentence's subject was served for, to, under or with: a service
// word earlier in the clause, the preposition right before the title (or
// before the first of the titles listed with it: "for Judge Arthur L.
// Alarcón … from 2003 to 2004 and Judge Robert J. Timlin"), and the stint
// told in the past (a simple past verb not after "has", or a year before the
// article's). "She has worked with President Biden" tells no past stint.
func (d *doc) pastServiceAt(r0, t0 int) bool {
	if r0 <= t0 {
		return false
	}
	k := r0 - 1
	for k > t0 && (d.toks[k].key == "the" || d.toks[k].key == "honorable" || d.toks[k].key == "both" || d.toks[k].key == "then") {
		k--
	}
	listed := false
	switch {
	case servicePreps[d.toks[k].key]:
	case d.toks[k].key == "and" || d.toks[k].text == ",":
		listed = true // a later title of the list the preposition opened
	default:
		return false
	}
	prep := !listed
	for j := k; j >= t0 && j > r0-45; j-- {
		t := &d.toks[j]
		if t.text == ";" || t.text == ":" || stillServing[t.key] {
			return false
		}
		if listed && servicePreps[t.key] {
			prep = true
		}
		if !serviceWords[t.key] {
			continue
		}
		if !prep {
			return false
		}
		past := pastServiceWords[t.key]
		for b := j - 1; b >= t0 && b > j-16; b-- {
			switch {
			case d.toks[b].key == "to" && b == j-1:
				return false // "look forward to working with": a stint to come
			case d.toks[b].key == "has" || d.toks[b].key == "have":
				// "she has interned with …, served as a student clerk for …": a stint that may go on
				return d.earlierYearAfter(j, t0)
			case !past && pastServiceWords[d.toks[b].key]:
				past = true // "began her career as a law clerk"
			}
		}
		return past || d.earlierYearAfter(j, t0)
	}
	return false
}

// earlierYearAfter: the sentence of token j names, after j, a year before
// the article's as a time ("from 2002 to 2003", "in 2010", "1977-1995"),
// not a name's ("the 2016 Peace Accord").
func (d *doc) earlierYearAfter(j, t0 int) bool {
	if len(d.date) < 4 {
		return false
	}
	s1 := len(d.toks)
	if si := d.toks[t0].sent; si >= 0 && si < len(d.sents) {
		s1 = d.sents[si].t1
	}
	for k := j + 1; k < s1; k++ {
		if d.toks[k].kind != tokNumber {
			continue
		}
		w := d.toks[k].text
		if len(w) >= 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && w[:4] < d.date[:4] &&
			(len(w) > 4 && w[4] == '-' || yearPreps[d.toks[k-1].key]) {
			return true
		}
	}
	return false
}

// tenuredOffice: a court's judges sit for life, so a clerkship "for Judge
// John D. Bates … from 2010 to 2011" does not end the judgeship; of 26 such
// judges drawn from the open corpus, 13 still sat on the release's date.
// Their title stays as the text gives it.
func tenuredOffice(role string) bool {
	switch roleHead(role) {
	case "judge", "justice", "magistrate", "chancellor":
		return true
	}
	return courtJustice(role)
}

// inOfficeOnDate: the lists hold the person named name, or one of the
// name's surname, in an office of the role's head on the article's date: a
// stint "with Congresswoman Yvette Clarke" told in the past does not end her
// term.
func (d *doc) inOfficeOnDate(name, role string) bool {
	head := sameHead(roleHead(role))
	for _, o := range gazetteer.OfficialsNamed(name) {
		if o.ActiveOn(d.date) && (head == "" || sameHead(roleHead(o.Role)) == head) {
			return true
		}
	}
	sur := lastWord(gazetteer.NameKey(name))
	for _, o := range gazetteer.Officials() {
		if o.ActiveOn(d.date) && lastWord(gazetteer.NameKey(o.Name)) == sur && sameHead(roleHead(o.Role)) == head {
			return true // "President Biden", "Representative Nanette Diaz Barragán"
		}
	}
	return false
}

// sameHead folds the heads that name one office: a member of the House is
// its "Congressman", "Congresswoman" or "Representative".
func sameHead(head string) string {
	switch head {
	case "congressman", "congresswoman", "congressmember", "rep", "rep.", "delegate":
		return "representative"
	case "sen", "sen.":
		return "senator"
	}
	return head
}
