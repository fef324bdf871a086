package extract

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkExtract runs Extract over the bundled articles and reports words
// per second, and cpu-ms/op, the process's CPU time per pass over them: on a
// loaded machine the wall clock counts the time other processes hold the
// cores, and the CPU time much less so.
func BenchmarkExtract(b *testing.B) {
	arts := readArticles(b, filepath.Join("testdata", "articles.jsonl"))
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	if _, err := Extract(arts[0]); err != nil { // build the indexes outside the timing
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := processCPU(b)
	n := 0
	for b.Loop() {
		for _, a := range arts {
			if _, err := Extract(a); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(processCPU(b)-cpu0)/1e6/float64(n), "cpu-ms/op")
}

// processCPU is the user and system CPU time the process has used.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
