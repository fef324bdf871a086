package schema

import (
	"slices"
	"strings"
)

// The merge rules below are the write semantics of every store. The Neo4j
// store states the same rules in Cypher (package neo4jstore), and the
// contract suite checks that both agree.

// MergeNode folds an incoming node into the stored one (nil when absent):
// label, name and properties are set when the node is created and kept
// afterwards, so the first article to name a node names it; aliases
// accumulate in the order first seen. Two properties of a meeting improve
// as more reports come in: a more precise date that agrees with the stored
// one replaces it ("2022-11" becomes "2022-11-14"), and a meeting that any
// report says was held stays held. A meeting's name that ends with its date
// (the loader's "A – B call, 2022-11") takes the refined date too
// (MeetingNameAtDate), so that a label never says less than the date. A
// meeting's kind is the one most of its articles give (PropSourceKinds,
// MajorityKind): where articles disagree, a call told by one and a meeting
// by two is a meeting.
func MergeNode(stored *Node, in Node) Node {
	if stored == nil {
		n := in
		n.Aliases = AppendNew(nil, in.Aliases...)
		n.Props = cloneProps(in.Props)
		return n
	}
	n := *stored
	n.Aliases = AppendNew(slices.Clone(stored.Aliases), in.Aliases...)
	if n.Label == LabelMeeting {
		date, inDate := n.Props[PropDate], in.Props[PropDate]
		refine := len(inDate) > len(date) && strings.HasPrefix(inDate, date)
		held := in.Props[PropStatus] == StatusHeld && n.Props[PropStatus] != StatusHeld
		kinds := AppendSourceKinds(storedKindVotes(n.Props, in.Props), in.Props[PropSourceKinds])
		if refine || held || kinds != n.Props[PropSourceKinds] {
			n.Props = cloneProps(n.Props)
			if n.Props == nil {
				n.Props = map[string]string{}
			}
			if kinds != n.Props[PropSourceKinds] {
				n.Props[PropSourceKinds] = kinds
				n.Props[PropKind] = MajorityKind(kinds, n.Props[PropKind])
			}
			if refine {
				n.Props[PropDate] = inDate
				n.Name = MeetingNameAtDate(n.Name, date, inDate)
			}
			if held {
				n.Props[PropStatus] = StatusHeld
			}
		}
	}
	return n
}

// AppendSourceKinds appends to a meeting's PropSourceKinds the entries of
// add whose article it does not hold yet: an article that tells two of
// its meetings as one (the same people on the same day) counts once, with
// the kind it gave first.
func AppendSourceKinds(kinds, add string) string {
	if add == "" {
		return kinds
	}
	var articles []string
	for _, e := range strings.Split(kinds, ",") {
		articles = append(articles, sourceOf(e))
	}
	for _, e := range strings.Split(add, ",") {
		if e == "" || slices.Contains(articles, sourceOf(e)) {
			continue
		}
		if kinds == "" {
			kinds = e
		} else {
			kinds += "," + e
		}
		articles = append(articles, sourceOf(e))
	}
	return kinds
}

// storedKindVotes is a stored meeting's PropSourceKinds, or, for a meeting
// written before kinds were counted (a kind but no entries) that in brings a
// vote to, one vote for its stored kind from no article (":call"): that kind
// was its first article's, so one later report does not outvote it alone.
// The stores replay or keep such meetings as they were written.
func storedKindVotes(stored, in map[string]string) string {
	if stored[PropSourceKinds] == "" && stored[PropKind] != "" && in[PropSourceKinds] != "" {
		return ":" + stored[PropKind]
	}
	return stored[PropSourceKinds]
}

// sourceOf is the article of an entry of PropSourceKinds.
func sourceOf(entry string) string {
	if i := strings.LastIndexByte(entry, ':'); i >= 0 {
		return entry[:i]
	}
	return entry
}

// MajorityKind is a meeting's kind by the articles that report it
// (PropSourceKinds): where more of them tell it as a call than in person,
// a call; where more tell it in person than as a call, the stored kind if
// it is in person ("summit" and "visit" stay, a scale the reports of a
// meeting do not all name), else the in-person kind most of them give. A
// tie keeps current, the stored kind, the first article's: the store has
// no measure of which article tells it better, and a kept tie is one no
// load order flips back and forth. The Neo4j store states the same rule
// in Cypher.
func MajorityKind(kinds, current string) string {
	count := map[string]int{}
	var inPerson []string
	calls, others := 0, 0
	for _, e := range strings.Split(kinds, ",") {
		i := strings.LastIndexByte(e, ':')
		if i < 0 || i == len(e)-1 {
			continue
		}
		k := e[i+1:]
		if k == KindCall {
			calls++
			continue
		}
		others++
		if count[k] == 0 {
			inPerson = append(inPerson, k)
		}
		count[k]++
	}
	switch {
	case current == KindCall && others > calls:
		best := ""
		for _, k := range inPerson {
			if count[k] > count[best] {
				best = k
			}
		}
		return best
	case current != KindCall && calls > others:
		return KindCall
	}
	return current
}

// MergeEdge folds an incoming edge into the stored one (nil when absent),
// leaving stored as it was.
//
// Evidence is the first MaxEvidence supporting sentences, one per article,
// in the order first seen: once the list is full, later articles add no
// sentence, and an edge never loses the evidence it has, so every edge
// that was written with evidence keeps at least one sentence. Since and
// Until are an affiliation's: on AFFILIATED_WITH they keep the earliest
// and the latest date of every article that states the edge, whether its
// sentence was kept or not; other types keep the dates they were created
// with (the loader gives them none). An edge from an article (MENTIONS,
// REPORTS, DISCUSSED) is that article's own statement, so its first write
// sets it whole and later writes leave it. Writing the same articles again
// changes nothing.
func MergeEdge(stored *Edge, in Edge) Edge {
	if stored == nil {
		e := in
		e.Evidence = appendEvidence(nil, in.Evidence)
		return e
	}
	e := *stored
	// Clipped, so that an append copies the list rather than writing into
	// stored's.
	e.Evidence = slices.Clip(e.Evidence)
	MergeEdgeInto(&e, in)
	return e
}

// MergeEdgeInto is MergeEdge updating *stored itself, appending to its
// evidence in place, for a store that owns stored and hands out copies
// only: a merge then costs no copy of the list.
func MergeEdgeInto(stored *Edge, in Edge) {
	if LabelOf(stored.From) == LabelArticle {
		return
	}
	if stored.Type == RelAffiliatedWith {
		stored.Since = minDate(stored.Since, in.Since)
		stored.Until = maxDate(stored.Until, in.Until)
	}
	stored.Evidence = appendEvidence(stored.Evidence, in.Evidence)
}

// AppendNew appends the values of add that list does not hold yet.
func AppendNew(list []string, add ...string) []string {
	for _, a := range add {
		if a != "" && !slices.Contains(list, a) {
			list = append(list, a)
		}
	}
	return list
}

// appendEvidence appends the evidence of articles that list lacks, until
// list holds MaxEvidence.
func appendEvidence(list, add []Evidence) []Evidence {
	for _, ev := range add {
		if len(list) >= MaxEvidence {
			break
		}
		if !slices.ContainsFunc(list, func(x Evidence) bool { return x.ArticleID == ev.ArticleID }) {
			list = append(list, ev)
		}
	}
	return list
}

func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func maxDate(a, b string) string {
	if a == "" || (b != "" && b > a) {
		return b
	}
	return a
}

func cloneProps(p map[string]string) map[string]string {
	if p == nil {
		return nil
	}
	out := make(map[string]string, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// DateInRange reports whether an ISO date of any precision lies within
// [from, to]; empty bounds are open. It is the meaning of MeetingFilter.From
// and To. A date is placed at its first day (StartOf) and each bound spans
// its own precision: from "2022" admits "2022-11", to "2022-11-13" admits
// "2022-11", and from "2022-11-13" does not. from was once compared as a
// string, and "2022-01" sorts before "2022-01-01": from "2022-01-01" to
// "2022-12-31" left out January's meetings dated to the month and the
// year's dated to the year, while it kept December's.
func DateInRange(date, from, to string) bool {
	if date == "" {
		return from == "" && to == ""
	}
	if from != "" && StartOf(date) < StartOf(from) {
		return false
	}
	if to != "" && StartOf(date) > EndOf(to) {
		return false
	}
	return true
}

// NameMatches reports whether text names the node: its id, or its name or
// an alias with case folded. It is the meaning of FindNodes.
func NameMatches(n Node, text string) bool {
	if n.ID == text || strings.EqualFold(n.Name, text) {
		return true
	}
	for _, a := range n.Aliases {
		if strings.EqualFold(a, text) {
			return true
		}
	}
	return false
}

// PartyMatches reports whether text names a country or organisation node:
// NameMatches, or its ISO code or short name with case folded. It is how
// MeetingFilter.WithOfficialsOf is resolved.
func PartyMatches(n Node, text string) bool {
	if n.Label != LabelCountry && n.Label != LabelOrganization {
		return false
	}
	return NameMatches(n, text) ||
		(n.Props[PropCode] != "" && strings.EqualFold(n.Props[PropCode], text)) ||
		(n.Props[PropShort] != "" && strings.EqualFold(n.Props[PropShort], text))
}

// MeetingNameAtDate is a meeting's name once its date is refined from date
// to refined: a name that ends with ", " and the old date ends with the new
// one instead ("A – B call, 2022" becomes "A – B call, 2022-07-28"); any
// other name is kept. The Neo4j store states the same rule in Cypher.
func MeetingNameAtDate(name, date, refined string) string {
	if date == "" || !strings.HasSuffix(name, ", "+date) {
		return name
	}
	return strings.TrimSuffix(name, date) + refined
}

// RetractSourceKinds drops the entries of articles (raw ids) from a
// meeting's PropSourceKinds, for a retraction (an article whose text
// changed replaces its statements, its vote on the kind too), and gives
// the kind the entries left would have given had they been written alone,
// one article after another in their order: the first one's kind, then
// MajorityKind at each next one. It returns kinds and current unchanged
// where no entry is the articles' or none is left.
func RetractSourceKinds(kinds, current string, articles []string) (string, string) {
	var kept []string
	for _, e := range strings.Split(kinds, ",") {
		if e != "" && !slices.Contains(articles, sourceOf(e)) {
			kept = append(kept, e)
		}
	}
	left := strings.Join(kept, ",")
	if left == kinds || len(kept) == 0 {
		return kinds, current
	}
	kind := "" // an entry without a colon gives no kind
	if i := strings.LastIndexByte(kept[0], ':'); i >= 0 {
		kind = kept[0][i+1:]
	}
	for i := 2; i <= len(kept); i++ {
		kind = MajorityKind(strings.Join(kept[:i], ","), kind)
	}
	return left, kind
}
