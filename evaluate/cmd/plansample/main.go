// Command plansample draws sentences of the corpus that tell a plan the
// extractor may have missed, and planned meetings it gives, for a reader to
// judge by GUIDELINES.md (issue 10, plan10b).
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > corpus-open.jsonl
//	newsgraph extract corpus-open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/plansample -articles corpus-open.jsonl -extracted extracted.jsonl [-n 80] [-p 40] [-seed 10]
//
// A sentence is a candidate where it holds a plan cue (PlanCue: "will meet",
// "will travel", "to meet with", "will host", "looks forward to", "is
// scheduled to", "plans to", a public schedule's "meets with" …), names an
// official with a country, and that official and another of a different
// country (named in the same sentence or, where the sentence names only one
// country's officials, in its paragraph or the article's first paragraph: a
// trip's stop and its traveller) are held together by no planned meeting of
// the extractor's output. n candidates are drawn at random, at most one per
// article, and p of the planned meetings the extractor gives. It refuses an
// article of the test part or of batches N to AG (evaluate.ClosedIDs).
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

// PlanCue is a word group that tells an encounter ahead.
var PlanCue = regexp.MustCompile(`(?i)\b(will (also |then |later )?(meet|travel|host|welcome|hold talks|participate in)|to meet with|looks? forward to|looked forward to|(is|are) scheduled to|plans? to|meets (virtually )?with)\b`)

// Record is one drawn sentence or meeting.
type Record = sampling.Record

func run(args []string, stdout, stderr io.Writer) int {
	return sampling.Run("plansample", "planned", args, stdout, stderr, candidates)
}

// candidates are a's sentences with a plan cue and a pair of officials of
// two countries that no planned meeting of r holds.
func candidates(a extract.Article, r extract.Result) []Record {
	offs := sampling.Officials(r)
	leadEnd := strings.IndexByte(a.Text, '\n')
	if leadEnd < 0 {
		leadEnd = len(a.Text)
	}
	var out []Record
	for _, se := range sampling.CueSentences(a.Text, offs, PlanCue) {
		s, e := se[0], se[1]
		pLo, pHi := sampling.ParagraphBounds(a.Text, s, e)
		var in, around []sampling.Official
		parties := map[string]bool{}
		for _, o := range offs {
			if _, ok := o.At[s]; ok {
				in = append(in, o)
				parties[o.Country] = true
				continue
			}
			for ms := range o.At {
				if (ms >= pLo && ms < pHi) || ms < leadEnd {
					around = append(around, o)
					break
				}
			}
		}
		others := in
		if len(parties) < 2 {
			others = append(slices.Clone(in), around...)
		}
		pairs := sampling.Unpaired(r, "planned", in, others, in)
		if len(pairs) == 0 {
			continue
		}
		rec := Record{Draw: "missed", ID: a.ID, Title: a.Title, ArticleDate: a.Date, Sentence: a.Text[s:e],
			Paragraph: a.Text[pLo:pHi], Pairs: pairs}
		if pLo > 0 {
			rec.Lead = a.Text[:leadEnd]
		}
		rec.Given = sampling.Told(r, s)
		out = append(out, rec)
	}
	return out
}
