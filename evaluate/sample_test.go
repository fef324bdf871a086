package evaluate

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"newsgraph/internal/sharedcorpus"
)

// TestSamplersReproduceTheSelection reruns each sampler of cmd/sample on the
// shared corpus and checks that it prints its own lines of selection.jsonl
// byte for byte: the gold's draws are random but must stay reproducible, also
// after later draws are appended.
func TestSamplersReproduceTheSelection(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole shared corpus eight times")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	files := sharedcorpus.Files(t)
	corpus := filepath.Dir(files[0])
	selection, err := os.ReadFile("testdata/selection.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(selection, []byte("\n"))
	const nerTraining = "../loader/extract/ner/testdata/usgov-names.jsonl"
	gold := []string{"testdata/gold-dev.jsonl", "testdata/gold-seed.jsonl"}
	for _, tc := range []struct {
		sampler     string
		args        []string
		first, last int // 1-based lines of selection.jsonl
	}{
		{"sample_gold.py", nil, 1, 130},
		{"sample_dev_more.py", []string{"testdata/selection.jsonl"}, 131, 155},
		{"sample_test_more.py", []string{"testdata/selection.jsonl", nerTraining}, 156, 180},
		{"sample_fresh.py", []string{"testdata/selection.jsonl", nerTraining}, 181, 205},
		{"sample_meetings.py", []string{"testdata/selection.jsonl", nerTraining}, 206, 230},
		{"sample_like_test.py", []string{"testdata/selection.jsonl", nerTraining}, 231, 256},
		{"sample_like_test_h.py", []string{"testdata/selection.jsonl", nerTraining}, 257, 282},
		{"sample_several.py", []string{"testdata/selection.jsonl", nerTraining}, 283, 306},
		{"sample_several_kl.py", []string{"testdata/selection.jsonl", nerTraining}, 307, 330},
		{"sample_several_m.py", []string{"testdata/selection.jsonl", nerTraining}, 331, 342},
		{"sample_several_no.py", []string{"testdata/selection.jsonl", nerTraining}, 343, 365},
		{"sample_like_test_pq.py", []string{"testdata/selection.jsonl", nerTraining}, 366, 391},
		{"sample_like_test_rs.py", []string{"testdata/selection.jsonl", nerTraining}, 392, 416},
		{"sample_like_test_tu.py", []string{"testdata/selection.jsonl", nerTraining}, 417, 438},
		{"sample_like_test_vw.py", []string{"testdata/selection.jsonl", nerTraining}, 439, 460},
		{"sample_like_test_xy.py", []string{"testdata/selection.jsonl", nerTraining}, 461, 482},
		{"sample_like_test_zaa.py", []string{"testdata/selection.jsonl", nerTraining}, 483, 504},
		{"sample_like_test_abac.py", []string{"testdata/selection.jsonl", nerTraining}, 505, 526},
		{"sample_like_test_adae.py", []string{"testdata/selection.jsonl", nerTraining}, 527, 544},
		{"sample_like_test_afag.py", []string{"testdata/selection.jsonl", nerTraining}, 545, 562},
	} {
		t.Run(tc.sampler, func(t *testing.T) {
			if tc.last > len(lines) {
				t.Fatalf("selection.jsonl has %d lines, want at least %d", len(lines), tc.last)
			}
			args := append([]string{filepath.Join("cmd", "sample", tc.sampler), corpus}, tc.args...)
			cmd := exec.Command(python, append(args, gold...)...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			got, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v: %v\n%s", cmd.Args, err, stderr.String())
			}
			want := bytes.Join(lines[tc.first-1:tc.last], nil)
			if !bytes.Equal(got, want) {
				t.Errorf("%s printed\n%s\nwant lines %d-%d of selection.jsonl:\n%s", tc.sampler, got, tc.first, tc.last, want)
			}
		})
	}
}

// TestTuningSamplersReproduceTheirSamples reruns the tuning samplers (the
// thirty-ninth stop's travel, summit and meeting articles, the fortieth's White
// House articles) on the open corpus and the testdata as they were when each
// sample was drawn, and checks that they draw their committed samples' articles
// in order: each sample was annotated before the extractor ran on it, and a
// later reader must be able to draw it again, also after later draws close
// more articles.
func TestTuningSamplersReproduceTheirSamples(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole shared corpus")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	corpus := filepath.Dir(sharedcorpus.Files(t)[0])
	asDrawn := map[int][2]string{} // by selection.jsonl's lines then: testdata, open corpus
	drawnAt := func(lines int) (testdata, open string) {
		if d, ok := asDrawn[lines]; ok {
			return d[0], d[1]
		}
		testdata, drawnSince := testdataAsDrawn(t, lines)
		open = filepath.Join(t.TempDir(), "open.jsonl")
		writeOpenCorpus(t, corpus, open, drawnSince)
		asDrawn[lines] = [2]string{testdata, open}
		return testdata, open
	}
	for _, tc := range []struct {
		sampler string
		lines   int // selection.jsonl's lines when the sample was drawn
		args    func(testdata, open string) []string
		sample  string
	}{
		{"sample_travel39.py", tuningSamplesSelectionLines, corpusOpenN(corpus, "50"), "testdata/travel-sample-39.jsonl"},
		{"sample_summit39.py", tuningSamplesSelectionLines, func(testdata, open string) []string {
			return []string{open, "30", testdata}
		}, "testdata/summit-sample-39.jsonl"},
		{"sample_meet39.py", tuningSamplesSelectionLines, corpusOpenN(corpus, "50"), "testdata/meet-sample-39.jsonl"},
		{"sample_white40.py", white40SelectionLines, corpusOpenN(corpus, "50"), "testdata/white-sample-40.jsonl"},
		{"sample_pair41.py", white40SelectionLines, func(testdata, open string) []string {
			return []string{corpus, open, filepath.Join(testdata, "pair-sample-41-people.tsv"), "40", testdata}
		}, "testdata/pair-sample-41.jsonl"},
	} {
		testdata, open := drawnAt(tc.lines)
		args := tc.args(testdata, open)
		t.Run(tc.sampler, func(t *testing.T) {
			cmd := exec.Command(python, append([]string{filepath.Join("cmd", "sample", tc.sampler)}, args...)...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v: %v\n%s", cmd.Args, err, stderr.String())
			}
			sample, err := os.ReadFile(tc.sample)
			if err != nil {
				t.Fatal(err)
			}
			got, want := lineIDs(t, out), lineIDs(t, sample)
			if !slices.Equal(got, want) {
				t.Errorf("%s drew %q, want %s's %q", tc.sampler, got, tc.sample, want)
			}
		})
	}
}

// tuningSamplesSelectionLines is how many lines selection.jsonl had when the
// thirty-ninth stop drew its tuning samples. Later draws append lines and close
// their articles, which were open then.
const tuningSamplesSelectionLines = 544

// white40SelectionLines is how many lines selection.jsonl had when the
// fortieth stop drew white-sample-40, after batches AF and AG, and still had
// when the forty-first drew pair-sample-41 (from the people extract gave at
// main 86902a6, pair-sample-41-people.tsv).
const white40SelectionLines = 562

// corpusOpenN is the arguments of a sampler that reads the corpus, the open
// corpus, how many to draw and the testdata, in that order.
func corpusOpenN(corpus, n string) func(testdata, open string) []string {
	return func(testdata, open string) []string { return []string{corpus, open, n, testdata} }
}

// testdataAsDrawn is a copy of testdata as the samplers read it when
// selection.jsonl had its first lines only: selection.jsonl cut there and
// split.jsonl without the later draws' articles, which it returns.
func testdataAsDrawn(t *testing.T, lines int) (dir string, drawnSince map[string]bool) {
	t.Helper()
	dir = t.TempDir()
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		switch e.Name() {
		case "selection.jsonl":
			all := bytes.SplitAfter(b, []byte("\n"))
			drawnSince = map[string]bool{}
			if since := bytes.Join(all[lines:], nil); len(bytes.TrimSpace(since)) > 0 {
				for _, id := range lineIDs(t, since) {
					drawnSince[id] = true
				}
			}
			b = bytes.Join(all[:lines], nil)
		case "split.jsonl":
			b = withoutIDs(t, b, drawnSince)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, drawnSince
}

// withoutIDs is JSON lines without those whose "id" is in ids.
func withoutIDs(t *testing.T, b []byte, ids map[string]bool) []byte {
	t.Helper()
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 && ids[lineIDs(t, line)[0]] {
			continue
		}
		out.Write(line)
	}
	return out.Bytes()
}

// writeOpenCorpus writes the corpus minus evaluate.ClosedIDs, as
// `datesample -input` does, for the samplers that read the open corpus;
// the articles of reopened stay in, closed only after a sample was drawn.
func writeOpenCorpus(t *testing.T, corpus, path string, reopened map[string]bool) {
	t.Helper()
	closed, err := ClosedIDs("testdata/selection.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for id := range reopened {
		delete(closed, id)
	}
	var open bytes.Buffer
	for _, name := range []string{"diplomacy.jsonl", "general.jsonl"} {
		b, err := os.ReadFile(filepath.Join(corpus, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
			var a struct{ ID string }
			if err := json.Unmarshal(line, &a); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !closed[a.ID] {
				open.Write(line)
				open.WriteByte('\n')
			}
		}
	}
	if err := os.WriteFile(path, open.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lineIDs are the "id"s of JSON lines, in order.
func lineIDs(t *testing.T, b []byte) []string {
	t.Helper()
	var ids []string
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var a struct{ ID string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		ids = append(ids, a.ID)
	}
	return ids
}
