package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestContract runs the store contract against a real Neo4j server.
func TestContract(t *testing.T) {
	storetest.Run(t, neo4jtest.OpenStore)
}

// TestElementStatementsMatchWrite checks that the naive path benchmarks use
// (one statement per element) builds the same graph as the batched write.
func TestElementStatementsMatchWrite(t *testing.T) {
	ctx := context.Background()
	batched := neo4jtest.Open(t)
	if err := storetest.Write(ctx, batched, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	want := readBack(t, batched)

	naive := neo4jtest.Open(t) // wipes the database
	for _, st := range neo4jstore.ElementStatements(storetest.Seed()) {
		if err := naive.Exec(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(want, readBack(t, naive)); diff != "" {
		t.Errorf("one statement per element (+) differs from the batched write (-):\n%s", diff)
	}
}

// graphRead is what TestElementStatementsMatchWrite compares.
type graphRead struct {
	Counts   schema.Counts
	Meetings []schema.Node
	Edges    map[string][]schema.Edge
}

func readBack(t *testing.T, s schema.Store) graphRead {
	t.Helper()
	ctx := context.Background()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	meetings, _, err := storetest.Meetings(ctx, s, schema.MeetingFilter{}, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	edges, err := storetest.Edges(ctx, s, []string{"person:antony-blinken"}, schema.RelAffiliatedWith, schema.Out)
	if err != nil {
		t.Fatal(err)
	}
	return graphRead{c, meetings, edges}
}

// TestWriteMergesTheEdgesOfAnArticleStoredMeanwhile writes the same graphs
// twice past the check for stored articles, as two writers of the same
// articles do when both read them as not stored and the first commits
// before the second merges: the second must find the first's edges and
// merge into them, not create them again.
func TestWriteMergesTheEdgesOfAnArticleStoredMeanwhile(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Open(t)
	var counts []schema.Counts
	for range 2 {
		if err := s.WriteUnchecked(ctx, storetest.Seed()); err != nil {
			t.Fatal(err)
		}
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		counts = append(counts, c)
	}
	if counts[0].Relationships == 0 {
		t.Fatal("the seed graphs wrote no relationship")
	}
	if counts[1] != counts[0] {
		t.Errorf("after the second write %+v, want %+v as after the first", counts[1], counts[0])
	}
}
