package graphtest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Scenarios of a client that draws the graph: it draws a subgraph's
// elements, and reads what it shows of an edge when the user picks it.

const edgesQuery = `query($ids: [ID!]!) { edges(ids: $ids) { id source target type properties } }`

// testEdgesByID: edges(ids) answers each edge of a subgraph as the
// subgraph gives it, properties and evidence included, in the order asked
// and with null for an id that names no edge, in one store read; more
// than 100 ids are refused.
func testEdgesByID(t *testing.T, api *apiClient) {
	around := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "depth": 2})
	if len(around.Edges) < 10 {
		t.Fatalf("depth 2 around Xi: %d edges, too few to ask for", len(around.Edges))
	}
	var ids []string
	want := make([]*graphEdge, 0, len(around.Edges)+3)
	for i := len(around.Edges) - 1; i >= 0; i-- { // the reverse of the subgraph's order
		ids = append(ids, around.Edges[i].ID)
		want = append(want, &around.Edges[i])
	}
	unknown := []string{"person:nobody|ATTENDED|" + around.Nodes[1].ID, around.Edges[0].ID + "|no such role", "not an edge id"}
	ids = append(ids, unknown...)
	want = append(want, nil, nil, nil)
	api.store.take()
	var got struct{ Edges []*graphEdge }
	api.query(t, edgesQuery, map[string]any{"ids": ids}, &got)
	if diff := cmp.Diff(want, got.Edges); diff != "" {
		t.Errorf("edges by id (-subgraph's +edges'):\n%s", diff)
	}
	if calls := api.store.take(); len(calls) != 1 || calls[0].Method != "EdgesAmong" {
		t.Errorf("edges of %d ids made the store calls %v, want one EdgesAmong", len(ids), calls)
	}
	if !hasAffiliationWithRole(got.Edges) {
		t.Errorf("no affiliation with a role among the edges asked: the test does not cover ids of four parts")
	}
	tooMany := make([]string, 101)
	for i := range tooMany {
		tooMany[i] = fmt.Sprintf("person:p%d|ATTENDED|meeting:m", i)
	}
	expectCode(t, api.post(t, edgesQuery, map[string]any{"ids": tooMany}), "INVALID_ARGUMENT")
}

func hasAffiliationWithRole(edges []*graphEdge) bool {
	for _, e := range edges {
		if e != nil && e.Type == "AFFILIATED_WITH" && e.Properties["role"] != nil {
			return true
		}
	}
	return false
}

// edgeWithSources is an edge with its properties and its typed evidence.
type edgeWithSources struct {
	ID         string
	Properties struct {
		Evidence []struct{ Article, Sentence string }
	}
	Evidence []struct {
		Sentence string
		Article  struct{ ID, Title string }
	}
}

// testEdgeEvidenceAsSources: an edge's evidence, from subgraph and from
// edges(ids), is its properties' evidence with each article's title, read
// in one batch for the whole answer; asked alone, without properties, it
// is the same.
func testEdgeEvidenceAsSources(t *testing.T, api *apiClient) {
	const sel = `id properties evidence { sentence article { id title } }`
	var sub struct {
		Subgraph struct{ Edges []edgeWithSources }
	}
	api.store.take()
	api.query(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds) { edges { `+sel+` } } }`, map[string]any{"seeds": []string{xiJinping}}, &sub)
	if calls := api.store.take(); len(calls) != 2 || calls[0].Method != "Subgraph" {
		t.Errorf("a subgraph with its evidence's articles made the store calls %v, want the walk and one read of the articles", calls)
	}
	titles := articleTitles(t, api)
	checkSources(t, sub.Subgraph.Edges, titles)
	var ids []string
	for _, e := range sub.Subgraph.Edges {
		ids = append(ids, e.ID)
	}
	var byID struct{ Edges []edgeWithSources }
	api.query(t, `query($ids: [ID!]!) { edges(ids: $ids) { `+sel+` } }`, map[string]any{"ids": ids}, &byID)
	if diff := cmp.Diff(sub.Subgraph.Edges, byID.Edges); diff != "" {
		t.Errorf("edges(ids) (-subgraph's +edges'):\n%s", diff)
	}
	var alone struct {
		Subgraph struct{ Edges []edgeWithSources }
	}
	api.query(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds) { edges { id evidence { sentence article { id title } } } } }`,
		map[string]any{"seeds": []string{xiJinping}}, &alone)
	for i := range alone.Subgraph.Edges {
		alone.Subgraph.Edges[i].Properties = sub.Subgraph.Edges[i].Properties
	}
	if diff := cmp.Diff(sub.Subgraph.Edges, alone.Subgraph.Edges); diff != "" {
		t.Errorf("evidence without properties (-with +without):\n%s", diff)
	}
	checkArticlesWithoutSentences(t, api, sub.Subgraph.Edges)
}

// checkArticlesWithoutSentences: evidence that asks only its articles
// still reads the edges' evidence (no sentence selected).
func checkArticlesWithoutSentences(t *testing.T, api *apiClient, want []edgeWithSources) {
	t.Helper()
	var got struct {
		Subgraph struct {
			Edges []struct {
				Evidence []struct{ Article struct{ ID string } }
			}
		}
	}
	api.query(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds) { edges { evidence { article { id } } } } }`,
		map[string]any{"seeds": []string{xiJinping}}, &got)
	for i, e := range got.Subgraph.Edges {
		var ids, wantIDs []string
		for _, s := range e.Evidence {
			ids = append(ids, s.Article.ID)
		}
		for _, s := range want[i].Evidence {
			wantIDs = append(wantIDs, s.Article.ID)
		}
		if !slices.Equal(ids, wantIDs) {
			t.Errorf("%s: articles alone %v, with sentences %v", want[i].ID, ids, wantIDs)
		}
	}
}

// articleTitles are the fixture's articles' titles by node id.
func articleTitles(t *testing.T, api *apiClient) map[string]string {
	var got struct {
		Articles struct{ Nodes []struct{ ID, Title string } }
	}
	api.query(t, `{ articles(first: 100) { nodes { id title } } }`, nil, &got)
	titles := map[string]string{}
	for _, a := range got.Articles.Nodes {
		titles[a.ID] = a.Title
	}
	return titles
}

// checkSources: each edge's evidence is its properties' evidence, in
// order, each article with its title.
func checkSources(t *testing.T, edges []edgeWithSources, titles map[string]string) {
	t.Helper()
	sources := 0
	for _, e := range edges {
		if len(e.Evidence) != len(e.Properties.Evidence) {
			t.Errorf("%s: %d sources, %d in its properties", e.ID, len(e.Evidence), len(e.Properties.Evidence))
			continue
		}
		for i, s := range e.Evidence {
			ref := e.Properties.Evidence[i]
			if s.Article.ID != ref.Article || s.Sentence != ref.Sentence || s.Article.Title != titles[ref.Article] || s.Article.Title == "" {
				t.Errorf("%s: source %d is %+v; its properties say %+v, titled %q", e.ID, i, s, ref, titles[ref.Article])
			}
			sources++
		}
	}
	if sources == 0 {
		t.Error("no edge has evidence: nothing was compared")
	}
}
