package schema

import (
	"reflect"
	"testing"
)

// A meeting merge whose Into is merged on in the same batch (a month's node
// refined by a day, that day's joined to the next day's: analyst45, on the
// open corpus) ends at the chain's last node, in whichever order the
// merges come.
func TestMergeEndsFollowChains(t *testing.T) {
	graphs := func(merges ...MeetingMerge) []ArticleGraph {
		var out []ArticleGraph
		for _, m := range merges {
			out = append(out, ArticleGraph{ArticleID: "a", Absorb: []MeetingMerge{m}})
		}
		return out
	}
	ab, bc, ba, cd := MeetingMerge{"meeting:a", "meeting:b"}, MeetingMerge{"meeting:b", "meeting:c"}, MeetingMerge{"meeting:b", "meeting:a"}, MeetingMerge{"meeting:c", "meeting:d"}
	tests := []struct {
		name   string
		graphs []ArticleGraph
		want   map[string]string
	}{
		{"none", nil, map[string]string{}},
		{"one merge", graphs(ab), map[string]string{"meeting:a": "meeting:b"}},
		{"a chain in its order", graphs(ab, bc, cd), map[string]string{"meeting:a": "meeting:d", "meeting:b": "meeting:d", "meeting:c": "meeting:d"}},
		{"a chain listed backwards", graphs(cd, bc, ab), map[string]string{"meeting:a": "meeting:d", "meeting:b": "meeting:d", "meeting:c": "meeting:d"}},
		{"two merges in one graph", []ArticleGraph{{Absorb: []MeetingMerge{ab, bc}}}, map[string]string{"meeting:a": "meeting:c", "meeting:b": "meeting:c"}},
		{"a From's first merge is its own", graphs(ab, MeetingMerge{"meeting:a", "meeting:x"}), map[string]string{"meeting:a": "meeting:b"}},
		{"a cycle merges nowhere", graphs(ab, ba), map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MergeEnds(tt.graphs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("MergeEnds = %v, want %v", got, tt.want)
			}
		})
	}
}
