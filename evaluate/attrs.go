package evaluate

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Agreement is the weighted share of matched meeting pairs whose attribute
// (kind or place) is the gold's. A matched pair weighs its gold weight, as
// recall counts it: the question is how much of the gold's encounters that
// were found carry the right attribute.
type Agreement struct {
	Agree, Total float64
}

// Value is Agree/Total, 0 when no pair matched (tables print that as n/a).
func (a Agreement) Value() float64 {
	if a.Total == 0 {
		return 0
	}
	return a.Agree / a.Total
}

func (a *Agreement) add(o Agreement) {
	a.Agree += o.Agree
	a.Total += o.Total
}

// PlaceDisagreements split the weight of matched pairs whose place
// disagrees by how. A null on one side and a city on the other disagrees,
// either way round; null against null agrees.
type PlaceDisagreements struct {
	PredNull float64 // gold a city, predicted null
	GoldNull float64 // gold null, predicted a city
	Other    float64 // two different cities
}

func (d *PlaceDisagreements) add(o PlaceDisagreements) {
	d.PredNull += o.PredNull
	d.GoldNull += o.GoldNull
	d.Other += o.Other
}

// Attrs are how far the matched pairs of one matching (held, or all
// statuses) agree with the gold on their meeting's kind and place, with
// the disagreements by kind: aggregates only, so that the test part may
// print them.
type Attrs struct {
	Kind, Place Agreement
	// KindBy is the weight of kind disagreements by "gold→predicted".
	KindBy  map[string]float64
	PlaceBy PlaceDisagreements
}

func (a *Attrs) add(o Attrs) {
	a.Kind.add(o.Kind)
	a.Place.add(o.Place)
	a.PlaceBy.add(o.PlaceBy)
	for k, w := range o.KindBy {
		if a.KindBy == nil {
			a.KindBy = map[string]float64{}
		}
		a.KindBy[k] += w
	}
}

// kindsAgree compares meeting kinds with case and surrounding spaces
// ignored; an empty kind agrees only with an empty one.
func kindsAgree(gold, pred string) bool { return sameCode(gold, pred) }

// FoldPlace is the form in which places are compared: the scorer's folding
// of names (NormalizeName: case, accents and punctuation folded), so that
// "Port-au-Prince" is "Port au Prince" and "São Paulo" is "Sao Paulo". An
// empty or blank place folds to "" (null).
func FoldPlace(place string) string { return NormalizeName(place) }

// placesAgree reports whether two places fold alike; null agrees only with
// null.
func placesAgree(gold, pred string) bool { return FoldPlace(gold) == FoldPlace(pred) }

// attrsOf measures the kind and place agreement of the pairs that m
// matched.
func attrsOf(gold, pred []pairItem, m pairMatching) Attrs {
	var a Attrs
	for gi, pi := range m.goldToPred {
		if pi < 0 {
			continue
		}
		g, p := gold[gi], pred[pi]
		w := g.Weight
		a.Kind.Total += w
		if kindsAgree(g.Kind, p.Kind) {
			a.Kind.Agree += w
		} else {
			if a.KindBy == nil {
				a.KindBy = map[string]float64{}
			}
			a.KindBy[orNull(strings.ToLower(strings.TrimSpace(g.Kind)))+"→"+orNull(strings.ToLower(strings.TrimSpace(p.Kind)))] += w
		}
		a.Place.Total += w
		switch gp, pp := FoldPlace(g.Place), FoldPlace(p.Place); {
		case gp == pp:
			a.Place.Agree += w
		case pp == "":
			a.PlaceBy.PredNull += w
		case gp == "":
			a.PlaceBy.GoldNull += w
		default:
			a.PlaceBy.Other += w
		}
	}
	return a
}

// writeAttrs prints one matching's kind and place agreement with their
// intervals and disagreements, for WriteTable.
func writeAttrs(b *strings.Builder, name string, a Attrs, kindCI, placeCI Interval) {
	for _, x := range []struct {
		attr string
		g    Agreement
		ci   Interval
	}{{"kind", a.Kind, kindCI}, {"place", a.Place, placeCI}} {
		v, ci := "n/a", ""
		if x.g.Total > 0 {
			v, ci = f3(x.g.Value()), fmt.Sprintf(", 95%% interval %s", x.ci)
		}
		fmt.Fprintf(b, "%-20s %6s  (%s of %s matched %s pair weight%s)\n", x.attr+" agrees, "+name, v, num(x.g.Agree), num(x.g.Total), name, ci)
	}
	keys := slices.SortedFunc(maps.Keys(a.KindBy), func(x, y string) int {
		return cmp.Or(cmp.Compare(a.KindBy[y], a.KindBy[x]), cmp.Compare(x, y))
	})
	var kinds []string
	for _, k := range keys {
		kinds = append(kinds, k+" "+num(a.KindBy[k]))
	}
	if len(kinds) == 0 {
		kinds = []string{"none"}
	}
	fmt.Fprintf(b, "%s pairs, kind disagrees (gold→predicted): %s; place disagrees: predicted null for a gold city %s, a city for gold null %s, another city %s\n",
		name, strings.Join(kinds, ", "), num(a.PlaceBy.PredNull), num(a.PlaceBy.GoldNull), num(a.PlaceBy.Other))
}
