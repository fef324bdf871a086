package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"newsgraph/evaluate"
	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// devGoldFiles are the gold files that hold dev articles. Batch D is the
// test part's and is never opened; batches A and B hold 64 dev articles
// among their 66 test ones, and every closed line (test, the unseen
// batches) is skipped by its id before it is decoded (openDev).
var devGoldFiles = []string{"gold-dev.jsonl", "gold-seed.jsonl", "gold-annotated-A.jsonl",
	"gold-annotated-B.jsonl", "gold-annotated-C.jsonl",
	"gold-annotated-E.jsonl", "gold-annotated-F.jsonl", "gold-annotated-G.jsonl", "gold-annotated-H.jsonl",
	"gold-annotated-I.jsonl", "gold-annotated-J.jsonl", "gold-annotated-K.jsonl", "gold-annotated-L.jsonl",
	"gold-annotated-M.jsonl", "gold-annotated-N.jsonl", "gold-annotated-O.jsonl", "gold-annotated-P.jsonl",
	"gold-annotated-Q.jsonl", "gold-annotated-R.jsonl", "gold-annotated-S.jsonl", "gold-annotated-T.jsonl",
	"gold-annotated-U.jsonl", "gold-annotated-V.jsonl", "gold-annotated-W.jsonl"}

// devInputs are the files of the gold articles' texts.
var devInputs = []string{"gold-dev-input.jsonl", "seed.jsonl", "gold-annotated-input.jsonl"}

// example is one open dev article: its text, the rules' output on it (as
// the extractor gives it and as the scorer reads it) and its gold.
type example struct {
	art  extract.Article
	res  extract.Result
	pred evaluate.Doc
	gold evaluate.Doc
}

// openDev decides which ids may be read: the dev part of the project's
// split less every closed article (evaluate.ClosedIDs: test and the unseen
// batches).
func openDev(testdata string) (func(string) bool, error) {
	closed, err := evaluate.ClosedIDs(filepath.Join(testdata, "selection.jsonl"))
	if err != nil {
		return nil, err
	}
	split := evaluate.ProjectSplit()
	return func(id string) bool { return split[id] == evaluate.Dev && !closed[id] }, nil
}

// readOpen decodes the lines of the files whose id open allows, skipping
// the others after reading no more than their id.
func readOpen[T any](testdata string, files []string, open func(string) bool) ([]T, error) {
	var out []T
	for _, name := range files {
		f, err := os.Open(filepath.Join(testdata, name))
		if err != nil {
			return nil, err
		}
		for l, err := range jsonl.Lines(f) {
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", name, l.Number, err)
			}
			var id struct{ ID string }
			if err := json.Unmarshal(l.Bytes, &id); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", name, l.Number, err) // a line that is no JSON is no article to skip
			}
			if !open(id.ID) {
				continue
			}
			var v T
			if err := json.Unmarshal(l.Bytes, &v); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", name, l.Number, err)
			}
			out = append(out, v)
		}
		f.Close()
	}
	return out, nil
}

// loadDev extracts every open dev article that has a gold answer, in the
// order of the gold files.
func loadDev(testdata string) ([]example, error) {
	open, err := openDev(testdata)
	if err != nil {
		return nil, err
	}
	gold, err := readOpen[evaluate.Doc](testdata, devGoldFiles, open)
	if err != nil {
		return nil, err
	}
	arts, err := readOpen[extract.Article](testdata, devInputs, open)
	if err != nil {
		return nil, err
	}
	return extractGold(gold, arts)
}

// extractGold extracts the article of each gold doc, taken from arts by id.
func extractGold(gold []evaluate.Doc, arts []extract.Article) ([]example, error) {
	byID := map[string]extract.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	var out []example
	for _, g := range gold {
		a, ok := byID[g.ID]
		if !ok {
			return nil, fmt.Errorf("gold article %s has no input", g.ID)
		}
		ex, err := extractExample(a, g)
		if err != nil {
			return nil, err
		}
		out = append(out, ex)
	}
	return out, nil
}

// extractExample runs the rules on a and reads their output back as the
// scorer does (through JSON, as TestGoldFloors).
func extractExample(a extract.Article, g evaluate.Doc) (example, error) {
	res, err := extract.Extract(a)
	if err != nil {
		return example{}, fmt.Errorf("%s: %w", a.ID, err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		return example{}, err
	}
	docs, err := evaluate.ReadDocs(bytes.NewReader(b))
	if err != nil || len(docs) != 1 {
		return example{}, fmt.Errorf("%s: result does not read back as one doc: %v", a.ID, err)
	}
	docs[0].Published = a.Date
	return example{art: a, res: res, pred: docs[0], gold: g}, nil
}
