// Command orgsample draws a seeded random sample of the organisation mentions
// newsgraph extract gives on the open corpus, for a reader to judge (issue 11
// item 3, orgs11): is the name whole, is the type right, is it an
// organisation at all.
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > corpus-open.jsonl
//	newsgraph extract corpus-open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/orgsample -articles corpus-open.jsonl -extracted extracted.jsonl [-n 50] [-seed 10]
//
// The pool is every mention of every Organization entity, in the output's
// order; n of them are drawn with a PCG seeded by seed, each with the node's
// name and type, the text the mention covers, the article and the sentence.
// It refuses an article of the test part or of batches N to W
// (evaluate.ClosedIDs). The pool's size goes to stderr.
package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"

	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/loader/extract"
)

// Mention is one drawn organisation mention, with the reader's verdicts.
type Mention struct {
	N                 int    `json:"n"`
	ID                string `json:"id"`
	Name              string `json:"name"`
	Type              string `json:"type"`
	Text              string `json:"text"` // what the mention covers in the article
	Sentence          string `json:"sentence"`
	sampling.Verdicts        // to be filled in by the reader
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	return sampling.DrawNames("orgsample", "mentions to draw", args, stdout, stderr,
		func(arts []extract.Article, res []extract.Result, n int, seed uint64) []Mention {
			pool := Pool(arts, res)
			fmt.Fprintf(stderr, "orgsample: %d organisation mentions\n", len(pool))
			return Draw(pool, n, seed)
		})
}

// Pool is every organisation mention of res, in its order.
func Pool(arts []extract.Article, res []extract.Result) []Mention {
	var out []Mention
	for i, r := range res {
		text := arts[i].Text
		for _, e := range r.Entities {
			if e.Type != "Organization" {
				continue
			}
			for _, m := range e.Mentions {
				out = append(out, Mention{ID: r.ID, Name: e.Name, Type: e.OrgType,
					Text: text[m.Start:m.End], Sentence: text[m.SentenceStart:m.SentenceEnd]})
			}
		}
	}
	return out
}

// Draw is n mentions of pool drawn without replacement by a PCG seeded by
// seed, numbered from 1 in the order drawn.
func Draw(pool []Mention, n int, seed uint64) []Mention {
	r := rand.New(rand.NewPCG(seed, seed))
	perm := r.Perm(len(pool))
	var out []Mention
	for _, k := range perm[:min(n, len(perm))] {
		m := pool[k]
		m.N = len(out) + 1
		out = append(out, m)
	}
	return out
}
