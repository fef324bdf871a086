package neo4jstore

import (
	"context"
	"os"
	"testing"

	"newsgraph/neo4jstore/internal/serverlock"
)

// openForTest opens the test server for the package's internal tests
// (neo4jtest.Open cannot serve them: it imports this package). Like
// neo4jtest.Open it skips without NEO4J_URI, and fails instead where
// NEWSGRAPH_REQUIRE_NEO4J=1, so that scripts/test cannot pass by skipping.
// It does not wipe the database, but takes the server's lock as
// neo4jtest.Open does: some of these tests write (and empty it).
func openForTest(t *testing.T) *Store {
	t.Helper()
	cfg, ok := ConfigFromEnv()
	if !ok {
		if os.Getenv("NEWSGRAPH_REQUIRE_NEO4J") == "1" {
			t.Fatal("NEO4J_URI is unset but NEWSGRAPH_REQUIRE_NEO4J=1: start Neo4j with scripts/neo4j start")
		}
		t.Skip("NEO4J_URI unset: start Neo4j with scripts/neo4j start, or run scripts/test")
	}
	serverlock.Lock(t, cfg.URI)
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open Neo4j: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(ctx); err != nil {
			t.Error(err)
		}
	})
	return s
}
