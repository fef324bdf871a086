package graph_test

import (
	"testing"

	"newsgraph/graph/graphtest"
	"newsgraph/memstore/memtest"
)

// TestAPI runs the API suite against the embedded store.
func TestAPI(t *testing.T) {
	graphtest.RunAPITests(t, memtest.OpenStore)
}
