// Command datesample draws held meetings whose date the extractor did not
// read from the text, for a reader to date by GUIDELINES.md (issue 10).
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > corpus-open.jsonl
//	newsgraph extract corpus-open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/datesample -articles corpus-open.jsonl -extracted extracted.jsonl [-n 60] [-seed 10]
//	go run ./evaluate/cmd/datesample -articles corpus-open.jsonl -extracted extracted.jsonl -trace trace.txt [-n 20]
//	go run ./evaluate/cmd/datesample -articles corpus-open.jsonl -extracted extracted.jsonl -wide [-n 50]
//	go run ./evaluate/cmd/datesample -articles corpus-open.jsonl -extracted extracted.jsonl -mix -corpus DIR [-n 50] [-leave-out FILE,FILE] [-hide-date]
//
// -input writes the corpus (DIR's diplomacy.jsonl and general.jsonl) minus
// the test part of the gold and the articles of the unseen batches
// (evaluate.ClosedIDs: the test part and batches N to AG), so that no test
// article is read.
//
// The second form reads each article's held meetings from the extractor's
// output and puts them in two populations: those that took the article's own
// day (the date is the article's and neither the evidence sentence nor its
// paragraph holds a date expression the extractor reads, extract.DateWords;
// a headline's meeting is read in the headline), and those with no date. It
// prints both counts on stderr and draws n of each at random (a fixed seed,
// over the records in input order), or all where fewer, and prints the drawn
// records as JSON Lines on stdout, each with its article's title, date and
// the evidence's paragraph, for the reader.
//
// With -trace, the stderr of newsgraph extract built with
// evaluate/testdata/date-sample-10w-trace.patch and run with D10W_TRACE=1
// (a line "TRACE\ttitle\tsentence\trules" for each sentence whose encounter
// a rule left undated), it draws the null records by those rules instead:
// each record gets the rules its article's title and evidence sentence
// fired ("none" where none did), and n of each rule's records are drawn in
// the rules' order, a record under each of its rules.
//
// With -wide it draws the held meetings the first form leaves out, those
// dated: the article's day although the evidence sentence, its paragraph or
// the paragraph before holds a date expression of any kind (wideDates:
// wider than extract.DateWords on purpose, so that the forms the extractor
// does not read are caught), and any other date than the article's day. A
// record near no expression but the day's own ("today", "this morning") is
// drawn apart, last. It prints the counts, by expression and by precision.
//
// With -mix it draws n of all the held meetings, whatever their date, each
// weighted so that the draw holds the kinds of document (diplomacy.jsonl's
// kind, general.jsonl's publisher: DIR's files) in the test part's mix
// (selection.jsonl's test lines, counted), issue 10's date10y. -leave-out
// leaves out of it the articles of earlier samples (their files' "id"s).
// -status planned draws the planned meetings instead, by the same weights
// (plans43).
//
// With -hide-date each drawn record's date reads "hidden", so that the reader
// writes the right date before seeing the extractor's (date40); the draw is
// the same.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"newsgraph/evaluate"
	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Record is one drawn meeting, with what a reader needs to date it.
type Record struct {
	Draw         string   `json:"draw"` // "article-day" or "null"; with -wide "article-day-near-date" or "other-date"
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	ArticleDate  string   `json:"articleDate"`
	Meeting      int      `json:"meeting"` // index in the article's meetings
	Participants []string `json:"participants"`
	Kind         string   `json:"kind"`
	Date         string   `json:"date"`
	Rules        []string `json:"rules,omitempty"` // with -trace: the rules that left it undated
	Sentence     string   `json:"sentence"`
	Paragraph    string   `json:"paragraph"`
	Before       string   `json:"before,omitempty"`      // with -wide: the paragraph before the evidence's
	Expressions  []string `json:"expressions,omitempty"` // with -wide: the date expressions of any kind near it (wideDates)
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("datesample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "", "corpus `dir` holding diplomacy.jsonl and general.jsonl (with -input)")
	input := fs.Bool("input", false, "write the corpus minus the test part and the unseen batches")
	articles := fs.String("articles", "", "the articles `file` given to newsgraph extract")
	extracted := fs.String("extracted", "", "newsgraph extract's output `file`")
	n := fs.Int("n", 60, "records to draw from each population")
	seed := fs.Uint64("seed", 10, "the draw's seed")
	trace := fs.String("trace", "", "a traced extraction's stderr `file`: draw the null records by the rule that left them undated")
	wide := fs.Bool("wide", false, "draw the held meetings dated the article's day near a date expression of any kind, and those dated otherwise")
	mix := fs.Bool("mix", false, "draw n held meetings weighted to the test part's mix of kinds (with -corpus for the kinds)")
	status := fs.String("status", "held", "with -mix, the `status` of the meetings drawn: held or planned")
	leaveOut := fs.String("leave-out", "", "comma-separated sample `files` (JSON Lines with an \"id\") whose articles -mix leaves out")
	hideDate := fs.Bool("hide-date", false, "print each drawn record's date as \"hidden\", so that the reader dates it first")
	selection := fs.String("selection", filepath.Join("evaluate", "testdata", "selection.jsonl"), "the gold's selection `file`, whose unseen batches are left out (evaluate.ClosedIDs)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !(*input && *corpus != "") && !(*articles != "" && *extracted != "") || *status != "held" && *status != "planned" {
		fs.Usage()
		return 2
	}
	closed, err := evaluate.ClosedIDs(*selection)
	drawn, flush := hidingDate(*hideDate, stdout)
	if err == nil && *input {
		err = writeOpen(*corpus, closed, stdout)
	} else if err == nil && *mix {
		if *corpus == "" {
			fs.Usage()
			return 2
		}
		var left map[string]bool
		if left, err = sampleIDs(*leaveOut); err == nil {
			err = drawMix(*articles, *extracted, *corpus, *selection, *status, closed, left, *n, *seed, drawn, stderr)
		}
	} else if err == nil && *wide {
		err = drawWide(*articles, *extracted, closed, *n, *seed, drawn, stderr)
	} else if err == nil {
		err = draw(*articles, *extracted, *trace, closed, *n, *seed, drawn, stderr)
	}
	if err == nil {
		err = flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "datesample:", err)
		return 1
	}
	return 0
}

func writeOpen(dir string, closed map[string]bool, w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, name := range []string{"diplomacy.jsonl", "general.jsonl"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		for line, err := range jsonl.Lines(f) {
			if err != nil {
				f.Close()
				return err
			}
			var a struct{ ID string }
			if err := json.Unmarshal(line.Bytes, &a); err != nil {
				f.Close()
				return fmt.Errorf("%s:%d: %w", name, line.Number, err)
			}
			if !closed[a.ID] {
				bw.Write(line.Bytes)
				bw.WriteByte('\n')
			}
		}
		f.Close()
	}
	return bw.Flush()
}

func draw(articlesPath, extractedPath, tracePath string, closed map[string]bool, n int, seed uint64, stdout, stderr io.Writer) error {
	arts, res, err := sampling.Read(articlesPath, extractedPath, closed)
	if err != nil {
		return err
	}
	var dayPop, nullPop []Record
	for i, a := range arts {
		for k, m := range res[i].Meetings {
			if m.Status != "held" {
				continue
			}
			r := Record{ID: a.ID, Title: a.Title, ArticleDate: a.Date, Meeting: k, Participants: m.Participants,
				Kind: m.Kind, Date: m.Date, Sentence: m.Evidence.Sentence, Paragraph: sampling.Paragraph(a.Text, m.Evidence.Start, m.Evidence.End)}
			if m.Evidence.Start == m.Evidence.End {
				r.Paragraph = a.Title // a headline's meeting
			}
			switch {
			case m.Date == "":
				r.Draw = "null"
				nullPop = append(nullPop, r)
			case m.Date == a.Date:
				sw, err := extract.DateWords(r.Sentence, a.Date)
				if err != nil {
					return err
				}
				pw, err := extract.DateWords(r.Paragraph, a.Date)
				if err != nil {
					return err
				}
				if len(sw) == 0 && len(pw) == 0 {
					r.Draw = "article-day"
					dayPop = append(dayPop, r)
				}
			}
		}
	}
	fmt.Fprintf(stderr, "held meetings dated the article's day with no date word in sentence or paragraph: %d\n", len(dayPop))
	fmt.Fprintf(stderr, "held meetings with no date: %d\n", len(nullPop))
	pops := [][]Record{dayPop, nullPop}
	if tracePath != "" {
		if pops, err = byRule(nullPop, tracePath, stderr); err != nil {
			return err
		}
	}
	return drawFrom(pops, n, seed, stdout)
}

// drawFrom prints n records of each population, or all where fewer, drawn
// at random with the seed, as JSON Lines.
func drawFrom(pops [][]Record, n int, seed uint64, stdout io.Writer) error {
	rng := rand.New(rand.NewPCG(seed, seed))
	enc := json.NewEncoder(stdout)
	for _, pop := range pops {
		for _, j := range rng.Perm(len(pop))[:min(n, len(pop))] {
			if err := enc.Encode(pop[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

// drawWide puts each held meeting in one of the two populations date10v and
// date10w did not sample: dated the article's day although its evidence
// sentence, that sentence's paragraph or the paragraph before holds a date
// expression of any kind (wideDates; a headline's meeting: the headline),
// and dated otherwise than the article's day (another day, a month, a
// year). It prints both counts, the first by expression and the second by
// precision, and draws n of each as draw does.
func drawWide(articlesPath, extractedPath string, closed map[string]bool, n int, seed uint64, stdout, stderr io.Writer) error {
	arts, res, err := sampling.Read(articlesPath, extractedPath, closed)
	if err != nil {
		return err
	}
	var dayOnly, near, other []Record // dayOnly: near no expression but the day's own ("today")
	byExpr, byPrecision := map[string]int{}, map[string]int{}
	for i, a := range arts {
		for k, m := range res[i].Meetings {
			if m.Status != "held" || m.Date == "" {
				continue
			}
			r := wideRecord(a, k, m)
			switch {
			case m.Date != a.Date:
				r.Draw = "other-date"
				byPrecision[precision(m.Date, a.Date)]++
				other = append(other, r)
			case len(r.Expressions) > 0 && !slices.ContainsFunc(r.Expressions, notTheDay):
				r.Draw = "article-day-near-today"
				dayOnly = append(dayOnly, r)
			case len(r.Expressions) > 0:
				r.Draw = "article-day-near-date"
				for _, e := range r.Expressions {
					byExpr[e]++
				}
				near = append(near, r)
			}
		}
	}
	fmt.Fprintf(stderr, "held meetings dated the article's day near no date expression but the day's own (%s): %d\n", strings.Join(theDay, ", "), len(dayOnly))
	fmt.Fprintf(stderr, "held meetings dated the article's day near a date expression of another kind: %d\n", len(near))
	printCounts(stderr, byExpr)
	fmt.Fprintf(stderr, "held meetings dated otherwise than the article's day: %d\n", len(other))
	printCounts(stderr, byPrecision)
	return drawFrom([][]Record{near, other, dayOnly}, n, seed, stdout)
}

// wideRecord is the k-th meeting m of article a, with its evidence's
// paragraph, the paragraph before (a headline's meeting: the headline) and
// the date expressions of any kind in them (wideDates), for the reader.
func wideRecord(a extract.Article, k int, m extract.Meeting) Record {
	r := Record{ID: a.ID, Title: a.Title, ArticleDate: a.Date, Meeting: k, Participants: m.Participants,
		Kind: m.Kind, Date: m.Date, Sentence: m.Evidence.Sentence, Paragraph: a.Title}
	if m.Evidence.Start != m.Evidence.End { // else a headline's meeting
		r.Paragraph = sampling.Paragraph(a.Text, m.Evidence.Start, m.Evidence.End)
		r.Before = paragraphBefore(a.Text, m.Evidence.Start, m.Evidence.End)
	}
	r.Expressions = wideDates(r.Sentence, r.Paragraph, r.Before)
	return r
}

// theDay are the expressions that name the article's own day, which date
// an encounter the way the article's day does, so that a record near no
// other is left out of the draw.
var theDay = []string{"today", "tonight", "this morning", "this afternoon", "this evening"}

func notTheDay(expr string) bool { return !slices.Contains(theDay, expr) }

// printCounts prints each key's count, the largest first (then by key).
func printCounts(w io.Writer, counts map[string]int) {
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys {
		fmt.Fprintf(w, "  %s: %d\n", k, counts[k])
	}
}

// precision is how a date other than the article's day relates to it: a
// day before or after it, a month (the article's or another) or a year.
func precision(date, article string) string {
	switch {
	case len(date) == 4 && strings.HasPrefix(article, date):
		return "the article's year"
	case len(date) == 4:
		return "another year"
	case len(date) == 7 && strings.HasPrefix(article, date):
		return "the article's month"
	case len(date) == 7:
		return "another month"
	case date < article:
		return "a day before the article's"
	default:
		return "a day after the article's"
	}
}

// paragraphBefore is the paragraph before the one around text[start:end],
// the account that leads to it, or "" where it opens the text.
func paragraphBefore(text string, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	lo, _ := sampling.ParagraphBounds(text, start, end)
	for lo > 0 {
		prev := strings.TrimRight(text[:lo], "\n")
		if prev == "" {
			return ""
		}
		p := sampling.Paragraph(prev, len(prev)-1, len(prev))
		if p != "" {
			return p
		}
		lo = strings.LastIndexByte(prev, '\n') + 1
	}
	return ""
}

// byRule puts the null records in one population for each rule that the
// trace file says left them undated, in the rules' order, and prints their
// counts.
func byRule(nullPop []Record, tracePath string, stderr io.Writer) ([][]Record, error) {
	data, err := os.ReadFile(tracePath)
	if err != nil {
		return nil, err
	}
	fired := map[[2]string][]string{} // title and sentence: rules
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] != "TRACE" {
			continue
		}
		k := [2]string{f[1], f[2]}
		for _, rule := range strings.Split(f[3], ",") {
			if !slices.Contains(fired[k], rule) {
				fired[k] = append(fired[k], rule)
			}
		}
	}
	pops := map[string][]Record{}
	for _, r := range nullPop {
		r.Rules = fired[[2]string{r.Title, strings.ReplaceAll(r.Sentence, "\n", " ")}]
		if len(r.Rules) == 0 {
			r.Rules = []string{"none"}
		}
		for _, rule := range r.Rules {
			pops[rule] = append(pops[rule], r)
		}
	}
	var out [][]Record
	for _, rule := range slices.Sorted(maps.Keys(pops)) {
		fmt.Fprintf(stderr, "  left undated by %s: %d\n", rule, len(pops[rule]))
		out = append(out, pops[rule])
	}
	return out, nil
}
