// Command heldlearn measures a learned second opinion on held encounters
// (issue 10, learn10): a logistic regression over the pairs of people the
// rules find named together in a sentence but put in no held meeting
// together, whose pairs scored above a threshold are added to the rules'
// output as held meetings. It measures by cross-validation over the open
// dev articles only, grouped by article, with the project's scorer:
//
//	go run ./evaluate/cmd/heldlearn [-folds 5] [-seed 10] [-balanced] [-trainall] [-group] [-dump FILE] > table.txt
//	go run ./evaluate/cmd/heldlearn -holdout GOLD[,GOLD] -articles OPEN.jsonl [-pool]
//	go run ./evaluate/cmd/heldlearn -misses [-holdout GOLD[,GOLD] -articles OPEN.jsonl]
//
// The open dev articles are the dev part of split.jsonl less every closed
// article (evaluate.ClosedIDs: test and the unseen batches); batch D's gold
// file is never opened, and closed lines of the others are skipped by id
// before they are decoded. Each article's candidates are scored by a model
// trained on the other folds' articles; an added meeting is bilateral,
// "held", dated and kinded as the rules' own dated meeting told in one of
// the pair's sentences, else the article's date and "meeting". The union
// of the folds' predictions is scored, rules alone and rules plus the
// classifier at each threshold, with a nested choice of threshold (an
// inner cross-validation on each fold's training articles picks the
// threshold of the best held F1 there) and with the gold labels as scores
// (the ceiling of these candidates; again with the gold's dates). Test is
// never read.
//
// -trainall trains on the pairs the rules hold too; -group makes everyone a
// sentence names one candidate and one added meeting; -holdout trains on
// the open dev articles and scores open articles annotated elsewhere (the
// recall samples; their texts from datesample -input), or with -pool
// cross-validates over both; -misses prints where the gold's held pairs
// that the rules miss are named.
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"

	"newsgraph/evaluate"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// candidatesOf makes an article's candidates: pairs, or with -group
// everyone a sentence names.
var candidatesOf = candidates

// thresholds are the probabilities swept.
var thresholds = []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("heldlearn", flag.ContinueOnError)
	fs.SetOutput(stderr)
	testdata := fs.String("testdata", "evaluate/testdata", "the gold's directory")
	folds := fs.Int("folds", 5, "cross-validation folds, by article")
	seed := fs.Uint64("seed", 10, "seed of the folds and of training")
	balanced := fs.Bool("balanced", false, "weigh the positives up to the negatives")
	trainAll := fs.Bool("trainall", false, "train on the pairs the rules hold together too (only the others are added)")
	dump := fs.String("dump", "", "write the out-of-fold candidates with their scores and labels to this file")
	holdout := fs.String("holdout", "", "comma-separated gold files of open articles (e.g. recall-sample-10.jsonl): train on all open dev, score these")
	group := fs.Bool("group", false, "candidates are everyone a sentence names, added as one meeting, instead of pairs")
	pool := fs.Bool("pool", false, "with -holdout: cross-validate over open dev and the holdout's articles together")
	articles := fs.String("articles", "", "with -holdout: the open articles' texts (datesample -input)")
	misses := fs.Bool("misses", false, "only print where the gold's held pairs the rules miss are named (in the holdout's articles, if given)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	exs, err := loadDev(*testdata)
	if err != nil {
		fmt.Fprintln(stderr, "heldlearn:", err)
		return 1
	}
	var hold []example
	if *holdout != "" {
		if hold, err = loadHoldout(*testdata, splitList(*holdout), *articles); err != nil {
			fmt.Fprintln(stderr, "heldlearn:", err)
			return 1
		}
	}
	if *misses {
		if hold != nil {
			exs = hold
		}
		writeMisses(stdout, exs)
		return 0
	}
	o := defaultTrain
	o.seed, o.balanced = *seed, *balanced
	if *group {
		candidatesOf = groupCandidates
	}
	var cv study
	switch {
	case hold != nil && *pool:
		cv = crossValidate(append(exs, hold...), *folds, o, *trainAll)
	case hold != nil:
		cv = holdoutStudy(exs, hold, *folds, o, *trainAll)
	default:
		cv = crossValidate(exs, *folds, o, *trainAll)
	}
	cv.writeTable(stdout)
	if *dump != "" {
		if err := cv.dump(*dump); err != nil {
			fmt.Fprintln(stderr, "heldlearn:", err)
			return 1
		}
	}
	return 0
}

// study is a cross-validation's state: each article's candidates and
// their out-of-fold scores, and the threshold the nested choice made for
// each article's fold.
type study struct {
	exs    []example
	cands  [][]candidate
	scores [][]float64
	nested []float64 // per article
	fold   []int
}

// foldsOf assigns articles to k folds at random (seeded), as evenly as
// their number allows.
func foldsOf(n, k int, seed uint64) []int {
	perm := rand.New(rand.NewPCG(seed, 2)).Perm(n)
	fold := make([]int, n)
	for i, a := range perm {
		fold[a] = i % k
	}
	return fold
}

func crossValidate(exs []example, k int, o trainOptions, withHeld bool) study {
	s := study{exs: exs, fold: foldsOf(len(exs), k, o.seed), nested: make([]float64, len(exs))}
	for _, ex := range exs {
		s.cands = append(s.cands, candidatesOf(ex, withHeld))
	}
	all := make([]int, len(exs))
	for i := range all {
		all[i] = i
	}
	s.scores = outOfFold(s.cands, all, s.fold, k, o)
	for f := range k {
		var trainIdx []int
		for _, a := range all {
			if s.fold[a] != f {
				trainIdx = append(trainIdx, a)
			}
		}
		inner := foldsOf(len(trainIdx), k-1, o.seed+uint64(f)+1)
		innerScores := outOfFold(s.cands, trainIdx, inner, k-1, o)
		t := bestThreshold(exs, s.cands, trainIdx, innerScores)
		for a := range exs {
			if s.fold[a] == f {
				s.nested[a] = t
			}
		}
	}
	return s
}

// outOfFold scores the candidates of the articles idx (whose folds are
// fold, parallel to idx) each by a model trained on the other folds. The
// result is indexed by article like cands; articles outside idx are nil.
func outOfFold(cands [][]candidate, idx, fold []int, k int, o trainOptions) [][]float64 {
	scores := make([][]float64, len(cands))
	for f := range k {
		var xs []map[string]bool
		var ys []bool
		for i, a := range idx {
			if fold[i] == f {
				continue
			}
			for _, c := range cands[a] {
				xs, ys = append(xs, c.feats), append(ys, c.label)
			}
		}
		m := train(xs, ys, o)
		for i, a := range idx {
			if fold[i] != f {
				continue
			}
			for _, c := range cands[a] {
				scores[a] = append(scores[a], m.score(c.feats))
			}
		}
	}
	return scores
}

// never is a threshold no probability reaches: nothing is added.
const never = 1.01

// bestThreshold is the threshold of the best held F1 over the articles
// idx with their scores (ties: the higher threshold, which adds less).
func bestThreshold(exs []example, cands [][]candidate, idx []int, scores [][]float64) float64 {
	best := never
	bestF := scoreWith(exs, cands, idx, func(int, int) bool { return false }).HeldPairs.F1()
	for _, t := range slices.Backward(thresholds) {
		r := scoreWith(exs, cands, idx, func(a, i int) bool { return scores[a][i] >= t })
		if f := r.HeldPairs.F1(); f > bestF+1e-9 {
			best, bestF = t, f
		}
	}
	return best
}

// scoreWith scores the articles idx with the rules' meetings and a held
// meeting for every candidate keep takes.
func scoreWith(exs []example, cands [][]candidate, idx []int, keep func(article, cand int) bool) evaluate.Report {
	var gold, pred []evaluate.Doc
	for _, a := range idx {
		gold = append(gold, exs[a].gold)
		pred = append(pred, withAdded(exs[a].pred, cands[a], func(i int) bool { return keep(a, i) }))
	}
	return evaluate.Score(gold, pred)
}

// withAdded is d with a held bilateral meeting for each candidate keep
// takes.
func withAdded(d evaluate.Doc, cands []candidate, keep func(int) bool) evaluate.Doc {
	return withAddedDated(d, cands, keep, func(c candidate) string { return c.date })
}

// withAddedDated is withAdded with the added meetings' dates given by
// date (the gold's, for the ceiling of a perfect date).
func withAddedDated(d evaluate.Doc, cands []candidate, keep func(int) bool, date func(candidate) string) evaluate.Doc {
	d.Meetings = slices.Clone(d.Meetings)
	for i, c := range cands {
		if keep(i) && !c.ruleHeld {
			d.Meetings = append(d.Meetings, evaluate.Meeting{Participants: c.participants(),
				Kind: c.kind, Date: date(c), Status: "held"})
		}
	}
	return d
}
