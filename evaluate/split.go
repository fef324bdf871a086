package evaluate

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Part is the half of the gold an article belongs to. Rules may be tuned on
// Dev; Test is scored only in aggregate, so that nobody tunes on it.
type Part string

// The two parts of the gold.
const (
	Dev  Part = "dev"
	Test Part = "test"
)

// Split assigns each gold article id to its part.
type Split map[string]Part

// ReadSplit reads JSON Lines of {"id": ..., "split": "dev"|"test"}. Errors
// name the 1-based line: a missing id, an unknown part, or an id listed twice
// (an article must sit in exactly one part).
func ReadSplit(r io.Reader) (Split, error) {
	br := bufio.NewReader(r)
	s := Split{}
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return s, fmt.Errorf("line %d: %w", line, err)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var rec struct {
				ID    string `json:"id"`
				Split Part   `json:"split"`
			}
			if jerr := json.Unmarshal(t, &rec); jerr != nil {
				return s, fmt.Errorf("line %d: %w", line, jerr)
			}
			if rec.ID == "" {
				return s, fmt.Errorf("line %d: missing id", line)
			}
			if rec.Split != Dev && rec.Split != Test {
				return s, fmt.Errorf("line %d: article %q: split %q, want %q or %q", line, rec.ID, rec.Split, Dev, Test)
			}
			if _, dup := s[rec.ID]; dup {
				return s, fmt.Errorf("line %d: article %q listed twice", line, rec.ID)
			}
			s[rec.ID] = rec.Split
		}
		if err != nil {
			return s, nil
		}
	}
}

// Partition divides gold docs into the two parts, keeping their order. A gold
// article that the split does not assign is an error: scoring it in either
// part by default could leak a test article into dev.
func (s Split) Partition(gold []Doc) (dev, test []Doc, err error) {
	var unassigned []string
	for _, d := range gold {
		switch s[d.ID] {
		case Dev:
			dev = append(dev, d)
		case Test:
			test = append(test, d)
		default:
			unassigned = append(unassigned, d.ID)
		}
	}
	if len(unassigned) > 0 {
		return nil, nil, fmt.Errorf("%d gold articles have no split: %s", len(unassigned), strings.Join(unassigned, ", "))
	}
	return dev, test, nil
}

// SplitReport scores the two parts separately. Test holds totals only: its
// per-article reports are dropped when it is built, so no diff of a test
// article can be printed by mistake.
type SplitReport struct {
	Dev  Report
	Test Report // Articles is nil; counts and totals only
}

// ScoreSplit scores predictions against the gold of each part.
func ScoreSplit(gold, predicted []Doc, split Split) (SplitReport, error) {
	dev, test, err := split.Partition(gold)
	if err != nil {
		return SplitReport{}, err
	}
	r := SplitReport{Dev: Score(dev, predicted), Test: Score(test, predicted)}
	r.Test.Articles = nil
	// Predictions are scored in the part that has their gold; they are not
	// "without gold" just because the other part holds it.
	r.Dev.UnscoredPredictions = withoutGold(r.Dev.UnscoredPredictions, gold)
	r.Test.UnscoredPredictions = withoutGold(r.Test.UnscoredPredictions, gold)
	return r, nil
}

func withoutGold(ids []string, gold []Doc) []string {
	return slices.DeleteFunc(ids, func(id string) bool {
		return slices.ContainsFunc(gold, func(d Doc) bool { return d.ID == id })
	})
}

// metricOrder is the order in which tables list metrics.
var metricOrder = []string{
	"people.precision", "people.recall", "people.f1", "affiliation.accuracy",
	"held.precision", "held.recall", "held.f1", "all.precision", "all.recall", "all.f1",
	"held.kind", "held.place", "all.kind", "all.place",
}

// Gap is dev minus test for every metric of Report.Metrics: the measure of
// how much the rules fit the articles they were tuned on better than the rest.
func (s SplitReport) Gap() map[string]float64 {
	d, t := s.Dev.Metrics(), s.Test.Metrics()
	g := map[string]float64{}
	for k, v := range d {
		g[k] = v - t[k]
	}
	return g
}

// WriteTables prints the dev table, the test table and the dev-test gap.
// It never prints anything per article.
func (s SplitReport) WriteTables(w io.Writer) error {
	var b strings.Builder
	b.WriteString("== dev (may be read and tuned on)\n")
	_ = s.Dev.WriteTable(&b)
	fmt.Fprintf(&b, "\n== test (aggregate only; never read its per-article errors)\n")
	_ = s.Test.WriteTable(&b)
	fmt.Fprintf(&b, "\n== gap (dev - test)\n")
	d, t, g := s.Dev.Metrics(), s.Test.Metrics(), s.Gap()
	fmt.Fprintf(&b, "%-22s %6s %6s %7s\n", "metric", "dev", "test", "gap")
	if s.Dev.Scored == 0 || s.Test.Scored == 0 {
		b.WriteString("n/a: a part has no gold articles\n")
	} else {
		for _, k := range metricOrder {
			fmt.Fprintf(&b, "%-22s %6.3f %6.3f %+7.3f\n", k, d[k], t[k], g[k])
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

//go:embed testdata/split.jsonl
var projectSplit []byte

// ProjectSplit is the project's own split of its gold (testdata/split.jsonl),
// built in so that the score command cannot be run without it and so print a
// test article's errors.
func ProjectSplit() Split {
	s, err := ReadSplit(bytes.NewReader(projectSplit))
	if err != nil {
		panic("evaluate: testdata/split.jsonl: " + err.Error()) // TestProjectSplit guards this
	}
	return s
}
