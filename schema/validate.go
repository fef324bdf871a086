package schema

import (
	"fmt"
	"slices"
)

// Validate checks that an article graph can be written whole: every node has
// a stable id whose prefix matches its label and a name, and every edge has a
// known type and joins two nodes of the same graph. Stores validate before
// they write, so a bad graph is refused before anything is half-written.
func Validate(g ArticleGraph) error {
	if g.ArticleID == "" {
		return fmt.Errorf("graph without an article id")
	}
	ids := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if n.ID == "" || LabelOf(n.ID) != n.Label {
			return fmt.Errorf("article %s: node %q: id does not match label %q", g.ArticleID, n.ID, n.Label)
		}
		if n.Name == "" {
			return fmt.Errorf("article %s: node %q has no name", g.ArticleID, n.ID)
		}
		ids[n.ID] = true
	}
	for _, e := range g.Edges {
		if !slices.Contains(RelTypes, e.Type) {
			return fmt.Errorf("article %s: unknown relationship type %q", g.ArticleID, e.Type)
		}
		if !ids[e.From] || !ids[e.To] {
			return fmt.Errorf("article %s: %s edge %s -> %s joins a node the graph lacks", g.ArticleID, e.Type, e.From, e.To)
		}
	}
	for _, m := range g.Absorb {
		if LabelOf(m.From) != LabelMeeting || LabelOf(m.Into) != LabelMeeting || m.From == m.Into || !ids[m.Into] {
			return fmt.Errorf("article %s: meeting merge %s -> %s: want two meetings, the second of the graph", g.ArticleID, m.From, m.Into)
		}
	}
	return nil
}

// ValidateAll validates every graph of a batch, stopping at the first bad
// one: a store refuses the whole batch.
func ValidateAll(graphs []ArticleGraph) error {
	for _, g := range graphs {
		if err := Validate(g); err != nil {
			return err
		}
	}
	return nil
}
