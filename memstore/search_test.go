package memstore

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"newsgraph/schema"
	"newsgraph/storetest"
)

// scanSearch is Search without the index: schema.Score on every node.
func scanSearch(s *Store, text string, labels []string, limit int) []schema.SearchHit {
	query, err := schema.SearchQuery(text)
	if err != nil {
		panic(err)
	}
	if len(query) == 0 || limit <= 0 {
		return nil
	}
	var hits []schema.SearchHit
	for _, n := range s.nodes {
		if len(labels) == 0 && !schema.SearchesByDefault(n.Label) || len(labels) > 0 && !slices.Contains(labels, n.Label) {
			continue
		}
		// The store keeps texts out of its nodes: the scan reads them back.
		c, err := s.copyNode(n, true)
		if err != nil {
			panic(err)
		}
		if score := schema.Score(c, query); score > 0 {
			h := schema.SearchHit{Node: c, Score: score}
			if c.Label != schema.LabelArticle {
				h.Degree = s.degree(c.ID)
			}
			hits = append(hits, h)
		}
	}
	slices.SortFunc(hits, schema.CompareHits)
	return hits[:min(limit, len(hits))]
}

// randomGraphs writes articles whose titles, texts and entity names share a
// small vocabulary (words that are prefixes of others, repeats, case and
// non-ASCII), and whose entities gain aliases in later articles.
func randomGraphs(r *rand.Rand, articles int) []schema.ArticleGraph {
	labels := []string{"person", "place", "issue", "country", "organization", "meeting"}
	return storetest.SearchGraphs{
		Vocab: []string{"Xi", "Xie", "Xinhua", "xi's", "Jinping", "Zhenhua", "Blinken", "Beijing", "Bali", "Ba", "talks",
			"Talk", "summit", "Élysée", "élan", "北京", "2023", "20", "G20", "the", "met", "meeting", "Wang", "Yi", "Kerry"},
		Articles:  articles,
		IDPrefix:  "r",
		TextWords: 40,
		Entities: func(r *rand.Rand) []string {
			prefixes := make([]string, r.IntN(4))
			for i := range prefixes {
				prefixes[i] = labels[r.IntN(len(labels))]
			}
			return prefixes
		},
		IDs: 40,
	}.Make(r)
}

// TestSearchIndexRanksAsAScanOfEveryNode checks that the index finds every
// node that schema.Score scores, including aliases added by later writes,
// with the same scores and order, for single and several words, prefixes,
// labels and limits.
func TestSearchIndexRanksAsAScanOfEveryNode(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	graphs := randomGraphs(r, 300)
	check := func() {
		t.Helper()
		for _, text := range []string{"xi", "x", "xie", "xi jin", "b", "ba", "bal", "talk", "élysée", "ÉL", "北", "20", "2", "g2",
			"the met", "meeting wang", "kerry zhenhua talks", "s", "zzz", "xi xi", "xi x"} {
			for _, labels := range [][]string{nil, {schema.LabelArticle}, {schema.LabelPerson, schema.LabelMeeting}, {schema.LabelMeeting}} {
				for _, limit := range []int{1, 10, 1000} {
					got, err := s.Search(ctx, text, labels, limit, schema.Projection{Text: true})
					if err != nil {
						t.Fatal(err)
					}
					if want := scanSearch(s, text, labels, limit); !reflect.DeepEqual(got, want) {
						t.Fatalf("Search(%q, %v, %d) = %d hits, a scan finds %d:\n%v\n%v", text, labels, limit, len(got), len(want), got, want)
					}
				}
			}
		}
	}
	// In two parts, so that the second merges new words into a vocabulary
	// already sorted by a search.
	if err := s.WriteResolved(ctx, graphs[:150], nil); err != nil {
		t.Fatal(err)
	}
	check()
	for _, g := range graphs[150:] {
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
			t.Fatal(err)
		}
	}
	check()
}

func TestSearchIndexSurvivesReplay(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.WriteResolved(ctx, randomGraphs(rand.New(rand.NewPCG(5, 6)), 50), nil); err != nil {
		t.Fatal(err)
	}
	want, err := s.Search(ctx, "xi", nil, 100, schema.Projection{Text: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil { // one process at a time holds the folder
		t.Fatal(err)
	}
	reopened, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer closeStore(t, reopened)
	got, err := reopened.Search(ctx, "xi", nil, 100, schema.Projection{Text: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("after replay: %d hits, before: %d", len(got), len(want))
	}
}

func TestPostingsRoundTrip(t *testing.T) {
	var p postings
	type entry struct{ o, c uint32 }
	want := []entry{{0, 1}, {1, 300}, {200, 2}, {70000, 1}, {1 << 30, 5}}
	for _, e := range want {
		p.add(e.o, e.c)
	}
	var got []entry
	p.each(func(o, c uint32) { got = append(got, entry{o, c}) })
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
