package main

import (
	"context"
	"net/http"
	"testing"

	"newsgraph/memstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// serveUntilReady runs serve with args until /readyz answers, then stops
// it. Samples load before the server listens, so by then they are in.
func serveUntilReady(t *testing.T, args ...string) {
	t.Helper()
	addr, _, stop := launchServe(t, args...)
	code, body := httpGet(t, "http://"+addr+"/readyz")
	if err := stop(); err != nil {
		t.Errorf("serve %v: %v", args, err)
	}
	if code != http.StatusOK {
		t.Fatalf("serve %v: /readyz = %d %q, want 200", args, code, body)
	}
}

func nodes(t *testing.T, s schema.Store) int64 {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int64(c.Nodes)
}

func TestServeLoadsSamplesIntoAnEmptyEmbeddedStoreOnly(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	for _, tc := range []struct {
		flags []string
		want  bool
	}{{nil, true}, {[]string{"--no-samples"}, false}, {[]string{"--load-samples"}, true}} {
		dir := t.TempDir()
		serveUntilReady(t, append([]string{"--data", dir}, tc.flags...)...)
		s, err := memstore.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		if got := nodes(t, s) > 0; got != tc.want {
			t.Errorf("serve %v on an empty embedded store: samples loaded %v, want %v", tc.flags, got, tc.want)
		}
		if err := s.Close(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

// Neo4j is a production store: serve never seeds it with the samples
// unless told to (in docker-compose, a loader beside the server would race
// it otherwise).
func TestServeLoadsSamplesIntoNeo4jOnlyWithTheFlag(t *testing.T) {
	s := neo4jtest.Open(t) // empty
	serveUntilReady(t)
	if n := nodes(t, s); n != 0 {
		t.Fatalf("serve without --load-samples put %d nodes into an empty Neo4j", n)
	}
	serveUntilReady(t, "--load-samples")
	if n := nodes(t, s); n == 0 {
		t.Error("serve --load-samples left an empty Neo4j empty")
	}
}
