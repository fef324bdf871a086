package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// BenchmarkFind tags the extractor's bundled articles and reports words per second.
func BenchmarkFind(b *testing.B) {
	f, err := os.Open("../testdata/articles.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			b.Error(err)
		}
	}()
	var texts []string
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
		words += len(strings.Fields(a.Text))
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	m.Find("warm up the gazetteers")
	n := 0
	for b.Loop() {
		for _, t := range texts {
			m.Find(t)
		}
		n++
	}
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
}
