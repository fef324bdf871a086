package neo4jstore_test

import (
	"testing"

	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestContract runs the store contract against a real Neo4j server.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) schema.Store { return neo4jtest.Open(t) })
}
