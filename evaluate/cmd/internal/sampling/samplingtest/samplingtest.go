// Package samplingtest writes the files a corpus sampler's tests read: an
// article and newsgraph extract's output for it.
package samplingtest

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling"
)

// Selection is the gold's selection file seen from a sampler's folder.
const Selection = "../../testdata/selection.jsonl"

// Draw runs a sampler's command on the articles and extraction files with
// Selection and the extra arguments, fails the test unless it exits 0, and
// returns each drawn record as "draw | sentence | pairs | given" and what
// the command told stderr.
func Draw(t *testing.T, run func([]string, io.Writer, io.Writer) int, arts, ext string, extra ...string) ([]string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(append([]string{"-articles", arts, "-extracted", ext, "-selection", Selection}, extra...), &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r sampling.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Draw+" | "+r.Sentence+" | "+strings.Join(r.Pairs, "; ")+" | "+strings.Join(r.Given, "; "))
	}
	return got, errs.String()
}

// WriteFile writes text to dir/name and returns the path.
func WriteFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Article is one article (a JSON line) and its extraction, each official's mentions
// found in the text by name (every occurrence, with its line as the
// sentence), and the given meetings.
func Article(t *testing.T, id, text string, officials map[string]string, meetings []map[string]any) (string, string) {
	t.Helper()
	art, err := json.Marshal(map[string]string{"id": id, "title": "T", "date": "2022-02-07", "text": text})
	if err != nil {
		t.Fatal(err)
	}
	var people, entities []map[string]any
	for name, cc := range officials {
		pid := "person:" + name
		people = append(people, map[string]any{"id": pid, "name": name, "country": cc})
		var ms []map[string]int
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			s := strings.LastIndexByte(text[:i+j], '\n') + 1
			e := strings.IndexByte(text[i+j:], '\n')
			if e < 0 {
				e = len(text)
			} else {
				e += i + j
			}
			ms = append(ms, map[string]int{"start": i + j, "end": i + j + len(name), "sentenceStart": s, "sentenceEnd": e})
			i += j + len(name)
		}
		entities = append(entities, map[string]any{"id": pid, "type": "Person", "name": name, "mentions": ms})
	}
	res, err := json.Marshal(map[string]any{"id": id, "people": people, "entities": entities, "meetings": meetings})
	if err != nil {
		t.Fatal(err)
	}
	return string(art), string(res)
}
