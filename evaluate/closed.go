package evaluate

import (
	"encoding/json"
	"fmt"
	"os"

	"newsgraph/internal/jsonl"
)

// ClosedIDs are the articles no corpus scan may read: the gold's test part,
// the unseen batches T and U (selection's "like-test-tu" draw), and the
// batches N to S (its "several-no", "like-test-pq" and "like-test-rs" draws),
// earlier sessions' unseen ones, kept out so that the open corpus only ever
// shrinks. It refuses any other count than 187, so that a moved split or selection
// cannot open a closed article to a sampler.
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
		if s.Draw == "several-no" || s.Draw == "like-test-pq" || s.Draw == "like-test-rs" || s.Draw == "like-test-tu" {
			closed[s.ID] = true
		}
	}
	if len(closed) != 91+23+26+25+22 {
		return nil, fmt.Errorf("closed ids: %d, want 187 (91 test, 23 of batches N and O, 26 of P and Q, 25 of R and S, 22 of T and U)", len(closed))
	}
	return closed, nil
}
