package neo4jstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"newsgraph/memstore"
	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// searchGraphs writes fewer articles and nodes per label than search's
// candidates, so that Lucene hands every match to the ranking, from a
// vocabulary where words start others and repeat.
func searchGraphs(r *rand.Rand) []schema.ArticleGraph {
	return storetest.SearchGraphs{
		Vocab: []string{"Xi", "Xie", "Xinhua", "Jinping", "Zhenhua", "Blinken", "Beijing", "Bali", "Ba", "talks", "Talk",
			"summit", "Élysée", "élan", "2023", "20", "G20", "met", "meeting", "Wang", "Yi", "Kerry"},
		Articles:  40,
		IDPrefix:  "s",
		TextWords: 60,
		Entities:  func(*rand.Rand) []string { return []string{"person", "place"} },
		IDs:       30,
	}.Make(r)
}

// TestSearchRanksAsTheEmbeddedStore compares hits and scores with the
// embedded store's on the same graph, twice: with the word cache empty,
// then full.
func TestSearchRanksAsTheEmbeddedStore(t *testing.T) {
	ctx := context.Background()
	graphs := searchGraphs(rand.New(rand.NewPCG(7, 8)))
	neo := neo4jtest.Open(t)
	mem, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []schema.Store{neo, mem} {
		if err := storetest.Write(ctx, s, graphs); err != nil {
			t.Fatal(err)
		}
	}
	for round := range 2 {
		for _, text := range []string{"xi", "x", "xie", "xi jinping", "b", "ba", "talk", "élysée", "él", "20", "g2", "met wang", "kerry zhenhua talks"} {
			for _, labels := range [][]string{nil, {schema.LabelArticle}, {schema.LabelPerson}} {
				want, err := mem.Search(ctx, text, labels, 10, schema.Projection{Text: true})
				if err != nil {
					t.Fatal(err)
				}
				got, err := neo.Search(ctx, text, labels, 10, schema.Projection{Text: true})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(hitScores(got), hitScores(want)) {
					t.Errorf("round %d: Search(%q, %v) on Neo4j = %v, embedded = %v", round, text, labels, hitScores(got), hitScores(want))
				}
			}
		}
	}
}

func hitScores(hits []schema.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s %.6f", h.Node.ID, h.Score))
	}
	return out
}

// TestSearchReadsAnArticleTextOnce shows that a search scores an article it
// has seen before from the words it kept, not from its text, and that it
// reads the texts of the articles it returns only when asked to.
func TestSearchReadsAnArticleTextOnce(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	if err := storetest.Write(ctx, s, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	envoy := func(s *neo4jstore.Store, withText bool) schema.SearchHit {
		t.Helper()
		hits, err := s.SearchWithText(ctx, "envoy", []string{schema.LabelArticle}, 10, withText)
		if err != nil || len(hits) != 1 || hits[0].Node.ID != "article:a2" {
			t.Fatalf("Search(envoy) = %v, %v; want article:a2", hits, err)
		}
		return hits[0]
	}
	first := envoy(s, false)
	if first.Score >= 0.5 {
		t.Fatalf("score %v: want the text to decide it, not the title", first.Score)
	}
	if _, ok := first.Node.Props[schema.PropText]; ok {
		t.Error("a hit kept its text when not asked to")
	}
	if s.CachedArticles() == 0 {
		t.Fatal("the words of the candidates were not kept")
	}
	// Articles never change once written; changing one behind the store's
	// back shows which text a search scores.
	const more = "Envoy, envoy and envoy. "
	if err := s.Exec(ctx, neo4jstore.Statement{Query: "MATCH (a:Article {id: 'article:a2'}) SET a.text = $more + a.text",
		Params: map[string]any{"more": more}}); err != nil {
		t.Fatal(err)
	}
	again := envoy(s, true)
	if again.Score != first.Score {
		t.Errorf("score %v, then %v: the second search read the text again", first.Score, again.Score)
	}
	if text := again.Node.Props[schema.PropText]; !strings.HasPrefix(text, more) {
		t.Errorf("a hit's text is %q, want the stored text", text)
	}
	cfg, _ := neo4jstore.ConfigFromEnv()
	fresh, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := fresh.Close(ctx); err != nil {
			t.Error(err)
		}
	}()
	if got := envoy(fresh, false); got.Score <= first.Score {
		t.Errorf("a store without cached words scored %v, want more than %v", got.Score, first.Score)
	}
}

// TestSearchHitsAreWholeNodes checks that hits carry every property that
// Nodes reads, so that search can name an article's properties instead of
// reading its text.
func TestSearchHitsAreWholeNodes(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	if err := storetest.Write(ctx, s, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	for round := range 2 { // the words of the articles read, then cached
		hits, err := s.Search(ctx, "xi", nil, 10, schema.Projection{Text: true})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Node.ID)
		}
		nodes, err := s.Nodes(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		articles := 0
		for _, h := range hits {
			if h.Node.Label == schema.LabelArticle {
				articles++
			}
			if want := nodes[h.Node.ID]; !reflect.DeepEqual(h.Node, want) {
				t.Errorf("round %d: hit %+v, Nodes gives %+v", round, h.Node, want)
			}
		}
		if articles == 0 || articles == len(hits) {
			t.Fatalf("%d articles among %d hits: want both kinds", articles, len(hits))
		}
	}
}
