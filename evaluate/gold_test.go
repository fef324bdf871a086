// This file scores the real extractor against the gold answers:
//
//	go test -run TestGoldFloors -v ./evaluate/

package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"newsgraph/loader/extract"
)

// floors: set from measured results, as a regression guard. Measured
// 2026-11-29: people P 1.000 R 0.967 F1 0.983, affiliation 1.000, held pairs
// P 1.000 R 0.929 F1 0.963, all pairs P 1.000 R 0.935 F1 0.967.
var floors = map[string]float64{
	"people.precision":     0.98,
	"people.recall":        0.95,
	"people.f1":            0.97,
	"affiliation.accuracy": 0.98,
	"held.precision":       0.97,
	"held.recall":          0.9,
	"held.f1":              0.94,
	"all.precision":        0.97,
	"all.recall":           0.91,
	"all.f1":               0.94,
}

func TestGoldFloors(t *testing.T) {
	gold := readTestdata(t, "gold-dev.jsonl", "gold-seed.jsonl")
	var preds []Doc
	for _, a := range readArticles(t, "gold-dev-input.jsonl", "seed.jsonl") {
		res, err := extract.Extract(a)
		if err != nil {
			t.Errorf("%s: Extract: %v", a.ID, err)
			continue
		}
		// Through JSON and ReadDocs, as `newsgraph extract | score` would:
		// this checks the JSON interface, not just the Go types.
		b, err := json.Marshal(res)
		if err != nil {
			t.Errorf("%s: marshal result: %v", a.ID, err)
			continue
		}
		docs, err := ReadDocs(bytes.NewReader(b))
		if err != nil || len(docs) != 1 {
			t.Errorf("%s: result JSON does not read back as one Doc (%d docs): %v", a.ID, len(docs), err)
			continue
		}
		if docs[0].ID != a.ID {
			t.Errorf("result id %q for article %q", docs[0].ID, a.ID)
		}
		preds = append(preds, docs[0])
	}

	r := Score(gold, preds)
	t.Logf("extractor against gold-dev + gold-seed:\n%s", r)
	var diffs bytes.Buffer
	_ = r.WriteDiffs(&diffs)

	metrics := r.Metrics()
	names := make([]string, 0, len(floors))
	for name := range floors {
		names = append(names, name)
	}
	slices.Sort(names)
	failed := false
	for _, name := range names {
		got, ok := metrics[name]
		if !ok {
			t.Errorf("floor for unknown metric %q", name)
			continue
		}
		if got < floors[name] {
			t.Errorf("%s = %.3f, below its floor %.3f", name, got, floors[name])
			failed = true
		}
	}
	if failed || testing.Verbose() {
		t.Logf("per-article diffs:\n%s", diffs.String())
	}
}

// readArticles reads extractor inputs (JSON Lines of articles) from testdata.
func readArticles(t *testing.T, names ...string) []extract.Article {
	t.Helper()
	var out []extract.Article
	for _, n := range names {
		f, err := os.Open("testdata/" + n)
		if err != nil {
			t.Fatal(err)
		}
		br := bufio.NewReader(f)
		for line := 1; ; line++ {
			b, rerr := br.ReadBytes('\n')
			if b = bytes.TrimSpace(b); len(b) > 0 {
				var a extract.Article
				if err := json.Unmarshal(b, &a); err != nil {
					f.Close()
					t.Fatalf("%s line %d: %v", n, line, err)
				}
				out = append(out, a)
			}
			if rerr != nil {
				break
			}
		}
		f.Close()
	}
	if len(out) != 41 {
		t.Fatalf("read %d articles, want 41 (40 dev + seed)", len(out))
	}
	return out
}
