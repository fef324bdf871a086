package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/gazetteer"
)

// Large inputs that a load can meet: a pasted book, a transcript with no
// full stops, a feed that concatenates articles. Each shape is generated to
// a size, so that a test can extract it at two sizes and see whether the
// work grows faster than the text.

// scalingShape makes an article text of about n bytes.
type scalingShape struct {
	name string
	make func(tb testing.TB, n int) string
}

var scalingShapes = []scalingShape{
	{"corpus", corpusText},       // the bundled articles, one after another, as one article
	{"nostops", noStopsText},     // the same with no sentence end and no paragraph break
	{"paragraph", paragraphText}, // the same as one paragraph, sentence ends kept
	{"names", namesText},         // thousands of distinct officials, places and organisations
	{"dates", datesText},         // a date in every clause
	{"quotes", quotesText},       // a quote and its speaker in every sentence
	{"namelist", nameListText},   // one sentence listing thousands of names
	{"titles", titlesText},       // a title repeated, "Secretary of State … Secretary of State …"
}

// repeatTo repeats the pieces in turn up to n bytes.
func repeatTo(n int, next func(i int) string) string {
	var b strings.Builder
	b.Grow(n + 256)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(next(i))
	}
	return b.String()
}

// scalingCorpus is the text the corpus shapes repeat: SCALING_CORPUS names
// a JSONL of articles (the whole open corpus), else the bundled ones.
func scalingCorpus(tb testing.TB) []string {
	path := os.Getenv("SCALING_CORPUS")
	if path == "" {
		path = filepath.Join("testdata", "articles.jsonl")
	}
	var texts []string
	for _, a := range readArticles(tb, path) {
		texts = append(texts, a.Text)
	}
	return texts
}

func corpusText(tb testing.TB, n int) string {
	texts := scalingCorpus(tb)
	return repeatTo(n, func(i int) string { return texts[i%len(texts)] + "\n\n" })
}

func noStopsText(tb testing.TB, n int) string {
	drop := strings.NewReplacer(".", " ", "?", " ", "!", " ", ";", ",", ":", ",", "\n", " ")
	return drop.Replace(corpusText(tb, n))
}

func paragraphText(tb testing.TB, n int) string {
	return strings.NewReplacer("\n", " ").Replace(corpusText(tb, n))
}

// scalingNames are the officials of the built-in lists, in the lists' order,
// each with a place and an organisation beside it.
func scalingNames() (people, roles, places, orgs []string) {
	for _, o := range gazetteer.Officials() {
		if o.Role != "" && strings.Count(o.Name, " ") >= 1 {
			people = append(people, o.Name)
			roles = append(roles, o.Role)
		}
	}
	for _, p := range gazetteer.Phrases() {
		switch p.Kind {
		case gazetteer.KindPlace, gazetteer.KindCountry:
			places = append(places, p.Text)
		case gazetteer.KindOrg:
			orgs = append(orgs, p.Text)
		}
	}
	return
}

func namesText(tb testing.TB, n int) string {
	people, roles, places, orgs := scalingNames()
	return repeatTo(n, func(i int) string {
		j := (i*7919 + 13) % len(people)
		return fmt.Sprintf("%s %s met %s %s in %s on Monday to discuss the %s. ",
			roles[i%len(people)], people[i%len(people)], roles[j], people[j],
			places[i%len(places)], orgs[i%len(orgs)])
	})
}

var scalingMonths = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func datesText(tb testing.TB, n int) string {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	return repeatTo(n, func(i int) string {
		return fmt.Sprintf("On %s, %s %d, %d, Secretary Blinken met Foreign Minister Kuleba in Kyiv, and on %s they spoke again. ",
			days[i%7], scalingMonths[i%12], i%28+1, 2000+i%25, days[(i+3)%7])
	})
}

func quotesText(tb testing.TB, n int) string {
	people, roles, _, _ := scalingNames()
	return repeatTo(n, func(i int) string {
		k := i % len(people)
		return fmt.Sprintf("“We will keep working with our partners on this,” said %s %s. “It matters,” %s added.\n\n",
			roles[k], people[k], people[k][strings.LastIndexByte(people[k], ' ')+1:])
	})
}

func nameListText(tb testing.TB, n int) string {
	people, _, _, _ := scalingNames()
	list := repeatTo(n, func(i int) string { return people[i%len(people)] + ", " })
	return "The meeting in Brussels on Monday was attended by " + list + "and Secretary Blinken."
}

func titlesText(tb testing.TB, n int) string {
	return "Secretary Blinken met " + repeatTo(n, func(i int) string {
		return "Secretary of State "
	}) + "in Kyiv."
}

// scalingSizes are the sizes BenchmarkExtractScaling extracts each shape at,
// in bytes; SCALING_MB (e.g. "0.5,1,2") sets others.
func scalingSizes(tb testing.TB) []int {
	spec := os.Getenv("SCALING_MB")
	if spec == "" {
		spec = "0.125,0.25,0.5"
	}
	var out []int
	for _, f := range strings.Split(spec, ",") {
		var mb float64
		if _, err := fmt.Sscan(f, &mb); err != nil {
			tb.Fatalf("SCALING_MB %q: %v", spec, err)
		}
		out = append(out, int(mb*(1<<20)))
	}
	return out
}

// BenchmarkExtractScaling extracts each shape at each size as one article
// and reports ns per word and CPU ms per extraction: where ns/word grows with
// the size, some path is superlinear. The suite's smoke run extracts each
// once; measure with e.g.
//
//	SCALING_MB=0.5,1,2 go test -run '^$' -bench ExtractScaling -benchtime 1x ./loader/extract/
func BenchmarkExtractScaling(b *testing.B) {
	if _, err := Extract(Article{ID: "warm", Date: "2022-05-02", Text: "Secretary Blinken met Kuleba."}); err != nil {
		b.Fatal(err)
	}
	for _, sh := range scalingShapes {
		for _, n := range scalingSizes(b) {
			b.Run(fmt.Sprintf("%s/%.2gMB", sh.name, float64(n)/(1<<20)), func(b *testing.B) {
				a := Article{ID: "big", Date: "2022-05-02", Text: sh.make(b, n)}
				words := len(strings.Fields(a.Text))
				cpu0 := processCPU(b)
				runs := 0
				for b.Loop() {
					if _, err := Extract(a); err != nil {
						b.Fatal(err)
					}
					runs++
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(words*runs), "ns/word")
				b.ReportMetric(float64(processCPU(b)-cpu0)/1e6/float64(runs), "cpu-ms/op")
			})
		}
	}
}

// TestExtractAllocationsGrowLinearly extracts each shape at two sizes and
// fails where the allocations per byte at the larger size pass twice those
// at the smaller: a path that allocates per pair of mentions, or copies a
// sentence per name, grows with the square of the text. It counts
// allocations, not time, so a loaded machine does not make it flake.
func TestExtractAllocationsGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 1.3 MB of generated text")
	}
	const small, large = 32 << 10, 128 << 10
	if _, err := Extract(Article{ID: "warm", Date: "2022-05-02", Text: "Secretary Blinken met Kuleba."}); err != nil {
		t.Fatal(err)
	}
	for _, sh := range scalingShapes {
		perByte := func(n int) float64 {
			a := Article{ID: "big", Date: "2022-05-02", Text: sh.make(t, n)}
			allocs := testing.AllocsPerRun(1, func() {
				if _, err := Extract(a); err != nil {
					t.Fatal(err)
				}
			})
			return allocs / float64(len(a.Text))
		}
		s, l := perByte(small), perByte(large)
		t.Logf("%s: %.4f allocations a byte at %d KB, %.4f at %d KB", sh.name, s, small>>10, l, large>>10)
		if l > 2*s {
			t.Errorf("%s: %.4f allocations a byte at %d KB, %.4f at %d KB: more than twice, superlinear", sh.name, s, small>>10, l, large>>10)
		}
	}
}
