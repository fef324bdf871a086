package memstore

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"newsgraph/schema"
)

// journalLine appends one entry to the journal (see appendJournal); it
// does nothing for a store in memory only.
func (s *Store) journalLine(e journalEntry) error {
	if s.journal == nil {
		return nil
	}
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("memstore: %w", err)
	}
	return s.appendJournal(append(b, '\n'))
}

// storedHashes returns the content hash of every stored article among the
// graphs' ("" for one stored without a hash). The caller holds a lock.
func (s *Store) storedHashes(graphs []schema.ArticleGraph) map[string]string {
	out := map[string]string{}
	for _, g := range graphs {
		if n := s.nodes[schema.ArticleID(g.ArticleID)]; n != nil {
			out[g.ArticleID] = n.Props[schema.PropContentHash]
		}
	}
	return out
}

// retract removes the statements of articles whose text changed, by the
// rules on schema.RetractEvidence. It rebuilds the search index, which
// cannot forget a node's words: a retraction is rare (a changed article),
// so a rebuild is the price of an index that is small the rest of the
// time. The caller holds the write lock.
func (s *Store) retract(articles []string) error {
	touched := map[string]bool{}
	// 1. The article's own edges and node.
	for _, a := range articles {
		id := schema.ArticleID(a)
		if s.nodes[id] == nil {
			continue
		}
		s.removeNodeAndEdges(id, touched)
		delete(s.written, a)
	}
	// 2. Its evidence on every other edge.
	var empty []*schema.Edge // removed after the walk over the lists
	for _, a := range s.out {
		for _, t := range a {
			for _, e := range t.edges {
				ev, found := schema.RetractEvidence(e.Evidence, articles)
				if !found {
					continue
				}
				touched[e.From], touched[e.To] = true, true
				if len(ev) == 0 {
					empty = append(empty, e)
				} else {
					e.Evidence = ev
				}
			}
		}
	}
	for _, e := range empty {
		s.removeEdge(e)
	}
	// 3. Meetings that no article reports any more.
	for _, id := range sortedKeys(touched) {
		n := s.nodes[id]
		if n == nil || n.Label != schema.LabelMeeting || len(s.in[id].of(schema.RelReports)) > 0 {
			continue
		}
		s.removeNodeAndEdges(id, touched)
	}
	// 3b. The articles' votes on the kinds of the meetings left.
	for _, id := range sortedKeys(touched) {
		if n := s.nodes[id]; n != nil && n.Label == schema.LabelMeeting {
			s.retractKindVotes(n, articles)
		}
	}
	// 4. Nodes left without any edge.
	for _, id := range sortedKeys(touched) {
		n := s.nodes[id]
		if n == nil || n.Label == schema.LabelArticle || len(s.edgesOf(id)) > 0 {
			continue
		}
		s.removeNode(id)
	}
	s.rebuildParties()
	return s.rebuildSearch()
}

// retractKindVotes drops the articles' entries from meeting n's
// PropSourceKinds and gives it the kind the articles left give
// (schema.RetractSourceKinds), on a copy of the node, as apply writes one.
func (s *Store) retractKindVotes(n *schema.Node, articles []string) {
	kinds, kind := schema.RetractSourceKinds(n.Props[schema.PropSourceKinds], n.Props[schema.PropKind], articles)
	if kinds == n.Props[schema.PropSourceKinds] {
		return
	}
	changed := *n
	changed.Props = maps.Clone(n.Props)
	changed.Props[schema.PropSourceKinds], changed.Props[schema.PropKind] = kinds, kind
	s.nodes[n.ID] = &changed
	s.indexMeetingDate(&changed)
}

// edgesOf lists every edge that touches a node, once.
func (s *Store) edgesOf(id string) []*schema.Edge {
	var out []*schema.Edge
	for _, idx := range []map[string]adjacency{s.out, s.in} {
		for _, t := range idx[id] {
			for _, e := range t.edges {
				if e.From != e.To || !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

func (s *Store) removeEdge(e *schema.Edge) {
	s.edgeCount--
	dropIndex(s.out, e.From, e)
	dropIndex(s.in, e.To, e)
}

func dropIndex(idx map[string]adjacency, node string, e *schema.Edge) {
	a := idx[node]
	for i := range a {
		if a[i].typ != e.Type {
			continue
		}
		a[i].edges = slices.DeleteFunc(a[i].edges, func(x *schema.Edge) bool { return x == e })
		if len(a[i].edges) == 0 {
			a = slices.Delete(a, i, i+1)
		}
		break
	}
	if len(a) == 0 {
		delete(idx, node)
	} else {
		idx[node] = a
	}
}

func (s *Store) removeNode(id string) {
	n := s.nodes[id]
	if n == nil {
		return
	}
	delete(s.nodes, id)
	delete(s.byLabel[n.Label], id)
	if n.Label == schema.LabelMeeting {
		if date := n.Props[schema.PropDate]; date != "" {
			delete(s.meetingDates[date], id)
		} else {
			delete(s.undatedMeetings[undatedKeyOf(id)], id)
		}
	}
	s.partyNames.invalidate(n)
	delete(s.texts.refs, id)
}

// rebuildSearch indexes every node anew, in id order, reading the
// articles' texts back.
func (s *Store) rebuildSearch() error {
	s.search = newSearchIndex()
	for _, id := range sortedKeys(s.nodes) {
		text, err := s.texts.read(id)
		if err != nil {
			return err
		}
		s.search.add(s.nodes[id], text)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, strings.Compare)
	return out
}

// removeNodeAndEdges removes node id with all its edges, and marks the
// nodes at both ends of each edge as touched, so that the later steps of
// retract look at them again.
func (s *Store) removeNodeAndEdges(id string, touched map[string]bool) {
	for _, e := range s.edgesOf(id) {
		touched[e.From], touched[e.To] = true, true
		s.removeEdge(e)
	}
	s.removeNode(id)
}
