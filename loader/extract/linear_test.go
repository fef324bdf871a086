package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

func TestExtractTimeIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times 11 MB of text")
	}
	run := func(n int) time.Duration {
		a := Article{ID: "big", Date: "2022-05-13", Source: "whitehouse.gov", Title: "Remarks by President Biden at the Summit", Text: bigText(t, n)}
		best := time.Duration(1 << 62)
		for k := 0; k < 2; k++ {
			start := time.Now()
			if _, err := Extract(a); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	Extract(Article{ID: "warm", Date: "2022-01-01", Text: "warm up"})
	small, large := run(1<<20), run(10<<20)
	t.Logf("1 MB: %v, 10 MB: %v", small, large)
	if large > 25*small {
		t.Errorf("10 MB took %v, 1 MB %v: more than linear", large, small)
	}
}
