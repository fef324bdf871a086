package storetest

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"newsgraph/schema"
)

// testEvidenceCap checks schema.MaxEvidence: an edge keeps the sentences of
// the first MaxEvidence articles that state it, in the order first seen,
// while its dates still come from every article, and writing the same
// articles again changes nothing.
func testEvidenceCap(t *testing.T, s schema.Store) {
	ctx := context.Background()
	const person, party = "person:antony-blinken", "country:US"
	n := schema.MaxEvidence + 5
	article := func(i int) string { return fmt.Sprintf("cap%02d", i) }
	// Dates rise with i, except that the earliest comes from the last
	// article and the latest from the one before it: both arrive after the
	// list is full.
	date := func(i int) string {
		switch i {
		case n - 1:
			return "2019-01-01"
		case n - 2:
			return "2025-12-31"
		}
		return fmt.Sprintf("2021-%02d-%02d", 1+i/28, 1+i%28)
	}
	graph := func(i int, sentence string) schema.ArticleGraph {
		a := article(i)
		return schema.ArticleGraph{ArticleID: a, Nodes: []schema.Node{
			{ID: schema.ArticleID(a), Label: schema.LabelArticle, Name: a},
			{ID: person, Label: schema.LabelPerson, Name: "Antony Blinken"},
			{ID: party, Label: schema.LabelCountry, Name: "United States", Props: map[string]string{schema.PropCode: "US"}},
		}, Edges: []schema.Edge{
			{Type: schema.RelAffiliatedWith, From: person, To: party, Key: "Secretary of State",
				Since: date(i), Until: date(i), Evidence: []schema.Evidence{{ArticleID: a, Sentence: sentence}}},
			{Type: schema.RelMentions, From: schema.ArticleID(a), To: person,
				Evidence: []schema.Evidence{{ArticleID: a, Sentence: sentence}}},
		}}
	}
	sentence := func(i int) string { return "sentence of " + article(i) }
	all := make([]schema.ArticleGraph, n)
	for i := range n {
		all[i] = graph(i, sentence(i))
	}

	// Ten articles in one batch, then a batch that overfills the list (only
	// its first ten fit), then the last articles one by one, after it is
	// full.
	half := schema.MaxEvidence / 2
	write(t, s, all[:half]...)
	write(t, s, all[half:n-2]...)
	write(t, s, all[n-2])
	write(t, s, all[n-1])

	want := schema.Edge{Type: schema.RelAffiliatedWith, From: person, To: party, Key: "Secretary of State",
		Since: date(n - 1), Until: date(n - 2)}
	for i := range schema.MaxEvidence {
		want.Evidence = append(want.Evidence, schema.Evidence{ArticleID: article(i), Sentence: sentence(i)})
	}
	check := func(when string) {
		t.Helper()
		edges, err := Edges(ctx, s, []string{person}, schema.RelAffiliatedWith, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		got := edges[person]
		if len(got) != 1 {
			t.Fatalf("%s: %d affiliations, want 1: %+v", when, len(got), got)
		}
		if len(got[0].Evidence) != schema.MaxEvidence {
			t.Errorf("%s: %d evidence entries, want the first MaxEvidence = %d", when, len(got[0].Evidence), schema.MaxEvidence)
		}
		if !reflect.DeepEqual(got[0], want) {
			t.Errorf("%s: edge =\n%+v\nwant the first %d articles' sentences in order, dates from all %d articles:\n%+v",
				when, got[0], schema.MaxEvidence, n, want)
		}
	}
	check("after the first load")

	// Again, all at once, with new sentences: every article is either in
	// the list already or comes after it filled up.
	again := make([]schema.ArticleGraph, n)
	for i := range n {
		again[i] = graph(i, "another sentence of "+article(i))
	}
	write(t, s, again...)
	check("after writing every article again")
	c := counts(t, s)
	if want := n + 2; c.Nodes != want || c.Relationships != n+1 {
		t.Errorf("Counts = %+v, want %d nodes and %d relationships", c, want, n+1)
	}

	// An article's own edge keeps what its first write said.
	mentions, err := Edges(ctx, s, []string{schema.ArticleID(article(0))}, schema.RelMentions, schema.Out)
	if err != nil {
		t.Fatal(err)
	}
	wantMention := []schema.Edge{{Type: schema.RelMentions, From: schema.ArticleID(article(0)), To: person,
		Evidence: []schema.Evidence{{ArticleID: article(0), Sentence: sentence(0)}}}}
	if !reflect.DeepEqual(mentions[schema.ArticleID(article(0))], wantMention) {
		t.Errorf("article edge after a second write = %+v\nwant its first write: %+v", mentions[schema.ArticleID(article(0))], wantMention)
	}
}
