package graph

import (
	"encoding/json"
	"testing"

	"newsgraph/schema"
)

// TestGraphElementsEncodeAsEncodingJSON checks that the appended elements
// are byte for byte what json.Marshal writes for the same nodes and edges,
// escapes included, and with degrees, each node's after its type.
func TestGraphElementsEncodeAsEncodingJSON(t *testing.T) {
	type node struct {
		ID     string `json:"id"`
		Label  string `json:"label"`
		Type   string `json:"type"`
		Degree *int   `json:"degree,omitempty"`
	}
	type edge struct {
		ID     string `json:"id"`
		Source string `json:"source"`
		Target string `json:"target"`
		Type   string `json:"type"`
	}
	reference := func(sub schema.Subgraph, degrees map[string]int) string {
		out := struct {
			Nodes []node `json:"nodes"`
			Edges []edge `json:"edges"`
		}{[]node{}, []edge{}}
		for _, n := range sub.Nodes {
			var d *int
			if degrees != nil {
				d = new(degrees[n.ID])
			}
			out.Nodes = append(out.Nodes, node{n.ID, displayName(n), n.Label, d})
		}
		for _, e := range sub.Edges {
			out.Edges = append(out.Edges, edge{e.EdgeID(), e.From, e.To, e.Type})
		}
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, tc := range []struct {
		name string
		sub  schema.Subgraph
	}{
		{"empty", schema.Subgraph{}},
		{"plain", schema.Subgraph{
			Nodes: []schema.Node{{Label: "Person", ID: "person:xi-jinping", Name: "Xi Jinping"}, {Label: "Meeting", ID: "meeting:1"}},
			Edges: []schema.Edge{{Type: "ATTENDED", From: "person:xi-jinping", To: "meeting:1"}, {Type: "AFFILIATED_WITH", From: "person:xi-jinping", To: "country:CN", Key: "president"}},
		}},
		{"names that encoding/json escapes", schema.Subgraph{
			Nodes: []schema.Node{
				{Label: "Person", ID: "person:nauseda", Name: "Gitanas Nausėda"},
				{Label: "Organization", ID: "org:a&b", Name: `AT&T <"Bell"> \ co`},
				{Label: "Issue", ID: "issue:tab", Name: "line\tbreak\nand \u2028 \u2029 \x7f"},
				{Label: "Place", ID: "place:bad", Name: "invalid \xff utf-8"},
			},
			Edges: []schema.Edge{
				{Type: "AFFILIATED_WITH", From: "org:a&b", To: "country:US", Key: "<chair>"},
				{Type: "IN", From: "place:bad", To: "country:\xc3", Key: "\xa9"}, // an invalid sequence whose end the id completes
				{Type: "DISCUSSED", From: "meeting:é", To: "issue:tab"},
			},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := string(graphElements(tc.sub, nil)), reference(tc.sub, nil); got != want {
				t.Errorf("graphElements =\n%s\nwant\n%s", got, want)
			}
			degrees := map[string]int{}
			for i, n := range tc.sub.Nodes {
				degrees[n.ID] = 7 * i // the first 0, which omitempty would drop from a plain int
			}
			if got, want := string(graphElements(tc.sub, degrees)), reference(tc.sub, degrees); got != want {
				t.Errorf("graphElements with degrees =\n%s\nwant\n%s", got, want)
			}
		})
	}
}
