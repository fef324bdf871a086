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
// (-per 4, 8, 12, 16, 20) before the extractor ran on them. A draw
// reproduces only while the gold's selection is as it was: every article a
// later gold batch takes out of a stratum moves that stratum's permutation.
// recall-sample-10.jsonl is the draw at b3d7810; from 86bb542, which closed
// batches V and W, -per 20 draws another 100 (24 of them in common), and no
// older selection can be given, for evaluate.ClosedIDs wants its 209 ids.
// recall-sample-11.jsonl (-general -per 40) was drawn after V and W and is
// the draw main gives.
//
//	go run ./evaluate/cmd/recallsample -corpus DIR -general [-per 10] [-seed 11] > drawn.jsonl
//
// With -general the strata are instead general.jsonl's articles that are not
// readouts, one stratum a publisher (general-whitehouse, general-usdos): the
// briefings, remarks, statements and fact sheets of the test part's general
// strata. recall-sample-10.jsonl's articles are left out too, and so is every
// article without EncounterCue, so that the annotation is not spent on
// releases that name no encounter at all; the cue is broad, a filter for the
// reader's time, not the extractor's rules. The seed is then 11 unless
// given. evaluate/testdata/recall-sample-11.jsonl is this draw, annotated 20
// at a time (-per 10, 20, …).
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

// generalPublishers are -general's strata, general.jsonl's publishers by the
// id's prefix, in draw order.
var generalPublishers = []string{"whitehouse", "usdos"}

// EncounterCue marks a release that names an encounter at all: a word of
// meeting, talks, a call, a visit or hosting, and a capitalised name of two
// words (each word capitalised and then lower case, "President Macron")
// after it in the same sentence, within 100 characters. It is deliberately
// broad: it only spares the reader proclamations and fact sheets.
var EncounterCue = regexp.MustCompile(`\b(?:met|meets?|meetings?|talks|(?:phone |video )?calls? with|called|spoke (?:with|to)|speaks? with|visit(?:s|ed|ing)?|host(?:s|ed|ing)?|welcomed?|bilateral|summit|conversations? with)\b[^.!?\n]{0,100}\b` + capitalisedName + ` ` + capitalisedName)

// capitalisedName is a word of a name: a capital and then lower case.
const capitalisedName = `[A-Z]\p{Ll}[\p{L}'’-]*`

// Samples are the corpus samples beside the selection that rules were read
// from before this draw (its own, recall-sample-10.jsonl, is not one, so that
// the draw reproduces).
// A later draw adds recall-sample-11.jsonl here only where it draws from
// general.jsonl's releases again (-general leaves recall-sample-10.jsonl out
// by its own list, generalExcluded).
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
	seed := fs.Uint64("seed", 0, "the draw's seed (0: 10, or 11 with -general)")
	general := fs.Bool("general", false, "draw general.jsonl's releases that are not readouts, one stratum a publisher")
	text := fs.Bool("text", false, "print the drawn articles themselves")
	selection := fs.String("selection", filepath.Join("evaluate", "testdata", "selection.jsonl"), "the gold's selection `file`; the gold and samples beside it are left out")
	exclude := fs.String("exclude", "", "comma-separated `files` whose article ids are left out too (a cited-before list, later samples)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *corpus == "" {
		fs.Usage()
		return 2
	}
	var extra []string
	if *exclude != "" {
		extra = strings.Split(*exclude, ",")
	}
	drawn, sizes, err := draw(*corpus, *selection, extra, *per, drawSeed(*seed, *general), *general)
	for _, line := range sizes {
		fmt.Fprintln(stderr, "recallsample:", line)
	}
	if err == nil {
		err = write(stdout, drawn, *text)
	}
	if err != nil {
		fmt.Fprintln(stderr, "recallsample:", err)
		return 1
	}
	return 0
}

// generalExcluded are the samples -general leaves out besides Samples: the
// recall10 draw, whose readouts it could not draw anyway, so that the two
// samples never share an article.
var generalExcluded = []string{"recall-sample-10.jsonl"}

// drawSeed is the seed given, or the draw's own.
func drawSeed(seed uint64, general bool) uint64 {
	switch {
	case seed != 0:
		return seed
	case general:
		return 11
	}
	return 10
}

// excluded are the closed articles, the gold's and the samples' beside
// selection, with general recall10's too, and those the extra files name.
func excluded(selection string, extra []string, general bool) (map[string]bool, error) {
	out, err := evaluate.ClosedIDs(selection)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(selection)
	names := append([]string{filepath.Base(selection), "gold-dev.jsonl"}, Samples...)
	if general {
		names = append(names, generalExcluded...)
	}
	var paths []string
	for _, name := range names {
		paths = append(paths, filepath.Join(dir, name))
	}
	for _, path := range append(paths, extra...) {
		b, err := os.ReadFile(path)
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

// generalStratum is the article's stratum under -general: its publisher,
// for a release of general.jsonl that is no readout and holds EncounterCue.
func generalStratum(file, id, title, text string) string {
	if file != "general.jsonl" || readoutTitle.MatchString(title) || !EncounterCue.MatchString(text) {
		return ""
	}
	publisher, _, _ := strings.Cut(id, "-")
	if !slices.Contains(generalPublishers, publisher) {
		return ""
	}
	return "general-" + publisher
}

// strataOrder is the order the strata are drawn in.
func strataOrder(general bool) []string {
	if !general {
		return append(slices.Clone(diplomacyKinds), "general-readout")
	}
	var out []string
	for _, p := range generalPublishers {
		out = append(out, "general-"+p)
	}
	return out
}

// draw returns the drawn articles and, a line a stratum, how many articles
// it drew them from.
func draw(corpus, selection string, extra []string, per int, seed uint64, general bool) ([]Drawn, []string, error) {
	skip, err := excluded(selection, extra, general)
	if err != nil {
		return nil, nil, err
	}
	strata := map[string][]Drawn{}
	for _, name := range []string{"diplomacy.jsonl", "general.jsonl"} {
		f, err := os.Open(filepath.Join(corpus, name))
		if err != nil {
			return nil, nil, err
		}
		for line, err := range jsonl.Lines(f) {
			if err != nil {
				f.Close()
				return nil, nil, err
			}
			var a struct{ ID, Kind, Title, Text string }
			if err := json.Unmarshal(line.Bytes, &a); err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("%s:%d: %w", name, line.Number, err)
			}
			s := stratum(name, a.Kind, a.Title)
			if general {
				s = generalStratum(name, a.ID, a.Title, a.Text)
			}
			if s == "" || skip[a.ID] || len(strings.Fields(a.Text)) > MaxWords {
				continue
			}
			strata[s] = append(strata[s], Drawn{ID: a.ID, File: name, Line: line.Number, Stratum: s, raw: slices.Clone(line.Bytes)})
		}
		f.Close()
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	var out []Drawn
	var sizes []string
	for _, s := range strataOrder(general) {
		pop := strata[s]
		sizes = append(sizes, fmt.Sprintf("%s: %d articles", s, len(pop)))
		slices.SortFunc(pop, func(a, b Drawn) int { return strings.Compare(a.ID, b.ID) })
		for _, j := range rng.Perm(len(pop))[:min(per, len(pop))] {
			out = append(out, pop[j])
		}
	}
	return out, sizes, nil
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
