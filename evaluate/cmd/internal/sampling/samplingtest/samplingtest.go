// Package samplingtest writes the files a corpus sampler's tests read: an
// article and newsgraph extract's output for it.
package samplingtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
