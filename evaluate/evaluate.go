// Package evaluate scores `newsgraph extract` output against hand-checked gold
// answers.
//
// Both sides are JSON Lines of Doc: one article per line with its people and
// meetings, the shape defined in testdata/GUIDELINES.md. What counts as a
// match (name folding, date precision, 1/(n-1) pair weights) follows those
// guidelines; where they are silent the choice is documented on the function
// that makes it.
//
// The gold is split by article into a dev and a test part (Split,
// testdata/split.jsonl); ScoreSplit scores them apart and keeps only totals
// for test, so that no one tunes the rules on the held-out articles.
//
// Run it with `go run ./evaluate/cmd/score -gold GOLD.jsonl PRED.jsonl`.
package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Doc is the extraction of one article, in the gold shape. Extra fields (the
// extractor also writes entities, issues, evidence) are ignored when reading.
type Doc struct {
	ID       string    `json:"id"`
	People   []Person  `json:"people"`
	Meetings []Meeting `json:"meetings"`
}

// Person is an official named in the article.
//
// Role may be JSON null; it reads as "" and the scorer treats "" and null
// alike (the extractor writes "" for "none").
type Person struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Role    string `json:"role"`
}

// Meeting is an encounter between named officials. Date and Place may be JSON
// null; they read as "", which the scorer treats as null.
type Meeting struct {
	Participants []string `json:"participants"`
	Kind         string   `json:"kind"`
	Date         string   `json:"date"`
	Place        string   `json:"place"`
	Status       string   `json:"status"`
}

// ReadDocs reads JSON Lines of Doc. Blank lines are skipped. Errors name the
// 1-based line number, and a missing or repeated id is an error, because a
// second line for the same article would otherwise be silently ignored by
// Score.
func ReadDocs(r io.Reader) ([]Doc, error) {
	// bufio.Reader rather than Scanner: an article line has no length limit.
	br := bufio.NewReader(r)
	var docs []Doc
	firstLine := map[string]int{}
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return docs, fmt.Errorf("line %d: %w", line, err)
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // UTF-8 BOM from some editors
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var d Doc
			if jerr := json.Unmarshal(t, &d); jerr != nil {
				return docs, fmt.Errorf("line %d: %w", line, jerr)
			}
			if d.ID == "" {
				return docs, fmt.Errorf("line %d: missing id", line)
			}
			if first, dup := firstLine[d.ID]; dup {
				return docs, fmt.Errorf("line %d: duplicate id %q (first on line %d)", line, d.ID, first)
			}
			firstLine[d.ID] = line
			docs = append(docs, d)
		}
		if err != nil { // io.EOF, after handling a last line without '\n'
			return docs, nil
		}
	}
}
