package evaluate

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// WriteTable prints the headline scores: people and meeting-pair precision,
// recall and F1 with their (weighted) tp/fp/fn, and affiliation accuracy,
// each F1 and the accuracy with its 95% bootstrap interval (Bootstrap).
// Where matched pair weight differs between the sides, tp shows both as
// predicted/gold (precision uses the first, recall the second).
func (r Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles: %d scored, %d without prediction (scored empty), %d predicted without gold (ignored)\n",
		r.Scored, len(r.MissingPredictions), len(r.UnscoredPredictions))
	const row = "%-20s %6s %6s %6s %12s %8s %8s  %s\n"
	fmt.Fprintf(&b, row, "metric", "P", "R", "F1", "tp", "fp", "fn", "F1 95% interval")
	for _, m := range []struct {
		name string
		c    Counts
		ci   Interval
	}{{"people", r.People, r.Intervals.People}, {"meeting pairs, held", r.HeldPairs, r.Intervals.Held}, {"meeting pairs, all", r.AllPairs, r.Intervals.All}} {
		tp := num(m.c.MatchedPred)
		if math.Abs(m.c.MatchedPred-m.c.MatchedGold) > 1e-9 {
			tp += "/" + num(m.c.MatchedGold)
		}
		fmt.Fprintf(&b, row, m.name, f3(m.c.Precision()), f3(m.c.Recall()), f3(m.c.F1()), tp, num(m.c.FP), num(m.c.FN), m.ci)
	}
	acc, accCI := "n/a", ""
	if r.Affiliation.Total > 0 {
		acc, accCI = f3(r.Affiliation.Value()), fmt.Sprintf(", 95%% interval %s", r.Intervals.Affiliation)
	}
	fmt.Fprintf(&b, "%-20s %6s  (%d of %d matched people%s)\n", "affiliation accuracy", acc, r.Affiliation.Correct, r.Affiliation.Total, accCI)
	writeAttrs(&b, "held", r.HeldAttrs, r.Intervals.HeldKind, r.Intervals.HeldPlace)
	writeAttrs(&b, "all", r.AllAttrs, r.Intervals.AllKind, r.Intervals.AllPlace)
	fmt.Fprintf(&b, "(95%% intervals: percentile bootstrap, %d resamples of the scored articles, seed %d)\n", BootstrapResamples, BootstrapSeed)
	c := r.HeldCauses
	fmt.Fprintf(&b, "held pairs missed (fn) by cause: participant not found %s, never together %s, not held %s, date disagrees %s, other %s\n",
		num(c.MissedPerson), num(c.MissedNotPaired), num(c.MissedNotHeld), num(c.MissedDate), num(c.MissedOther))
	fmt.Fprintf(&b, "held pairs spurious (fp) by cause: participant not in gold %s, never together in gold %s, not held in gold %s, date disagrees %s, other %s\n",
		num(c.SpuriousPerson), num(c.SpuriousNotPaired), num(c.SpuriousNotHeld), num(c.SpuriousDate), num(c.SpuriousOther))
	fmt.Fprintf(&b, "held pairs missed, never together by where: neither in a predicted meeting %s, in separate ones %s, only one in any %s\n",
		num(c.MissedNotPairedBy.Neither), num(c.MissedNotPairedBy.Separate), num(c.MissedNotPairedBy.OneOnly))
	for _, d := range []struct {
		side string
		d    DateDisagreements
	}{{"missed", c.MissedDateBy}, {"spurious", c.SpuriousDateBy}} {
		fmt.Fprintf(&b, "held pairs %s, date disagrees by kind: predicted null %s, the article's date for gold null %s, the article's date for another %s, another date for gold null %s, same month %s, other month %s, other year %s\n",
			d.side, num(d.d.PredUndated), num(d.d.ArticleDayGoldUndated), num(d.d.ArticleDay), num(d.d.GoldUndated), num(d.d.SameMonth), num(d.d.OtherMonth), num(d.d.OtherYear))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

// String prints the interval as [lo, hi], three decimals.
func (i Interval) String() string { return "[" + f3(i.Lo) + ", " + f3(i.Hi) + "]" }

// String is the table of WriteTable.
func (r Report) String() string {
	var b strings.Builder
	_ = r.WriteTable(&b) // a strings.Builder does not fail
	return b.String()
}

// num prints a count: whole numbers without decimals, weights with two. A
// sum of weights a rounding error off a whole number (1.9999…) is whole.
func num(x float64) string {
	if r := math.Round(x); math.Abs(x-r) < 1e-9 {
		x = r
	}
	if x == math.Trunc(x) {
		return fmt.Sprintf("%.0f", x)
	}
	return fmt.Sprintf("%.2f", x)
}

// WriteDiffs prints, per article, its scores and what differs from gold:
// missed and spurious people, wrong countries, names matched only by a loose
// rule, missed and spurious meeting pairs, and matched pairs whose status
// differs. Articles with nothing to show get one line.
func (r Report) WriteDiffs(w io.Writer) error {
	var b strings.Builder
	for _, a := range r.Articles {
		fmt.Fprintf(&b, "%s  people P %.3f R %.3f  pairs(all) P %.3f R %.3f  pairs(held) P %.3f R %.3f",
			a.ID, a.People.Precision(), a.People.Recall(),
			a.AllPairs.Precision(), a.AllPairs.Recall(), a.HeldPairs.Precision(), a.HeldPairs.Recall())
		switch {
		case !a.Predicted:
			b.WriteString("  [no prediction]\n")
		case a.Perfect():
			b.WriteString("  ok\n")
		default:
			b.WriteString("\n")
		}
		for _, p := range a.MissedPeople {
			fmt.Fprintf(&b, "  - person   %s\n", personString(p))
		}
		for _, p := range a.SpuriousPeople {
			fmt.Fprintf(&b, "  + person   %s\n", personString(p))
		}
		for _, m := range a.MatchedPeople {
			if !m.CountryOK() {
				fmt.Fprintf(&b, "  ! country  %s: gold %q, predicted %q\n", m.Gold.Name, m.Gold.Country, m.Predicted.Country)
			}
			if m.Rule != Exact {
				fmt.Fprintf(&b, "  ~ name     %q matched gold %q by %s\n", m.Predicted.Name, m.Gold.Name, m.Rule)
			}
		}
		for _, p := range a.MissedPairs {
			fmt.Fprintf(&b, "  - pair     %s\n", pairString(p))
		}
		for _, p := range a.SpuriousPairs {
			fmt.Fprintf(&b, "  + pair     %s\n", pairString(p))
		}
		for _, m := range a.MatchedPairs {
			if m.Gold.held() != m.Predicted.held() {
				fmt.Fprintf(&b, "  ! status   %s – %s %s: gold %s, predicted %s\n",
					m.Gold.A, m.Gold.B, orNull(m.Gold.Date), orNull(m.Gold.Status), orNull(m.Predicted.Status))
			}
			if !m.KindOK() {
				fmt.Fprintf(&b, "  ! kind     %s – %s %s: gold %s, predicted %s\n",
					m.Gold.A, m.Gold.B, orNull(m.Gold.Date), orNull(m.Gold.Kind), orNull(m.Predicted.Kind))
			}
			if !m.PlaceOK() {
				fmt.Fprintf(&b, "  ! place    %s – %s %s: gold %s, predicted %s\n",
					m.Gold.A, m.Gold.B, orNull(m.Gold.Date), orNull(m.Gold.Place), orNull(m.Predicted.Place))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func personString(p Person) string {
	return fmt.Sprintf("%s (%s, %s)", p.Name, orNull(p.Country), orNull(p.Role))
}

func pairString(p Pair) string {
	return fmt.Sprintf("%s – %s  %s %s %s  w=%.3g", p.A, p.B, orNull(p.Date), orNull(p.Status), orNull(p.Kind), p.Weight)
}

func orNull(s string) string {
	if strings.TrimSpace(s) == "" {
		return "null"
	}
	return s
}
