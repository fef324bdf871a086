package extract

import (
	"runtime"
	"testing"
)

// TestAHugeArticlesBuffersAreNotKept extracts a 1 MB article and then short
// ones, as a load goes on after a pasted book, and holds the memory still
// live to a few times the text's size. The token buffers that Extract keeps
// for the next article (the pipeline's and the recogniser's) went with
// every article after it, 60 times its text: 600 MB for the rest of a load
// after a 10 MB article.
func TestAHugeArticlesBuffersAreNotKept(t *testing.T) {
	short := Article{ID: "short", Date: "2023-06-19", Text: "Secretary Blinken met President Xi Jinping in Beijing on Monday."}
	extract := func(a Article) {
		if _, err := Extract(a); err != nil {
			t.Fatal(err)
		}
	}
	live := func() int64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return int64(ms.HeapAlloc)
	}
	extract(short) // the lists and the model load once
	before := live()
	const size = 1 << 20
	extract(Article{ID: "huge", Date: "2023-06-19", Text: corpusText(t, size)})
	for range 3 {
		runtime.GC()
		extract(short) // takes the buffers from the pools and gives them back
	}
	kept := live() - before
	t.Logf("%.1f MB live after the 1 MB article", float64(kept)/(1<<20))
	if kept > 4*size {
		t.Errorf("%.1f MB stay live after a 1 MB article and three short ones, want at most 4 MB", float64(kept)/(1<<20))
	}
}
