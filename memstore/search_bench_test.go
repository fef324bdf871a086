package memstore

import (
	"context"
	"os"
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

// BenchmarkOpen replays a journal, and reports the live heap the open store
// holds.
func BenchmarkOpen(b *testing.B) {
	dir := benchJournal(b)
	var s *Store
	for b.Loop() {
		s = nil
		var err error
		if s, err = Open(dir); err != nil {
			b.Fatal(err)
		}
		closeStore(b, s)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(s)
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
