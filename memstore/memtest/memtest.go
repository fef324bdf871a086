// Package memtest opens embedded stores for other packages' tests, as
// neo4jtest opens the Neo4j test server.
package memtest

import (
	"context"
	"testing"

	"newsgraph/memstore"
	"newsgraph/schema"
)

// OpenStore is Open as the store constructor that the shared suites take
// (storetest.Run, graphtest).
func OpenStore(t *testing.T) schema.Store { return Open(t) }

// Open returns an empty embedded store without a journal, closed when the
// test ends.
func Open(t testing.TB) *memstore.Store {
	t.Helper()
	s, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(context.Background()); err != nil {
			t.Errorf("close the embedded store: %v", err)
		}
	})
	return s
}

// OpenDir returns the embedded store kept in dir (its journal there),
// closed when the test ends.
func OpenDir(t testing.TB, dir string) *memstore.Store {
	t.Helper()
	s, err := memstore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(context.Background()); err != nil {
			t.Errorf("close the embedded store in %s: %v", dir, err)
		}
	})
	return s
}
