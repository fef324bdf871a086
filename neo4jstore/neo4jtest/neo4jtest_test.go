package neo4jtest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/storetest"
)

// A write that waits on the locks of a transaction left open ends at its
// bound, and Stalled names that transaction: the failure a test gives
// instead of hanging until go test's timeout.
func TestBoundedWriteFailsNamingTheServersTransactions(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	seed := storetest.Seed()
	if err := storetest.Write(ctx, s, seed); err != nil {
		t.Fatal(err)
	}
	cfg, _ := neo4jstore.ConfigFromEnv()
	holder, err := neo4jtest.Session(t, cfg).BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := holder.Rollback(ctx); err != nil {
			t.Error(err)
		}
	}()
	if _, err := holder.Run(ctx, "MATCH (n) SET n.heldByTest = true", nil); err != nil { // locks every node
		t.Fatal(err)
	}
	bounded := neo4jtest.Bounded(t, 3*time.Second)
	start := time.Now()
	seed[0].Nodes[0].Name += " renamed" // a changed article: its nodes are written again
	err = s.WriteResolved(bounded, seed[:1], nil)
	if err == nil {
		t.Fatal("the write went through another transaction's locks")
	}
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("the bounded write ended after %v", took)
	}
	why := neo4jtest.Stalled(bounded)
	if !strings.Contains(why, "idle: a transaction left open") {
		t.Errorf("Stalled does not name the transaction left open: %q", why)
	}
	t.Logf("%v%s", err, why)
	if neo4jtest.Stalled(ctx) != "" {
		t.Error("Stalled speaks of a context that did not run out")
	}
}
