package ner

import (
	"encoding/json"
	"newsgraph/internal/jsonl"
	"os"
	"strings"
	"testing"
)

// BenchmarkFind tags the extractor's bundled articles and reports words per second.
func BenchmarkFind(b *testing.B) {
	var texts []string
	words := 0
	for _, a := range bundledArticles(b) {
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

// article is the part of a bundled article the recogniser's tests read.
type article struct{ Title, Text string }

// bundledArticles reads the extractor's bundled articles.
func bundledArticles(tb testing.TB) []article {
	tb.Helper()
	f, err := os.Open("../testdata/articles.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			tb.Error(err)
		}
	}()
	var out []article
	for l, err := range jsonl.Lines(f) {
		if err != nil {
			tb.Fatalf("articles.jsonl line %d: %v", l.Number, err)
		}
		var a article
		if err := json.Unmarshal(l.Bytes, &a); err != nil {
			tb.Fatalf("articles.jsonl line %d: %v", l.Number, err)
		}
		out = append(out, a)
	}
	return out
}
