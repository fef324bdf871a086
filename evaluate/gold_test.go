// This file scores the real extractor against the gold answers, dev and test
// apart (per-article diffs of dev only, and with -v dev's unmatched held
// pairs counted by kind):
//
//	go test -run TestGoldFloors -v ./evaluate/

package evaluate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// Floors are a regression guard, one set per part of the gold: each is the
// score measured when the gold last changed, less 0.02, rounded down to 0.01.
// The measured scores are in the commit that set them and in the README.
var devFloors = map[string]float64{
	// Reset when 25 fresh articles joined the dev part (gold-annotated-E,
	// 130 -> 155 articles), when one name in it was corrected, and when 25
	// more, drawn from the diplomacy kinds for their meetings, joined it
	// (gold-annotated-F, 155 -> 180): the measurement changed, not the
	// extractor. Raised with the ninth stop's rules (held F1 0.873 -> 0.891)
	// and the tenth's (held recall 0.835 -> 0.857, held F1 0.891 -> 0.904,
	// all F1 0.893 -> 0.905), and with the rules of dev's own misses read as
	// rules of language (mtg10l: held recall 0.869 -> 0.904, held F1 0.913 ->
	// 0.939, all F1 0.914 -> 0.937), and with the hosts of a trip abroad
	// (mtg10m: affiliation 0.990 -> 0.993, held P/R/F1 0.977 / 0.930 /
	// 0.953, all 0.977 / 0.923 / 0.949). Batch H (gold-annotated-H, 206 ->
	// 232 articles) moved none by the rule: people 0.992 / 0.951 / 0.971,
	// affiliation 0.994, held 0.972 / 0.935 / 0.953, all 0.973 / 0.923 /
	// 0.947. Raised with "looking forward to seeing" an official (mtg10n:
	// all recall 0.923 -> 0.928, all F1 0.947 -> 0.950). Reset by the rule
	// when batch I, 12 articles that tell several encounters, joined dev
	// (gold-annotated-I, 232 -> 244 articles; 16 of its 29 meetings are
	// planned): people 0.988 / 0.954 / 0.971, affiliation 0.992, held 0.962 /
	// 0.913 / 0.937, all 0.963 / 0.883 / 0.921. With batch J too
	// (gold-annotated-J, 244 -> 256 articles; 11 of its 18 meetings are
	// planned): people 0.988 / 0.957 / 0.972, affiliation 0.991, held 0.959
	// / 0.916 / 0.937, all 0.959 / 0.888 / 0.922, so the two precision
	// floors go 0.94 -> 0.93 by the rule. Raised with a plan's list of one
	// party's officials at one stop read as one meeting (gold10i: all recall
	// 0.888 -> 0.908, all F1 0.922 -> 0.932). Reset by the rule when batch
	// K, 12 more that tell several encounters, joined dev
	// (gold-annotated-K, 256 -> 268 articles; 22 of its 26 meetings are
	// planned): people 0.987 / 0.949 / 0.967, affiliation 0.991, held 0.949
	// / 0.913 / 0.931, all 0.948 / 0.884 / 0.915. With batch L too
	// (gold-annotated-L, 268 -> 280 articles; 17 of its 31 meetings are
	// held): people 0.986 / 0.951 / 0.968, affiliation 0.992, held 0.937 /
	// 0.893 / 0.914, all 0.930 / 0.872 / 0.900. Raised with a transcript's
	// headline occasion read as its meeting (gold10l, titleEncounter: held
	// recall 0.893 -> 0.902, held F1 0.914 -> 0.919, all F1 0.900 -> 0.903).
	// Reset by the rule when batch M, 12 more that tell several encounters,
	// joined dev (gold-annotated-M, 280 -> 292 articles; 8 of its 14
	// meetings are held): people 0.986 / 0.953 / 0.969, affiliation 0.992,
	// held 0.941 / 0.903 / 0.922, all 0.934 / 0.879 / 0.905, so held
	// precision 0.91 -> 0.92 and held F1 0.89 -> 0.90. Reset by the rule
	// when batch N, 12 of the last 23 of that stratum, joined dev
	// (gold-annotated-N, 292 -> 304 articles; 18 of its 35 meetings are
	// held, held-pair weight 24.0) with main at 27cd545: people 0.986 /
	// 0.951 / 0.968, affiliation 0.995, held 0.930 / 0.876 / 0.902, all
	// 0.928 / 0.852 / 0.889, so held 0.92 / 0.88 / 0.90 -> 0.91 / 0.85 /
	// 0.88 and all 0.91 / 0.85 / 0.88 -> 0.90 / 0.83 / 0.86. Batch O, the
	// other 11 of those 23 (gold-annotated-O; 315 articles with N's), put
	// none below its floor, so they stand (main at e7e8a95, the extractor
	// of 27cd545): people 0.984 / 0.952 / 0.968, affiliation 0.995, held
	// 0.923 / 0.876 / 0.899, all 0.927 / 0.857 / 0.891. Batch Q, 13 in
	// the test part's mix (gold-annotated-Q; 328 articles with the 315),
	// put none below its floor either (main at 3fa9d78, the extractor of
	// 5845ea9): people 0.984 / 0.953 / 0.968, affiliation 0.994, held
	// 0.939 / 0.887 / 0.913, all 0.938 / 0.861 / 0.898. Batch P, the other
	// 13 (gold-annotated-P; 341 articles with Q's), put none below its
	// floor either (main at 4306ff9, the extractor of 5845ea9): people 0.984
	// / 0.952 / 0.968, affiliation 0.994, held 0.938 / 0.882 / 0.909, all
	// 0.940 / 0.850 / 0.893. Batch R, 13 more in the test part's mix
	// (gold-annotated-R; 354 articles with the 341), put none below its
	// floor either (main at 61a79b5, the extractor of 9bbc95b): people
	// 0.985 / 0.951 / 0.967, affiliation 0.994, held 0.947 / 0.880 / 0.912,
	// all 0.946 / 0.849 / 0.895. Batch S, 12 more in the test part's mix
	// (gold-annotated-S; 353 articles with the 341, 366 with batch R), put
	// none below its floor either (main at 5044c48, the extractor of
	// 9bbc95b; on the 366): people 0.985 / 0.952 / 0.968, affiliation
	// 0.994, held 0.945 / 0.883 / 0.913, all 0.945 / 0.852 / 0.896.
	// Batch T, 11 more in the test part's mix (gold-annotated-T; 377
	// articles with the 366), put none below its floor either (main at
	// 60282bd, the extractor of 49771a2): people 0.986 / 0.957 / 0.971,
	// affiliation 0.993, held 0.950 / 0.882 / 0.915, all 0.948 / 0.860 /
	// 0.902 (on the 388 with T and U, main at 2ccaaff: people 0.986 /
	// 0.957 / 0.971, affiliation 0.993, held 0.950 / 0.884 / 0.916, all
	// 0.949 / 0.863 / 0.904).
	// Batch U, 11 more in the test part's mix (gold-annotated-U; 377
	// articles with the 366, 388 with batch T), put none below its floor
	// either (cf985cc, the extractor of 49771a2; on the 377): people 0.987
	// / 0.958 / 0.972, affiliation 0.993, held 0.950 / 0.888 / 0.918, all
	// 0.949 / 0.865 / 0.905.
	// Batches V and W, 22 more in the test part's mix (gold-annotated-V
	// and -W; 410 articles with the 388), put none below its floor either
	// (cec2daa, the extractor of b3d7810): people 0.986 / 0.954 / 0.970,
	// affiliation 0.992, held 0.952 / 0.878 / 0.914, all 0.951 / 0.860 /
	// 0.903; with this stop's rules (88cca9c) people 0.988 / 0.956 / 0.972,
	// affiliation 0.993, held 0.956 / 0.881 / 0.917, all 0.953 / 0.862 /
	// 0.905.
	"people.precision":     0.96,
	"people.recall":        0.93,
	"people.f1":            0.94,
	"affiliation.accuracy": 0.97,
	"held.precision":       0.91,
	"held.recall":          0.85,
	"held.f1":              0.88,
	"all.precision":        0.90,
	"all.recall":           0.83,
	"all.f1":               0.86,
	// Kind and place agreement of matched pairs (Attrs), at the numbers
	// first measured (attrs45, main at d268876): held kind 0.942, held
	// place 0.889, all kind 0.948, all place 0.831. Places raised with an
	// encounter at the Department of State (statedept.go: held place
	// 0.889 -> 0.900, all place 0.831 -> 0.863) and with a plan at its
	// trip's city (tripplace.go: all place 0.863 -> 0.876), and with a plan
	// at its itinerary's city in the country its sentence names
	// (tripitinerary.go, hosts46: all place 0.876 -> 0.8818, 413.37 of 468.77).
	"held.kind":  0.941,
	"held.place": 0.899,
	"all.kind":   0.948,
	"all.place":  0.881,
}

// testFloors guard the held-out part. A failure here names only the metric:
// the test part is never diffed per article.
var testFloors = map[string]float64{
	// Reset when 25 diplomacy articles joined the test part (gold-annotated-D,
	// 66 -> 91 articles): the measurement changed, not the extractor.
	"people.precision":     0.95, // 0.94 until private bodies' heads and quoted reactions measured 0.974
	"people.recall":        0.94, // 0.89 until offices after a comma and a style, agency acronyms and nomination clauses measured 0.932; 0.91 until offices read through an acronym measured 0.943; 0.92 until senior (bureau) officials measured 0.954; 0.93 until issue 10's people forms (rank and surname, ", our", committee titles, lists) measured 0.961
	"people.f1":            0.94, // 0.92 until the eighth stop's people rules measured 0.958, 0.93 until they measured 0.964
	"affiliation.accuracy": 0.97, // 0.94 until offices read through an acronym measured 0.970; 0.95 until the tenth stop's lists measured 0.981
	"held.precision":       0.82,
	"held.recall":          0.63, // 0.62 until the delegation leads' talks measured 0.659
	"held.f1":              0.73, // 0.72 until a paragraph's day carried its month on measured 0.757
	"all.precision":        0.80,
	"all.recall":           0.59,
	"all.f1":               0.70, // 0.68 until a paragraph's day carried its month on measured 0.720
	// Kind and place agreement of matched pairs (Attrs), at the numbers
	// first measured (attrs45, main at d268876).
	"held.kind":  0.854,
	"held.place": 0.896,
	"all.kind":   0.859,
	"all.place":  0.912,
}

// goldFiles lists every gold answer file in testdata: the 41 articles the
// rules were first tuned on, and the annotated random samples.
func goldFiles(t *testing.T) []string {
	t.Helper()
	annotated, err := filepath.Glob("testdata/gold-annotated-[A-Z]*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	files := []string{"gold-dev.jsonl", "gold-seed.jsonl"}
	for _, p := range annotated {
		files = append(files, filepath.Base(p))
	}
	return files
}

// goldInputs are the articles of every gold file.
var goldInputs = []string{"gold-dev-input.jsonl", "seed.jsonl", "gold-annotated-input.jsonl"}

func TestGoldFloors(t *testing.T) {
	gold := readTestdata(t, goldFiles(t)...)
	articles := readArticles(t, goldInputs...)
	input, hasGold := map[string]bool{}, map[string]bool{}
	for _, a := range articles {
		input[a.ID] = true
	}
	for _, g := range gold {
		hasGold[g.ID] = true
		if !input[g.ID] {
			t.Errorf("gold article %s has no input article in testdata", g.ID)
		}
	}
	var preds []Doc
	for _, a := range articles {
		if !hasGold[a.ID] { // sampled, not annotated yet
			continue
		}
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
		docs[0].Published = a.Date // the result does not carry it; HeldCauses use it
		preds = append(preds, docs[0])
	}

	r, err := ScoreSplit(gold, preds, ProjectSplit())
	if err != nil {
		t.Fatal(err)
	}
	var tables bytes.Buffer
	if err := r.WriteTables(&tables); err != nil {
		t.Fatal(err)
	}
	t.Logf("extractor against the gold (%s):\n%s", strings.Join(goldFiles(t), ", "), tables.String())

	devFailed := checkFloors(t, "dev", r.Dev, devFloors)
	checkFloors(t, "test", r.Test, testFloors)
	if devFailed || testing.Verbose() {
		var diffs bytes.Buffer
		if err := r.Dev.WriteDiffs(&diffs); err != nil {
			t.Fatal(err)
		}
		t.Logf("dev, per-article diffs:\n%s", diffs.String())
		texts := map[string]string{}
		for _, a := range articles {
			texts[a.ID] = a.Title + "\n" + a.Text
		}
		var kinds bytes.Buffer
		if err := WriteMissKinds(&kinds, MissKinds(r.Dev.Articles, texts)); err != nil {
			t.Fatal(err)
		}
		t.Logf("dev, held pairs not matched by kind (cause, and the first meeting word of a sentence naming both):\n%s", kinds.String())
	}
}

// checkFloors fails the test for each metric of r below its floor, naming the
// part, and reports whether any did.
func checkFloors(t *testing.T, part string, r Report, floors map[string]float64) bool {
	t.Helper()
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
			t.Errorf("%s: floor for unknown metric %q", part, name)
			continue
		}
		if got < floors[name] {
			t.Errorf("%s: %s = %.3f, below its floor %.3f", part, name, got, floors[name])
			failed = true
		}
	}
	return failed
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
		for l, err := range jsonl.Lines(f) {
			if err != nil {
				t.Fatalf("%s line %d: %v", n, l.Number, err)
			}
			var a extract.Article
			if err := json.Unmarshal(l.Bytes, &a); err != nil {
				t.Fatalf("%s line %d: %v", n, l.Number, err)
			}
			out = append(out, a)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if len(out) != 603 {
		t.Fatalf("read %d articles, want 603 (40 dev + seed + 130 sampled + 25 sampled for dev + 25 for test + 25 fresh for dev + 25 meetings for dev + 26 like test for dev + 26 more like test for dev + 24 telling several encounters for dev + 24 more of them + 12 more + 23 more + 26 more like test + 25 more like test + 22 more like test + 22 more like test + 22 more like test + 22 more like test + 22 more like test + 18 more like test + 18 more like test)", len(out))
	}
	return out
}
