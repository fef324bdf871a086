package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"newsgraph/evaluate"
	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// loadHoldout extracts the articles of the gold files golds (open
// articles only: a closed one is refused), their texts taken from
// articles (JSON Lines of extract.Article, e.g. datesample -input).
func loadHoldout(testdata string, golds []string, articles string) ([]example, error) {
	closed, err := evaluate.ClosedIDs(filepath.Join(testdata, "selection.jsonl"))
	if err != nil {
		return nil, err
	}
	split := evaluate.ProjectSplit()
	arts, err := jsonl.ReadFile[extract.Article](articles)
	if err != nil {
		return nil, err
	}
	var gold []evaluate.Doc
	for _, path := range golds {
		docs, err := jsonl.ReadFile[evaluate.Doc](path)
		if err != nil {
			return nil, err
		}
		for _, g := range docs {
			if closed[g.ID] || split[g.ID] != "" {
				return nil, fmt.Errorf("%s: %s is a closed or gold article, not a holdout", path, g.ID)
			}
		}
		gold = append(gold, docs...)
	}
	return extractGold(gold, arts)
}

// holdoutStudy trains on every candidate of dev and scores those of hold;
// its nested threshold is the one dev's own cross-validation picks.
func holdoutStudy(dev, hold []example, k int, o trainOptions, withHeld bool) study {
	cv := crossValidate(dev, k, o, withHeld)
	all := make([]int, len(dev))
	for i := range all {
		all[i] = i
	}
	t := bestThreshold(dev, cv.cands, all, cv.scores)
	var xs []map[string]bool
	var ys []bool
	for _, cs := range cv.cands {
		for _, c := range cs {
			xs, ys = append(xs, c.feats), append(ys, c.label)
		}
	}
	m := train(xs, ys, o)
	s := study{exs: hold, fold: make([]int, len(hold)), nested: make([]float64, len(hold))}
	for a, ex := range hold {
		cs := candidatesOf(ex, withHeld)
		s.cands = append(s.cands, cs)
		var sc []float64
		for _, c := range cs {
			sc = append(sc, m.score(c.feats))
		}
		s.scores = append(s.scores, sc)
		s.nested[a] = t
	}
	return s
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
