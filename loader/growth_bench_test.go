package loader

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsgraph/loader/extract"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// A growing archive: a news feed in date order, 30 short articles a day
// from 2018-01-01, each one sentence in which two of eight officials meet
// in one of eight cities. The same people meet again and again, so their
// nodes gather edges as the archive grows, as the busiest officials' do in
// real news. Each of them holds office from before the feed's first day
// to after its 100,000th article (2027-02), so an article's graph does not
// change with its date: the extractor dates roles by the official lists.

var (
	growingPeople = []string{"President Xi", "President Putin", "Prime Minister Modi", "President Erdogan",
		"President Macron", "Foreign Minister Lavrov", "Secretary-General Guterres", "Prime Minister Trudeau"}
	growingCities = []string{"Beijing", "Berlin", "Tokyo", "Paris", "Kyiv", "Warsaw", "Brussels", "Washington"}
	growingStart  = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
)

// growingArticle is article i of the feed.
func growingArticle(i int) extract.Article {
	a := growingPeople[(i*5)%8]
	b := growingPeople[(i*5+1+(i/8)%7)%8]
	return extract.Article{
		ID:    fmt.Sprintf("feed-%d", i),
		Title: fmt.Sprintf("Note %d", i),
		Date:  growingStart.AddDate(0, 0, i/30).Format(time.DateOnly),
		Text: fmt.Sprintf("%s met %s in %s on Monday to discuss issue number %d. They agreed to meet again.",
			a, b, growingCities[(i*7/3)%8], i),
	}
}

// growingPool is how many articles the benchmark prepares at a time.
const growingPool = 5000

// processCPU is the process's CPU time (user and system) in nanoseconds: on
// a shared machine the wall clock of a batch says more about the other
// processes than about the batch.
func processCPU(tb testing.TB) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// memProfile writes the allocations so far to path+suffix, when path is
// set: the measured batches' are the difference between the one written
// after and the one before (go tool pprof -diff_base).
func memProfile(tb testing.TB, path, suffix string) {
	if path == "" {
		return
	}
	runtime.GC() // the profile is as of the last collection
	f, err := os.Create(path + suffix)
	if err != nil {
		tb.Fatal(err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		tb.Fatal(errors.Join(err, f.Close()))
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// growingGraphs prepares articles from up to to of the feed.
func growingGraphs(tb testing.TB, from, to int) []schema.ArticleGraph {
	graphs := make([]schema.ArticleGraph, 0, to-from)
	for i := from; i < to; i++ {
		g, err := Prepare(Record{Article: growingArticle(i), File: "feed", Line: i + 1})
		if err != nil {
			tb.Fatal(err)
		}
		graphs = append(graphs, g)
	}
	return graphs
}

// archiveSizes are the archive sizes the growth benchmark loads before it
// measures: LOAD_ARCHIVE ("10000,50000"), else 1,000 so that a smoke run
// of every benchmark stays short.
func archiveSizes(tb testing.TB) []int {
	spec := os.Getenv("LOAD_ARCHIVE")
	if spec == "" {
		return []int{1000}
	}
	var sizes []int
	for _, f := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			tb.Fatalf("LOAD_ARCHIVE %q: not a list of article counts", spec)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// BenchmarkLoadGrowingArchive measures a batch of the loader (DefaultBatchSize
// articles of the feed, extracted beforehand: resolution and the write) on
// each store holding an archive of LOAD_ARCHIVE articles, loaded first. Each
// batch adds to the archive, so a run should be short beside it
// (-benchtime 50x). ms/article is the store's cost per article at that size;
// flat when it does not grow with the archive. LOAD_CPUPROFILE=file profiles
// the measured batches' CPU alone (the preload left out), LOAD_MEMPROFILE=file
// their allocations (file, less file.before).
//
//	LOAD_ARCHIVE=10000,50000 go test -run '^$' -bench LoadGrowingArchive -benchtime 50x ./loader/
func BenchmarkLoadGrowingArchive(b *testing.B) {
	for _, st := range []struct {
		name string
		open func(testing.TB) schema.Store
	}{
		{"embedded", func(tb testing.TB) schema.Store { return memtest.OpenDir(tb, tb.TempDir()) }},
		{"neo4j", func(tb testing.TB) schema.Store { return neo4jtest.Open(tb) }},
	} {
		for _, n := range archiveSizes(b) {
			b.Run(fmt.Sprintf("%s/archive=%d", st.name, n), func(b *testing.B) {
				ctx := context.Background()
				l := &Loader{Store: st.open(b)}
				for from := 0; from < n; from += 1000 {
					graphs := growingGraphs(b, from, min(from+1000, n))
					for i := 0; i < len(graphs); i += l.batchSize() {
						if _, _, err := l.write(ctx, graphs[i:min(i+l.batchSize(), len(graphs))]); err != nil {
							b.Fatal(err)
						}
					}
				}
				if path := os.Getenv("LOAD_CPUPROFILE"); path != "" {
					f, err := os.Create(path)
					if err != nil {
						b.Fatal(err)
					}
					if err := pprof.StartCPUProfile(f); err != nil {
						b.Fatal(errors.Join(err, f.Close()))
					}
					defer func() {
						pprof.StopCPUProfile()
						if err := f.Close(); err != nil {
							b.Error(err)
						}
					}()
				}
				// The batches to measure are prepared beforehand, so that
				// extraction's garbage is not collected in the measured time.
				pool := growingGraphs(b, n, n+growingPool)
				runtime.GC()
				memProfile(b, os.Getenv("LOAD_MEMPROFILE"), ".before")
				defer memProfile(b, os.Getenv("LOAD_MEMPROFILE"), "")
				next, cpu0 := n, processCPU(b)
				for b.Loop() {
					if next+l.batchSize() > n+len(pool) {
						b.StopTimer()
						c := processCPU(b)
						pool = append(pool, growingGraphs(b, n+len(pool), n+len(pool)+growingPool)...)
						cpu0 += processCPU(b) - c
						b.StartTimer()
					}
					graphs := pool[next-n : next-n+l.batchSize()]
					next += len(graphs)
					if _, _, err := l.write(ctx, graphs); err != nil {
						b.Fatal(err)
					}
				}
				articles := float64(next - n)
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/articles, "ms/article")
				b.ReportMetric(float64(processCPU(b)-cpu0)/1e6/articles, "cpu-ms/article")
			})
		}
	}
}
