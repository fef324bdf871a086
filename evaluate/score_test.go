package evaluate

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// per builds a person; the role does not take part in scoring.
func per(name, country string) Person { return Person{Name: name, Country: country} }

// meet builds a meeting; kind and place do not take part in scoring.
func meet(date, status string, names ...string) Meeting {
	return Meeting{Participants: names, Kind: "meeting", Date: date, Status: status}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// scoreOne scores a single article.
func scoreOne(gold, pred Doc) Report {
	gold.ID, pred.ID = "a", "a"
	return Score([]Doc{gold}, []Doc{pred})
}

func TestScorePeople(t *testing.T) {
	blinken, xi := per("Antony Blinken", "US"), per("Xi Jinping", "CN")
	tests := []struct {
		name         string
		gold, pred   []Person
		p, r, f1     float64
		acc          float64
		accTotal     int
		wantRuleUsed MatchRule // rule of the first match, when there is one
	}{
		{"perfect prediction scores 1", []Person{blinken, xi}, []Person{blinken, xi}, 1, 1, 1, 1, 2, Exact},
		{"missing person lowers recall", []Person{blinken, xi}, []Person{blinken}, 1, 0.5, 2.0 / 3, 1, 1, Exact},
		{"spurious person lowers precision", []Person{blinken}, []Person{blinken, per("Ned Price", "US")}, 0.5, 1, 2.0 / 3, 1, 1, Exact},
		{"middle initial is folded", []Person{blinken}, []Person{per("Antony J. Blinken", "US")}, 1, 1, 1, 1, 1, Exact},
		{"suffix, middle initial and short first name", []Person{per("Joe Biden", "US")}, []Person{per("Joseph R. Biden, Jr.", "US")}, 1, 1, 1, 1, 1, Surname},
		{"surname alone does not match", []Person{blinken}, []Person{per("Blinken", "US")}, 0, 0, 0, 0, 0, NoMatch},
		{"first name alone does not match", []Person{blinken}, []Person{per("Antony", "US")}, 0, 0, 0, 0, 0, NoMatch},
		{"leading initial is not a first name", []Person{per("Joe Biden", "US")}, []Person{per("J. Biden", "US")}, 0, 0, 0, 0, 0, NoMatch},
		{"first names differing in the second letter do not match", []Person{per("Joe Biden", "US")}, []Person{per("Jill Biden", "US")}, 0, 0, 0, 0, 0, NoMatch},
		{"different surname does not match", []Person{blinken}, []Person{per("Antony Blanken", "US")}, 0, 0, 0, 0, 0, NoMatch},
		{"word order", []Person{xi}, []Person{per("Jinping Xi", "CN")}, 1, 1, 1, 1, 1, WordOrder},
		{"accents", []Person{per("Mevlüt Çavuşoğlu", "TR")}, []Person{per("Mevlut Cavusoglu", "TR")}, 1, 1, 1, 1, 1, Exact},
		{"accents on the gold side too", []Person{per("Juan Briceno", "BZ")}, []Person{per("Juan Briceño", "BZ")}, 1, 1, 1, 1, 1, Exact},
		{"Polish l with stroke and dotless i", []Person{per("Radosław Sikorski", "PL")}, []Person{per("Radoslaw Sıkorski", "PL")}, 1, 1, 1, 1, 1, Exact},
		{"decomposed accents", []Person{per("José Manuel Albares", "ES")}, []Person{per("Jose\u0301 Manuel Albares", "ES")}, 1, 1, 1, 1, 1, Exact},
		{"case and hyphens", []Person{per("Jean-Yves Le Drian", "FR")}, []Person{per("JEAN YVES LE DRIAN", "FR")}, 1, 1, 1, 1, 1, Exact},
		{"apostrophes", []Person{per("Simon O'Brien", "IE")}, []Person{per("Simon O’Brien", "IE")}, 1, 1, 1, 1, 1, Exact},
		{"wrong country lowers affiliation accuracy but not people F1", []Person{blinken, xi}, []Person{blinken, per("Xi Jinping", "TW")}, 1, 1, 1, 0.5, 2, Exact},
		{"country code case is ignored", []Person{blinken}, []Person{per("Antony Blinken", "us")}, 1, 1, 1, 1, 1, Exact},
		{"matching is one to one", []Person{blinken}, []Person{blinken, blinken}, 0.5, 1, 2.0 / 3, 1, 1, Exact},
		{"exact match beats a looser one", []Person{per("Joe Biden", "US")}, []Person{per("Joseph Biden", "GB"), per("Joe Biden", "US")}, 0.5, 1, 2.0 / 3, 1, 1, Exact},
		{"empty name matches nobody", []Person{blinken}, []Person{per("", "US")}, 0, 0, 0, 0, 0, NoMatch},
		{"nothing predicted", []Person{blinken}, nil, 0, 0, 0, 0, 0, NoMatch},
		{"nothing in gold, nothing predicted", nil, nil, 1, 1, 1, 0, 0, NoMatch},
		{"nothing in gold, something predicted", nil, []Person{blinken}, 0, 0, 0, 0, 0, NoMatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := scoreOne(Doc{People: tc.gold}, Doc{People: tc.pred})
			c := r.People
			if !near(c.Precision(), tc.p) || !near(c.Recall(), tc.r) || !near(c.F1(), tc.f1) {
				t.Errorf("P/R/F1 = %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", c.Precision(), c.Recall(), c.F1(), tc.p, tc.r, tc.f1)
			}
			if !near(r.Affiliation.Value(), tc.acc) || r.Affiliation.Total != tc.accTotal {
				t.Errorf("affiliation = %d/%d, want %.3f of %d", r.Affiliation.Correct, r.Affiliation.Total, tc.acc, tc.accTotal)
			}
			ms := r.Articles[0].MatchedPeople
			if got := NoMatch; len(ms) > 0 {
				got = ms[0].Rule
				if got != tc.wantRuleUsed {
					t.Errorf("rule = %v, want %v", got, tc.wantRuleUsed)
				}
			} else if tc.wantRuleUsed != NoMatch {
				t.Errorf("no match, want one by %v", tc.wantRuleUsed)
			}
		})
	}
}

func TestNamesMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       MatchRule
	}{
		{"Antony Blinken", "Antony J. Blinken", Exact},
		{"Joe Biden", "Joseph R. Biden, Jr.", Surname},
		{"Joe Biden", "Joe Biden Jr", Exact},
		{"Martin Luther King", "Martin Luther King III", Exact},
		{"Xi Jinping", "Jinping Xi", WordOrder},
		{"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", Exact},
		{"Recep Tayyip Erdogan", "Recep Erdogan", Surname},
		{"Recep Tayyip Erdogan", "Tayyip Erdogan", NoMatch},
		{"Recep Tayyip Erdogan", "Erdogan", NoMatch},
		{"Erdogan", "Erdogan", Exact}, // a one-word gold name matches itself
		{"Wang Yi", "Wang Yu", NoMatch},
		{"Malcolm X", "Malcolm X", Exact}, // a last-word initial is not a middle initial
		{"Sergey Lavrov", "Sergei Lavrov", Surname},
		{"Dmytro Kuleba", "Dmitry Kuleba", Surname}, // transliteration variants agree on "dm"
		{"Jake Sullivan", "John Sullivan", NoMatch},
		{"Søren Ørsted", "Soren Orsted", Exact},
		{"Ursula von der Leyen", "Ursula von der Leyen", Exact},
		{"Ngozi Okonjo-Iweala", "Ngozi Okonjo Iweala", Exact},
		{"Nguyễn Xuân Phúc", "Nguyen Xuan Phuc", Exact},
		{"Straße Ægir", "Strasse Aegir", Exact},
	}
	for _, tc := range tests {
		t.Run(tc.gold+"/"+tc.pred, func(t *testing.T) {
			if got := NamesMatch(tc.gold, tc.pred); got != tc.want {
				t.Errorf("NamesMatch(%q, %q) = %v, want %v (folded %q, %q)", tc.gold, tc.pred, got, tc.want, NormalizeName(tc.gold), NormalizeName(tc.pred))
			}
		})
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"Antony J. Blinken":    "antony blinken",
		"Joseph R. Biden, Jr.": "joseph biden",
		"  Çavuşoğlu ":         "cavusoglu",
		"Jr.":                  "jr", // a suffix alone stays: it is all there is
		"J. Biden":             "j biden",
		"O'Brien":              "obrien",
		"":                     "",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDatesAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2023-06-19", "2023-06-19", true},
		{"2023-06", "2023-06-19", true},     // month against day: same month agrees
		{"2023-05", "2023-06-19", false},    // different month
		{"2023", "2023-06-19", true},        // year against day
		{"2022", "2023-06", false},          // different year
		{"2023-06-18", "2023-06-19", false}, // days differ
		{"", "", true},                      // null agrees with null
		{"", "2023-06-19", false},           // null does not agree with a date
		{"2023-06-19", "", false},
		{"2023-6-9", "2023-06-09", true}, // missing zero padding still parses
		{"2023-06-19T10:00:00Z", "2023-06", true},
		{"June 2023", "June 2023", true}, // unparseable: identical strings only
		{"June 2023", "2023-06", false},
	}
	for _, tc := range tests {
		if got := datesAgree(tc.a, tc.b); got != tc.want {
			t.Errorf("datesAgree(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := datesAgree(tc.b, tc.a); got != tc.want {
			t.Errorf("datesAgree(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestScoreMeetings(t *testing.T) {
	people := []Person{per("Antony Blinken", "US"), per("Xi Jinping", "CN"), per("Wang Yi", "CN"), per("Yair Lapid", "IL")}
	type want struct{ matchedPred, fp, matchedGold, fn float64 }
	tests := []struct {
		name       string
		gold, pred []Meeting
		predPeople []Person // defaults to people
		held, all  want
	}{
		{
			name: "perfect prediction scores 1",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			held: want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "participant order does not matter",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Xi Jinping", "Antony Blinken")},
			held: want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "month against day agrees when the month is the same",
			gold: []Meeting{meet("2023-06", "held", "Antony Blinken", "Wang Yi")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")},
			held: want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "month against day disagrees when the month differs",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")},
			pred: []Meeting{meet("2023-05", "held", "Antony Blinken", "Wang Yi")},
			held: want{0, 1, 0, 1}, all: want{0, 1, 0, 1},
		},
		{
			name: "null date does not agree with a date",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")},
			pred: []Meeting{meet("", "held", "Antony Blinken", "Wang Yi")},
			held: want{0, 1, 0, 1}, all: want{0, 1, 0, 1},
		},
		{
			name: "null date agrees with null",
			gold: []Meeting{meet("", "planned", "Antony Blinken", "Wang Yi")},
			pred: []Meeting{meet("", "planned", "Antony Blinken", "Wang Yi")},
			held: want{0, 0, 0, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "wrong pair is both spurious and missed",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")},
			held: want{0, 1, 0, 1}, all: want{0, 1, 0, 1},
		},
		{
			name: "held vs all: a held meeting predicted as planned counts only in all",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "planned", "Antony Blinken", "Xi Jinping")},
			held: want{0, 0, 0, 1}, all: want{1, 0, 1, 0},
		},
		{
			name: "held vs all: a planned meeting predicted as held is spurious in held",
			gold: []Meeting{meet("2023", "planned", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023", "held", "Antony Blinken", "Xi Jinping")},
			held: want{0, 1, 0, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "held vs all: status case is ignored",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "Held", "Antony Blinken", "Xi Jinping")},
			held: want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name:       "participants resolve through the people matching",
			gold:       []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			predPeople: []Person{per("Antony J. Blinken", "US"), per("Jinping Xi", "CN")},
			pred:       []Meeting{meet("2023-06-19", "held", "Antony J. Blinken", "Jinping Xi")},
			held:       want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name:       "participants missing from predicted people resolve against gold names",
			gold:       []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			predPeople: []Person{},
			pred:       []Meeting{meet("2023-06-19", "held", "Antony J. Blinken", "XI JINPING")},
			held:       want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "a surname alone as participant does not resolve",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Blinken", "Xi Jinping")},
			held: want{0, 1, 0, 1}, all: want{0, 1, 0, 1},
		},
		{
			name: "each gold pair is matched at most once",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping"), meet("2023-06", "held", "Xi Jinping", "Antony Blinken")},
			held: want{1, 1, 1, 0}, all: want{1, 1, 1, 0},
		},
		{
			name: "a repeated pair matches each meeting by date",
			gold: []Meeting{meet("2021-06-27", "held", "Antony Blinken", "Yair Lapid"), meet("2021", "held", "Antony Blinken", "Yair Lapid")},
			// The vaguer date first: it agrees with both gold dates, and the
			// matching must still leave 2021-06-27 for the exact prediction.
			pred: []Meeting{meet("2021-06", "held", "Antony Blinken", "Yair Lapid"), meet("2021-06-27", "held", "Antony Blinken", "Yair Lapid")},
			held: want{2, 0, 2, 0}, all: want{2, 0, 2, 0},
		},
		{
			name: "pair weights are per side: a bilateral predicted as part of a 3-party meeting",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping", "Wang Yi")},
			// three predicted pairs of 1/2; the matched one weighs 1/2 as
			// predicted and 1 in gold.
			held: want{0.5, 1, 1, 0}, all: want{0.5, 1, 1, 0},
		},
		{
			name: "a participant listed twice counts once",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping", "Antony J. Blinken")},
			held: want{1, 0, 1, 0}, all: want{1, 0, 1, 0},
		},
		{
			name: "a meeting with one participant has no pairs",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken")},
			held: want{0, 0, 0, 1}, all: want{0, 0, 0, 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pp := people
			if tc.predPeople != nil {
				pp = tc.predPeople
			}
			r := scoreOne(Doc{People: people, Meetings: tc.gold}, Doc{People: pp, Meetings: tc.pred})
			for _, c := range []struct {
				what string
				got  Counts
				want want
			}{{"held", r.HeldPairs, tc.held}, {"all", r.AllPairs, tc.all}} {
				g := c.got
				if !near(g.MatchedPred, c.want.matchedPred) || !near(g.FP, c.want.fp) || !near(g.MatchedGold, c.want.matchedGold) || !near(g.FN, c.want.fn) {
					t.Errorf("%s: matchedPred/fp/matchedGold/fn = %v/%v/%v/%v, want %v/%v/%v/%v", c.what,
						g.MatchedPred, g.FP, g.MatchedGold, g.FN, c.want.matchedPred, c.want.fp, c.want.matchedGold, c.want.fn)
				}
			}
		})
	}
}

// A meeting of n participants weighs 1/(n-1) a pair: a 17-party call is 136
// pairs of 1/16, 8.5 in all, so it weighs less than 20 bilateral meetings.
func TestSeventeenPartyCallWeighsOneOverNMinusOnePerPair(t *testing.T) {
	var people []Person
	var call []string
	for i := range 17 {
		name := fmt.Sprintf("Leader Number%c", 'a'+i)
		people = append(people, per(name, fmt.Sprintf("C%d", i)))
		call = append(call, name)
	}
	var bilaterals []Meeting
	for i := range 20 {
		a, b := fmt.Sprintf("Minister Alpha%c", 'a'+i), fmt.Sprintf("Minister Beta%c", 'a'+i)
		people = append(people, per(a, "US"), per(b, fmt.Sprintf("B%d", i)))
		bilaterals = append(bilaterals, meet("2022-04-29", "held", a, b))
	}
	callMeeting := Meeting{Participants: call, Kind: "call", Date: "2022-04-29", Status: "held"}
	gold := Doc{People: people, Meetings: append([]Meeting{callMeeting}, bilaterals...)}

	onlyCall := scoreOne(gold, Doc{People: people, Meetings: []Meeting{callMeeting}})
	if c := onlyCall.AllPairs; !near(c.MatchedGold, 8.5) || !near(c.FN, 20) || !near(c.MatchedPred, 8.5) || !near(c.FP, 0) {
		t.Errorf("call only: %+v, want 8.5 matched of 28.5 gold", c)
	}
	onlyBilaterals := scoreOne(gold, Doc{People: people, Meetings: bilaterals})
	if c := onlyBilaterals.AllPairs; !near(c.Recall(), 20/28.5) || !near(c.Precision(), 1) {
		t.Errorf("bilaterals only: P %.3f R %.3f, want 1 and %.3f", c.Precision(), c.Recall(), 20/28.5)
	}
	if onlyCall.AllPairs.Recall() >= onlyBilaterals.AllPairs.Recall() {
		t.Errorf("the 17-party call outweighs 20 bilaterals: %.3f >= %.3f", onlyCall.AllPairs.Recall(), onlyBilaterals.AllPairs.Recall())
	}
	// Predicting the call with one participant missing loses 16 gold pairs of
	// 1/16 (one in all), and the 120 predicted pairs weigh 1/15 each (8 in all).
	short := Meeting{Participants: call[:16], Kind: "call", Date: "2022-04-29", Status: "held"}
	r := scoreOne(Doc{People: people, Meetings: []Meeting{callMeeting}}, Doc{People: people, Meetings: []Meeting{short}})
	if c := r.HeldPairs; !near(c.MatchedGold, 7.5) || !near(c.FN, 1) || !near(c.MatchedPred, 8) || !near(c.FP, 0) {
		t.Errorf("call missing one: %+v, want matchedGold 7.5 fn 1 matchedPred 8 fp 0", c)
	}
}

func TestScoreMatchesArticlesByID(t *testing.T) {
	gold := []Doc{
		{ID: "a", People: []Person{per("Antony Blinken", "US")}},
		{ID: "b", People: []Person{per("Xi Jinping", "CN"), per("Wang Yi", "CN")}},
	}
	pred := []Doc{
		{ID: "z", People: []Person{per("Antony Blinken", "US")}}, // no gold: ignored
		{ID: "b", People: []Person{per("Xi Jinping", "CN"), per("Qin Gang", "CN")}},
	}
	r := Score(gold, pred)
	if len(r.Articles) != 2 || r.Articles[0].ID != "a" || r.Articles[1].ID != "b" {
		t.Fatalf("articles = %+v, want a and b in gold order", r.Articles)
	}
	if got := fmt.Sprint(r.MissingPredictions, r.UnscoredPredictions); got != "[a] [z]" {
		t.Errorf("missing, unscored = %s, want [a] [z]", got)
	}
	// a missing article is scored as empty: its person is a false negative.
	c := r.People
	if c.MatchedGold != 1 || c.FN != 2 || c.FP != 1 {
		t.Errorf("people counts = %+v, want 1 matched, 2 missed, 1 spurious", c)
	}
	a, b := r.Articles[0], r.Articles[1]
	if a.Predicted || !b.Predicted {
		t.Errorf("Predicted flags = %v, %v; want false, true", a.Predicted, b.Predicted)
	}
	if len(b.MissedPeople) != 1 || b.MissedPeople[0].Name != "Wang Yi" ||
		len(b.SpuriousPeople) != 1 || b.SpuriousPeople[0].Name != "Qin Gang" {
		t.Errorf("article b missed %v spurious %v, want Wang Yi and Qin Gang", b.MissedPeople, b.SpuriousPeople)
	}
}

func TestArticleBreakdownListsPairs(t *testing.T) {
	people := []Person{per("Antony Blinken", "US"), per("Xi Jinping", "CN"), per("Wang Yi", "CN")}
	gold := Doc{People: people, Meetings: []Meeting{
		meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping"),
		meet("2023-06", "held", "Antony Blinken", "Wang Yi"),
	}}
	pred := Doc{People: people, Meetings: []Meeting{
		meet("2023-06-19", "planned", "Xi Jinping", "Antony Blinken"),
		meet("2023-06-18", "held", "Wang Yi", "Xi Jinping"),
	}}
	a := scoreOne(gold, pred).Articles[0]
	if len(a.MatchedPairs) != 1 || a.MatchedPairs[0].Predicted.Status != "planned" {
		t.Errorf("matched pairs = %+v, want Blinken–Xi predicted planned", a.MatchedPairs)
	}
	if len(a.MissedPairs) != 1 || a.MissedPairs[0].B != "Wang Yi" && a.MissedPairs[0].A != "Wang Yi" {
		t.Errorf("missed pairs = %+v, want Blinken–Wang", a.MissedPairs)
	}
	if len(a.SpuriousPairs) != 1 || a.SpuriousPairs[0].Date != "2023-06-18" {
		t.Errorf("spurious pairs = %+v, want Wang–Xi 2023-06-18", a.SpuriousPairs)
	}
	if a.Perfect() {
		t.Error("Perfect() = true for an article with diffs")
	}
	var b strings.Builder
	if err := (Report{Articles: []ArticleReport{a}}).WriteDiffs(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- pair     Antony Blinken – Wang Yi  2023-06 held meeting  w=1",
		"+ pair     ", "2023-06-18 held", "! status   ", "gold held, predicted planned"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("diffs lack %q:\n%s", want, b.String())
		}
	}
}

// readTestdata reads JSON Lines files of testdata, concatenated.
func readTestdata(t *testing.T, names ...string) []Doc {
	t.Helper()
	var docs []Doc
	for _, n := range names {
		f, err := os.Open("testdata/" + n)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ReadDocs(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		docs = append(docs, d...)
	}
	return docs
}

func TestGoldFilesAgainstThemselvesScoreOne(t *testing.T) {
	gold := readTestdata(t, "gold-dev.jsonl", "gold-seed.jsonl")
	if len(gold) != 41 {
		t.Fatalf("read %d gold docs, want 41", len(gold))
	}
	r := Score(gold, gold)
	for name, v := range r.Metrics() {
		if v != 1 {
			t.Errorf("%s = %v, want exactly 1", name, v)
		}
	}
	for _, a := range r.Articles {
		if !a.Perfect() {
			t.Errorf("article %s is not perfect against itself", a.ID)
		}
	}
	if r.People.FP != 0 || r.People.FN != 0 || r.AllPairs.FP != 0 || r.AllPairs.FN != 0 {
		t.Errorf("errors against itself: people %+v pairs %+v", r.People, r.AllPairs)
	}
	t.Logf("gold against itself:\n%s", r)
}

func TestEmptyPredictionScoresZero(t *testing.T) {
	gold := readTestdata(t, "gold-dev.jsonl", "gold-seed.jsonl")
	r := Score(gold, nil)
	for name, v := range r.Metrics() {
		if v != 0 {
			t.Errorf("%s = %v, want 0", name, v)
		}
	}
	if len(r.MissingPredictions) != len(gold) {
		t.Errorf("%d missing predictions, want %d", len(r.MissingPredictions), len(gold))
	}
	if !strings.Contains(r.String(), "affiliation accuracy    n/a") {
		t.Errorf("table does not show affiliation as n/a:\n%s", r)
	}
}

func TestWriteTable(t *testing.T) {
	gold := []Doc{{ID: "a",
		People:   []Person{per("Antony Blinken", "US"), per("Xi Jinping", "CN")},
		Meetings: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")}}}
	pred := []Doc{{ID: "a",
		People:   []Person{per("Antony Blinken", "US"), per("Xi Jinping", "TW"), per("Ned Price", "US")},
		Meetings: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping", "Ned Price")}}}
	got := Score(gold, pred).String()
	for _, want := range []string{
		"articles: 1 scored, 0 without prediction (scored empty), 0 predicted without gold (ignored)",
		"metric                    P      R     F1           tp       fp       fn  F1 95% interval",
		// One article: every resample is that article, so the intervals
		// have no width.
		"people                0.667  1.000  0.800            2        1        0  [0.800, 0.800]",
		"meeting pairs, held   0.333  1.000  0.500       0.50/1        1        0  [0.500, 0.500]",
		"affiliation accuracy  0.500  (1 of 2 matched people, 95% interval [0.500, 0.500])",
		"(95% intervals: percentile bootstrap, 2000 resamples of the scored articles, seed 10)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
}

func TestReadDocs(t *testing.T) {
	t.Run("nulls, extra fields, blank lines and a last line without newline", func(t *testing.T) {
		in := "\ufeff" + `{"id":"a","people":[{"name":"Vladimir Putin","country":"RU","role":null,"evidence":{"sentence":"x"}}],"meetings":[{"participants":["A B","C D"],"kind":"call","date":null,"place":null,"status":"held"}],"entities":[]}` +
			"\n\n   \n" + `{"id":"b","people":[],"meetings":[]}`
		docs, err := ReadDocs(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 2 || docs[0].People[0].Role != "" || docs[0].Meetings[0].Date != "" || docs[1].ID != "b" {
			t.Errorf("docs = %+v", docs)
		}
	})
	for _, tc := range []struct {
		name, in, wantErr string
	}{
		{"bad JSON names its line", "{\"id\":\"a\"}\n\n{\"id\":\n", "line 3:"},
		{"wrong type names its line", "{\"id\":\"a\",\"people\":{}}\n", "line 1:"},
		{"missing id", "{\"id\":\"a\"}\n{\"people\":[]}\n", "line 2: missing id"},
		{"duplicate id", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"a\"}\n", `line 3: duplicate id "a" (first on line 1)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadDocs(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want it to contain %q", err, tc.wantErr)
			}
		})
	}
}

func TestHeldCausesSayWhyHeldPairsDidNotMatch(t *testing.T) {
	people := []Person{per("Antony Blinken", "US"), per("Xi Jinping", "CN"), per("Wang Yi", "CN"), per("Yair Lapid", "IL")}
	tests := []struct {
		name       string
		gold, pred []Meeting
		predPeople []Person // defaults to people
		published  string   // the predicted doc's article date
		want       HeldCauses
	}{
		{
			name:       "a participant nobody predicted",
			gold:       []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Yair Lapid")},
			predPeople: people[:3],
			want:       HeldCauses{MissedPerson: 1},
		},
		{
			name: "both named but never together, and a pair the gold never has",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")},
			want: HeldCauses{MissedNotPaired: 1, SpuriousNotPaired: 1, MissedNotPairedBy: Apart{OneOnly: 1}},
		},
		{
			name: "both named, the encounter not found at all",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			want: HeldCauses{MissedNotPaired: 1, MissedNotPairedBy: Apart{Neither: 1}},
		},
		{
			name: "a three-party meeting split in two",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping", "Wang Yi")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi"), meet("2023-06-19", "planned", "Xi Jinping", "Yair Lapid")},
			want: HeldCauses{MissedNotPaired: 1, MissedNotPairedBy: Apart{Separate: 1}},
		},
		{
			name: "planned where the gold says held",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "planned", "Antony Blinken", "Xi Jinping")},
			want: HeldCauses{MissedNotHeld: 1},
		},
		{
			name: "held where the gold says planned",
			gold: []Meeting{meet("2023-06-19", "planned", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			want: HeldCauses{SpuriousNotHeld: 1},
		},
		{
			name: "held on a disagreeing date, weighed as a three-party pair",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping", "Wang Yi")},
			pred: []Meeting{meet("2023-06-18", "held", "Antony Blinken", "Xi Jinping", "Wang Yi")},
			want: HeldCauses{MissedDate: 1.5, SpuriousDate: 1.5,
				MissedDateBy: DateDisagreements{SameMonth: 1.5}, SpuriousDateBy: DateDisagreements{SameMonth: 1.5}},
		},
		{
			name: "no date predicted for a dated encounter",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("", "held", "Antony Blinken", "Xi Jinping")},
			want: HeldCauses{MissedDate: 1, SpuriousDate: 1,
				MissedDateBy: DateDisagreements{PredUndated: 1}, SpuriousDateBy: DateDisagreements{PredUndated: 1}},
		},
		{
			name:      "the article's date predicted for an undated encounter",
			gold:      []Meeting{meet("", "held", "Antony Blinken", "Xi Jinping")},
			pred:      []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			published: "2023-06-19",
			want: HeldCauses{MissedDate: 1, SpuriousDate: 1,
				MissedDateBy: DateDisagreements{ArticleDayGoldUndated: 1}, SpuriousDateBy: DateDisagreements{ArticleDayGoldUndated: 1}},
		},
		{
			name:      "another date predicted for an undated encounter",
			gold:      []Meeting{meet("", "held", "Antony Blinken", "Xi Jinping")},
			pred:      []Meeting{meet("2023-06-18", "held", "Antony Blinken", "Xi Jinping")},
			published: "2023-06-19",
			want: HeldCauses{MissedDate: 1, SpuriousDate: 1,
				MissedDateBy: DateDisagreements{GoldUndated: 1}, SpuriousDateBy: DateDisagreements{GoldUndated: 1}},
		},
		{
			name:      "the article's date predicted for an earlier encounter",
			gold:      []Meeting{meet("2023-05-02", "held", "Antony Blinken", "Xi Jinping")},
			pred:      []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			published: "2023-06-19",
			want: HeldCauses{MissedDate: 1, SpuriousDate: 1,
				MissedDateBy: DateDisagreements{ArticleDay: 1}, SpuriousDateBy: DateDisagreements{ArticleDay: 1}},
		},
		{
			name: "the same wrong day without the article's date is another month",
			gold: []Meeting{meet("2023-05-02", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping")},
			want: HeldCauses{MissedDate: 1, SpuriousDate: 1,
				MissedDateBy: DateDisagreements{OtherMonth: 1}, SpuriousDateBy: DateDisagreements{OtherMonth: 1}},
		},
		{
			name:      "another year, a month against a day",
			gold:      []Meeting{meet("2022-06", "held", "Antony Blinken", "Xi Jinping")},
			pred:      []Meeting{meet("2023-06-18", "held", "Antony Blinken", "Xi Jinping")},
			published: "2023-06-19",
			want: HeldCauses{MissedDate: 1, SpuriousDate: 1,
				MissedDateBy: DateDisagreements{OtherYear: 1}, SpuriousDateBy: DateDisagreements{OtherYear: 1}},
		},
		{
			name: "a participant the gold does not name",
			pred: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Olaf Scholz")},
			want: HeldCauses{SpuriousPerson: 1},
		},
		{
			name: "one prediction for a pair that met twice",
			gold: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Xi Jinping"), meet("2023-06-20", "held", "Antony Blinken", "Xi Jinping")},
			pred: []Meeting{meet("2023-06", "held", "Antony Blinken", "Xi Jinping")},
			want: HeldCauses{MissedOther: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pp := tt.predPeople
			if pp == nil {
				pp = people
			}
			r := Score([]Doc{{ID: "a", People: people, Meetings: tt.gold}}, []Doc{{ID: "a", Published: tt.published, People: pp, Meetings: tt.pred}})
			c := r.HeldCauses
			if diff := cmp.Diff(tt.want, c); diff != "" {
				t.Errorf("causes (-want +got):\n%s", diff)
			}
			missed := c.MissedPerson + c.MissedNotPaired + c.MissedNotHeld + c.MissedDate + c.MissedOther
			spurious := c.SpuriousPerson + c.SpuriousNotPaired + c.SpuriousNotHeld + c.SpuriousDate + c.SpuriousOther
			if !near(missed, r.HeldPairs.FN) || !near(spurious, r.HeldPairs.FP) {
				t.Errorf("causes sum to fn %v fp %v, the held counts are fn %v fp %v", missed, spurious, r.HeldPairs.FN, r.HeldPairs.FP)
			}
			var missedOne, spuriousOne float64
			for _, m := range r.Articles[0].HeldMisses {
				if m.Missed {
					missedOne += m.Weight
				} else {
					spuriousOne += m.Weight
				}
			}
			if !near(missedOne, missed) || !near(spuriousOne, spurious) {
				t.Errorf("the pairs one by one weigh fn %v fp %v, the causes fn %v fp %v", missedOne, spuriousOne, missed, spurious)
			}
			if by := c.MissedNotPairedBy; !near(by.Neither+by.Separate+by.OneOnly, c.MissedNotPaired) {
				t.Errorf("never-together kinds sum to %v, never together weighs %v", by.Neither+by.Separate+by.OneOnly, c.MissedNotPaired)
			}
			for _, d := range []struct {
				by    DateDisagreements
				total float64
			}{{c.MissedDateBy, c.MissedDate}, {c.SpuriousDateBy, c.SpuriousDate}} {
				if sum := d.by.PredUndated + d.by.ArticleDayGoldUndated + d.by.ArticleDay + d.by.GoldUndated + d.by.SameMonth + d.by.OtherMonth + d.by.OtherYear; !near(sum, d.total) {
					t.Errorf("date kinds sum to %v, date disagreements weigh %v", sum, d.total)
				}
			}
		})
	}
}
