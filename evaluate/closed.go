package evaluate

import (
	"encoding/json"
	"fmt"
	"os"

	"newsgraph/internal/jsonl"
)

// ClosedIDs are the articles no corpus scan may read: the gold's test part,
// the unseen batches AF and AG (selection's "like-test-afag" draw), and the
// batches N to AE (its "several-no", "like-test-pq", "like-test-rs",
// "like-test-tu", "like-test-vw", "like-test-xy", "like-test-zaa",
// "like-test-abac" and "like-test-adae" draws),
// earlier sessions' unseen ones, kept out so that the open corpus only ever
// shrinks. It refuses any other count than 311, so that a moved split or selection
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
		if s.Draw == "several-no" || s.Draw == "like-test-pq" || s.Draw == "like-test-rs" || s.Draw == "like-test-tu" ||
			s.Draw == "like-test-vw" || s.Draw == "like-test-xy" || s.Draw == "like-test-zaa" ||
			s.Draw == "like-test-abac" || s.Draw == "like-test-adae" || s.Draw == "like-test-afag" {
			closed[s.ID] = true
		}
	}
	if len(closed) != 91+23+26+25+22+22+22+22+22+18+18 {
		return nil, fmt.Errorf("closed ids: %d, want 311 (91 test, 23 of batches N and O, 26 of P and Q, 25 of R and S, 22 of T and U, 22 of V and W, 22 of X and Y, 22 of Z and AA, 22 of AB and AC, 18 of AD and AE, 18 of AF and AG)", len(closed))
	}
	return closed, nil
}
