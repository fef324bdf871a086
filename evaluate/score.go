package evaluate

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"newsgraph/schema"
)

// Counts are the weighted numbers behind precision and recall. Matched weight
// is kept for each side because a pair weighs 1/(n-1) of its own meeting: a
// predicted pair from a 3-party meeting (0.5) can match a gold pair from a
// bilateral one (1.0). Precision uses the prediction side, recall the gold
// side. For people every weight is 1 and the two sides are equal.
type Counts struct {
	MatchedPred float64 // true positives, weighed as predicted
	FP          float64 // predicted weight that matched nothing in gold
	MatchedGold float64 // true positives, weighed as in gold
	FN          float64 // gold weight that no prediction matched
}

// Predicted is the total predicted weight.
func (c Counts) Predicted() float64 { return c.MatchedPred + c.FP }

// Gold is the total gold weight.
func (c Counts) Gold() float64 { return c.MatchedGold + c.FN }

// Precision is matched predicted weight over predicted weight. With nothing
// predicted it is 1 if gold is empty too and 0 otherwise, so that an empty
// prediction reads 0/0/0 rather than a flattering precision of 1.
func (c Counts) Precision() float64 { return ratio(c.MatchedPred, c.Predicted(), c.Gold()) }

// Recall is matched gold weight over gold weight; with empty gold it is 1 if
// nothing was predicted either, and 0 otherwise.
func (c Counts) Recall() float64 { return ratio(c.MatchedGold, c.Gold(), c.Predicted()) }

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(num, den, other float64) float64 {
	if den == 0 {
		if other == 0 {
			return 1
		}
		return 0
	}
	return num / den
}

func (c *Counts) add(o Counts) {
	c.MatchedPred += o.MatchedPred
	c.FP += o.FP
	c.MatchedGold += o.MatchedGold
	c.FN += o.FN
}

// Accuracy is a share of items that were right.
type Accuracy struct {
	Correct, Total int
}

// Value is Correct/Total, 0 when there is nothing to judge (tables print
// that case as n/a).
func (a Accuracy) Value() float64 {
	if a.Total == 0 {
		return 0
	}
	return float64(a.Correct) / float64(a.Total)
}

// Pair is one unordered pair of a meeting's participants, carrying the
// meeting's date, status and kind. A and B are display names: the gold
// spelling wherever the name resolved to a gold person.
type Pair struct {
	A, B   string
	Date   string
	Status string
	Kind   string
	Place  string
	Weight float64 // 1/(n-1) for a meeting of n distinct participants
}

func (p Pair) held() bool { return strings.EqualFold(strings.TrimSpace(p.Status), "held") }

// PersonMatch is a gold person paired with the predicted person that matched.
type PersonMatch struct {
	Gold, Predicted Person
	Rule            MatchRule
}

// CountryOK reports whether the predicted country is the gold one (case and
// surrounding spaces ignored).
func (m PersonMatch) CountryOK() bool { return sameCode(m.Gold.Country, m.Predicted.Country) }

func sameCode(a, b string) bool { return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) }

// PairMatch is a gold pair paired with the predicted pair that matched it.
type PairMatch struct {
	Gold, Predicted Pair
}

// KindOK reports whether the predicted meeting's kind is the gold one.
func (m PairMatch) KindOK() bool { return kindsAgree(m.Gold.Kind, m.Predicted.Kind) }

// PlaceOK reports whether the predicted meeting's place is the gold one
// (FoldPlace; null agrees only with null).
func (m PairMatch) PlaceOK() bool { return placesAgree(m.Gold.Place, m.Predicted.Place) }

// ArticleReport is the score of one article and what went wrong in it.
type ArticleReport struct {
	ID        string
	Predicted bool // false when predictions had no line for this article

	People      Counts
	Affiliation Accuracy
	HeldPairs   Counts
	AllPairs    Counts
	HeldCauses  HeldCauses // why held pairs did not match
	// HeldAttrs and AllAttrs are how far the pairs that the held and the
	// all-statuses matchings matched agree with the gold on kind and place.
	HeldAttrs, AllAttrs Attrs
	// HeldMisses are the held pairs behind HeldCauses, one by one, each
	// with its cause (see MissKinds). Only dev's are ever printed.
	HeldMisses []PairCause

	MatchedPeople  []PersonMatch
	MissedPeople   []Person // gold people nobody predicted
	SpuriousPeople []Person // predicted people matching no gold person

	// Pair diffs of the all-statuses matching (a held/planned disagreement
	// shows as a matched pair whose statuses differ).
	MatchedPairs  []PairMatch
	MissedPairs   []Pair
	SpuriousPairs []Pair
}

// Perfect reports whether the article has nothing to show in a diff.
func (a ArticleReport) Perfect() bool {
	if len(a.MissedPeople)+len(a.SpuriousPeople)+len(a.MissedPairs)+len(a.SpuriousPairs) > 0 ||
		a.Affiliation.Correct != a.Affiliation.Total {
		return false
	}
	for _, m := range a.MatchedPairs {
		if m.Gold.held() != m.Predicted.held() || !m.KindOK() || !m.PlaceOK() {
			return false
		}
	}
	return true
}

// Report is the score of a set of predictions against gold. Totals are
// micro-averaged: counts summed over all articles, then divided.
type Report struct {
	People      Counts
	Affiliation Accuracy // share of matched people whose country is right
	HeldPairs   Counts   // meeting pairs, status held on both sides
	AllPairs    Counts   // meeting pairs, any status
	HeldCauses  HeldCauses
	// HeldAttrs and AllAttrs are the kind and place agreement of the
	// matched held and all-statuses pairs (Attrs).
	HeldAttrs, AllAttrs Attrs
	// Intervals are the 95% bootstrap intervals of the F1s and the
	// affiliation accuracy, resampling articles (Bootstrap with
	// BootstrapResamples and BootstrapSeed). Score computes them while it
	// has the articles, so that they survive the test part's report, which
	// keeps no articles.
	Intervals Intervals

	Scored              int             // gold articles scored
	Articles            []ArticleReport // one per gold article, in gold order
	MissingPredictions  []string        // gold ids with no predicted line (scored as empty)
	UnscoredPredictions []string        // predicted ids with no gold (ignored)
}

// Metrics returns the headline numbers by name, for regression floors:
// people.{precision,recall,f1}, affiliation.accuracy,
// held.{precision,recall,f1,kind,place} and all.{precision,recall,f1,kind,place}
// (kind and place: the weighted share of matched pairs that agree, Attrs).
func (r Report) Metrics() map[string]float64 {
	m := map[string]float64{"affiliation.accuracy": r.Affiliation.Value(),
		"held.kind": r.HeldAttrs.Kind.Value(), "held.place": r.HeldAttrs.Place.Value(),
		"all.kind": r.AllAttrs.Kind.Value(), "all.place": r.AllAttrs.Place.Value()}
	for name, c := range map[string]Counts{"people": r.People, "held": r.HeldPairs, "all": r.AllPairs} {
		m[name+".precision"] = c.Precision()
		m[name+".recall"] = c.Recall()
		m[name+".f1"] = c.F1()
	}
	return m
}

// Score scores predicted against gold, matching articles by id. A gold
// article with no prediction scores as an empty prediction; a predicted
// article with no gold is listed in UnscoredPredictions and not scored. If an
// id repeats on either side, its first doc is used (ReadDocs rejects repeats).
func Score(gold, predicted []Doc) Report {
	var r Report
	pred := map[string]Doc{}
	for _, p := range predicted {
		if _, dup := pred[p.ID]; !dup {
			pred[p.ID] = p
		}
	}
	seen := map[string]bool{}
	for _, g := range gold {
		if seen[g.ID] {
			continue
		}
		seen[g.ID] = true
		p, ok := pred[g.ID]
		if !ok {
			r.MissingPredictions = append(r.MissingPredictions, g.ID)
			p = Doc{ID: g.ID}
		}
		a := scoreArticle(g, p)
		a.Predicted = ok
		r.Scored++
		r.Articles = append(r.Articles, a)
		r.People.add(a.People)
		r.Affiliation.Correct += a.Affiliation.Correct
		r.Affiliation.Total += a.Affiliation.Total
		r.HeldPairs.add(a.HeldPairs)
		r.AllPairs.add(a.AllPairs)
		r.HeldCauses.add(a.HeldCauses)
		r.HeldAttrs.add(a.HeldAttrs)
		r.AllAttrs.add(a.AllAttrs)
	}
	r.Intervals = Bootstrap(r.Articles, BootstrapResamples, BootstrapSeed)
	for _, p := range predicted {
		if !seen[p.ID] {
			seen[p.ID] = true
			r.UnscoredPredictions = append(r.UnscoredPredictions, p.ID)
		}
	}
	return r
}

func scoreArticle(g, p Doc) ArticleReport {
	a := ArticleReport{ID: g.ID}

	// People: one-to-one name matching.
	gNames := make([]normName, len(g.People))
	for i, x := range g.People {
		gNames[i] = newNormName(x.Name)
	}
	pNames := make([]normName, len(p.People))
	for i, x := range p.People {
		pNames[i] = newNormName(x.Name)
	}
	matches := matchNames(gNames, pNames)
	// Report matches in gold order, which reads better than rule order.
	slices.SortFunc(matches, func(x, y nameMatch) int { return cmp.Compare(x.gold, y.gold) })
	gHit := make([]bool, len(gNames))
	pHit := make([]bool, len(pNames))
	// predToGold maps a predicted person's folded name to the gold name it
	// matched, so that meeting participants resolve the same way.
	predToGold := map[string]normName{}
	for _, m := range matches {
		gHit[m.gold], pHit[m.pred] = true, true
		pm := PersonMatch{Gold: g.People[m.gold], Predicted: p.People[m.pred], Rule: m.rule}
		a.MatchedPeople = append(a.MatchedPeople, pm)
		a.Affiliation.Total++
		if pm.CountryOK() {
			a.Affiliation.Correct++
		}
		if _, ok := predToGold[pNames[m.pred].key]; !ok {
			predToGold[pNames[m.pred].key] = gNames[m.gold]
		}
	}
	for i, hit := range gHit {
		if !hit {
			a.MissedPeople = append(a.MissedPeople, g.People[i])
		}
	}
	for i, hit := range pHit {
		if !hit {
			a.SpuriousPeople = append(a.SpuriousPeople, p.People[i])
		}
	}
	n := float64(len(matches))
	a.People = Counts{MatchedPred: n, FP: float64(len(pNames)) - n, MatchedGold: n, FN: float64(len(gNames)) - n}

	// Meetings: resolve names to identities, expand to pairs, match pairs.
	goldCands := slices.Clone(gNames)
	for _, m := range g.Meetings {
		for _, q := range m.Participants {
			goldCands = append(goldCands, newNormName(q))
		}
	}
	goldID := func(name string) (string, string) {
		nn := newNormName(name)
		return nn.key, name
	}
	predID := func(name string) (string, string) {
		nn := newNormName(name)
		if gn, ok := predToGold[nn.key]; ok {
			return gn.key, gn.raw
		}
		// A participant spelled differently from its own people entry, or
		// missing from it: resolve against gold names directly, by the
		// strictest rule that finds one. Not one-to-one: it only decides
		// who the participant is.
		for _, r := range matchRules {
			for _, gn := range goldCands {
				if satisfies(gn, nn, r) {
					return gn.key, gn.raw
				}
			}
		}
		// Unresolved: its own folded name, which cannot equal a gold key
		// (the exact rule above would have found it).
		return nn.key, name
	}
	gPairs := meetingPairs(g.Meetings, goldID)
	pPairs := meetingPairs(p.Meetings, predID)

	all := matchPairs(gPairs, pPairs, false)
	a.AllPairs = all.counts
	a.AllAttrs = attrsOf(gPairs, pPairs, all)
	for gi, pi := range all.goldToPred {
		if pi >= 0 {
			a.MatchedPairs = append(a.MatchedPairs, PairMatch{Gold: gPairs[gi].Pair, Predicted: pPairs[pi].Pair})
		} else {
			a.MissedPairs = append(a.MissedPairs, gPairs[gi].Pair)
		}
	}
	for pi, matched := range all.predMatched {
		if !matched {
			a.SpuriousPairs = append(a.SpuriousPairs, pPairs[pi].Pair)
		}
	}
	held := matchPairs(gPairs, pPairs, true)
	a.HeldPairs = held.counts
	a.HeldAttrs = attrsOf(gPairs, pPairs, held)
	gPeople := make([]string, len(gNames))
	for i, n := range gNames {
		gPeople[i] = n.key
	}
	pPeople := make([]string, len(pNames))
	for i, n := range pNames {
		pPeople[i] = n.key
		if gn, ok := predToGold[n.key]; ok {
			pPeople[i] = gn.key
		}
	}
	a.HeldCauses, a.HeldMisses = heldCauses(gPairs, pPairs, held, strings.TrimSpace(p.Published),
		namedKeys(gPeople, g.Meetings, goldID), namedKeys(pPeople, p.Meetings, predID), meetingKeys(p.Meetings, predID))
	return a
}

// HeldCauses splits the weight of the held pairs that did not match by why
// not, so that an aggregate (the test part's) says where recall and
// precision go without showing any article. Each side sums to its FN or FP.
type HeldCauses struct {
	// Missed gold pairs: a participant no prediction names; both named but
	// never predicted together; predicted together but never held; held
	// but on a disagreeing date; or the prediction went to another gold pair.
	MissedPerson, MissedNotPaired, MissedNotHeld, MissedDate, MissedOther float64
	// Spurious predicted pairs: a participant the gold does not name; both
	// in the gold but never together; together but not held in the gold;
	// held on a disagreeing date; or the gold pair went to another one.
	SpuriousPerson, SpuriousNotPaired, SpuriousNotHeld, SpuriousDate, SpuriousOther float64
	// MissedDate and SpuriousDate again, split by how the dates disagree.
	MissedDateBy, SpuriousDateBy DateDisagreements
	// MissedNotPaired again, split by where the prediction put the two.
	MissedNotPairedBy Apart
}

// Apart splits the weight of missed gold pairs whose two people the
// prediction names but never puts in one meeting, by the predicted
// meetings (of any status) they are in.
type Apart struct {
	Neither  float64 // neither is in any: the encounter was not found
	Separate float64 // both are, in different ones: split or misgrouped
	OneOnly  float64 // one is: the other was not attached to it
}

func (a *Apart) add(o Apart) {
	a.Neither += o.Neither
	a.Separate += o.Separate
	a.OneOnly += o.OneOnly
}

// DateDisagreements split the weight of held pairs whose two sides name
// the same people but disagree on the date, by how they disagree. The kinds
// are tried in field order; each weight lands in the first that fits.
type DateDisagreements struct {
	PredUndated float64 // predicted null, gold dated
	// The article's own date predicted (the extractor's default for an
	// undated encounter) where the gold has none, or another date. Both
	// need Doc.Published; without it they count as the kinds below.
	ArticleDayGoldUndated, ArticleDay float64
	GoldUndated                       float64 // gold null, another date predicted
	SameMonth                         float64 // same year and month, another day
	OtherMonth                        float64 // same year, another month
	OtherYear                         float64 // another year, or a date that does not parse
}

func (d *DateDisagreements) add(o DateDisagreements) {
	d.PredUndated += o.PredUndated
	d.ArticleDayGoldUndated += o.ArticleDayGoldUndated
	d.ArticleDay += o.ArticleDay
	d.GoldUndated += o.GoldUndated
	d.SameMonth += o.SameMonth
	d.OtherMonth += o.OtherMonth
	d.OtherYear += o.OtherYear
}

// count adds w to the kind of disagreement between a predicted and a gold
// date, in an article published on published ("" when unknown).
func (d *DateDisagreements) count(pred, gold, published string, w float64) {
	pred, gold = strings.TrimSpace(pred), strings.TrimSpace(gold)
	pp, okP := parseDate(pred)
	gp, okG := parseDate(gold)
	switch {
	case pred == "":
		d.PredUndated += w
	case published != "" && datesEqual(pred, published) && gold == "":
		d.ArticleDayGoldUndated += w
	case published != "" && datesEqual(pred, published):
		d.ArticleDay += w
	case gold == "":
		d.GoldUndated += w
	case !okP || !okG || pp[0] != gp[0]:
		d.OtherYear += w
	case len(pp) > 1 && len(gp) > 1 && pp[1] == gp[1]:
		d.SameMonth += w
	default:
		d.OtherMonth += w
	}
}

// datesEqual reports whether two dates are the same to the day.
func datesEqual(a, b string) bool {
	na, okA := normalDate(a)
	nb, okB := normalDate(b)
	return okA && okB && na == nb && len(na) == len("2006-01-02")
}

func (c *HeldCauses) add(o HeldCauses) {
	c.MissedPerson += o.MissedPerson
	c.MissedNotPaired += o.MissedNotPaired
	c.MissedNotHeld += o.MissedNotHeld
	c.MissedDate += o.MissedDate
	c.MissedOther += o.MissedOther
	c.SpuriousPerson += o.SpuriousPerson
	c.SpuriousNotPaired += o.SpuriousNotPaired
	c.SpuriousNotHeld += o.SpuriousNotHeld
	c.SpuriousDate += o.SpuriousDate
	c.SpuriousOther += o.SpuriousOther
	c.MissedDateBy.add(o.MissedDateBy)
	c.SpuriousDateBy.add(o.SpuriousDateBy)
	c.MissedNotPairedBy.add(o.MissedNotPairedBy)
}

// meetingKeys are the identities (resolved by resolve) of the people in
// any meeting.
func meetingKeys(ms []Meeting, resolve func(string) (string, string)) map[string]bool {
	keys := map[string]bool{}
	for _, m := range ms {
		for _, q := range m.Participants {
			if k, _ := resolve(q); k != "" {
				keys[k] = true
			}
		}
	}
	return keys
}

// namedKeys are the identities of the people whose keys are given and of
// everyone in a meeting of ms (resolved by resolve).
func namedKeys(people []string, ms []Meeting, resolve func(string) (string, string)) map[string]bool {
	keys := meetingKeys(ms, resolve)
	for _, k := range people {
		keys[k] = true
	}
	return keys
}

// PairCause is one held pair that did not match, with why not: Missed
// tells a gold pair from a predicted (spurious) one, and Cause is one of
// the Cause* names.
type PairCause struct {
	Pair
	Missed bool
	Cause  string
}

// The causes of PairCause, the fields of HeldCauses one by one.
const (
	CausePerson         = "participant not found"    // missed: a participant no prediction names
	CauseApartNeither   = "meeting not found"        // missed: both named, neither in a predicted meeting
	CauseApartSeparate  = "split into separate ones" // missed: both named, in different predicted meetings
	CauseApartOneOnly   = "participant not attached" // missed: both named, one in a predicted meeting
	CauseNotHeld        = "status"                   // held on one side, planned on the other
	CauseDate           = "date"                     // the two agree but for the date
	CauseOther          = "taken by another pair"    // a duplicate pair matched elsewhere
	CauseSpuriousPerson = "participant not in gold"  // spurious: a participant the gold does not name
	CauseNotTogether    = "never together in gold"   // spurious: both in the gold, never in one meeting
)

// heldCauses classifies the held pairs that the held matching m left
// unmatched on either side (see HeldCauses), in total and one by one.
// gKeys and pKeys are the identities each side names; pMet those in any
// predicted meeting.
func heldCauses(gold, pred []pairItem, m pairMatching, published string, gKeys, pKeys, pMet map[string]bool) (HeldCauses, []PairCause) {
	var c HeldCauses
	var why []PairCause
	note := func(p Pair, missed bool, cause string) {
		why = append(why, PairCause{Pair: p, Missed: missed, Cause: cause})
	}
	named := func(keys map[string]bool, pairKey string) bool {
		a, b, _ := strings.Cut(pairKey, "\x00")
		return keys[a] && keys[b]
	}
	// cause finds, among others' pairs of the same two people, the
	// closest one: 0 none, 1 together but not held, 2 held on another
	// date (returned too: the first such), 3 held on an agreeing date
	// (taken by another pair).
	cause := func(p pairItem, others []pairItem) (int, string) {
		best, date := 0, ""
		for _, o := range others {
			switch {
			case o.key != p.key:
			case !o.held():
				best = max(best, 1)
			case !datesAgree(o.Date, p.Date):
				if best < 2 {
					best, date = 2, o.Date
				}
			default:
				best = 3
			}
		}
		return best, date
	}
	for gi, g := range gold {
		if !g.held() || m.goldToPred[gi] >= 0 {
			continue
		}
		if !named(pKeys, g.key) {
			c.MissedPerson += g.Weight
			note(g.Pair, true, CausePerson)
			continue
		}
		switch k, predDate := cause(g, pred); k {
		case 0:
			c.MissedNotPaired += g.Weight
			// No predicted meeting holds both (it would have made a pair).
			a, b, _ := strings.Cut(g.key, "\x00")
			switch {
			case pMet[a] && pMet[b]:
				c.MissedNotPairedBy.Separate += g.Weight
				note(g.Pair, true, CauseApartSeparate)
			case pMet[a] || pMet[b]:
				c.MissedNotPairedBy.OneOnly += g.Weight
				note(g.Pair, true, CauseApartOneOnly)
			default:
				c.MissedNotPairedBy.Neither += g.Weight
				note(g.Pair, true, CauseApartNeither)
			}
		case 1:
			c.MissedNotHeld += g.Weight
			note(g.Pair, true, CauseNotHeld)
		case 2:
			c.MissedDate += g.Weight
			c.MissedDateBy.count(predDate, g.Date, published, g.Weight)
			note(g.Pair, true, CauseDate)
		default:
			c.MissedOther += g.Weight
			note(g.Pair, true, CauseOther)
		}
	}
	for pi, p := range pred {
		if !p.held() || m.predMatched[pi] {
			continue
		}
		if !named(gKeys, p.key) {
			c.SpuriousPerson += p.Weight
			note(p.Pair, false, CauseSpuriousPerson)
			continue
		}
		switch k, goldDate := cause(p, gold); k {
		case 0:
			c.SpuriousNotPaired += p.Weight
			note(p.Pair, false, CauseNotTogether)
		case 1:
			c.SpuriousNotHeld += p.Weight
			note(p.Pair, false, CauseNotHeld)
		case 2:
			c.SpuriousDate += p.Weight
			c.SpuriousDateBy.count(p.Date, goldDate, published, p.Weight)
			note(p.Pair, false, CauseDate)
		default:
			c.SpuriousOther += p.Weight
			note(p.Pair, false, CauseOther)
		}
	}
	return c, why
}

// pairItem is a Pair with the identity of its two people.
type pairItem struct {
	Pair
	key string // identity keys of A and B, sorted, joined by NUL
}

// meetingPairs expands meetings into weighted pairs. resolve gives a name's
// identity key and display name. A participant listed twice (or two names
// resolving to one person) counts once; empty names are dropped; a meeting
// left with fewer than two people yields no pairs.
func meetingPairs(ms []Meeting, resolve func(string) (key, display string)) []pairItem {
	var out []pairItem
	for _, m := range ms {
		type who struct{ key, display string }
		var ps []who
		for _, q := range m.Participants {
			k, d := resolve(q)
			if k == "" || slices.ContainsFunc(ps, func(w who) bool { return w.key == k }) {
				continue
			}
			ps = append(ps, who{k, d})
		}
		if len(ps) < 2 {
			continue
		}
		w := 1 / float64(len(ps)-1)
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				x, y := ps[i], ps[j]
				if y.key < x.key {
					x, y = y, x
				}
				out = append(out, pairItem{
					Pair: Pair{A: x.display, B: y.display, Date: strings.TrimSpace(m.Date), Status: m.Status, Kind: m.Kind, Place: strings.TrimSpace(m.Place), Weight: w},
					key:  x.key + "\x00" + y.key,
				})
			}
		}
	}
	return out
}

type pairMatching struct {
	goldToPred  []int  // per gold pair, the matched predicted pair or -1 (excluded pairs: -1 too)
	predMatched []bool // per predicted pair
	counts      Counts
}

// matchPairs matches predicted pairs to gold pairs one-to-one: same two
// people, dates agreeing (datesAgree). heldOnly restricts both sides to
// status held.
//
// A pair can occur more than once in an article (Blinken–Lapid met twice),
// so this is a bipartite matching. It takes a maximum number of matches
// (Kuhn's augmenting paths), trying heavier predicted pairs first and, for
// each, gold pairs with the identical date before merely agreeing ones, so
// that a "2021-06-27" prediction takes the "2021-06-27" gold pair and leaves
// the "2021" one for a vaguer prediction. Last, swapForAttrs lets two
// matched predictions of one pair trade gold pairs where that matches
// kinds and places better, which moves no count.
func matchPairs(gold, pred []pairItem, heldOnly bool) pairMatching {
	res := pairMatching{goldToPred: make([]int, len(gold)), predMatched: make([]bool, len(pred))}
	for i := range res.goldToPred {
		res.goldToPred[i] = -1
	}
	gIn := func(i int) bool { return !heldOnly || gold[i].held() }
	pIn := func(i int) bool { return !heldOnly || pred[i].held() }

	byKey := map[string][]int{}
	for gi := range gold {
		if gIn(gi) {
			byKey[gold[gi].key] = append(byKey[gold[gi].key], gi)
		}
	}
	cands := make([][]int, len(pred))
	var order []int
	for pi := range pred {
		if !pIn(pi) {
			continue
		}
		order = append(order, pi)
		for _, gi := range byKey[pred[pi].key] {
			if datesAgree(gold[gi].Date, pred[pi].Date) {
				cands[pi] = append(cands[pi], gi)
			}
		}
		slices.SortStableFunc(cands[pi], func(x, y int) int {
			return cmp.Compare(dateRank(gold[x].Date, pred[pi].Date), dateRank(gold[y].Date, pred[pi].Date))
		})
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(pred[y].Weight, pred[x].Weight) })

	var augment func(pi int, seen []bool) bool
	augment = func(pi int, seen []bool) bool {
		for _, gi := range cands[pi] {
			if seen[gi] {
				continue
			}
			seen[gi] = true
			if prev := res.goldToPred[gi]; prev < 0 || augment(prev, seen) {
				res.goldToPred[gi] = pi
				return true
			}
		}
		return false
	}
	for _, pi := range order {
		if len(cands[pi]) > 0 {
			augment(pi, make([]bool, len(gold)))
		}
	}
	swapForAttrs(gold, pred, res.goldToPred)

	for gi, pi := range res.goldToPred {
		if !gIn(gi) {
			continue
		}
		if pi >= 0 {
			res.predMatched[pi] = true
			res.counts.MatchedGold += gold[gi].Weight
		} else {
			res.counts.FN += gold[gi].Weight
		}
	}
	for _, pi := range order {
		if res.predMatched[pi] {
			res.counts.MatchedPred += pred[pi].Weight
		} else {
			res.counts.FP += pred[pi].Weight
		}
	}
	return res
}

// dateRank orders agreeing gold dates for a predicted one: identical first.
func dateRank(gold, pred string) int {
	if strings.EqualFold(gold, pred) {
		return 0
	}
	return 1
}

// datesAgree reports whether two meeting dates agree to the coarser of their
// precisions: "2023-06" agrees with "2023-06-19" and "2023" with both, but
// "2023-05" does not agree with "2023-06-19".
//
// The guidelines do not say how a null date compares; here null agrees only
// with null, so predicting no date for a dated meeting (or a date for an
// undated one) is wrong. A date that is not YYYY[-MM[-DD]] (after dropping a
// time of day) agrees only with the identical string.
func datesAgree(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return a == b
	}
	da, okA := normalDate(a)
	db, okB := normalDate(b)
	if !okA || !okB {
		return strings.EqualFold(a, b)
	}
	return schema.DatesAgree(da, db)
}

// normalDate writes a date that parseDate reads as YYYY[-MM[-DD]], zero
// padded.
func normalDate(s string) (string, bool) {
	parts, ok := parseDate(s)
	if !ok {
		return "", false
	}
	out := fmt.Sprintf("%04d", parts[0])
	for _, p := range parts[1:] {
		out += fmt.Sprintf("-%02d", p)
	}
	return out, true
}

// parseDate splits YYYY, YYYY-MM or YYYY-MM-DD (a "T…" time part ignored)
// into its numbers.
func parseDate(s string) ([]int, bool) {
	if i := strings.IndexAny(s, "T "); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return nil, false
	}
	out := make([]int, len(parts))
	for i, p := range parts {
		if p == "" || len(p) > 4 || (i > 0 && len(p) > 2) {
			return nil, false
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

// swapForAttrs lets the predictions matched to gold pairs of the same two
// people trade their gold pairs, where each still agrees on the date (no
// less closely in all, by dateRank), so as to make the most matched gold
// weight agree on kind and then, of the ways that do, on place: where one
// pair met twice on a day (a summit and a side meeting), each prediction is
// judged against the encounter it tells. It tries every assignment of a
// pair's predictions (up to maxAttrGroup of them; more are left as
// matched), so that the result does not hang on the order of trades. The
// matched gold and predicted pairs stay the same, so no count moves; only
// Attrs do.
func swapForAttrs(gold, pred []pairItem, goldToPred []int) {
	groups := map[string][]int{}
	var keys []string
	for gi, pi := range goldToPred {
		if pi < 0 {
			continue
		}
		if _, ok := groups[gold[gi].key]; !ok {
			keys = append(keys, gold[gi].key)
		}
		groups[gold[gi].key] = append(groups[gold[gi].key], gi)
	}
	for _, k := range keys {
		gs := groups[k]
		if len(gs) < 2 || len(gs) > maxAttrGroup {
			continue
		}
		ps := make([]int, len(gs))
		for i, gi := range gs {
			ps[i] = goldToPred[gi]
		}
		score := func(assign []int) (kind, place float64, rank int, ok bool) {
			for i, gi := range gs {
				g, p := gold[gi], pred[assign[i]]
				if !datesAgree(g.Date, p.Date) {
					return 0, 0, 0, false
				}
				rank += dateRank(g.Date, p.Date)
				if kindsAgree(g.Kind, p.Kind) {
					kind += g.Weight
				}
				if placesAgree(g.Place, p.Place) {
					place += g.Weight
				}
			}
			return kind, place, rank, true
		}
		bestK, bestL, rank0, _ := score(ps)
		best := slices.Clone(ps)
		permute(slices.Clone(ps), 0, func(assign []int) {
			kind, place, rank, ok := score(assign)
			if !ok || rank > rank0 || kind < bestK-1e-9 || kind < bestK+1e-9 && place <= bestL+1e-9 {
				return
			}
			bestK, bestL = kind, place
			copy(best, assign)
		})
		for i, gi := range gs {
			goldToPred[gi] = best[i]
		}
	}
}

// maxAttrGroup bounds the matched pairs of one pair of people that
// swapForAttrs reassigns (7! = 5,040 assignments).
const maxAttrGroup = 7

// permute calls f with every ordering of xs[i:] after xs[:i].
func permute(xs []int, i int, f func([]int)) {
	if i == len(xs) {
		f(xs)
		return
	}
	for j := i; j < len(xs); j++ {
		xs[i], xs[j] = xs[j], xs[i]
		permute(xs, i+1, f)
		xs[i], xs[j] = xs[j], xs[i]
	}
}
