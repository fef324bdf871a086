// Command changesample diffs two runs of newsgraph extract over the same
// articles, record by record, and draws a seeded, stratified sample of the
// changes for a reader to judge by GUIDELINES.md blind to the rule that made
// each (issue 10, audit35).
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > open.jsonl
//	base-newsgraph extract open.jsonl > base.jsonl
//	newsgraph extract open.jsonl > main.jsonl
//	go run ./evaluate/cmd/changesample -articles open.jsonl -base base.jsonl -main main.jsonl [-n 30] [-seed 35]
//	go run ./evaluate/cmd/changesample -judged evaluate/testdata/change-sample-35.jsonl
//
// A change is a person record (name, country, role) or a meeting record
// (participants, kind, date, status) that one output holds and the other
// does not. Within an article a person of one name in both is "changed";
// so is a meeting whose participants, or else whose evidence sentence, one
// unmatched record of each side shares. Changes of evidence alone, of a
// meeting's place or issues alone and of an organisation's type alone are
// counted (stderr) but not drawn. n person changes and n meeting changes
// are drawn (all of a kind that has fewer), and the drawn ones are
// shuffled together. It refuses an article of the test part or of batches
// N to W (evaluate.ClosedIDs). With -judged it reads a judged sample and
// tells the verdicts and the improvement rate (Judge).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"

	"newsgraph/evaluate"
	"newsgraph/evaluate/cmd/internal/sampling"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("changesample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	articles := fs.String("articles", "", "the articles `file` given to both runs of newsgraph extract")
	basePath := fs.String("base", "", "the base run's output `file`")
	mainPath := fs.String("main", "", "the main run's output `file`")
	n := fs.Int("n", 30, "changes of each kind (person, meeting) to draw")
	seed := fs.Uint64("seed", 35, "the draw's seed")
	judged := fs.String("judged", "", "a judged sample `file`: tell its verdicts and improvement rate instead")
	selection := fs.String("selection", filepath.Join("evaluate", "testdata", "selection.jsonl"), "the gold's selection `file`, whose closed draws are left out")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *judged != "" {
		if err := Judge(*judged, stdout); err != nil {
			fmt.Fprintf(stderr, "changesample: %v\n", err)
			return 1
		}
		return 0
	}
	if *articles == "" || *basePath == "" || *mainPath == "" {
		fs.Usage()
		return 2
	}
	if err := sample(*articles, *basePath, *mainPath, *selection, *n, *seed, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "changesample: %v\n", err)
		return 1
	}
	return 0
}

// sample reads both runs, diffs them, tells stderr the counts and writes the
// draw to stdout as JSON lines.
func sample(articles, basePath, mainPath, selection string, n int, seed uint64, stdout, stderr io.Writer) error {
	closed, err := evaluate.ClosedIDs(selection)
	if err != nil {
		return err
	}
	arts, base, err := sampling.Read(articles, basePath, closed)
	if err != nil {
		return fmt.Errorf("base: %w", err)
	}
	_, head, err := sampling.Read(articles, mainPath, closed)
	if err != nil {
		return fmt.Errorf("main: %w", err)
	}
	var all []Change
	var quiet Quiet
	for i, a := range arts {
		all = append(all, Diff(a, base[i], head[i])...)
		quiet.Add(base[i], head[i])
	}
	Tally(all, quiet, stderr)
	enc := json.NewEncoder(stdout)
	for _, c := range Draw(all, n, seed) {
		if err := enc.Encode(c); err != nil {
			return err
		}
	}
	return nil
}

// Draw takes n person changes and n meeting changes of all (every one of a
// kind that has fewer), each kind in the order of a permutation seeded by
// seed, and shuffles the drawn ones together with the next permutation.
func Draw(all []Change, n int, seed uint64) []Change {
	rng := rand.New(rand.NewPCG(seed, seed))
	var drawn []Change
	for _, group := range []string{"person", "meeting"} {
		var of []Change
		for _, c := range all {
			if c.Group() == group {
				of = append(of, c)
			}
		}
		for _, j := range rng.Perm(len(of))[:min(n, len(of))] {
			drawn = append(drawn, of[j])
		}
	}
	out := make([]Change, len(drawn))
	for i, j := range rng.Perm(len(drawn)) {
		out[i] = drawn[j]
		out[i].N = i + 1
	}
	return out
}
