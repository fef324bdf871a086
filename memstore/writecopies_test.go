package memstore_test

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"newsgraph/memstore/memtest"
	"newsgraph/schema"
)

// hugeArticle is the graph of one article whose text is about n bytes, with
// a few edges that cite its sentences, as a pasted book's is.
func hugeArticle(id string, n int) schema.ArticleGraph {
	sentence := "The ministers met in the capital on Monday to talk about trade and the border. "
	text := strings.Repeat(sentence, n/len(sentence)+1)
	g := schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{
		{ID: schema.ArticleID(id), Label: schema.LabelArticle, Name: id, Props: map[string]string{
			schema.PropTitle: id, schema.PropDate: "2024-01-02", schema.PropText: text,
			schema.PropContentHash: schema.ArticleContentHash(id, "2024-01-02", "", "", text)}},
	}}
	for i := range 20 {
		p := fmt.Sprintf("person:huge-%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: fmt.Sprintf("Huge Person%d", i)})
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelMentions, From: schema.ArticleID(id), To: p,
			Evidence: []schema.Evidence{{ArticleID: id, Sentence: strings.TrimSpace(sentence)}}})
	}
	return g
}

// TestWritingAHugeArticleCopiesItsTextAFewTimes writes articles of 4 MB to
// a journaled store and holds the bytes the write allocates to a little
// over two times the text's size: the journal line that holds it (also its
// hash's input) and the texts file's write. The store encoded each graph
// twice, once to hash it and once more in the journal's line, each copied
// out of the encoder: 3.0 times the text (2.07 now).
func TestWritingAHugeArticleCopiesItsTextAFewTimes(t *testing.T) {
	s := memtest.OpenDir(t, t.TempDir())
	const size = 4 << 20
	write := func(id string) uint64 {
		g := hugeArticle(id, size)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{g}, nil); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	// No collection while it writes: one would empty encoding/json's pool
	// of buffers, and the next write would allocate the text twice more in
	// the encoder, depending on when it ran.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	write("huge-warm")
	least := math.Inf(1)
	for i := range 3 {
		least = min(least, float64(write(fmt.Sprintf("huge-%d", i)))/size)
	}
	t.Logf("%.2f bytes allocated a byte of text", least)
	if least > 2.5 {
		t.Errorf("writing a %d MB article allocated %.1f times its text, want at most 2.5", size>>20, least)
	}
}
