package schema

import (
	"strings"
	"testing"
)

// CompareEdgeIDs orders two edges as their joined ids compare, where one
// part is a prefix of the other's, where a part holds the separator or
// bytes on either side of it ('{' < '|' < '}'), and with and without keys.
func TestCompareEdgeIDsIsTheJoinedIDsOrder(t *testing.T) {
	parts := []string{"", "a", "ab", "a|", "a|b", "a{", "a}", "|", "b", "é", "A"}
	var edges []Edge
	for _, from := range parts {
		for _, typ := range []string{"IN", "I", "IN|"} {
			for _, to := range parts[:6] {
				for _, key := range []string{"", "a", "|"} {
					edges = append(edges, Edge{From: from, Type: typ, To: to, Key: key})
				}
			}
		}
	}
	for _, a := range edges {
		for _, b := range edges {
			if got, want := CompareEdgeIDs(a, b), strings.Compare(a.EdgeID(), b.EdgeID()); got != want {
				t.Fatalf("CompareEdgeIDs(%q, %q) = %d, want %d", a.EdgeID(), b.EdgeID(), got, want)
			}
		}
	}
}
