package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"newsgraph/evaluate"
)

// writeTable prints the candidates' counts and, for the rules alone, the
// ceiling, each threshold and the nested choice, the scores of the union
// of the folds.
func (s study) writeTable(w io.Writer) {
	n, pos := s.count(func(int, int) bool { return true })
	fmt.Fprintf(w, "articles scored %d; candidates the rules did not hold together %d, held together in the gold %d\n", len(s.exs), n, pos)
	all := make([]int, len(s.exs))
	for i := range all {
		all[i] = i
	}
	fmt.Fprintf(w, "%-12s %5s %5s  %6s %6s %6s %-16s %6s  %s\n", "row", "added", "right", "held P", "R", "F1", "F1 95% interval", "all F1", "held fn: never together (neither / separate / one only), date, not held; fp: not together")
	row := func(name string, keep func(a, i int) bool) {
		added, right := s.count(keep)
		writeRow(w, name, added, right, scoreWith(s.exs, s.cands, all, keep))
	}
	label := func(a, i int) bool { return s.cands[a][i].label }
	row("rules", func(int, int) bool { return false })
	row("ceiling", label)
	var gold, pred []evaluate.Doc
	for a, ex := range s.exs {
		gold = append(gold, ex.gold)
		pred = append(pred, withAddedDated(ex.pred, s.cands[a], func(i int) bool { return label(a, i) },
			func(c candidate) string { return c.goldDate }))
	}
	added, right := s.count(label)
	writeRow(w, "ceil., dated", added, right, evaluate.Score(gold, pred))
	for _, t := range thresholds {
		row(fmt.Sprintf(">= %.1f", t), func(a, i int) bool { return s.scores[a][i] >= t })
	}
	row("nested", func(a, i int) bool { return s.scores[a][i] >= s.nested[a] })
	fmt.Fprintf(w, "nested thresholds by fold:")
	seen := map[int]bool{}
	for a, f := range s.fold {
		if !seen[f] {
			seen[f] = true
			fmt.Fprintf(w, " %d:%.1f", f, s.nested[a])
		}
	}
	fmt.Fprintln(w)
}

// count is how many candidates the rules did not hold keep takes, and how
// many of them the gold holds.
func (s study) count(keep func(a, i int) bool) (taken, right int) {
	for a, cs := range s.cands {
		for i, c := range cs {
			if c.ruleHeld || !keep(a, i) {
				continue
			}
			taken++
			if c.label {
				right++
			}
		}
	}
	return taken, right
}

func writeRow(w io.Writer, name string, added, right int, r evaluate.Report) {
	h, c := r.HeldPairs, r.HeldCauses
	fmt.Fprintf(w, "%-12s %5d %5d  %6.3f %6.3f %6.3f %-16s %6.3f  %.2f (%.2f / %.2f / %.2f), %.2f, %.2f; %.2f\n",
		name, added, right, h.Precision(), h.Recall(), h.F1(), r.Intervals.Held, r.AllPairs.F1(),
		c.MissedNotPaired, c.MissedNotPairedBy.Neither, c.MissedNotPairedBy.Separate, c.MissedNotPairedBy.OneOnly,
		c.MissedDate, c.MissedNotHeld, c.SpuriousNotPaired)
}

// dump writes every candidate the rules did not hold, best scored first,
// one JSON line each: article, pair, label, out-of-fold score, sentence.
func (s study) dump(path string) error {
	type line struct {
		ID       string  `json:"id"`
		A        string  `json:"a"`
		B        string  `json:"b"`
		Label    bool    `json:"label"`
		Score    float64 `json:"score"`
		Date     string  `json:"date"`
		Sentence string  `json:"sentence"`
	}
	var lines []line
	for a, cs := range s.cands {
		for i, c := range cs {
			if !c.ruleHeld {
				lines = append(lines, line{s.exs[a].art.ID, c.a.Name, c.b.Name, c.label, s.scores[a][i], c.date, c.sentence.Sentence})
			}
		}
	}
	slices.SortStableFunc(lines, func(x, y line) int { return cmp.Compare(y.Score, x.Score) })
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
