package sampling

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/loader/extract"
)

func TestRunRefusesATestArticle(t *testing.T) {
	dir := t.TempDir()
	// whitehouse-47396 is of the test part
	var files []string
	for _, name := range []string{"arts.jsonl", "ext.jsonl"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(`{"id":"whitehouse-47396"}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	none := func(extract.Article, extract.Result) []Record { return nil }
	var out, errs bytes.Buffer
	args := []string{"-articles", files[0], "-extracted", files[1], "-selection", "../../../testdata/selection.jsonl"}
	if code := Run("sample", "held", args, &out, &errs, none); code != 1 || !strings.Contains(errs.String(), "test or unseen") {
		t.Errorf("exit %d, %q: want 1 and a refusal", code, errs.String())
	}
}

func TestUnpairedCountsEachPairOfTheSentenceOnceAndSkipsHeldPairs(t *testing.T) {
	blinken := Official{Name: "Antony Blinken", Country: "US"}
	wang := Official{Name: "Wang Yi", Country: "CN"}
	yoon := Official{Name: "Yoon Suk-yeol", Country: "KR"}
	austin := Official{Name: "Lloyd Austin", Country: "US"}
	heldBlinkenWang := extract.Result{Meetings: []extract.Meeting{
		{Participants: []string{"Antony Blinken", "Wang Yi"}, Status: "held"},
	}}
	for _, tc := range []struct {
		name       string
		r          extract.Result
		status     string
		xs, ys, in []Official
		want       []string
	}{
		{"two of the sentence: once, not both ways round", extract.Result{}, "held",
			[]Official{blinken, wang}, []Official{blinken, wang}, []Official{blinken, wang},
			[]string{"Antony Blinken (US) + Wang Yi (CN)"}},
		{"one country: no pair", extract.Result{}, "held",
			[]Official{blinken, austin}, []Official{blinken, austin}, []Official{blinken, austin}, nil},
		{"a pair a meeting of the status holds: none", heldBlinkenWang, "held",
			[]Official{blinken, wang}, []Official{blinken, wang}, []Official{blinken, wang}, nil},
		{"held together, but not in a planned meeting: the pair", heldBlinkenWang, "planned",
			[]Official{blinken}, []Official{wang}, []Official{blinken, wang},
			[]string{"Antony Blinken (US) + Wang Yi (CN)"}},
		{"one named outside the sentence: paired whatever the names' order", extract.Result{}, "held",
			[]Official{yoon, wang}, []Official{wang}, []Official{wang},
			[]string{"Yoon Suk-yeol (KR) + Wang Yi (CN)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Unpaired(tc.r, tc.status, tc.xs, tc.ys, tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Unpaired = %q, want %q", got, tc.want)
			}
		})
	}
}
