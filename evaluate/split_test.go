package evaluate

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestReadSplit(t *testing.T) {
	s, err := ReadSplit(strings.NewReader("{\"id\":\"a\",\"split\":\"dev\"}\n\n{\"id\":\"b\",\"split\":\"test\"}"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || s["a"] != Dev || s["b"] != Test {
		t.Errorf("split = %v", s)
	}
	for _, tc := range []struct{ name, in, wantErr string }{
		{"bad JSON names its line", "{\"id\":\"a\",\"split\":\"dev\"}\nnot json\n", "line 2:"},
		{"missing id", "{\"split\":\"dev\"}\n", "line 1: missing id"},
		{"unknown part", "{\"id\":\"a\",\"split\":\"train\"}\n", `line 1: article "a": split "train"`},
		{"an article in two parts", "{\"id\":\"a\",\"split\":\"dev\"}\n{\"id\":\"a\",\"split\":\"test\"}\n", `line 2: article "a" listed twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadSplit(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want it to contain %q", err, tc.wantErr)
			}
		})
	}
}

func TestPartitionRejectsUnassignedGold(t *testing.T) {
	_, _, err := Split{"a": Dev}.Partition([]Doc{{ID: "a"}, {ID: "b"}, {ID: "c"}})
	if err == nil || !strings.Contains(err.Error(), "2 gold articles have no split: b, c") {
		t.Errorf("err = %v", err)
	}
}

func TestScoreSplitScoresPartsApartAndKeepsNoTestArticles(t *testing.T) {
	gold := []Doc{
		{ID: "d", People: []Person{per("Antony Blinken", "US")}},
		{ID: "t", People: []Person{per("Xi Jinping", "CN"), per("Wang Yi", "CN")},
			Meetings: []Meeting{meet("2023-06-19", "held", "Xi Jinping", "Wang Yi")}},
	}
	pred := []Doc{
		{ID: "d", People: []Person{per("Antony Blinken", "US")}},
		{ID: "t", People: []Person{per("Xi Jinping", "TW")}},
		{ID: "x"},
	}
	r, err := ScoreSplit(gold, pred, Split{"d": Dev, "t": Test})
	if err != nil {
		t.Fatal(err)
	}
	if r.Dev.Scored != 1 || r.Test.Scored != 1 {
		t.Errorf("scored dev %d, test %d; want 1 each", r.Dev.Scored, r.Test.Scored)
	}
	if got := r.Dev.Metrics()["people.f1"]; got != 1 {
		t.Errorf("dev people.f1 = %v, want 1", got)
	}
	if got := r.Test.Metrics()["people.recall"]; got != 0.5 {
		t.Errorf("test people.recall = %v, want 0.5", got)
	}
	if got := r.Test.Metrics()["affiliation.accuracy"]; got != 0 {
		t.Errorf("test affiliation = %v, want 0", got)
	}
	if got := r.Gap()["people.recall"]; got != 0.5 {
		t.Errorf("gap people.recall = %v, want 0.5", got)
	}
	if r.Test.Articles != nil {
		t.Errorf("test part keeps %d per-article reports, want none", len(r.Test.Articles))
	}
	// Its intervals are computed before its articles are dropped (one
	// article: no width, at people F1 2/3).
	if got, want := r.Test.Intervals.People, (Interval{2.0 / 3, 2.0 / 3}); got != want {
		t.Errorf("test people F1 interval %v, want %v", got, want)
	}
	// "x" has no gold in either part; "d" and "t" are scored in their own part.
	if len(r.Dev.UnscoredPredictions) != 1 || len(r.Test.UnscoredPredictions) != 1 {
		t.Errorf("unscored: dev %v, test %v; want [x] each", r.Dev.UnscoredPredictions, r.Test.UnscoredPredictions)
	}

	var b strings.Builder
	if err := r.WriteTables(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"== dev", "== test", "== gap (dev - test)", "people.recall           1.000  0.500  +0.500",
		"people                1.000  0.500  0.667            1        0        1  [0.667, 0.667]"} {
		if !strings.Contains(out, want) {
			t.Errorf("tables lack %q:\n%s", want, out)
		}
	}
	for _, leak := range []string{"Xi Jinping", "Wang Yi", "TW"} {
		if strings.Contains(out, leak) {
			t.Errorf("tables show %q of a test article:\n%s", leak, out)
		}
	}
}

// TestProjectSplit checks the split the project scores with: every gold
// article in exactly one part, the 41 articles the rules were tuned on in
// dev, the sampled articles in the part the sampler drew, at least 60 in test.
func TestProjectSplit(t *testing.T) {
	s := ProjectSplit()
	for _, d := range readTestdata(t, "gold-dev.jsonl", "gold-seed.jsonl") {
		if s[d.ID] != Dev {
			t.Errorf("tuned-on article %s is in %q, want dev", d.ID, s[d.ID])
		}
	}
	f, err := os.Open("testdata/selection.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	}()
	sc := bufio.NewScanner(f)
	var sampled []string
	for line := 1; sc.Scan(); line++ {
		var sel struct {
			ID    string `json:"id"`
			Split Part   `json:"split"`
		}
		if err := json.Unmarshal(sc.Bytes(), &sel); err != nil {
			t.Fatalf("selection.jsonl line %d: %v", line, err)
		}
		if s[sel.ID] != sel.Split {
			t.Errorf("sampled article %s is in %q, the sampler drew it for %q", sel.ID, s[sel.ID], sel.Split)
		}
		sampled = append(sampled, sel.ID)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(s) != 41+len(sampled) {
		t.Errorf("split assigns %d articles, want %d (41 + %d sampled)", len(s), 41+len(sampled), len(sampled))
	}
	tests := 0
	for _, p := range s {
		if p == Test {
			tests++
		}
	}
	if tests < 60 {
		t.Errorf("%d test articles, want at least 60", tests)
	}
	// The input file holds the sampled articles in selection order.
	for i, a := range readArticles(t, goldInputs...)[41:] {
		if i >= len(sampled) || a.ID != sampled[i] {
			t.Errorf("gold-annotated-input.jsonl article %d is %s, want the selection's", i+1, a.ID)
			break
		}
	}
	for _, d := range readTestdata(t, goldFiles(t)...) {
		if _, ok := s[d.ID]; !ok {
			t.Errorf("gold article %s has no split", d.ID)
		}
	}
}
