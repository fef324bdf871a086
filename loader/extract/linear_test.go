package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// bigText repeats the bundled articles and sentences that exercise the newer
// rules (title lists, pronoun subjects, addressed leaders, trips) with names
// that differ everywhere, to about n bytes.
func bigText(tb testing.TB, n int) string {
	arts := readArticles(tb, filepath.Join("testdata", "articles.jsonl"))
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		a := arts[i%len(arts)]
		b.WriteString(a.Text)
		fmt.Fprintf(&b, "\n\nSenators Ab%[1]d, Cd%[1]d and Ef%[1]d met Foreign Minister Gh%[1]d Ij%[1]d of France. "+
			"He will meet with Foreign Minister Kl%[1]d Mn%[1]d of Laos, Vice Foreign Minister Op%[1]d Qr%[1]d of Laos. "+
			"President St%[1]d Uv%[1]d of Chile, I thank you. Lt. Gen. Wx%[1]d Yz%[1]d, Commander of the Fleet, will travel May 1-7.\n\n", i)
	}
	return b.String()
}

// BenchmarkExtractBySize extracts articles of 1 MB and 4 MB. Extraction
// should be linear in the text: ns/MB should stay about the same from one
// size to the next.
func BenchmarkExtractBySize(b *testing.B) {
	for _, mb := range []int{1, 4} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			a := Article{ID: "big", Date: "2022-05-13", Source: "whitehouse.gov", Title: "Remarks by President Biden at the Summit", Text: bigText(b, mb<<20)}
			b.SetBytes(int64(len(a.Text)))
			for b.Loop() {
				if _, err := Extract(a); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(a.Text))*(1<<20), "ns/MB")
		})
	}
}
