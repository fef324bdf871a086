// Command recallsample draws whole open articles of the kinds that tell
// encounters, for a reader to annotate by GUIDELINES.md before the extractor
// is run on them, so that the held encounters it misses are found where they
// occur at random (issue 10, recall10).
//
//	go run ./evaluate/cmd/recallsample -corpus DIR [-per 4] [-seed 10] > drawn.jsonl
//	go run ./evaluate/cmd/recallsample -corpus DIR -text > drawn-articles.jsonl
//
// The strata are the test part's encounter kinds: diplomacy.jsonl's call,
// meeting, summit_dialogue_or_multilateral and travel_or_preview, and
// general.jsonl's readouts (a title with "Readout"). per articles are drawn
// from each at random (a fixed seed, over each stratum's ids in order), with
// the test part's cap of 2,500 words. Left out: the closed articles
// (evaluate.ClosedIDs), every article of the gold (selection.jsonl's and
// gold-dev.jsonl's ids) and every article a corpus sample beside them names
// (Samples), since rules were read from those. It prints one line a
// drawn article ({"id", "file", "line", "stratum"}), or with -text the
// articles themselves, for newsgraph extract. Each stratum's permutation
// continues as -per grows, so a larger draw holds a smaller one:
// evaluate/testdata/recall-sample-10.jsonl is -per 20, annotated 20 at a time
// (-per 4, 8, 12, 16, 20) before the extractor ran on them.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"newsgraph/evaluate"
	"newsgraph/internal/jsonl"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// MaxWords is the test part's cap on an article's length (sample_gold.py).
const MaxWords = 2500

// diplomacyKinds are the kinds of diplomacy.jsonl that tell encounters (its
// joint statements are left out).
var diplomacyKinds = []string{"call", "meeting", "summit_dialogue_or_multilateral", "travel_or_preview"}

// readoutTitle marks a readout of general.jsonl.
var readoutTitle = regexp.MustCompile(`(?i)\breadout\b`)

// Samples are the corpus samples beside the selection that rules were read
// from before this draw (its own, recall-sample-10.jsonl, is not one, so that
// the draw reproduces).
var Samples = []string{"date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
	"plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl", "audit-sample-10.jsonl"}

// articleID is an article id as the samples name it.
var articleID = regexp.MustCompile(`\b(?:usdos|whitehouse)-\d+\b`)

// Drawn is one drawn article.
type Drawn struct {
	ID      string `json:"id"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Stratum string `json:"stratum"`
	raw     []byte
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("recallsample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "", "corpus `dir` holding diplomacy.jsonl and general.jsonl")
	per := fs.Int("per", 4, "articles to draw from each stratum")
	seed := fs.Uint64("seed", 10, "the draw's seed")
	text := fs.Bool("text", false, "print the drawn articles themselves")
	selection := fs.String("selection", filepath.Join("evaluate", "testdata", "selection.jsonl"), "the gold's selection `file`; the gold and samples beside it are left out")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *corpus == "" {
		fs.Usage()
		return 2
	}
	drawn, err := draw(*corpus, *selection, *per, *seed)
	if err == nil {
		err = write(stdout, drawn, *text)
	}
	if err != nil {
		fmt.Fprintln(stderr, "recallsample:", err)
		return 1
	}
	return 0
}

// excluded are the closed articles, the gold's and the samples' beside
// selection.
func excluded(selection string) (map[string]bool, error) {
	out, err := evaluate.ClosedIDs(selection)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(selection)
	for _, name := range append([]string{filepath.Base(selection), "gold-dev.jsonl"}, Samples...) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		for _, id := range articleID.FindAllString(string(b), -1) {
			out[id] = true
		}
	}
	return out, nil
}

// stratum is the article's stratum, or "" where it is in none.
func stratum(file, kind, title string) string {
	switch {
	case file == "diplomacy.jsonl" && slices.Contains(diplomacyKinds, kind):
		return kind
	case file == "general.jsonl" && readoutTitle.MatchString(title):
		return "general-readout"
	}
	return ""
}

func draw(corpus, selection string, per int, seed uint64) ([]Drawn, error) {
	skip, err := excluded(selection)
	if err != nil {
		return nil, err
	}
	strata := map[string][]Drawn{}
	for _, name := range []string{"diplomacy.jsonl", "general.jsonl"} {
		f, err := os.Open(filepath.Join(corpus, name))
		if err != nil {
			return nil, err
		}
		for line, err := range jsonl.Lines(f) {
			if err != nil {
				f.Close()
				return nil, err
			}
			var a struct{ ID, Kind, Title, Text string }
			if err := json.Unmarshal(line.Bytes, &a); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", name, line.Number, err)
			}
			s := stratum(name, a.Kind, a.Title)
			if s == "" || skip[a.ID] || len(strings.Fields(a.Text)) > MaxWords {
				continue
			}
			strata[s] = append(strata[s], Drawn{ID: a.ID, File: name, Line: line.Number, Stratum: s, raw: slices.Clone(line.Bytes)})
		}
		f.Close()
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	var out []Drawn
	for _, s := range append(slices.Clone(diplomacyKinds), "general-readout") {
		pop := strata[s]
		slices.SortFunc(pop, func(a, b Drawn) int { return strings.Compare(a.ID, b.ID) })
		for _, j := range rng.Perm(len(pop))[:min(per, len(pop))] {
			out = append(out, pop[j])
		}
	}
	return out, nil
}

func write(w io.Writer, drawn []Drawn, text bool) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, d := range drawn {
		var err error
		if text {
			_, err = bw.Write(append(d.raw, '\n'))
		} else {
			err = enc.Encode(d)
		}
		if err != nil {
			return err
		}
	}
	return bw.Flush()
}
