package graph_test

import (
	"testing"

	"newsgraph/graph/graphtest"
	"newsgraph/neo4jstore/neo4jtest"
)

// TestAPIOnNeo4j runs the API suite against a real Neo4j server; like the
// store contract, it skips without NEO4J_URI (see neo4jtest.Open).
func TestAPIOnNeo4j(t *testing.T) {
	graphtest.RunAPITests(t, neo4jtest.OpenStore)
}
