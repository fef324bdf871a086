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
	"encoding/json"
	"fmt"
	"io"
	"newsgraph/internal/jsonl"
)

// Doc is the extraction of one article, in the gold shape. Extra fields (the
// extractor also writes entities, issues, evidence) are ignored when reading.
type Doc struct {
	ID string `json:"id"`
	// Published is the article's date, where the doc carries it (the gold
	// does not). The scorer uses it only to say whether a disagreeing
	// meeting date is the article's own (HeldCauses.MissedDateBy).
	Published string    `json:"published,omitempty"`
	People    []Person  `json:"people"`
	Meetings  []Meeting `json:"meetings"`
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
	var docs []Doc
	firstLine := map[string]int{}
	for l, err := range jsonl.Lines(r) {
		if err != nil {
			return docs, fmt.Errorf("line %d: %w", l.Number, err)
		}
		var d Doc
		if err := json.Unmarshal(l.Bytes, &d); err != nil {
			return docs, fmt.Errorf("line %d: %w", l.Number, err)
		}
		if d.ID == "" {
			return docs, fmt.Errorf("line %d: missing id", l.Number)
		}
		if first, dup := firstLine[d.ID]; dup {
			return docs, fmt.Errorf("line %d: duplicate id %q (first on line %d)", l.Number, d.ID, first)
		}
		firstLine[d.ID] = l.Number
		docs = append(docs, d)
	}
	return docs, nil
}
