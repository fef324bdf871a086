package graphtest

import (
	"context"
	"slices"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// testWhatIsNewSinceAVisit: an analyst who keeps the newest ingestedAt of
// what they read gets, on their next visit, the articles loaded since,
// newest ingested first, though the new one was published before the
// others and a list by date does not put it first (analyst44's question
// 23). The bound takes any RFC 3339 offset; a bad one is INVALID_ARGUMENT;
// a subgraph's node properties leave the stamp out.
func testWhatIsNewSinceAVisit(t *testing.T, newStore func(t *testing.T) schema.Store) {
	store := newStore(t)
	api := newAPIClient(t, store, graph.Options{Timeout: scenarioTimeout}, []schema.ArticleGraph{
		storetest.IngestedArticle("v-1", "h1", "2022-03-01"), storetest.IngestedArticle("v-2", "h2", "2022-04-01"),
	})
	type article struct {
		ID         string  `json:"id"`
		IngestedAt *string `json:"ingestedAt"`
	}
	type list struct {
		Articles struct {
			TotalCount int       `json:"totalCount"`
			Nodes      []article `json:"nodes"`
		} `json:"articles"`
	}
	const newest = `query($after: DateTime) { articles(where: {ingestedAfter: $after}, orderBy: {field: INGESTED}, first: 1) { totalCount nodes { id ingestedAt } } }`
	var visit list
	api.query(t, newest, nil, &visit)
	if visit.Articles.TotalCount != 2 || visit.Articles.Nodes[0].IngestedAt == nil {
		t.Fatalf("first visit: %+v, want 2 articles with their ingestedAt", visit.Articles)
	}
	saved := *visit.Articles.Nodes[0].IngestedAt
	if _, err := time.Parse(time.RFC3339, saved); err != nil {
		t.Fatalf("ingestedAt %q is not RFC 3339: %v", saved, err)
	}

	storetest.WaitAMillisecond()
	if err := storetest.Write(context.Background(), store, []schema.ArticleGraph{storetest.IngestedArticle("v-0", "h0", "2021-01-01")}); err != nil {
		t.Fatal(err)
	}
	var byDate list
	api.query(t, `{ articles(first: 1) { nodes { id } } }`, nil, &byDate)
	if got := byDate.Articles.Nodes[0].ID; got != "article:v-2" {
		t.Errorf("newest published first: %s, want article:v-2 (the new article was published before it)", got)
	}
	var since list
	api.query(t, `query($after: DateTime) { articles(where: {ingestedAfter: $after}, orderBy: {field: INGESTED}) { totalCount nodes { id ingestedAt } } }`,
		map[string]any{"after": saved}, &since)
	if since.Articles.TotalCount != 1 || since.Articles.Nodes[0].ID != "article:v-0" || *since.Articles.Nodes[0].IngestedAt <= saved {
		t.Errorf("ingested after %s: %+v, want article:v-0 alone, ingested after it", saved, since.Articles)
	}

	// The same instant an hour east of UTC; and every article before it.
	inParis, err := time.Parse(time.RFC3339Nano, saved)
	if err != nil {
		t.Fatal(err)
	}
	var offset, all list
	api.query(t, newest, map[string]any{"after": inParis.In(time.FixedZone("", 3600)).Format(time.RFC3339Nano)}, &offset)
	api.query(t, `{ articles(where: {ingestedAfter: "2020-01-01T00:00:00Z"}, orderBy: {field: INGESTED, direction: ASC}) { totalCount nodes { id } } }`, nil, &all)
	var order []string
	for _, a := range all.Articles.Nodes {
		order = append(order, a.ID)
	}
	if offset.Articles.TotalCount != 1 || !slices.Equal(order[2:], []string{"article:v-0"}) || all.Articles.TotalCount != 3 {
		t.Errorf("after %s at +01:00: %+v; every article, oldest ingested first: %q (want article:v-0 last)", saved, offset.Articles, order)
	}

	resp := api.post(t, `{ articles(where: {ingestedAfter: "2026-12-07"}) { totalCount } }`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].code() != "INVALID_ARGUMENT" {
		t.Errorf("a date where an instant is wanted: %s, want one INVALID_ARGUMENT", resp.Body)
	}

	var sub struct {
		Subgraph struct {
			Nodes []struct {
				ID         string         `json:"id"`
				Properties map[string]any `json:"properties"`
			} `json:"nodes"`
		} `json:"subgraph"`
	}
	api.query(t, `{ subgraph(seeds: ["article:v-0"], depth: 0) { nodes { id properties } } }`, nil, &sub)
	if len(sub.Subgraph.Nodes) != 1 || sub.Subgraph.Nodes[0].Properties["date"] != "2021-01-01" || sub.Subgraph.Nodes[0].Properties[schema.PropIngestedAt] != nil {
		t.Errorf("the article's drawn node: %+v, want its date and no ingestedAt", sub.Subgraph.Nodes)
	}
}

// testMeetingsSinceAVisit: meetings(where: {ingestedAfter:}) are those an
// article ingested since the stamp reports, an old meeting with a new
// source among them, and a person's meetings take the bound too.
func testMeetingsSinceAVisit(t *testing.T, newStore func(t *testing.T) schema.Store) {
	store := newStore(t)
	api := newAPIClient(t, store, graph.Options{Timeout: scenarioTimeout}, []schema.ArticleGraph{
		storetest.ReportsArticle("w-1", "h1", [2]string{"meeting:w-old", "2020-01-01"}, [2]string{"meeting:w-early", "2020-02-01"}),
	})
	var visit struct {
		Articles struct{ Nodes []struct{ IngestedAt string } } `json:"articles"`
	}
	api.query(t, `{ articles(orderBy: {field: INGESTED}, first: 1) { nodes { ingestedAt } } }`, nil, &visit)
	saved := visit.Articles.Nodes[0].IngestedAt
	storetest.WaitAMillisecond()
	if err := storetest.Write(context.Background(), store, []schema.ArticleGraph{
		storetest.ReportsArticle("w-2", "h2", [2]string{"meeting:w-new", "2023-01-01"}, [2]string{"meeting:w-old", "2020-01-01"}),
	}); err != nil {
		t.Fatal(err)
	}
	type list struct {
		TotalCount int
		Nodes      []struct{ ID string }
	}
	var got struct {
		Meetings list `json:"meetings"`
		Person   struct {
			Meetings list `json:"meetings"`
		} `json:"person"`
	}
	api.query(t, `query($after: DateTime) { meetings(where: {ingestedAfter: $after}) { totalCount nodes { id } }
		person(id: "person:i-x") { meetings(where: {ingestedAfter: $after, from: "2021"}) { totalCount nodes { id } } } }`,
		map[string]any{"after": saved}, &got)
	ids := func(l list) []string {
		var out []string
		for _, n := range l.Nodes {
			out = append(out, n.ID)
		}
		return out
	}
	if want := []string{"meeting:w-new", "meeting:w-old"}; got.Meetings.TotalCount != 2 || !slices.Equal(ids(got.Meetings), want) {
		t.Errorf("meetings reported since %s: %+v, want %q (w-old has a new source)", saved, got.Meetings, want)
	}
	if want := []string{"meeting:w-new"}; got.Person.Meetings.TotalCount != 1 || !slices.Equal(ids(got.Person.Meetings), want) {
		t.Errorf("I X's meetings from 2021 reported since %s: %+v, want %q", saved, got.Person.Meetings, want)
	}
}
