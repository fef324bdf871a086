package loader_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// TestMergedIDsSurviveReloadsAndRestarts loads orderArticles back-filled
// (the meeting's report last, one article to a batch), so that the
// nodes the plan, the undated report and the month made are merged into
// the day's node, and wants each of their ids to answer the day's node;
// and the graph with its merged ids to stay byte for byte through a
// reload of the same articles and, on the embedded store, through a
// restart from the journal alone and from the snapshot.
func TestMergedIDsSurviveReloadsAndRestarts(t *testing.T) {
	const day = "meeting:2023-06-18:antony-blinken+qin-gang"
	order := []int{2, 3, 0, 1} // told, month, plan, held
	for _, st := range []string{"embedded", "neo4j"} {
		t.Run(st, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			var s schema.Store
			var mem *memstore.Store
			if st == "neo4j" {
				s = neo4jtest.Open(t)
			} else {
				m, err := memstore.Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				mem, s = m, m
			}
			load := func(s schema.Store) loader.Report {
				t.Helper()
				l := loader.Loader{Store: s, BatchSize: 1, TrackAdded: true}
				rep, err := l.Load(ctx, func(yield func(loader.Record) bool) {
					for i, a := range order {
						if !yield(loader.Record{Article: orderArticles[a], File: "order", Line: i + 1}) {
							return
						}
					}
				})
				if err != nil || len(rep.Rejected) > 0 {
					t.Fatalf("load: %v %v", err, rep.Rejected)
				}
				return rep
			}
			rep := load(s)
			want := dumpGraph(t, s)
			var merged []string
			for line := range bytes.Lines(want) {
				var m mergedLine
				if err := json.Unmarshal(line, &m); err != nil {
					t.Fatal(err)
				}
				if m.MergedID != "" {
					merged = append(merged, m.MergedID)
					if m.Into != day {
						t.Errorf("%s was merged into %s, want %s", m.MergedID, m.Into, day)
					}
				}
			}
			if len(merged) == 0 || len(rep.Added.Merged) == 0 {
				t.Fatalf("the back-filled load merged no meeting (report: %v): it tests nothing\n%s", rep.Added.Merged, want)
			}
			for _, m := range rep.Added.Merged {
				if !slices.Contains(merged, m.From) {
					t.Errorf("the load merged %s into %s, but the graph keeps no such id", m.From, m.Into)
				}
			}
			into, err := s.MergedInto(ctx, append(slices.Clone(merged), day, "meeting:none"))
			if err != nil {
				t.Fatal(err)
			}
			if len(into) != len(merged) {
				t.Errorf("MergedInto = %v, want each of %v to the day's meeting and no other id", into, merged)
			}
			for _, id := range merged {
				if into[id] != day {
					t.Errorf("MergedInto(%s) = %q, want %s", id, into[id], day)
				}
			}

			if again := load(s); again.Articles != 0 {
				t.Errorf("the reload wrote %d articles, want none", again.Articles)
			}
			diffDumps(t, "graph after the reload", want, dumpGraph(t, s))
			if mem == nil {
				return
			}
			for _, restart := range []string{"the snapshot", "the journal alone"} {
				if err := mem.Close(ctx); err != nil {
					t.Fatal(err)
				}
				if restart == "the journal alone" {
					if err := os.Remove(filepath.Join(dir, memstore.SnapshotFile)); err != nil {
						t.Fatal(err)
					}
				}
				m, err := memstore.Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				mem = m
				diffDumps(t, "graph after a restart from "+restart, want, dumpGraph(t, m))
			}
			if err := mem.Close(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}
