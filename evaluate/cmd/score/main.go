// Command score scores `newsgraph extract` output against gold answers.
//
//	go run ./evaluate/cmd/score -gold GOLD.jsonl [-gold MORE.jsonl] [-split SPLIT.jsonl] [-v] PRED.jsonl|-
//
// It scores the dev and the test part of the gold separately and prints a
// table for each and their gap; beside each F1 and the affiliation accuracy
// stands its 95% percentile bootstrap interval over the part's articles
// (evaluate.Bootstrap), the test part's too, since it is an aggregate; and
// under it the share of matched meeting pairs whose kind and whose place agree
// with the gold (evaluate.Attrs), with their intervals and disagreements
// by kind. -v adds per-article diffs of the dev part
// only: the test part is printed in aggregate, never per article, so that no
// one tunes the rules on it. The split is the project's own
// (evaluate/testdata/split.jsonl, built in) unless -split names another; a
// gold article the split does not assign is an error. PRED "-" reads
// standard input. Several -gold files are concatenated (for example
// gold-dev.jsonl and gold-seed.jsonl). Exit status: 0 after scoring, 1 when an
// input cannot be read or parsed, 2 on bad usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"newsgraph/evaluate"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// fileList is a repeatable string flag.
type fileList []string

func (f *fileList) String() string     { return strings.Join(*f, ",") }
func (f *fileList) Set(s string) error { *f = append(*f, s); return nil }

// run is main without the process: testable, and it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var gold fileList
	fs.Var(&gold, "gold", "gold JSON Lines `file` (repeatable)")
	splitPath := fs.String("split", "", "JSON Lines `file` of {id, split: dev|test} (default: the project's built-in split)")
	verbose := fs.Bool("v", false, "also print per-article diffs of the dev part")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: score -gold GOLD.jsonl [-gold MORE.jsonl] [-split SPLIT.jsonl] [-v] PRED.jsonl|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if len(gold) == 0 || fs.NArg() != 1 {
		fs.Usage()
		return 2
	}

	var golds []evaluate.Doc
	for _, path := range gold {
		docs, err := readFile(path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "score: gold %v\n", err)
			return 1
		}
		golds = append(golds, docs...)
	}
	preds, err := readFile(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "score: predictions %v\n", err)
		return 1
	}

	split := evaluate.ProjectSplit()
	if *splitPath != "" {
		f, err := os.Open(*splitPath)
		if err != nil {
			fmt.Fprintf(stderr, "score: split %v\n", err)
			return 1
		}
		split, err = evaluate.ReadSplit(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "score: split %s: %v\n", *splitPath, err)
			return 1
		}
	}
	rep, err := evaluate.ScoreSplit(golds, preds, split)
	if err != nil {
		fmt.Fprintf(stderr, "score: %v\n", err)
		return 1
	}
	if err := rep.WriteTables(stdout); err != nil {
		fmt.Fprintf(stderr, "score: %v\n", err)
		return 1
	}
	if *verbose {
		fmt.Fprintln(stdout, "\n== dev, per article")
		if err := rep.Dev.WriteDiffs(stdout); err != nil {
			fmt.Fprintf(stderr, "score: %v\n", err)
			return 1
		}
	}
	return 0
}

// readFile reads JSON Lines docs from path, or from stdin for "-". Errors
// name the file.
func readFile(path string, stdin io.Reader) ([]evaluate.Doc, error) {
	if path == "-" {
		docs, err := evaluate.ReadDocs(stdin)
		if err != nil {
			return nil, fmt.Errorf("<stdin>: %w", err)
		}
		return docs, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := evaluate.ReadDocs(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}
