package main

import (
	"fmt"
	"io"
	"math"

	"newsgraph/internal/jsonl"
)

// Verdicts a reader gives a change: which side's record GUIDELINES.md
// bears out.
const (
	MainRight = "main"       // main's record is right, base's wrong
	BaseRight = "base"       // base's record is right, main's wrong
	BothWrong = "both wrong" // neither side's record is right
	BothRight = "both right" // the two records are one answer (a spelling the scorer folds)
	Doubtful  = "doubtful"   // the guidelines do not settle it
)

// Judge tells w the verdicts of a judged sample (Change lines with Verdict
// set) and the improvement rate: the share of main-right among the changes
// where exactly one side is right, with its Wilson 95% interval.
func Judge(path string, w io.Writer) error {
	judged, err := jsonl.ReadFile[Change](path)
	if err != nil {
		return err
	}
	count := map[string]int{}
	for _, c := range judged {
		switch c.Verdict {
		case MainRight, BaseRight, BothWrong, BothRight, Doubtful:
			count[c.Verdict]++
		default:
			return fmt.Errorf("%s n %d: verdict %q", c.ID, c.N, c.Verdict)
		}
	}
	fmt.Fprintf(w, "judged: %d; main right %d, base right %d, both wrong %d, both right %d, doubtful %d\n",
		len(judged), count[MainRight], count[BaseRight], count[BothWrong], count[BothRight], count[Doubtful])
	k, n := count[MainRight], count[MainRight]+count[BaseRight]
	lo, hi := Wilson(k, n)
	fmt.Fprintf(w, "improvement rate: %d of %d = %.3f (Wilson 95%%: %.3f to %.3f)\n", k, n, float64(k)/math.Max(1, float64(n)), lo, hi)
	return nil
}

// Wilson is the Wilson score interval at 95% for k successes of n; (0, 1)
// for no trials.
func Wilson(k, n int) (float64, float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.959964
	p, nn := float64(k)/float64(n), float64(n)
	d := 1 + z*z/nn
	c := (p + z*z/(2*nn)) / d
	h := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn)) / d
	return c - h, c + h
}
