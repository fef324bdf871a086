package storetest

import (
	"context"
	"slices"
	"testing"

	"newsgraph/schema"
)

// testSearchThroughMarksInsideWords: names and texts that join words by an
// apostrophe, a full stop or a comma ("O'Brien", "Côte d’Ivoire", "U.S.",
// "D.C.") are found by those names typed as written, with either
// apostrophe. Neo4j's full-text tokenizer keeps such a mark inside one token
// ("o'brien"), where the embedded store sees two words, and Neo4j found
// none of these.
func testSearchThroughMarksInsideWords(t *testing.T, s schema.Store) {
	const text = "Ambassador Robert O'Brien spoke at the U.S. Embassy in Washington, D.C. about Côte d’Ivoire."
	write(t, s, schema.ArticleGraph{ArticleID: "marks", Nodes: []schema.Node{
		{ID: "article:marks", Label: schema.LabelArticle, Name: "Envoys meet", Props: map[string]string{
			schema.PropTitle: "Envoys meet", schema.PropDate: "2022-05-01", schema.PropText: text}},
		{ID: "person:robert-obrien", Label: schema.LabelPerson, Name: "Robert O'Brien"},
		{ID: "country:CI", Label: schema.LabelCountry, Name: "Côte d’Ivoire", Props: map[string]string{schema.PropCode: "CI"}},
		{ID: "org:us-embassy", Label: schema.LabelOrganization, Name: "U.S. Embassy"},
	}})
	checkSearches(t, s, []searchCase{
		{"O'Brien", nil, []string{"person:robert-obrien", "article:marks"}},
		{"Robert O’Brien", nil, []string{"person:robert-obrien", "article:marks"}},
		{"Côte d'Ivoire", nil, []string{"country:CI", "article:marks"}},
		{"U.S. Embassy", nil, []string{"org:us-embassy", "article:marks"}},
		{"Washington, D.C.", nil, []string{"article:marks"}},
	})
}

// searchCase is a search of some labels (nil: the default ones) and the
// ids it finds, in order.
type searchCase struct {
	text   string
	labels []string
	want   []string
}

// checkSearches runs each search for up to 10 hits, with their texts, and
// reports those that find other ids or another order.
func checkSearches(t *testing.T, s schema.Store, cases []searchCase) {
	t.Helper()
	for _, tt := range cases {
		got, err := s.Search(context.Background(), tt.text, tt.labels, 10, schema.Projection{Text: true})
		if err != nil {
			t.Fatal(err)
		}
		var have []string
		for _, h := range got {
			have = append(have, h.Node.ID)
		}
		if !slices.Equal(have, tt.want) {
			t.Errorf("Search(%q, %v) = %v, want %v", tt.text, tt.labels, have, tt.want)
		}
	}
}

// testSearchTiesByDegree: of names that score alike, the node with more
// edges comes first, then the smaller id. On the open corpus "Biden"
// scored 1 for the one-word stub "Biden" an article's half-name made, for
// "Biden Calls" (a headline's words) and for Jill and Joe Biden (their
// alias), and ties went by id: Joe Biden came fourth (analyst42).
// Articles' ties stay by id.
func testSearchTiesByDegree(t *testing.T, s schema.Store) {
	people := map[string]schema.Node{
		"person:biden":      {ID: "person:biden", Label: schema.LabelPerson, Name: "Biden"},
		"person:jill-biden": {ID: "person:jill-biden", Label: schema.LabelPerson, Name: "Jill Biden", Aliases: []string{"Biden"}},
		"person:joe-biden":  {ID: "person:joe-biden", Label: schema.LabelPerson, Name: "Joe Biden", Aliases: []string{"Biden"}},
	}
	article := func(id string, mentions ...string) schema.ArticleGraph {
		g := schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{{ID: "article:" + id, Label: schema.LabelArticle, Name: "Biden " + id,
			Props: map[string]string{schema.PropTitle: "Biden " + id, schema.PropDate: "2022-05-01", schema.PropText: "Text."}}}}
		for _, m := range mentions {
			g.Nodes = append(g.Nodes, people[m])
			g.Edges = append(g.Edges, schema.Edge{Type: schema.RelMentions, From: "article:" + id, To: m,
				Evidence: []schema.Evidence{{ArticleID: id, Sentence: "Biden spoke."}}})
		}
		return g
	}
	// The articles' own edges grow as their ids do: by degree they would
	// come last first.
	write(t, s, article("t1", "person:joe-biden"), article("t2", "person:joe-biden", "person:jill-biden"),
		article("t3", "person:biden", "person:joe-biden", "person:jill-biden"))
	checkSearches(t, s, []searchCase{
		{"Biden", []string{schema.LabelPerson}, []string{"person:joe-biden", "person:jill-biden", "person:biden"}},
		{"Biden", []string{schema.LabelArticle}, []string{"article:t1", "article:t2", "article:t3"}},
	})
}
