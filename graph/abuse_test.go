package graph_test

import (
	"testing"

	"newsgraph/graph/graphtest"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// TestAbuse throws hostile requests at the API over the embedded store:
// each is answered or refused within the request time limit.
func TestAbuse(t *testing.T) {
	graphtest.RunAbuseTests(t, func(t *testing.T) schema.Store { return memtest.Open(t) })
}

// TestAbuseOnNeo4j is TestAbuse over a real Neo4j server; it skips without
// NEO4J_URI (see neo4jtest.Open).
func TestAbuseOnNeo4j(t *testing.T) {
	graphtest.RunAbuseTests(t, func(t *testing.T) schema.Store { return neo4jtest.Open(t) })
}
