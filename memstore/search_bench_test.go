package memstore

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"newsgraph/schema"
)

// benchJournal opens the store in $MEMSTORE_BENCH_DATA (a folder with a
// journal, e.g. made by `go run . load --data DIR FILE...`), or skips.
func benchJournal(b *testing.B) string {
	dir := os.Getenv("MEMSTORE_BENCH_DATA")
	if dir == "" {
		b.Skip("MEMSTORE_BENCH_DATA unset")
	}
	return dir
}

// BenchmarkOpen opens the store in $MEMSTORE_BENCH_DATA from its snapshot
// (as a start after a clean stop does) and from its journal alone (as the
// first start after a crash does), and reports the live heap the open
// store holds.
func BenchmarkOpen(b *testing.B) {
	dir := benchJournal(b)
	snapshot := filepath.Join(dir, SnapshotFile)
	for _, from := range []string{"snapshot", "journal"} {
		b.Run("from="+from, func(b *testing.B) {
			if from == "journal" {
				// Time the replay alone, not the snapshot a long one writes.
				old := snapshotAfterReplay
				snapshotAfterReplay = math.MaxInt64
				defer func() { snapshotAfterReplay = old }()
			}
			var s *Store
			for b.Loop() {
				b.StopTimer()
				if from == "journal" {
					if err := os.Remove(snapshot); err != nil && !errors.Is(err, os.ErrNotExist) {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				var err error
				if s, err = Open(dir); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				closeStore(b, s) // writes the snapshot when there was none
				b.StartTimer()
			}
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
			runtime.KeepAlive(s)
		})
	}
}

// BenchmarkSearch is the benchmark's search query on a journal's store.
func BenchmarkSearch(b *testing.B) {
	s, err := Open(benchJournal(b))
	if err != nil {
		b.Fatal(err)
	}
	defer closeStore(b, s)
	for _, text := range []string{"Xi", "b", "united states"} {
		b.Run(text, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(context.Background(), text, nil, 10, schema.Projection{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
