// Command heldsample draws sentences of the corpus that tell a held encounter
// the extractor may have missed, and held meetings it gives, for a reader to
// judge by GUIDELINES.md (issue 10, held10d).
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > corpus-open.jsonl
//	newsgraph extract corpus-open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/heldsample -articles corpus-open.jsonl -extracted extracted.jsonl [-n 80] [-p 40] [-seed 10]
//
// A sentence is a candidate where it holds a held-encounter cue (HeldCue:
// "met", "meeting with", "spoke with", "call with", "talks with", "hosted",
// "welcomed", "received", "held … consultations", "on the margins of",
// "joined … in", "discussed … with" …) and an official named in it (or, where
// the sentence names its subject only by title or pronoun, TitleSubject: "The
// Secretary met", "he spoke", the official the headline or the article's
// first sentence names) and an official of another country named in it are
// held together by no held meeting of the extractor's output. n candidates
// are drawn at random, at most one per article, and p of the held meetings
// the extractor gives. It refuses an article of the test part or of batches
// N to AG (evaluate.ClosedIDs).
package main

import (
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/loader/extract"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// HeldCue is a word group that tells an encounter that took place.
var HeldCue = regexp.MustCompile(`(?i)\b(met|meeting with|meetings with|spoke|speaks with|call with|calls with|talks with|hosted|welcomed|received|held\b[^.;]{0,60}\b(consultations|dialogue)|on the (margins|sidelines) of|joined\b[^.;]{0,80}\bin|discussed\b[^.;]{0,160}\bwith)\b`)

// TitleSubject is a subject named only by title or pronoun before a cue: "The
// Secretary met", "the President spoke", "He welcomed".
var TitleSubject = regexp.MustCompile(`(?:^|[^A-Za-z])(?:[Tt]he (?:Deputy |Vice |Under )?(?:Secretary|President|Prime Minister|Chancellor|Foreign Minister|Minister|Ambassador|Administrator|Special Envoy|Envoy)|[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+|today\s+|yesterday\s+)?(?:met|spoke|hosted|welcomed|received|held|joined|discussed|had|participated|attended|called)\b`)

// Record is one drawn sentence or meeting.
type Record = sampling.Record

func run(args []string, stdout, stderr io.Writer) int {
	return sampling.Run("heldsample", "held", args, stdout, stderr, candidates)
}

// subjects are the officials the headline names (by surname), else those the
// article's first sentence names: a readout's subject, for a sentence that
// names him only by title or pronoun.
func subjects(a extract.Article, offs []sampling.Official) []sampling.Official {
	var out []sampling.Official
	for _, o := range offs {
		f := strings.Fields(o.Name)
		if len(f) > 0 && strings.Contains(a.Title, f[len(f)-1]) {
			out = append(out, o)
		}
	}
	if len(out) > 0 {
		return out
	}
	first := -1
	for _, o := range offs {
		for s := range o.At {
			if first < 0 || s < first {
				first = s
			}
		}
	}
	for _, o := range offs {
		if _, ok := o.At[first]; ok && first >= 0 && first < strings.IndexByte(a.Text+"\n", '\n') {
			out = append(out, o)
		}
	}
	return out
}

// candidates are a's sentences with a held cue and a pair of officials of two
// countries, the second named in the sentence, that no held meeting of r
// holds.
func candidates(a extract.Article, r extract.Result) []Record {
	offs := sampling.Officials(r)
	subj := subjects(a, offs)
	var out []Record
	for _, se := range sampling.CueSentences(a.Text, offs, HeldCue) {
		s, e := se[0], se[1]
		var in []sampling.Official
		for _, o := range offs {
			if _, ok := o.At[s]; ok {
				in = append(in, o)
			}
		}
		firsts := in
		if TitleSubject.MatchString(a.Text[s:e]) {
			for _, o := range subj {
				if !slices.ContainsFunc(in, func(z sampling.Official) bool { return z.Name == o.Name }) {
					firsts = append(slices.Clone(firsts), o)
				}
			}
		}
		pairs := sampling.Unpaired(r, "held", firsts, in, in)
		if len(pairs) == 0 {
			continue
		}
		rec := Record{Draw: "missed", ID: a.ID, Title: a.Title, ArticleDate: a.Date, Sentence: a.Text[s:e],
			Paragraph: sampling.Paragraph(a.Text, s, e), Pairs: pairs}
		rec.Given = sampling.Told(r, s)
		out = append(out, rec)
	}
	return out
}
