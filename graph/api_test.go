package graph_test

import (
	"testing"

	"newsgraph/graph/graphtest"
	"newsgraph/memstore/memtest"
	"newsgraph/schema"
)

// TestAPI runs the API suite against the embedded store.
func TestAPI(t *testing.T) {
	graphtest.RunAPITests(t, func(t *testing.T) schema.Store { return memtest.Open(t) })
}
