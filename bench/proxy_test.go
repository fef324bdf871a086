package main

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestBoltProxyCounts sends known statements through the counting proxy and
// checks what it counted. It needs a Neo4j (NEO4J_URI), and only reads.
func TestBoltProxyCounts(t *testing.T) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		t.Skip("NEO4J_URI unset")
	}
	p, err := startBoltProxy(hostPort(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := p.Close(); err != nil {
			t.Error(err)
		}
	}()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext("bolt://"+p.Addr(), neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := d.Close(ctx); err != nil {
			t.Error(err)
		}
	}()
	if _, err := neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer); err != nil {
		t.Fatal(err)
	}
	before := p.snapshot()
	for range 5 {
		if _, err := neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer); err != nil {
			t.Fatal(err)
		}
	}
	got := p.snapshot().minus(before)
	t.Logf("5 ExecuteQuery calls: %+v", got)
	if got.Run != 5 {
		t.Errorf("counted %d RUN messages, want 5", got.Run)
	}
	if got.RoundTrips < 5 {
		t.Errorf("counted %d round trips, want at least 5", got.RoundTrips)
	}
}

// TestBoltParserSplits feeds a Bolt client stream to the parser cut at
// every possible place and checks it counts the same messages each time.
func TestBoltParserSplits(t *testing.T) {
	for _, manifest := range []bool{false, true} {
		stream := make([]byte, 20)
		if manifest {
			stream = append(stream, 0, 0, 5, 5, 0x81, 0x01) // chosen version, two-byte capabilities varint
		}
		msg := func(sig byte, n, chunk int) {
			body := append([]byte{0xB1, sig}, make([]byte, n)...)
			for len(body) > 0 {
				k := min(chunk, len(body))
				stream = append(stream, byte(k>>8), byte(k))
				stream = append(stream, body[:k]...)
				body = body[k:]
			}
			stream = append(stream, 0, 0)
		}
		msg(sigHello, 30, 1000)
		msg(sigBegin, 5, 1)
		msg(sigRun, 300, 7)
		msg(sigPull, 3, 1000)
		stream = append(stream, 0, 0) // a NOOP between messages
		msg(sigCommit, 0, 1000)
		for cut := 0; cut <= len(stream); cut++ {
			var m atomic.Bool
			m.Store(manifest)
			got := map[byte]int{}
			p := &boltParser{count: func(sig byte) { got[sig]++ }, manifest: &m}
			p.feed(stream[:cut])
			p.feed(stream[cut:])
			want := map[byte]int{sigHello: 1, sigBegin: 1, sigRun: 1, sigPull: 1, sigCommit: 1}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("manifest %v, cut at %d: counted %v, want %v", manifest, cut, got, want)
			}
		}
	}
}
