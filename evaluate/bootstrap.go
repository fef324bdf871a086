package evaluate

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Interval is a two-sided 95% percentile bootstrap interval of a score.
type Interval struct {
	Lo, Hi float64
}

// Contains reports whether x lies in the interval, ends included.
func (i Interval) Contains(x float64) bool { return i.Lo <= x && x <= i.Hi }

// Intervals are the bootstrap intervals of a Report's headline scores.
type Intervals struct {
	People      Interval // people F1
	Affiliation Interval // affiliation accuracy
	Held        Interval // held meeting pairs' F1
	All         Interval // all meeting pairs' F1
	// The kind and place agreement of matched held and all pairs (Attrs).
	HeldKind, HeldPlace, AllKind, AllPlace Interval
}

// The bootstrap that Score runs: fixed, so that a table prints the same
// interval every time for the same scores.
const (
	BootstrapResamples        = 2000
	BootstrapSeed      uint64 = 10
)

// Bootstrap estimates how far the headline scores of these articles could
// move on another sample of articles like them: it draws resamples
// resamples of the articles with replacement (as many as there are, from a
// generator seeded by seed), sums each resample's counts over its articles
// as Score sums the whole set's, computes the scores from the sums, and
// returns the 2.5th and 97.5th percentiles of each. The article, not the
// pair or the person, is the unit resampled, because errors cluster in
// articles: a readout the rules misread loses all its pairs at once.
//
// Only the interval is returned, never a resample's or an article's score,
// so that it may be printed for the test part. No articles, or no
// resamples, give zero intervals.
func Bootstrap(articles []ArticleReport, resamples int, seed uint64) Intervals {
	s := bootstrapScores(articles, resamples, seed)
	return Intervals{
		People:      percentileInterval(s.people),
		Affiliation: percentileInterval(s.affiliation),
		Held:        percentileInterval(s.held),
		All:         percentileInterval(s.all),
		HeldKind:    percentileInterval(s.heldKind),
		HeldPlace:   percentileInterval(s.heldPlace),
		AllKind:     percentileInterval(s.allKind),
		AllPlace:    percentileInterval(s.allPlace),
	}
}

// resampledScores are the scores of each bootstrap resample, one slice
// per headline score, each in the order the resamples were drawn.
type resampledScores struct {
	people, affiliation, held, all         []float64
	heldKind, heldPlace, allKind, allPlace []float64
}

// bootstrapScores draws the resamples of Bootstrap and scores each.
func bootstrapScores(articles []ArticleReport, resamples int, seed uint64) resampledScores {
	var s resampledScores
	if len(articles) == 0 || resamples <= 0 {
		return s
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	for range resamples {
		var people, held, all Counts
		var aff Accuracy
		var heldAttrs, allAttrs Attrs
		for range articles {
			a := articles[rng.IntN(len(articles))]
			heldAttrs.Kind.add(a.HeldAttrs.Kind)
			heldAttrs.Place.add(a.HeldAttrs.Place)
			allAttrs.Kind.add(a.AllAttrs.Kind)
			allAttrs.Place.add(a.AllAttrs.Place)
			people.add(a.People)
			held.add(a.HeldPairs)
			all.add(a.AllPairs)
			aff.Correct += a.Affiliation.Correct
			aff.Total += a.Affiliation.Total
		}
		s.people = append(s.people, people.F1())
		s.affiliation = append(s.affiliation, aff.Value())
		s.held = append(s.held, held.F1())
		s.all = append(s.all, all.F1())
		s.heldKind = append(s.heldKind, heldAttrs.Kind.Value())
		s.heldPlace = append(s.heldPlace, heldAttrs.Place.Value())
		s.allKind = append(s.allKind, allAttrs.Kind.Value())
		s.allPlace = append(s.allPlace, allAttrs.Place.Value())
	}
	return s
}

// percentileInterval is the 2.5th and 97.5th percentiles of xs, each
// interpolated between the two nearest order statistics (R's type 7, the
// usual default), so that the interval does not hang on which of two
// neighbouring resamples is taken. It sorts xs.
func percentileInterval(xs []float64) Interval {
	if len(xs) == 0 {
		return Interval{}
	}
	slices.Sort(xs)
	return Interval{Lo: quantile(xs, 0.025), Hi: quantile(xs, 0.975)}
}

// quantile is the p-quantile of sorted xs (type 7).
func quantile(sorted []float64, p float64) float64 {
	h := p * float64(len(sorted)-1)
	i := int(math.Floor(h))
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-float64(i))*(sorted[i+1]-sorted[i])
}
