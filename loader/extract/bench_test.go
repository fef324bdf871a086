package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtract runs Extract over the bundled articles and reports words per second.
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
}
