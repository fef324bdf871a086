package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// readmeExample is a GraphQL query of README.md and the answer the README
// prints right after it.
type readmeExample struct {
	line   int // the query's first line in README.md
	query  string
	answer string
}

// fencedBlock is a fenced code block of a Markdown file: its language and its body.
var fencedBlock = regexp.MustCompile("(?ms)^```(\\w*)\n(.*?)^```")

// readmeExamples returns every ```graphql block of the README that a ```json
// block follows: those are told as the server's real answers.
func readmeExamples(t *testing.T, readme string) []readmeExample {
	t.Helper()
	var out []readmeExample
	blocks := fencedBlock.FindAllStringSubmatchIndex(readme, -1)
	for i, b := range blocks {
		lang := readme[b[2]:b[3]]
		if lang != "graphql" || i+1 == len(blocks) {
			continue
		}
		next := blocks[i+1]
		if readme[next[2]:next[3]] != "json" || strings.TrimSpace(readme[b[1]:next[0]]) != "" {
			continue
		}
		out = append(out, readmeExample{
			line:   strings.Count(readme[:b[4]], "\n") + 1,
			query:  readme[b[4]:b[5]],
			answer: readme[next[4]:next[5]],
		})
	}
	return out
}

// TestReadmeExamplesAreTheServersAnswers runs each GraphQL example of
// README.md against `newsgraph serve` on the bundled samples (what `go run .`
// serves) and wants the answer the README prints, so that a rule that
// changes the samples' graph cannot leave the front page telling an old one.
func TestReadmeExamplesAreTheServersAnswers(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := readmeExamples(t, string(raw))
	if len(examples) < 10 {
		t.Fatalf("found %d GraphQL examples with answers in README.md, want at least 10: is the fence syntax changed?", len(examples))
	}
	addr, _ := startServe(t, "--data", t.TempDir())
	for _, ex := range examples {
		var want any
		if err := json.Unmarshal([]byte(ex.answer), &want); err != nil {
			t.Errorf("README.md:%d: the answer after the query is no JSON: %v", ex.line, err)
			continue
		}
		body, err := json.Marshal(map[string]string{"query": ex.query})
		if err != nil {
			t.Fatal(err)
		}
		req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		code, got := httpDo(t, req)
		var gotJSON any
		if err := json.Unmarshal([]byte(got), &gotJSON); err != nil || code != http.StatusOK {
			t.Errorf("README.md:%d: HTTP %d, body %q", ex.line, code, got)
			continue
		}
		if !reflect.DeepEqual(gotJSON, want) {
			t.Errorf("README.md:%d: the server answers\n%s\nbut the README prints\n%s", ex.line, got, ex.answer)
		}
	}
}
