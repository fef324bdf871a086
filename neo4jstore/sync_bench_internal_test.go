package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkSyncNewMeetings times the meetings' parties sync alone (metric
// sync-ms/op) after the merges of 2,000 new meetings among stored people,
// in a transaction then rolled back: syncCypher for every meeting (cypher),
// against syncWritten (go), which computes new meetings' lists in Go.
//
//	go test -run '^$' -bench SyncNewMeetings -benchtime 10x ./neo4jstore/ (with NEO4J_URI set)
func BenchmarkSyncNewMeetings(b *testing.B) {
	cfg, ok := ConfigFromEnv()
	if !ok {
		b.Skip("NEO4J_URI unset")
	}
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		if err := s.Close(ctx); err != nil {
			b.Error(err)
		}
	}()
	g := storetest.ManyMeetings(2000)
	if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
		b.Fatal(err)
	}
	rollback := errors.New("rollback")
	syncs := map[string]func(context.Context, neo4j.ManagedTransaction, map[edgeGroup][]map[string]any, []string) error{
		"cypher": func(ctx context.Context, tx neo4j.ManagedTransaction, edges map[edgeGroup][]map[string]any, people []string) error {
			return syncMeetings(ctx, tx, attendedMeetings(edges), people)
		},
		"go": syncWritten,
	}
	for _, name := range []string{"cypher", "go"} {
		b.Run(name, func(b *testing.B) {
			var synced time.Duration
			i := 0
			for b.Loop() {
				i++
				nodes, edges := fold([]schema.ArticleGraph{renameMeetings(g, fmt.Sprintf("sync-%s-%d", name, i))})
				sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
				_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
					for _, label := range schema.Labels {
						if rows := nodes[label]; len(rows) > 0 {
							if _, err := tx.Run(ctx, mergeNodesCypher(label), map[string]any{"rows": rows}); err != nil {
								return nil, err
							}
						}
					}
					for _, k := range edgeGroupOrder(edges) {
						if _, err := tx.Run(ctx, mergeEdgesCypher(k, endsByID), map[string]any{"rows": edges[k]}); err != nil {
							return nil, err
						}
					}
					start := time.Now()
					if err := syncs[name](ctx, tx, edges, nil); err != nil {
						return nil, err
					}
					synced += time.Since(start)
					return nil, rollback
				})
				closeErr := sess.Close(ctx)
				if !errors.Is(err, rollback) {
					b.Fatal(err)
				}
				if closeErr != nil {
					b.Fatal(closeErr)
				}
			}
			b.ReportMetric(float64(synced.Milliseconds())/float64(i), "sync-ms/op")
		})
	}
}

// renameMeetings is g with its meetings renamed by prefix.
func renameMeetings(g schema.ArticleGraph, prefix string) schema.ArticleGraph {
	rename := func(id string) string {
		if rest, ok := strings.CutPrefix(id, "meeting:"); ok {
			return "meeting:" + prefix + "-" + rest
		}
		return id
	}
	out := schema.ArticleGraph{ArticleID: g.ArticleID}
	for _, n := range g.Nodes {
		n.ID = rename(n.ID)
		out.Nodes = append(out.Nodes, n)
	}
	for _, e := range g.Edges {
		e.From, e.To = rename(e.From), rename(e.To)
		out.Edges = append(out.Edges, e)
	}
	return out
}
