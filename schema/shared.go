package schema

import (
	"cmp"
	"slices"
	"strings"
)

// The functions below are the read semantics that both stores share: each
// store finds candidates its own way (Cypher, or a scan of memory) and
// these decide what matches and in which order, so that both answer alike.

// StartOf is the first day an ISO date of any precision covers, as
// YYYY-MM-DD: "2023" → "2023-01-01", "2023-06" → "2023-06-01".
func StartOf(date string) string {
	switch len(date) {
	case 4:
		return date + "-01-01"
	case 7:
		return date + "-01"
	}
	return date
}

// EndOf is a YYYY-MM-DD string that sorts after every day an ISO date of
// any precision covers and before the next: "2023" → "2023-12-31",
// "2023-06" → "2023-06-31" (not a real day, but it compares as the end of
// June).
func EndOf(date string) string {
	switch len(date) {
	case 4:
		return date + "-12-31"
	case 7:
		return date + "-31"
	}
	return date
}

// AttestedAt reports whether an affiliation attested from since to until
// (each an ISO date of any precision; one of them may be empty) covers the
// date at, compared as spans of days: the span runs from the start of the
// earlier bound to the end of the later one, and it must overlap at. An
// affiliation with neither bound covers nothing; an empty at is covered by
// every attested affiliation. It is AttestedWithin of the one date, but
// for an affiliation with neither bound, which no date covers.
func AttestedAt(since, until, at string) bool {
	return (since != "" || until != "") && AttestedWithin(since, until, at, at)
}

// NameHasWords reports whether every word of words is a word, or the start
// of a word, of the node's name or of one of its aliases (all words in the
// same one). It is the meaning of EntityQuery.Name.
func NameHasWords(n Node, words []string) bool {
	return len(words) == 0 || SearchScore(n, words) > 0
}

// TextHasWords reports whether every word of words (SearchWords: lower
// case, letters and digits) is a word, or the start of a word, of text, in
// any order: the match of an article's source (EntityQuery.Source), as
// NameHasWords is a name's. "state.gov" and "State Department" are words
// of "U.S. Department of State press releases (state.gov RSS, …)".
func TextHasWords(text string, words []string) bool {
	have := SearchWords(text)
	for _, w := range words {
		if !slices.ContainsFunc(have, func(h string) bool { return strings.HasPrefix(h, w) }) {
			return false
		}
	}
	return true
}

// CompareHits orders search hits: higher score first, then more edges
// (Degree: an entity the graph knows better first, "Joe Biden" before the
// one-word "Biden" an article's half-name made), then by id.
func CompareHits(a, b SearchHit) int {
	return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Degree, a.Degree), cmp.Compare(a.Node.ID, b.Node.ID))
}

// CompareTimeline orders a timeline: dated entries first, by date (a
// coarser date before the finer dates it holds: "2023-06" before
// "2023-06-19"), meetings before mentions on one date, then by node id.
func CompareTimeline(a, b TimelineEntry) int {
	return cmp.Or(
		CompareDatedFirst(a.Date, b.Date),
		cmp.Compare(a.Date, b.Date),
		cmp.Compare(a.Kind, b.Kind), // "meeting" < "mention"
		cmp.Compare(a.Node.ID, b.Node.ID),
	)
}

// CompareCoParticipants orders co-participants: most meetings first, ties
// by id.
func CompareCoParticipants(a, b CoParticipant) int {
	return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Node.ID, b.Node.ID))
}

// DatesAgree reports whether two dates (YYYY, YYYY-MM or YYYY-MM-DD) can
// name the same time: both are given, and one refines the other, that is,
// they are equal to the coarser one's precision ("2023-06" and
// "2023-06-19"; not "2023-05" and "2023-06-19").
func DatesAgree(a, b string) bool {
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// CompareDatedFirst orders two dates so that a dated entry ("" is
// undated) comes before an undated one, whatever the order of the dates
// themselves; two dated or two undated entries compare equal.
func CompareDatedFirst(a, b string) int {
	switch {
	case a == b || (a != "" && b != ""):
		return 0
	case a == "":
		return 1
	}
	return -1
}

// labelRank orders labels for choosing among equally short paths: a path
// through people and meetings says more than one through a country that
// thousands of people share.
var labelRank = map[string]string{
	LabelPerson: "1", LabelMeeting: "2", LabelPlace: "3", LabelIssue: "4",
	LabelOrganization: "5", LabelCountry: "6", LabelArticle: "7",
}

// PathKey is the key of a node for choosing among paths: its label's rank,
// then its id.
func PathKey(id string) string {
	r := labelRank[LabelOf(id)]
	if r == "" {
		r = "9"
	}
	return r + id
}

// PathInterior reports whether a path may pass through the node with this
// id: only people and meetings. Countries, organisations, places, issues
// and articles are hubs (every official of a country is one step from it,
// every meeting one step from its articles), so a path through them says
// little and a search through them visits most of the graph; they are
// only ever a path's ends.
func PathInterior(id string) bool {
	l := LabelOf(id)
	return l == LabelPerson || l == LabelMeeting
}

// ComparePaths orders paths: shorter first; then by the PathKey of their
// nodes, one by one (so the first step decides first); then by the EdgeID
// of their edges. The shortest path of a store is the least of all its
// shortest paths.
func ComparePaths(a, b Path) int {
	if c := cmp.Compare(len(a.Nodes), len(b.Nodes)); c != 0 {
		return c
	}
	for i := range a.Nodes {
		if c := cmp.Compare(PathKey(a.Nodes[i].ID), PathKey(b.Nodes[i].ID)); c != 0 {
			return c
		}
	}
	for i := range a.Edges {
		if c := cmp.Compare(a.Edges[i].EdgeID(), b.Edges[i].EdgeID()); c != 0 {
			return c
		}
	}
	return 0
}

// Fold merges article graphs into one list of nodes and one of edges, by
// the merge rules, each in the order first seen: what writing them does
// to an empty graph.
func Fold(graphs []ArticleGraph) ([]Node, []Edge) {
	nodeIdx := map[string]int{}
	var nodes []Node
	edgeIdx := map[string]int{}
	var edges []Edge
	for _, g := range graphs {
		for _, n := range g.Nodes {
			if i, ok := nodeIdx[n.ID]; ok {
				nodes[i] = MergeNode(&nodes[i], n)
				continue
			}
			nodeIdx[n.ID] = len(nodes)
			nodes = append(nodes, MergeNode(nil, n))
		}
		for _, e := range g.Edges {
			id := e.EdgeID()
			if i, ok := edgeIdx[id]; ok {
				MergeEdgeInto(&edges[i], e) // edges[i] is Fold's own copy
				continue
			}
			edgeIdx[id] = len(edges)
			edges = append(edges, MergeEdge(nil, e))
		}
	}
	return nodes, edges
}

// mentionOrder is the order in which the edges from an article to a node
// give a mention its sentence: what the article discussed, then what it
// named, then what it reported.
var mentionOrder = []string{RelDiscussed, RelMentions, RelReports}

// MentionSentence chooses the sentence of a timeline mention from the
// sentences of one article's edges to a node, keyed by relationship type:
// the first that is not empty, in the order DISCUSSED, MENTIONS, REPORTS.
func MentionSentence(byType map[string]string) string {
	for _, t := range mentionOrder {
		if s := byType[t]; s != "" {
			return s
		}
	}
	return ""
}
