package evaluate

import (
	"encoding/json"
	"fmt"
	"os"

	"newsgraph/internal/jsonl"
)

// ClosedIDs are the articles no corpus scan may read: the gold's test part
// and the unseen batches N and O (selection's "several-no" draw). It refuses
// any other count than 114, so that a moved split or selection cannot open a
// closed article to a sampler.
func ClosedIDs(selection string) (map[string]bool, error) {
	closed := map[string]bool{}
	for id, part := range ProjectSplit() {
		if part == Test {
			closed[id] = true
		}
	}
	f, err := os.Open(selection)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	for line, err := range jsonl.Lines(f) {
		if err != nil {
			return nil, err
		}
		var s struct{ ID, Draw string }
		if err := json.Unmarshal(line.Bytes, &s); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", selection, line.Number, err)
		}
		if s.Draw == "several-no" {
			closed[s.ID] = true
		}
	}
	if len(closed) != 91+23 {
		return nil, fmt.Errorf("closed ids: %d, want 114 (91 test, 23 of batches N and O)", len(closed))
	}
	return closed, nil
}
