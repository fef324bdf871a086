package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

// testArticleEdgeEvidence checks that an article's own edges read back
// with the evidence and keys they were written with, through every read
// that returns edges or their sentences, after the first write and after
// the article is written again: its own evidence (the article's sentence),
// a key, evidence of another article, and none. A store may keep an edge
// whose only evidence article is its start article in a shorter form;
// what it reads back may not differ.
func testArticleEdgeEvidence(t *testing.T, s schema.Store) {
	ctx := context.Background()
	const art, person, issue, country, org, place = "article:ae1", "person:ae-p", "issue:ae-i", "country:AE", "org:ae-o", "place:ae-z"
	own := []schema.Evidence{{ArticleID: "ae1", Sentence: "P spoke on I."}}
	edges := []schema.Edge{
		{Type: schema.RelMentions, From: art, To: person, Evidence: own},
		{Type: schema.RelDiscussed, From: art, To: issue, Evidence: own},
		{Type: schema.RelMentions, From: art, To: country, Key: "k", Evidence: own},
		{Type: schema.RelMentions, From: art, To: org, Evidence: []schema.Evidence{{ArticleID: "ae2", Sentence: "O, says another."}}},
		{Type: schema.RelMentions, From: art, To: place},
	}
	g := schema.ArticleGraph{ArticleID: "ae1", Nodes: []schema.Node{
		{ID: art, Label: schema.LabelArticle, Name: "ae1", Props: map[string]string{schema.PropDate: "2024-02-03"}},
		{ID: person, Label: schema.LabelPerson, Name: "P"},
		{ID: issue, Label: schema.LabelIssue, Name: "I"},
		{ID: country, Label: schema.LabelCountry, Name: "AE", Props: map[string]string{schema.PropCode: "AE"}},
		{ID: org, Label: schema.LabelOrganization, Name: "O"},
		{ID: place, Label: schema.LabelPlace, Name: "Z"},
	}, Edges: edges}
	want := map[string]schema.Edge{}
	for _, e := range edges {
		want[e.EdgeID()] = e
	}
	byID := func(list []schema.Edge) map[string]schema.Edge {
		out := map[string]schema.Edge{}
		for _, e := range list {
			out[e.EdgeID()] = e
		}
		return out
	}
	check := func(when string) {
		t.Helper()
		n, err := s.Neighbours(ctx, []string{art}, []schema.EdgeSet{
			{Type: schema.RelMentions, Dir: schema.Out}, {Type: schema.RelDiscussed, Dir: schema.Out}}, schema.Projection{Evidence: true})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, byID(append(n.Edges[0][art], n.Edges[1][art]...))); diff != "" {
			t.Errorf("%s: the article's edges out (-want +got):\n%s", when, diff)
		}
		in, err := Edges(ctx, s, []string{person}, schema.RelMentions, schema.In)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]schema.Edge{edges[0]}, in[person]); diff != "" {
			t.Errorf("%s: the person's mention, read from its end (-want +got):\n%s", when, diff)
		}
		among, err := s.EdgesAmong(ctx, []string{art, person, issue, country, org, place}, schema.Projection{Evidence: true})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, byID(among)); diff != "" {
			t.Errorf("%s: EdgesAmong (-want +got):\n%s", when, diff)
		}
		for _, id := range []string{person, issue} {
			tl, err := s.Timeline(ctx, id, "", "", nil, schema.TimelineKey{}, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(tl) != 1 || tl[0].Node.ID != art || tl[0].Sentence != own[0].Sentence {
				t.Errorf("%s: timeline of %s = %+v, want the article's mention with its sentence %q", when, id, tl, own[0].Sentence)
			}
		}
	}
	write(t, s, g)
	check("after a write")
	before := counts(t, s)
	write(t, s, g) // without a content hash: merged again, not skipped
	check("after writing it again")
	if after := counts(t, s); after != before {
		t.Errorf("counts changed on reload: %+v -> %+v", before, after)
	}
}
