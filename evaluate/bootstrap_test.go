package evaluate

import (
	"slices"
	"testing"
)

// art is an article's report with the given people, held-pair and
// all-pair counts (true positives weigh the same on both sides) and
// affiliation.
func art(people, held, all [3]float64, affCorrect, affTotal int) ArticleReport {
	c := func(x [3]float64) Counts { return Counts{MatchedPred: x[0], FP: x[1], MatchedGold: x[0], FN: x[2]} }
	return ArticleReport{People: c(people), HeldPairs: c(held), AllPairs: c(all),
		Affiliation: Accuracy{Correct: affCorrect, Total: affTotal}}
}

// pooled is the point estimate Score reports for the articles: their
// counts summed, then scored.
func pooled(arts []ArticleReport) (people, affiliation, held, all float64) {
	var p, h, a Counts
	var acc Accuracy
	for _, x := range arts {
		p.add(x.People)
		h.add(x.HeldPairs)
		a.add(x.AllPairs)
		acc.Correct += x.Affiliation.Correct
		acc.Total += x.Affiliation.Total
	}
	return p.F1(), acc.Value(), h.F1(), a.F1()
}

// twentyArticles are unlike articles, as a gold part has: most scored
// well, a few with their meetings missed.
func twentyArticles() []ArticleReport {
	var arts []ArticleReport
	for i := range 20 {
		switch {
		case i%7 == 3: // a readout whose meetings were all missed
			arts = append(arts, art([3]float64{2, 0, 2}, [3]float64{0, 1, 3}, [3]float64{0, 1, 4}, 1, 2))
		case i%5 == 0:
			arts = append(arts, art([3]float64{4, 1, 0}, [3]float64{1, 0, 0.5}, [3]float64{1.5, 0, 0.5}, 4, 4))
		default:
			arts = append(arts, art([3]float64{3, 0, 0}, [3]float64{1, 0, 0}, [3]float64{1, 0, 0}, 3, 3))
		}
	}
	return arts
}

func TestBootstrapIntervals(t *testing.T) {
	one := art([3]float64{3, 1, 2}, [3]float64{1, 0.5, 1}, [3]float64{2, 0.5, 1}, 2, 3)
	for _, tc := range []struct {
		name      string
		arts      []ArticleReport
		zeroWidth bool // every interval has no width
	}{
		{"one article: every resample is it, the interval has no width", []ArticleReport{one}, true},
		{"one article thrice: every resample is the same", []ArticleReport{one, one, one}, true},
		{"two unlike articles", []ArticleReport{one, art([3]float64{1, 0, 3}, [3]float64{0, 2, 1}, [3]float64{0, 2, 2}, 0, 1)}, false},
		{"twenty unlike articles", twentyArticles(), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Bootstrap(tc.arts, BootstrapResamples, BootstrapSeed)
			if again := Bootstrap(tc.arts, BootstrapResamples, BootstrapSeed); again != got {
				t.Errorf("the same seed gave %+v, then %+v", got, again)
			}
			people, aff, held, all := pooled(tc.arts)
			for _, m := range []struct {
				name  string
				ci    Interval
				point float64
			}{{"people", got.People, people}, {"affiliation", got.Affiliation, aff}, {"held", got.Held, held}, {"all", got.All, all}} {
				if !m.ci.Contains(m.point) {
					t.Errorf("%s interval %v does not hold the point estimate %.3f", m.name, m.ci, m.point)
				}
				if width := m.ci.Hi - m.ci.Lo; (width == 0) != tc.zeroWidth {
					t.Errorf("%s interval %v has width %.3f, want zero width %v", m.name, m.ci, width, tc.zeroWidth)
				}
			}
		})
	}
}

func TestBootstrapDependsOnTheSeedOnly(t *testing.T) {
	arts := twentyArticles()
	a, b := Bootstrap(arts, BootstrapResamples, 1), Bootstrap(arts, BootstrapResamples, 2)
	if a == b {
		t.Errorf("seeds 1 and 2 gave the same intervals %+v: the seed is not used", a)
	}
	if again := Bootstrap(slices.Clone(arts), BootstrapResamples, 1); again != a {
		t.Errorf("seed 1 gave %+v, then %+v", a, again)
	}
}

// Each resample's score is its articles' summed counts, scored: not the
// mean of its articles' scores. Article x is perfect (F1 1), y missed 9
// people (F1 0); a resample of one of each scores P 1, R 0.1, F1 2/11,
// where a mean of F1s would give 0.5.
func TestBootstrapSumsCountsBeforeScoring(t *testing.T) {
	x := art([3]float64{1, 0, 0}, [3]float64{1, 0, 0}, [3]float64{1, 0, 0}, 1, 1)
	y := art([3]float64{0, 0, 9}, [3]float64{0, 0, 9}, [3]float64{0, 0, 9}, 0, 9)
	s := bootstrapScores([]ArticleReport{x, y}, BootstrapResamples, BootstrapSeed)
	for _, m := range []struct {
		name   string
		scores []float64
		mixed  float64 // the score of a resample holding x and y
	}{{"people", s.people, 2.0 / 11}, {"held", s.held, 2.0 / 11}, {"all", s.all, 2.0 / 11}, {"affiliation", s.affiliation, 0.1}} {
		if len(m.scores) != BootstrapResamples {
			t.Fatalf("%s: %d resamples, want %d", m.name, len(m.scores), BootstrapResamples)
		}
		seen := map[float64]int{}
		for _, v := range m.scores {
			seen[v]++
		}
		for v := range seen {
			if v != 0 && v != 1 && v != m.mixed {
				t.Errorf("%s: a resample scored %.4f; only 0 (y, y), 1 (x, x) and %.4f (x, y) can be", m.name, v, m.mixed)
			}
		}
		// About half the resamples hold one of each.
		if n := seen[m.mixed]; n < BootstrapResamples/3 || n > 2*BootstrapResamples/3 {
			t.Errorf("%s: %d of %d resamples scored %.4f (x, y), want about half", m.name, n, BootstrapResamples, m.mixed)
		}
	}
	got := Bootstrap([]ArticleReport{x, y}, BootstrapResamples, BootstrapSeed)
	if want := (Interval{0, 1}); got.People != want {
		t.Errorf("people interval %v, want %v (a quarter of resamples are y twice, a quarter x twice)", got.People, want)
	}
}

func TestBootstrapWithoutArticlesIsZero(t *testing.T) {
	for _, tc := range []struct {
		name      string
		arts      []ArticleReport
		resamples int
	}{
		{"no articles", nil, BootstrapResamples},
		{"no resamples", twentyArticles(), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Bootstrap(tc.arts, tc.resamples, BootstrapSeed); got != (Intervals{}) {
				t.Errorf("Bootstrap = %+v, want zero intervals", got)
			}
		})
	}
}

func TestQuantileInterpolatesBetweenOrderStatistics(t *testing.T) {
	xs := []float64{0, 10, 20, 30, 40}
	for _, tc := range []struct{ p, want float64 }{
		{0, 0}, {0.25, 10}, {0.5, 20}, {0.1, 4}, {0.975, 39}, {1, 40},
	} {
		if got := quantile(xs, tc.p); got != tc.want {
			t.Errorf("quantile(%v, %v) = %v, want %v", xs, tc.p, got, tc.want)
		}
	}
}
