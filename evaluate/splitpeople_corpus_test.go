package evaluate

import (
	"encoding/json"
	"os"
	"runtime"
	"sync"
	"testing"

	"newsgraph/internal/jsonl"
	"newsgraph/internal/sharedcorpus"
	"newsgraph/loader/extract"
)

// leftApart are the pairs of a listed official that the open corpus still
// gives two ids, each read and left for the reason given: the lists own a
// listed person's id, so any other pair fails the check.
var leftApart = map[[2]string]string{
	{"person:mitch-mcconnel", "person:mitch-mcconnell"}: "the text misspells \"McConnel\" (1 article, beside 47 with the " +
		"lists' spelling): English-written names are never transliterated (\"John Glen\" is no John Glenn)",
	{"person:terri-sewell", "person:terry-sewell"}: "the text misspells \"Terry Sewell\" (1 article): as McConnel",
	{"person:salman-bin-hamad-al-khalif", "person:salman-bin-hamad-al-khalifa"}: "the text misspells \"Al Khalif\" (usdos-321674, " +
		"beside 3 articles with the lists' form), two ids before the lists took the texts' form (Salman bin Hamad bin Isa Al Khalifa), " +
		"which made the pair visible to the check",
}

// TestOpenCorpusGivesListedPeopleOneID extracts the open corpus (the shared
// corpus less ClosedIDs: test, and the unseen batches) and fails on every
// pair of ids of one listed official (SplitPeople; middle initials aside,
// for those are mostly the recogniser's unlisted people) that leftApart
// does not explain. It logs every pair, listed or not, with its cost.
func TestOpenCorpusGivesListedPeopleOneID(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the open corpus")
	}
	closed, err := ClosedIDs("testdata/selection.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var articles []extract.Article
	for _, name := range sharedcorpus.Files(t) {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		for l, err := range jsonl.Lines(f) {
			if err != nil {
				t.Fatalf("%s line %d: %v", name, l.Number, err)
			}
			var a extract.Article
			if err := json.Unmarshal(l.Bytes, &a); err != nil {
				t.Fatalf("%s line %d: %v", name, l.Number, err)
			}
			if !closed[a.ID] {
				articles = append(articles, a)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if len(articles) < 3819 {
		t.Fatalf("read %d open articles, want the open corpus's 3,818 and the seed article", len(articles))
	}
	results := make([]extract.Result, len(articles))
	errs := make([]error, len(articles))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				results[i], errs[i] = extract.Extract(articles[i])
			}
		})
	}
	for i := range articles {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("%s: %v", articles[i].ID, err)
		}
	}
	seen := map[[2]string]bool{}
	for _, p := range SplitPeople(results) {
		t.Logf("%s\t%v\t%s (%s)\t%s (%s)\tarticles %d/%d/%d, meetings %d/%d", p.Kind, p.Listed, p.A, p.NameA, p.B, p.NameB,
			p.ArticlesA, p.ArticlesB, p.ArticlesBoth, p.MeetingsA, p.MeetingsB)
		if !p.Listed || p.Kind == SplitInitials {
			continue
		}
		key := [2]string{p.A, p.B}
		seen[key] = true
		if _, ok := leftApart[key]; !ok {
			t.Errorf("%s and %s (%q, %q; %s) are one listed person under two ids: %d and %d articles (%d both), %d and %d meeting records",
				p.A, p.B, p.NameA, p.NameB, p.Kind, p.ArticlesA, p.ArticlesB, p.ArticlesBoth, p.MeetingsA, p.MeetingsB)
		}
	}
	for key := range leftApart {
		if !seen[key] {
			t.Logf("%s and %s are no longer split: leftApart may drop them", key[0], key[1])
		}
	}
}
