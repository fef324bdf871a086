package storetest

import (
	"context"
	"slices"
	"testing"

	"newsgraph/schema"
)

// windowGraph is testShortestPathInAWindow's graph: w-a and w-b met in
// 2020 (w-short) and on no known date (w-undated); in 2022 w-a met w-c
// (w-1) and w-c w-b (w-2), and w-d, an official of Partw from 2022, met
// w-b (w-3). w-a was Partw's official in 2020 and its adviser from
// 2022-06.
func windowGraph() schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "w", Sentence: "s"}}
	g := schema.ArticleGraph{ArticleID: "w", Nodes: []schema.Node{
		{ID: "country:PW", Label: schema.LabelCountry, Name: "Partw", Props: map[string]string{schema.PropCode: "PW"}},
	}}
	for _, p := range []string{"a", "b", "c", "d"} {
		g.Nodes = append(g.Nodes, schema.Node{ID: "person:w-" + p, Label: schema.LabelPerson, Name: "W " + p})
	}
	for _, m := range []struct {
		id, date string
		people   []string
	}{
		{"meeting:w-a-short", "2020-05-01", []string{"a", "b"}},
		{"meeting:w-z-undated", "", []string{"a", "b"}},
		{"meeting:w-1", "2022-03-01", []string{"a", "c"}},
		{"meeting:w-2", "2022-04", []string{"c", "b"}},
		{"meeting:w-3", "2022-05-01", []string{"d", "b"}},
	} {
		props := map[string]string{schema.PropStatus: schema.StatusHeld}
		if m.date != "" {
			props[schema.PropDate] = m.date
		}
		g.Nodes = append(g.Nodes, schema.Node{ID: m.id, Label: schema.LabelMeeting, Name: m.id, Props: props})
		for _, p := range m.people {
			g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAttended, From: "person:w-" + p, To: m.id, Evidence: ev})
		}
	}
	g.Edges = append(g.Edges,
		schema.Edge{Type: schema.RelAffiliatedWith, From: "person:w-a", To: "country:PW", Key: "official", Since: "2020-01-01", Until: "2020-12-31", Evidence: ev},
		schema.Edge{Type: schema.RelAffiliatedWith, From: "person:w-a", To: "country:PW", Key: "adviser", Since: "2022-06-01", Evidence: ev},
		schema.Edge{Type: schema.RelAffiliatedWith, From: "person:w-d", To: "country:PW", Key: "official", Since: "2022-01-01", Until: "2022-05-01", Evidence: ev})
	return g
}

// testShortestPathInAWindow: a window (schema.PathWindow) keeps a path to
// the meetings dated within it and the affiliations attested within it:
// the shortest path of all lies outside it and a longer one inside; an
// undated meeting drops out; a hub end's affiliation out of the window is
// not followed, and of two affiliations the one within is the path's
// edge; an end is kept whatever its date; none when nothing is inside.
func testShortestPathInAWindow(t *testing.T, s schema.Store) {
	write(t, s, windowGraph())
	from2022 := schema.PathWindow{From: "2022"}
	for _, c := range []struct {
		name     string
		from, to string
		hops     int
		window   schema.PathWindow
		want     []string
		key      string // the first edge's key, where it matters
	}{
		{"the shortest of all", "person:w-a", "person:w-b", 4, schema.PathWindow{},
			[]string{"person:w-a", "meeting:w-a-short", "person:w-b"}, ""},
		{"from 2022: longer, inside", "person:w-a", "person:w-b", 4, from2022,
			[]string{"person:w-a", "meeting:w-1", "person:w-c", "meeting:w-2", "person:w-b"}, ""},
		{"from 2022 within 3 hops", "person:w-a", "person:w-b", 3, from2022, nil, ""},
		{"in 2021", "person:w-a", "person:w-b", 6, schema.PathWindow{From: "2021", To: "2021"}, nil, ""},
		{"to 2020-06 (the undated meeting is out)", "person:w-b", "person:w-a", 6, schema.PathWindow{To: "2020-06"},
			[]string{"person:w-b", "meeting:w-a-short", "person:w-a"}, ""},
		{"a hub end", "country:PW", "person:w-b", 4, schema.PathWindow{},
			[]string{"country:PW", "person:w-a", "meeting:w-a-short", "person:w-b"}, ""},
		{"a hub end from 2022: w-a's affiliations then are out of reach", "country:PW", "person:w-b", 4, from2022,
			[]string{"country:PW", "person:w-d", "meeting:w-3", "person:w-b"}, "official"},
		{"a hub end to 2020-06", "country:PW", "person:w-b", 4, schema.PathWindow{To: "2020-06"},
			[]string{"country:PW", "person:w-a", "meeting:w-a-short", "person:w-b"}, "official"},
		{"the affiliation within", "country:PW", "person:w-a", 4, schema.PathWindow{From: "2022-06-01"},
			[]string{"country:PW", "person:w-a"}, "adviser"},
		{"no affiliation within, nor any meeting", "country:PW", "person:w-a", 6, schema.PathWindow{From: "2021", To: "2021-12"}, nil, ""},
		{"an end out of the window is kept", "meeting:w-a-short", "person:w-c", 4, from2022,
			[]string{"meeting:w-a-short", "person:w-a", "meeting:w-1", "person:w-c"}, ""},
		{"both ends out of the window", "meeting:w-a-short", "meeting:w-z-undated", 2, from2022,
			[]string{"meeting:w-a-short", "person:w-a", "meeting:w-z-undated"}, ""},
	} {
		p, err := s.ShortestPath(context.Background(), c.from, c.to, c.hops, c.window)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		if p != nil {
			for _, n := range p.Nodes {
				got = append(got, n.ID)
			}
			if len(p.Edges) != len(p.Nodes)-1 {
				t.Errorf("%s: %d nodes and %d edges", c.name, len(p.Nodes), len(p.Edges))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: ShortestPath(%s, %s, %d, %+v) = %q, want %q", c.name, c.from, c.to, c.hops, c.window, got, c.want)
			continue
		}
		if c.key != "" && p.Edges[0].Key != c.key {
			t.Errorf("%s: the first edge is %s, want the affiliation keyed %q", c.name, p.Edges[0].EdgeID(), c.key)
		}
	}
}
