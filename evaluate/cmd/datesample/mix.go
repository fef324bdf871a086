package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"

	"newsgraph/evaluate"
	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/internal/jsonl"
)

// stratum is an article's kind as the gold's samplers draw by it
// (sample_gold.py): diplomacy.jsonl's "kind", or general.jsonl's publisher,
// the id's prefix.
func stratum(file, id, kind string) string {
	if kind != "" {
		return file + "/" + kind
	}
	pub, _, _ := strings.Cut(id, "-")
	return file + "/" + pub
}

// corpusStrata are the stratum of every article of the corpus dir.
func corpusStrata(dir string) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range []string{"diplomacy.jsonl", "general.jsonl"} {
		arts, err := jsonl.ReadFile[struct{ ID, Kind string }](filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			out[a.ID] = stratum(name, a.ID, a.Kind)
		}
	}
	return out, nil
}

// testMix is the share of the test part's articles in each stratum, from the
// selection file's test lines (by count only: no test article is read).
func testMix(selection string) (map[string]float64, error) {
	sel, err := jsonl.ReadFile[struct{ ID, File, Stratum string }](selection)
	if err != nil {
		return nil, err
	}
	split := evaluate.ProjectSplit()
	counts, total := map[string]float64{}, 0.0
	for _, s := range sel {
		if split[s.ID] == evaluate.Test {
			counts[s.File+"/"+s.Stratum]++
			total++
		}
	}
	if total == 0 {
		return nil, fmt.Errorf("%s: no test lines", selection)
	}
	for k := range counts {
		counts[k] /= total
	}
	return counts, nil
}

// drawMix draws n of the meetings of the extractor's output of one status
// ("held", or with -status "planned") at random,
// each weighted by its article's stratum's share of the test part over its
// share of the open corpus, so that the draw holds the kinds of document in the
// test part's mix (an article's held meetings are as many as its kind gives).
// The draw is without replacement (Efraimidis and Spirakis: the n largest
// u^(1/w), u uniform), seeded. The articles of leftOut (earlier samples') are
// not drawn from. It prints each stratum's articles, meetings of the status
// and expected draw share.
func drawMix(articlesPath, extractedPath, corpusDir, selection, status string, closed, leftOut map[string]bool, n int, seed uint64, stdout, stderr io.Writer) error {
	arts, res, err := sampling.Read(articlesPath, extractedPath, closed)
	if err != nil {
		return err
	}
	arts, res = leaveOut(arts, res, leftOut)
	strata, err := corpusStrata(corpusDir)
	if err != nil {
		return err
	}
	mix, err := testMix(selection)
	if err != nil {
		return err
	}
	openArticles := map[string]float64{}
	for _, a := range arts {
		s, ok := strata[a.ID]
		if !ok {
			return fmt.Errorf("%s is in no corpus file of %s", a.ID, corpusDir)
		}
		openArticles[s]++
	}
	type weighted struct {
		r Record
		w float64
	}
	var pop []weighted
	held := map[string]int{}
	for i, a := range arts {
		s := strata[a.ID]
		w := mix[s] / openArticles[s]
		for k, m := range res[i].Meetings {
			if m.Status != status || w == 0 {
				continue
			}
			r := wideRecord(a, k, m)
			r.Draw = s
			pop = append(pop, weighted{r, w})
			held[s]++
		}
	}
	sum := 0.0
	for _, p := range pop {
		sum += p.w
	}
	for _, s := range slices.Sorted(maps.Keys(openArticles)) {
		fmt.Fprintf(stderr, "%s: %d open articles, %d %s meetings, test share %.3f, draw share %.3f\n",
			s, int(openArticles[s]), held[s], status, mix[s], float64(held[s])*mix[s]/openArticles[s]/sum)
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	keys := make([]float64, len(pop))
	for i, p := range pop {
		keys[i] = math.Log(rng.Float64()) / p.w // the order of u^(1/w), without its underflow
	}
	order := make([]int, len(pop))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case keys[a] > keys[b]:
			return -1
		case keys[a] < keys[b]:
			return 1
		}
		return a - b
	})
	enc := json.NewEncoder(stdout)
	for _, j := range order[:min(n, len(order))] {
		if err := enc.Encode(pop[j].r); err != nil {
			return err
		}
	}
	return nil
}
