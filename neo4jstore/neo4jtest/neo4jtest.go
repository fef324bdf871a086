// Package neo4jtest opens the real Neo4j server that the test command
// starts (scripts/neo4j), for any package's tests. Without NEO4J_URI the
// tests skip, unless NEWSGRAPH_REQUIRE_NEO4J=1 (set by scripts/test), where
// a missing server fails them: CI must never pass by skipping Neo4j.
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/internal/serverlock"
	"newsgraph/schema"
)

var logVersion sync.Once

// OpenStore is Open as the store constructor that the shared suites take
// (storetest.Run, graphtest).
func OpenStore(t *testing.T) schema.Store { return Open(t) }

// Open connects to the test server and empties its database. Tests that use
// it share one server, so packages must not run them in parallel (the test
// command runs go test with -p 1); where go test runs them in parallel all
// the same, each test process waits for the server (serverlock).
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
	serverlock.Lock(t, cfg.URI)
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
	// Relationships first: DETACH DELETE of a hub deletes all of its
	// relationships in one transaction, which Neo4j's memory pool refuses
	// once a node has tens of thousands (a growth benchmark's archive).
	s := Session(t, cfg)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := s.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			t.Fatalf("wipe Neo4j: %v", err)
		}
	}
}

// Session is a session on the test server apart from any store's, closed
// with its driver when the test ends.
func Session(t testing.TB, cfg neo4jstore.Config) neo4j.SessionWithContext {
	t.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
	if err != nil {
		t.Fatal(err)
	}
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	t.Cleanup(func() {
		if err := errors.Join(sess.Close(ctx), d.Close(ctx)); err != nil {
			t.Errorf("close a Neo4j session: %v", err)
		}
	})
	return sess
}

// CallLimit bounds a test's calls to the server that have no bound of their
// own: TestShortestPathAsTheEmbeddedStore once waited ten minutes, at load
// 11, writing its graph, until go test's timeout ended the whole package
// with no word of what the server was doing.
const CallLimit = 2 * time.Minute

// Bounded is a context for a test's calls to the server that ends after
// limit, so that a call waiting on a lock, or on a server stalled under
// load, fails with the context's error instead of hanging; Stalled says
// why.
func Bounded(t testing.TB, limit time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	t.Cleanup(cancel)
	return ctx
}

// Stalled is "" unless ctx ran out of time; then it says so, with the
// server's transactions at that moment (SHOW TRANSACTIONS: each one's status,
// "Blocked by: [...]" where it waits on another's lock, its time and its
// query), for the failing call's message.
func Stalled(ctx context.Context) string {
	if !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return ""
	}
	return "; out of time, the server's transactions: " + transactions()
}

// transactions lists the server's transactions but the listing's own: a
// lock holder that runs no query is a transaction some client left open.
func transactions() string {
	cfg, _ := neo4jstore.ConfigFromEnv()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
	if err != nil {
		return err.Error()
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, `SHOW TRANSACTIONS YIELD transactionId, status, elapsedTime, activeLockCount, currentQuery, clientAddress
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN transactionId, status, elapsedTime, activeLockCount, currentQuery, clientAddress`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		return "unlisted: " + err.Error()
	}
	if len(res.Records) == 0 {
		return "none (the server was slow, nothing held it)"
	}
	var out []string
	for _, r := range res.Records {
		v := r.Values
		doing := "idle: a transaction left open"
		if q := strings.Join(strings.Fields(fmt.Sprint(v[4])), " "); q != "" {
			doing = fmt.Sprintf("running %.120q", q)
		}
		out = append(out, fmt.Sprintf("%v (%v, from %v) for %v holding %v locks, %s", v[0], v[1], v[5], v[2], v[3], doing))
	}
	return strings.Join(out, "; ")
}
