package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// Micro-benchmarks for before/after comparisons with benchstat:
//
//	go test -run '^$' -bench . -count 10 ./bench/ > old.txt
//	(apply a change)
//	go test -run '^$' -bench . -count 10 ./bench/ > new.txt
//	go run golang.org/x/perf/cmd/benchstat@latest old.txt new.txt
//
// They use the bundled samples, so they run anywhere; the Neo4j ones run
// when NEO4J_URI is set. The command (go run ./bench) makes the tables.

func sampleRecords(b testing.TB) []loader.Record {
	var recs []loader.Record
	for r := range (corpus{}).records(1) {
		recs = append(recs, r)
	}
	if len(recs) == 0 {
		b.Fatal("no bundled samples")
	}
	return recs
}

func loadSamples(b testing.TB, s schema.Store) {
	b.Helper()
	rep, err := (&loader.Loader{Store: s, Log: quietLog}).Load(context.Background(), slices.Values(sampleRecords(b)))
	if err != nil || len(rep.Rejected) > 0 {
		b.Fatalf("load samples: %v %v", err, rep.Rejected)
	}
}

// benchQueries runs the benchmark's queries through the real handler,
// without a network in between.
func benchQueries(b *testing.B, s schema.Store) {
	h := graph.NewHandler(s, graph.Options{Logger: quietLog, DisablePlayground: true})
	ask := func(body []byte) ([]byte, error) {
		req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors":`) {
			return nil, fmt.Errorf("%d %s", w.Code, w.Body.String())
		}
		return w.Body.Bytes(), nil
	}
	for _, q := range queriesFor(corpus{}) {
		if q.Ours == "" {
			continue
		}
		var pairs [][2]string
		if q.Pairs > 0 {
			var err error
			if pairs, err = pickPairs(ask, q.Pairs); err != nil {
				b.Fatal(err)
			}
		}
		bodies := q.bodies(q.Ours, pairs)
		b.Run(q.Name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := ask(bodies[i%len(bodies)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkQueryMem(b *testing.B) {
	s, err := memstore.Open("")
	if err != nil {
		b.Fatal(err)
	}
	loadSamples(b, s)
	benchQueries(b, s)
}

func BenchmarkQueryNeo4j(b *testing.B) {
	s := neo4jtest.Open(b)
	loadSamples(b, s)
	benchQueries(b, s)
}

// BenchmarkIngestMem loads the samples into an in-memory embedded store
// (no journal) per iteration, by batch size.
func BenchmarkIngestMem(b *testing.B) {
	recs := sampleRecords(b)
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			for b.Loop() {
				s, err := memstore.Open("")
				if err != nil {
					b.Fatal(err)
				}
				if _, err := (&loader.Loader{Store: s, BatchSize: batch, Log: quietLog}).Load(context.Background(), slices.Values(recs)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReplayMem opens an embedded store of the samples as a start
// does (from the snapshot its Close wrote, since issue 13): the start-up
// cost that the 2 s target is about, per article.
func BenchmarkReplayMem(b *testing.B) {
	dir := b.TempDir()
	s, err := memstore.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	loadSamples(b, s)
	if err := s.Close(context.Background()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s, err := memstore.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBoltParser is the counting proxy's per-byte cost.
func BenchmarkBoltParser(b *testing.B) {
	// A handshake, then RUN and PULL messages in 8-byte chunks.
	var stream []byte
	stream = append(stream, make([]byte, 20)...)
	msg := func(sig byte, n int) {
		body := append([]byte{0xB3, sig}, make([]byte, n)...)
		for len(body) > 0 {
			k := min(8, len(body))
			stream = append(stream, 0, byte(k))
			stream = append(stream, body[:k]...)
			body = body[k:]
		}
		stream = append(stream, 0, 0)
	}
	for range 100 {
		msg(sigRun, 200)
		msg(sigPull, 10)
	}
	var runs int
	for b.Loop() {
		runs = 0
		p := &boltParser{count: func(sig byte) {
			if sig == sigRun {
				runs++
			}
		}}
		p.feed(stream[:20])
		p.feed(stream[20:])
	}
	if runs != 100 {
		b.Fatalf("counted %d RUN, want 100", runs)
	}
	b.SetBytes(int64(len(stream)))
}

// BenchmarkNeo4jRead compares the two ways to send one read: a managed
// transaction through neo4j.ExecuteQuery, which neo4jstore uses (BEGIN+RUN+
// PULL, then COMMIT: two round trips), and an auto-commit session.Run
// (RUN+PULL: one round trip). BENCHMARKS.md proposes the second for reads.
// Compare the two with benchstat after renaming:
//
//	go test -run '^$' -bench Neo4jRead -count 10 ./bench/ | tee reads.txt
//	go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da -col /way reads.txt
func BenchmarkNeo4jRead(b *testing.B) {
	s := neo4jtest.Open(b)
	loadSamples(b, s)
	cfg, _ := neo4jstore.ConfigFromEnv()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.NoAuth())
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		if err := d.Close(ctx); err != nil {
			b.Error(err)
		}
	}()
	q := "UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN n {.*} AS n"
	p := map[string]any{"ids": []string{"person:xi-jinping", "person:joe-biden", "person:antony-blinken"}}
	b.Run("way=ExecuteQuery", func(b *testing.B) {
		for b.Loop() {
			if _, err := neo4j.ExecuteQuery(ctx, d, q, p, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("way=autocommit", func(b *testing.B) {
		for b.Loop() {
			sess := d.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, BookmarkManager: d.ExecuteQueryBookmarkManager()})
			r, err := sess.Run(ctx, q, p)
			if err == nil {
				_, err = r.Collect(ctx)
			}
			if cerr := sess.Close(ctx); err == nil {
				err = cerr
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
