package evaluate

import (
	"encoding/json"
	"fmt"
	"os"

	"newsgraph/internal/jsonl"
)

// ClosedIDs are the articles no corpus scan may read: the gold's test part,
// the unseen batches P and Q (selection's "like-test-pq" draw) and the
// batches N and O (its "several-no" draw), the last session's unseen ones,
// kept out so that the open corpus only ever shrinks. It refuses any other
// count than 140, so that a moved split or selection cannot open a closed
// article to a sampler.
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
		if s.Draw == "several-no" || s.Draw == "like-test-pq" {
			closed[s.ID] = true
		}
	}
	if len(closed) != 91+23+26 {
		return nil, fmt.Errorf("closed ids: %d, want 140 (91 test, 23 of batches N and O, 26 of P and Q)", len(closed))
	}
	return closed, nil
}
