package memstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"newsgraph/schema"
)

// endingCtx is a context that is live for its first live checks of Err and
// cancelled after: a request that ends while the store works on it.
type endingCtx struct {
	context.Context
	live   int32
	checks atomic.Int32
}

func (c *endingCtx) Err() error {
	if c.checks.Add(1) > c.live {
		return context.Canceled
	}
	return nil
}

// wideGraph is one article whose text has n distinct words starting with
// "w", mentioning n people who all affiliate with one country: many index
// words for a prefix, and a hub for a breadth-first search.
func wideGraph(n int) []schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "wide", Sentence: "s"}}
	words := make([]string, n)
	g := schema.ArticleGraph{ArticleID: "wide", Nodes: []schema.Node{
		{ID: "country:US", Label: schema.LabelCountry, Name: "United States", Props: map[string]string{schema.PropCode: "US"}},
		{ID: "person:alone", Label: schema.LabelPerson, Name: "Alone"},
	}}
	for i := range n {
		words[i] = fmt.Sprintf("w%d", i)
		p := fmt.Sprintf("person:p%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: fmt.Sprintf("W%d Person", i)})
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: p, To: "country:US", Key: "Envoy", Evidence: ev})
	}
	g.Nodes = append(g.Nodes, schema.Node{ID: "article:wide", Label: schema.LabelArticle, Name: "Wide",
		Props: map[string]string{schema.PropTitle: "Wide", schema.PropDate: "2024-01-01", schema.PropText: strings.Join(words, " ") + "."}})
	return []schema.ArticleGraph{g}
}

func openWide(t *testing.T, n int) *Store {
	t.Helper()
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteResolved(context.Background(), wideGraph(n), nil); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSearchRefusesTextPastTheBounds(t *testing.T) {
	s := openWide(t, 10)
	for name, text := range map[string]string{
		"too many distinct words": longWords(schema.MaxSearchWords + 1),
		"too many bytes":          strings.Repeat("w ", schema.MaxSearchBytes),
	} {
		t.Run(name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), text, nil, 10, schema.Projection{})
			if !errors.Is(err, schema.ErrSearchTooLong) {
				t.Fatalf("Search = %d hits, %v; want ErrSearchTooLong", len(hits), err)
			}
		})
	}
	t.Run("one word 400 times is one word", func(t *testing.T) {
		hits, err := s.Search(context.Background(), strings.Repeat("w1 ", 400)[:schema.MaxSearchBytes], []string{schema.LabelArticle}, 10, schema.Projection{})
		if err != nil || len(hits) != 1 {
			t.Fatalf("Search = %v, %v; want the article", hits, err)
		}
	})
}

func longWords(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("v%d", i)
	}
	return strings.Join(w, " ")
}

// TestSearchStopsWhenItsContextEnds: a search that matches many index
// words gives up once its request has ended, not only when it started
// after that.
func TestSearchStopsWhenItsContextEnds(t *testing.T) {
	s := openWide(t, 2000)
	for _, labels := range [][]string{{schema.LabelArticle}, {schema.LabelPerson}} {
		ctx := &endingCtx{Context: context.Background(), live: 1}
		hits, err := s.Search(ctx, "w", labels, 10, schema.Projection{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Search(%v) after its context ended = %d hits, %v; want context.Canceled", labels, len(hits), err)
		}
	}
	if hits, err := s.Search(context.Background(), "w", nil, 10, schema.Projection{}); err != nil || len(hits) != 10 {
		t.Errorf("Search with a live context = %d hits, %v; want 10", len(hits), err)
	}
}

// TestShortestPathStopsWhenItsContextEnds: a breadth-first search from a
// hub gives up once its request has ended, even within the hub's edges.
func TestShortestPathStopsWhenItsContextEnds(t *testing.T) {
	s := openWide(t, 2000)
	ctx := &endingCtx{Context: context.Background(), live: 1}
	p, err := s.ShortestPath(ctx, "country:US", "person:alone", 6, schema.PathWindow{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("ShortestPath after its context ended = %v, %v; want context.Canceled", p, err)
	}
	p, err = s.ShortestPath(context.Background(), "person:p1999", "country:US", 6, schema.PathWindow{})
	if err != nil || p == nil || len(p.Edges) != 1 {
		t.Errorf("ShortestPath with a live context = %v, %v; want a path of 1 edge", p, err)
	}
	// The country is a hub, never inside a path: two of its officials are
	// not connected through it.
	if p, err := s.ShortestPath(context.Background(), "person:p0", "person:p1999", 6, schema.PathWindow{}); err != nil || p != nil {
		t.Errorf("ShortestPath between two officials of one country = %v, %v; want none", p, err)
	}
}

// TestSubgraphStopsWhenItsContextEnds: the walk gives up between levels
// once its request has ended.
func TestSubgraphStopsWhenItsContextEnds(t *testing.T) {
	s := openWide(t, 2000)
	q := schema.SubgraphQuery{Seeds: []string{"country:US"}, Depth: 3, Limit: 1000}
	ctx := &endingCtx{Context: context.Background(), live: 1}
	g, err := s.Subgraph(ctx, q)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Subgraph after its context ended = %d nodes, %v; want context.Canceled", len(g.Nodes), err)
	}
	if g, err := s.Subgraph(context.Background(), q); err != nil || len(g.Nodes) == 0 {
		t.Errorf("Subgraph with a live context = %d nodes, %v", len(g.Nodes), err)
	}
}

// TestEntitiesStopsWhenItsContextEnds: a list that scans every person (and
// counts each one's meetings) gives up once its request has ended.
func TestEntitiesStopsWhenItsContextEnds(t *testing.T) {
	s := openWide(t, 2000)
	q := []schema.EntityQuery{{Label: schema.LabelPerson, Order: schema.OrderMeetings}}
	ctx := &endingCtx{Context: context.Background(), live: 1}
	pages, err := s.Entities(ctx, q, 0, 10)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Entities after its context ended = %v, %v; want context.Canceled", pages, err)
	}
	if pages, err := s.Entities(context.Background(), q, 0, 10); err != nil || len(pages) != 1 || pages[0].Total != 2001 {
		t.Errorf("Entities with a live context = %v, %v; want 2001 people", pages, err)
	}
}

// meetingHub is one article in which person:hub attends n meetings, each
// with one other person: long per-node loops for timeline, co-participants
// and the edges among them.
func meetingHub(t *testing.T, n int) (*Store, []string) {
	t.Helper()
	ev := []schema.Evidence{{ArticleID: "hub", Sentence: "s"}}
	g := schema.ArticleGraph{ArticleID: "hub", Nodes: []schema.Node{
		{ID: "person:hub", Label: schema.LabelPerson, Name: "Hub Person"},
		{ID: "article:hub", Label: schema.LabelArticle, Name: "Hub",
			Props: map[string]string{schema.PropTitle: "Hub", schema.PropDate: "2024-01-01", schema.PropText: "Hub met many."}},
	}}
	ids := []string{"person:hub"}
	for i := range n {
		m, p := fmt.Sprintf("meeting:2024-01-01:m%d", i), fmt.Sprintf("person:q%d", i)
		g.Nodes = append(g.Nodes,
			schema.Node{ID: m, Label: schema.LabelMeeting, Name: m, Props: map[string]string{schema.PropDate: "2024-01-01"}},
			schema.Node{ID: p, Label: schema.LabelPerson, Name: fmt.Sprintf("Q%d Person", i)})
		g.Edges = append(g.Edges,
			schema.Edge{Type: schema.RelAttended, From: "person:hub", To: m, Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: p, To: m, Evidence: ev})
		ids = append(ids, m, p)
	}
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{g}, nil); err != nil {
		t.Fatal(err)
	}
	return s, ids
}

// TestPerNodeReadsStopWhenTheirContextEnds: timeline, co-participants and
// the edges among a node set walk one node's edges, which a hub makes long;
// each gives up once its request has ended, and answers with a live one.
func TestPerNodeReadsStopWhenTheirContextEnds(t *testing.T) {
	s, ids := meetingHub(t, 1000)
	reads := []struct {
		name string
		read func(ctx context.Context) (int, error)
	}{
		{"Timeline", func(ctx context.Context) (int, error) {
			out, err := s.Timeline(ctx, "person:hub", "", "", nil, schema.TimelineKey{}, 5000)
			return len(out), err
		}},
		{"CoParticipants", func(ctx context.Context) (int, error) {
			out, err := s.CoParticipants(ctx, "person:hub", "", "", 5000)
			return len(out), err
		}},
		{"EdgesAmong", func(ctx context.Context) (int, error) {
			out, err := s.EdgesAmong(ctx, ids, schema.Projection{})
			return len(out), err
		}},
	}
	for _, r := range reads {
		t.Run(r.name, func(t *testing.T) {
			n, err := r.read(&endingCtx{Context: context.Background(), live: 1})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("after its context ended = %d results, %v; want context.Canceled", n, err)
			}
			if n, err := r.read(context.Background()); err != nil || n < 1000 {
				t.Errorf("with a live context = %d results, %v; want at least 1000", n, err)
			}
		})
	}
}
