// Package neo4jtest opens the real Neo4j server that the test command
// starts (scripts/neo4j), for any package's tests. Without NEO4J_URI the
// tests skip, unless NEWSGRAPH_REQUIRE_NEO4J=1 (set by scripts/test), where
// a missing server fails them: CI must never pass by skipping Neo4j.
package neo4jtest

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

var logVersion sync.Once

// OpenStore is Open as the store constructor that the shared suites take
// (storetest.Run, graphtest).
func OpenStore(t *testing.T) schema.Store { return Open(t) }

// Open connects to the test server and empties its database. Tests that use
// it share one server, so packages must not run them in parallel (the test
// command runs go test with -p 1); where go test runs them in parallel all
// the same, each test process waits for the server (lockServer).
func Open(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg, ok := neo4jstore.ConfigFromEnv()
	if !ok {
		if os.Getenv("NEWSGRAPH_REQUIRE_NEO4J") == "1" {
			t.Fatal("NEO4J_URI is unset but NEWSGRAPH_REQUIRE_NEO4J=1: start Neo4j with scripts/neo4j start")
		}
		t.Skip("NEO4J_URI unset: start Neo4j with scripts/neo4j start, or run scripts/test")
	}
	ctx := context.Background()
	lockServer(t, cfg.URI)
	wipe(t, cfg)
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open Neo4j: %v", err)
	}
	logVersion.Do(func() { t.Logf("contract suite against real Neo4j %s at %s", s.ServerVersion(), cfg.URI) })
	t.Cleanup(func() {
		if err := s.Close(ctx); err != nil {
			t.Errorf("close Neo4j: %v", err)
		}
	})
	return s
}

// wipe deletes every node and relationship, in batches so that a large test
// graph does not need one huge transaction.
func wipe(t testing.TB, cfg neo4jstore.Config) {
	t.Helper()
	ctx := context.Background()
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("wipe Neo4j: %v", err)
	}
}

var (
	serverOnce sync.Once
	// serverFile is written and never read: it keeps the locked file
	// reachable, since an unreachable *os.File is closed by its cleanup,
	// and closing it would drop the lock while the process still tests.
	//lint:ignore U1000 held, not read (above)
	serverFile *os.File
)

// lockServer takes the server's lock for the rest of the test process, at
// its first Open: `go test ./loader/ ./graph/...` without -p 1 runs the
// packages' test processes at once, and each emptied the database under the
// other's tests (a wipe deadlocked, a search found the other's articles, a
// pair-month count was off). With the lock a second process waits for the
// first to exit; one process, as under -p 1, never waits.
func lockServer(t testing.TB, uri string) {
	t.Helper()
	serverOnce.Do(func() {
		name := filepath.Join(os.TempDir(), "newsgraph-neo4jtest-"+url.PathEscape(uri)+".lock")
		f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			t.Fatalf("lock the Neo4j test server: %v", err)
		}
		if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
			t.Logf("waiting for another test process to finish with Neo4j at %s (%s)", uri, name)
			if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
				t.Fatalf("lock the Neo4j test server: %v", err)
			}
		}
		serverFile = f
	})
}
