package storetest

import (
	"context"
	"fmt"
	"testing"

	"newsgraph/schema"
)

// BenchmarkRelations measures Store.Relations over ManyMeetings(n), more
// meetings than the 5,000 one answer held before the store counted them.
// The answer is checked once, before the loop.
func BenchmarkRelations(b *testing.B, s schema.Store, n int) {
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{ManyMeetings(n)}, nil); err != nil {
		b.Fatalf("WriteResolved: %v", err)
	}
	q := schema.RelationsQuery{PartyA: "SA", PartyB: "SB", Meetings: 100}
	r, err := s.Relations(context.Background(), q)
	if err != nil {
		b.Fatalf("Relations: %v", err)
	}
	total := 0
	for _, m := range r.Months {
		total += m.Count
	}
	if total != n || len(r.Months) != 60 {
		b.Fatalf("Relations counted %d meetings in %d months, want %d in 60", total, len(r.Months), n)
	}
	for b.Loop() {
		if _, err := s.Relations(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// ManyPaths is a graph for benchmarks of ShortestPath: person:path-a and
// person:path-b each met k people (person:path-m-i) in k meetings each,
// and all of them are officials of one country, a hub that a path may not
// pass through: there are k shortest paths of 4 edges, and the least goes
// through person:path-m-0.
func ManyPaths(k int) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "paths", Sentence: "p"}}
	g := schema.ArticleGraph{ArticleID: "paths", Nodes: []schema.Node{
		{ID: "country:PX", Label: schema.LabelCountry, Name: "Path Country", Props: map[string]string{schema.PropCode: "PX"}},
	}}
	edge := func(from, relType, to, key string) {
		g.Edges = append(g.Edges, schema.Edge{Type: relType, From: from, To: to, Key: key, Evidence: ev})
	}
	person := func(id string) {
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelPerson, Name: id})
		edge(id, schema.RelAffiliatedWith, "country:PX", "official")
	}
	person("person:path-a")
	person("person:path-b")
	for i := range k {
		m := fmt.Sprintf("person:path-m-%d", i)
		person(m)
		for _, end := range []string{"a", "b"} {
			id := fmt.Sprintf("meeting:path-%s-%d", end, i)
			g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelMeeting, Name: id,
				Props: map[string]string{schema.PropDate: "2024-01-01", schema.PropKind: "meeting", schema.PropStatus: "held"}})
			edge("person:path-"+end, schema.RelAttended, id, "")
			edge(m, schema.RelAttended, id, "")
		}
	}
	return g
}

// BenchmarkShortestPath measures Store.ShortestPath over ManyPaths(k),
// checking the answer once before the loop.
func BenchmarkShortestPath(b *testing.B, s schema.Store, k int) {
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{ManyPaths(k)}, nil); err != nil {
		b.Fatalf("WriteResolved: %v", err)
	}
	p, err := s.ShortestPath(context.Background(), "person:path-a", "person:path-b", 6)
	if err != nil {
		b.Fatalf("ShortestPath: %v", err)
	}
	if p == nil || len(p.Edges) != 4 || p.Nodes[2].ID != "person:path-m-0" {
		b.Fatalf("ShortestPath = %+v, want 4 edges through person:path-m-0", p)
	}
	for b.Loop() {
		if _, err := s.ShortestPath(context.Background(), "person:path-a", "person:path-b", 6); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkXiMeetings measures the Xi-shaped query, one person's meetings
// with officials of a party, first page and exact total: over
// ManyMeetings(n), where person:many-a-0 attends n/50 meetings with an
// official of SB, plus n meetings of theirs with people of no party, which
// the query must pass over.
func BenchmarkXiMeetings(b *testing.B, s schema.Store, n int) {
	ev := []schema.Evidence{{ArticleID: "others", Sentence: "o"}}
	others := schema.ArticleGraph{ArticleID: "others", Nodes: []schema.Node{{ID: "person:many-a-0", Label: schema.LabelPerson, Name: "person:many-a-0"}}}
	for i := range n {
		m, p := fmt.Sprintf("meeting:other-%d", i), fmt.Sprintf("person:other-%d", i%100)
		others.Nodes = append(others.Nodes, schema.Node{ID: m, Label: schema.LabelMeeting, Name: m,
			Props: map[string]string{schema.PropDate: fmt.Sprintf("2021-%02d-%02d", i%12+1, i%28+1), schema.PropKind: "meeting", schema.PropStatus: "held"}},
			schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
		others.Edges = append(others.Edges,
			schema.Edge{Type: schema.RelAttended, From: "person:many-a-0", To: m, Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: p, To: m, Evidence: ev})
	}
	ctx := context.Background()
	for _, g := range []schema.ArticleGraph{ManyMeetings(n), others} {
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
			b.Fatalf("WriteResolved: %v", err)
		}
	}
	f := []schema.MeetingFilter{{Participant: "person:many-a-0", WithOfficialsOf: "SB"}}
	pages, err := s.MeetingPages(ctx, f, 0, 10)
	if err != nil {
		b.Fatalf("MeetingPages: %v", err)
	}
	if pages[0].Total != n/50 || len(pages[0].Nodes) != 10 {
		b.Fatalf("MeetingPages: total %d, %d nodes; want %d, 10", pages[0].Total, len(pages[0].Nodes), n/50)
	}
	for b.Loop() {
		if _, err := s.MeetingPages(ctx, f, 0, 10); err != nil {
			b.Fatal(err)
		}
	}
}
