package evaluate

import (
	"strings"
	"testing"
)

// mtg builds a meeting with a kind and a place.
func mtg(kind, place, date, status string, names ...string) Meeting {
	return Meeting{Participants: names, Kind: kind, Place: place, Date: date, Status: status}
}

func TestKindAndPlaceAgreement(t *testing.T) {
	people := []Person{per("Antony Blinken", "US"), per("Sergey Lavrov", "RU"), per("Wang Yi", "CN"), per("Catherine Colonna", "FR")}
	const d = "2022-02-12"
	for _, tc := range []struct {
		name       string
		gold, pred []Meeting
		// want: held kind, held place, all kind, all place (agreeing
		// weight over matched weight), the place disagreements of the
		// held matching, and its kind disagreements as "gold→pred w".
		heldKind, heldPlace, allKind, allPlace [2]float64
		placeBy                                PlaceDisagreements
		kindBy                                 string
	}{
		{name: "kind and place agree",
			gold:     []Meeting{mtg("meeting", "Geneva", d, "held", "Antony Blinken", "Sergey Lavrov")},
			pred:     []Meeting{mtg("meeting", "Geneva", d, "held", "Sergey Lavrov", "Antony Blinken")},
			heldKind: [2]float64{1, 1}, heldPlace: [2]float64{1, 1}, allKind: [2]float64{1, 1}, allPlace: [2]float64{1, 1}},
		{name: "a call labelled a meeting: the kind disagrees, the null places agree",
			gold:     []Meeting{mtg("call", "", d, "held", "Antony Blinken", "Sergey Lavrov")},
			pred:     []Meeting{mtg("meeting", "", d, "held", "Antony Blinken", "Sergey Lavrov")},
			heldKind: [2]float64{0, 1}, heldPlace: [2]float64{1, 1}, allKind: [2]float64{0, 1}, allPlace: [2]float64{1, 1},
			kindBy: "call→meeting 1"},
		{name: "kind folds case and spaces",
			gold:     []Meeting{mtg("call", "", d, "held", "Antony Blinken", "Sergey Lavrov")},
			pred:     []Meeting{mtg(" Call", "", d, "held", "Antony Blinken", "Sergey Lavrov")},
			heldKind: [2]float64{1, 1}, heldPlace: [2]float64{1, 1}, allKind: [2]float64{1, 1}, allPlace: [2]float64{1, 1}},
		{name: "a city read from a name (the Paris Agreement) where the gold has none",
			gold:     []Meeting{mtg("meeting", "", d, "held", "Antony Blinken", "Catherine Colonna")},
			pred:     []Meeting{mtg("meeting", "Paris", d, "held", "Antony Blinken", "Catherine Colonna")},
			heldKind: [2]float64{1, 1}, heldPlace: [2]float64{0, 1}, allKind: [2]float64{1, 1}, allPlace: [2]float64{0, 1},
			placeBy: PlaceDisagreements{GoldNull: 1}},
		{name: "no place predicted for a gold city",
			gold:     []Meeting{mtg("meeting", "Paris", d, "held", "Antony Blinken", "Catherine Colonna")},
			pred:     []Meeting{mtg("meeting", "", d, "held", "Antony Blinken", "Catherine Colonna")},
			heldKind: [2]float64{1, 1}, heldPlace: [2]float64{0, 1}, allKind: [2]float64{1, 1}, allPlace: [2]float64{0, 1},
			placeBy: PlaceDisagreements{PredNull: 1}},
		{name: "another city",
			gold:     []Meeting{mtg("meeting", "Paris", d, "held", "Antony Blinken", "Catherine Colonna")},
			pred:     []Meeting{mtg("meeting", "Brussels", d, "held", "Antony Blinken", "Catherine Colonna")},
			heldKind: [2]float64{1, 1}, heldPlace: [2]float64{0, 1}, allKind: [2]float64{1, 1}, allPlace: [2]float64{0, 1},
			placeBy: PlaceDisagreements{Other: 1}},
		{name: "places fold as names do: case, accents, hyphens",
			gold: []Meeting{mtg("meeting", "São Paulo", d, "held", "Antony Blinken", "Catherine Colonna"),
				mtg("meeting", "Port-au-Prince", "2022-03-01", "held", "Antony Blinken", "Catherine Colonna")},
			pred: []Meeting{mtg("meeting", "sao paulo", d, "held", "Antony Blinken", "Catherine Colonna"),
				mtg("meeting", "Port au Prince", "2022-03-01", "held", "Antony Blinken", "Catherine Colonna")},
			heldKind: [2]float64{2, 2}, heldPlace: [2]float64{2, 2}, allKind: [2]float64{2, 2}, allPlace: [2]float64{2, 2}},
		{name: "pairs weigh as in gold: a three-party summit called a meeting weighs 1.5 against a bilateral's 1",
			gold: []Meeting{mtg("summit", "Bali", d, "held", "Antony Blinken", "Sergey Lavrov", "Wang Yi"),
				mtg("call", "", "2022-03-01", "held", "Antony Blinken", "Catherine Colonna")},
			pred: []Meeting{mtg("meeting", "Bali", d, "held", "Antony Blinken", "Sergey Lavrov", "Wang Yi"),
				mtg("call", "", "2022-03-01", "held", "Antony Blinken", "Catherine Colonna")},
			heldKind: [2]float64{1, 2.5}, heldPlace: [2]float64{2.5, 2.5}, allKind: [2]float64{1, 2.5}, allPlace: [2]float64{2.5, 2.5},
			kindBy: "summit→meeting 1.50"},
		{name: "one pair met twice on a day, at a summit and aside: each prediction is judged against its own encounter",
			gold: []Meeting{mtg("meeting", "Bali", d, "held", "Antony Blinken", "Sergey Lavrov"),
				mtg("summit", "Bali", d, "held", "Antony Blinken", "Sergey Lavrov", "Wang Yi")},
			pred: []Meeting{mtg("summit", "Bali", d, "held", "Antony Blinken", "Sergey Lavrov", "Wang Yi"),
				mtg("meeting", "Bali", d, "held", "Antony Blinken", "Sergey Lavrov")},
			heldKind: [2]float64{2.5, 2.5}, heldPlace: [2]float64{2.5, 2.5}, allKind: [2]float64{2.5, 2.5}, allPlace: [2]float64{2.5, 2.5}},
		{name: "a planned meeting counts among all pairs only",
			gold: []Meeting{mtg("meeting", "Paris", d, "held", "Antony Blinken", "Catherine Colonna"),
				mtg("visit", "Moscow", "2022-03", "planned", "Antony Blinken", "Sergey Lavrov")},
			pred: []Meeting{mtg("meeting", "Paris", d, "held", "Antony Blinken", "Catherine Colonna"),
				mtg("meeting", "", "2022-03", "planned", "Antony Blinken", "Sergey Lavrov")},
			heldKind: [2]float64{1, 1}, heldPlace: [2]float64{1, 1}, allKind: [2]float64{1, 2}, allPlace: [2]float64{1, 2}},
		{name: "unmatched pairs do not count: nothing to judge",
			gold:     []Meeting{mtg("call", "", d, "held", "Antony Blinken", "Sergey Lavrov")},
			pred:     []Meeting{mtg("meeting", "Paris", "2021-01-01", "held", "Antony Blinken", "Sergey Lavrov")},
			heldKind: [2]float64{0, 0}, heldPlace: [2]float64{0, 0}, allKind: [2]float64{0, 0}, allPlace: [2]float64{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := scoreOne(Doc{People: people, Meetings: tc.gold}, Doc{People: people, Meetings: tc.pred})
			for _, x := range []struct {
				name string
				got  Agreement
				want [2]float64
			}{{"held kind", r.HeldAttrs.Kind, tc.heldKind}, {"held place", r.HeldAttrs.Place, tc.heldPlace},
				{"all kind", r.AllAttrs.Kind, tc.allKind}, {"all place", r.AllAttrs.Place, tc.allPlace}} {
				if !near(x.got.Agree, x.want[0]) || !near(x.got.Total, x.want[1]) {
					t.Errorf("%s = %s of %s, want %s of %s", x.name, num(x.got.Agree), num(x.got.Total), num(x.want[0]), num(x.want[1]))
				}
			}
			m := r.Metrics()
			if x := r.HeldAttrs.Kind; x.Total > 0 && !near(m["held.kind"], x.Agree/x.Total) {
				t.Errorf("held.kind = %v, want %v", m["held.kind"], x.Agree/x.Total)
			}
			if got := r.HeldAttrs.PlaceBy; !near(got.PredNull, tc.placeBy.PredNull) || !near(got.GoldNull, tc.placeBy.GoldNull) || !near(got.Other, tc.placeBy.Other) {
				t.Errorf("place disagreements %+v, want %+v", got, tc.placeBy)
			}
			var kinds []string
			for k, w := range r.HeldAttrs.KindBy {
				kinds = append(kinds, k+" "+num(w))
			}
			if got := strings.Join(kinds, ", "); got != tc.kindBy {
				t.Errorf("kind disagreements %q, want %q", got, tc.kindBy)
			}
			a := r.Articles[0]
			wrong := r.AllAttrs.Kind.Agree != r.AllAttrs.Kind.Total || r.AllAttrs.Place.Agree != r.AllAttrs.Place.Total
			if wrong && a.Perfect() {
				t.Error("Perfect() = true for an article whose matched pairs disagree on kind or place")
			}
		})
	}
}

// Summing articles: the report's agreement is the articles' weights
// summed, and the table and the diffs print it.
func TestKindAndPlaceInTablesAndDiffs(t *testing.T) {
	people := []Person{per("Antony Blinken", "US"), per("Sergey Lavrov", "RU")}
	gold := []Doc{
		{ID: "a", People: people, Meetings: []Meeting{mtg("call", "", "2022-02-12", "held", "Antony Blinken", "Sergey Lavrov")}},
		{ID: "b", People: people, Meetings: []Meeting{mtg("meeting", "Geneva", "2022-01-21", "held", "Antony Blinken", "Sergey Lavrov")}},
	}
	pred := []Doc{
		{ID: "a", People: people, Meetings: []Meeting{mtg("meeting", "", "2022-02-12", "held", "Antony Blinken", "Sergey Lavrov")}},
		{ID: "b", People: people, Meetings: []Meeting{mtg("meeting", "", "2022-01-21", "held", "Antony Blinken", "Sergey Lavrov")}},
	}
	r := Score(gold, pred)
	if m := r.Metrics(); m["held.kind"] != 0.5 || m["held.place"] != 0.5 || m["all.kind"] != 0.5 || m["all.place"] != 0.5 {
		t.Errorf("metrics %v, want held and all kind and place 0.5", m)
	}
	table := r.String()
	for _, want := range []string{"kind agrees, held     0.500  (1 of 2 matched held pair weight, 95% interval [0.000, 1.000])",
		"held pairs, kind disagrees (gold→predicted): call→meeting 1; place disagrees: predicted null for a gold city 1, a city for gold null 0, another city 0"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	var diffs strings.Builder
	if err := r.WriteDiffs(&diffs); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"! kind     Antony Blinken – Sergey Lavrov 2022-02-12: gold call, predicted meeting",
		"! place    Antony Blinken – Sergey Lavrov 2022-01-21: gold Geneva, predicted null"} {
		if !strings.Contains(diffs.String(), want) {
			t.Errorf("diffs lack %q:\n%s", want, diffs.String())
		}
	}
	if none := Score(gold, nil).String(); !strings.Contains(none, "kind agrees, held       n/a  (0 of 0 matched held pair weight)") {
		t.Errorf("with nothing matched the table does not print n/a:\n%s", none)
	}
}

// The agreement intervals resample articles like the F1s: a resample of
// x (agrees) and y (disagrees) scores their summed weights.
func TestBootstrapAgreement(t *testing.T) {
	x := ArticleReport{HeldAttrs: Attrs{Kind: Agreement{1, 1}, Place: Agreement{1, 1}}, AllAttrs: Attrs{Kind: Agreement{1, 1}, Place: Agreement{0, 1}}}
	y := ArticleReport{HeldAttrs: Attrs{Kind: Agreement{0, 3}, Place: Agreement{3, 3}}, AllAttrs: Attrs{Kind: Agreement{0, 3}, Place: Agreement{3, 3}}}
	s := bootstrapScores([]ArticleReport{x, y}, BootstrapResamples, BootstrapSeed)
	for _, m := range []struct {
		name   string
		scores []float64
		can    []float64 // (x, x), (y, y), (x, y)
	}{{"held kind", s.heldKind, []float64{1, 0, 0.25}}, {"held place", s.heldPlace, []float64{1}},
		{"all kind", s.allKind, []float64{1, 0, 0.25}}, {"all place", s.allPlace, []float64{0, 1, 0.75}}} {
		if len(m.scores) != BootstrapResamples {
			t.Fatalf("%s: %d resamples, want %d", m.name, len(m.scores), BootstrapResamples)
		}
		for _, v := range m.scores {
			if !slicesHas(m.can, v) {
				t.Fatalf("%s: a resample scored %.4f, only %v can be", m.name, v, m.can)
			}
		}
	}
	got := Bootstrap([]ArticleReport{x, y}, BootstrapResamples, BootstrapSeed)
	if got.HeldKind != (Interval{0, 1}) || got.HeldPlace != (Interval{1, 1}) || got.AllPlace != (Interval{0, 1}) {
		t.Errorf("intervals %+v, want held kind [0, 1], held place [1, 1], all place [0, 1]", got)
	}
}

func slicesHas(xs []float64, v float64) bool {
	for _, x := range xs {
		if near(x, v) {
			return true
		}
	}
	return false
}

// TestNumPrintsNearWholeSumsWhole: a sum of pair weights a rounding error
// off a whole number prints whole ("2", not "2.00"); a weight prints two
// decimals.
func TestNumPrintsNearWholeSumsWhole(t *testing.T) {
	third := 1.0 / 3 // a variable: Go adds constants exactly
	sixThirds := 0.0
	for range 6 {
		sixThirds += third
	}
	for _, c := range []struct {
		x    float64
		want string
	}{{2, "2"}, {sixThirds, "2"}, {1.9999, "2.00"}, {2.5, "2.50"}, {third, "0.33"}} {
		if got := num(c.x); got != c.want {
			t.Errorf("num(%v) = %q, want %q", c.x, got, c.want)
		}
	}
}
