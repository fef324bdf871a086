package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"newsgraph/evaluate"
)

// writeMisses splits the weight of the gold's held pairs that no held
// meeting of the rules holds together by where the rules' output names the
// two: in one sentence (the candidates' reach), in neighbouring sentences
// (of those that name anyone), further apart, or a person not found.
func writeMisses(w io.Writer, exs []example) {
	weight := map[string]float64{}
	for _, ex := range exs {
		sents := sentences(ex.res)
		at := map[string][]int{} // person id -> indexes of the sentences naming them
		for _, s := range sents {
			for _, m := range s.people {
				at[m.id] = append(at[m.id], s.index)
			}
		}
		facts := factsOf(ex.res)
		for _, m := range ex.gold.Meetings {
			if !strings.EqualFold(strings.TrimSpace(m.Status), "held") || len(m.Participants) < 2 {
				continue
			}
			pw := 1 / float64(len(m.Participants)-1)
			for i, x := range m.Participants {
				for _, y := range m.Participants[i+1:] {
					weight[missWhere(ex, x, y, at, facts)] += pw
				}
			}
		}
	}
	keys := make([]string, 0, len(weight))
	for k := range weight {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%7.2f  %s\n", weight[k], k)
	}
}

func missWhere(ex example, x, y string, at map[string][]int, facts articleFacts) string {
	ids := func(name string) []string {
		var out []string
		for _, p := range ex.res.People {
			if evaluate.NamesMatch(name, p.Name) != evaluate.NoMatch {
				out = append(out, p.ID)
			}
		}
		return out
	}
	xs, ys := ids(x), ids(y)
	if len(xs) == 0 || len(ys) == 0 {
		return "not together: a person not found"
	}
	best := -1
	for _, a := range xs {
		for _, b := range ys {
			if facts.heldPair[pairKey(a, b)] {
				return "held together by the rules"
			}
			for _, i := range at[a] {
				for _, j := range at[b] {
					if d := max(i-j, j-i); best < 0 || d < best {
						best = d
					}
				}
			}
		}
	}
	switch {
	case best == 0:
		return "not together: named in one sentence"
	case best == 1:
		return "not together: in neighbouring sentences"
	case best > 1:
		return "not together: further apart"
	}
	return "not together: a person never mentioned"
}
