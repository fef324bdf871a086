package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressLineSaysDoneRateETAAndCounts(t *testing.T) {
	p := &Progress{Total: 400}
	p.start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p.add(90, 5, 5)
	got := p.Line(p.start.Add(10 * time.Second))
	want := "load: 100 of 400 articles (25%), 10.0 articles/s, ETA 30s; loaded 90, skipped 5, rejected 5"
	if got != want {
		t.Errorf("Line = %q, want %q", got, want)
	}
	unknown := &Progress{start: p.start}
	unknown.add(3, 0, 0)
	if got := unknown.Line(p.start.Add(time.Second)); got != "load: 3 articles, 3.0 articles/s; loaded 3, skipped 0, rejected 0" {
		t.Errorf("without a total, Line = %q", got)
	}
}

func TestProgressReportWritesLinesUntilStopped(t *testing.T) {
	var b strings.Builder
	p := &Progress{Total: 10}
	stop := p.Report(&b, 10*time.Millisecond, false)
	p.add(10, 0, 0)
	time.Sleep(50 * time.Millisecond)
	stop()
	if !strings.Contains(b.String(), "load: 10 of 10 articles (100%)") {
		t.Errorf("report = %q, want a line with every article done", b.String())
	}
}

func TestCountArticlesCountsNonBlankLinesAndTextFiles(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(jsonl, []byte("{}\n\n  \n{}\n{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := CountArticles(jsonl, filepath.Join(dir, "b.txt")); got != 4 {
		t.Errorf("CountArticles = %d, want 3 lines and 1 text file", got)
	}
}
