// Package schema is newsgraph's knowledge-graph model: node labels,
// relationship types, stable ids, the rows a loader writes, the queries a
// store answers (the Store interface) and the merge rules that every store
// applies. Every store implements the same model, so the GraphQL layer and
// the loader depend on this package alone.
package schema

import (
	"cmp"
	"slices"
	"strings"
)

// Node labels.
const (
	LabelArticle      = "Article"
	LabelPerson       = "Person"
	LabelCountry      = "Country"
	LabelOrganization = "Organization"
	LabelPlace        = "Place"
	LabelMeeting      = "Meeting"
	LabelIssue        = "Issue"
)

// Labels lists every node label, in a fixed order.
var Labels = []string{LabelArticle, LabelPerson, LabelCountry, LabelOrganization, LabelPlace, LabelMeeting, LabelIssue}

// Relationship types.
const (
	RelAffiliatedWith = "AFFILIATED_WITH" // Person -> Country|Organization {role, since, until}
	RelAttended       = "ATTENDED"        // Person -> Meeting
	RelHeldIn         = "HELD_IN"         // Meeting -> Place
	RelIn             = "IN"              // Place -> Country
	RelDiscussed      = "DISCUSSED"       // Meeting|Article -> Issue
	RelMentions       = "MENTIONS"        // Article -> any entity
	RelReports        = "REPORTS"         // Article -> Meeting
)

// RelTypes lists every relationship type, in a fixed order.
var RelTypes = []string{RelAffiliatedWith, RelAttended, RelHeldIn, RelIn, RelDiscussed, RelMentions, RelReports}

// idPrefixes maps the prefix of a stable id to its node label: the label of
// any node can be told from its id alone, which lets writers address nodes
// through the label's unique index.
var idPrefixes = map[string]string{
	"article": LabelArticle,
	"person":  LabelPerson,
	"country": LabelCountry,
	"org":     LabelOrganization,
	"place":   LabelPlace,
	"meeting": LabelMeeting,
	"issue":   LabelIssue,
}

// LabelOf returns the node label that a stable id ("person:xi-jinping")
// belongs to, or "" for an id without a known prefix.
func LabelOf(id string) string {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	return idPrefixes[prefix]
}

// IDPrefix is what the stable id of every node of label begins with
// ("meeting:" for LabelMeeting), or "" for an unknown label: a store can
// tell a node's label from its id without reading it.
func IDPrefix(label string) string {
	for prefix, l := range idPrefixes {
		if l == label {
			return prefix + ":"
		}
	}
	return ""
}

// ArticleID is the stable node id of an article.
func ArticleID(articleID string) string { return "article:" + articleID }

// Node is one node of the graph. Props holds the label's scalar properties
// (see the Prop* constants); Name and Aliases are common to all labels.
type Node struct {
	ID      string            `json:"id"`
	Label   string            `json:"label"`
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases,omitempty"`
	Props   map[string]string `json:"props,omitempty"`
}

// Node property names, by label.
const (
	PropCode  = "code"  // Country: ISO 3166-1 alpha-2
	PropShort = "short" // Organization: short name ("NATO")
	// PropOrgType is an Organization's type, one of the OrgType constants,
	// where the text or a list made it plain; the first article's stands.
	PropOrgType = "orgType"
	PropKind    = "kind"   // Meeting: meeting, call, visit, summit
	PropDate    = "date"   // Meeting, Article: ISO date with its precision
	PropStatus  = "status" // Meeting: held, planned
	PropTitle   = "title"  // Article
	PropURL     = "url"    // Article
	PropSource  = "source" // Article
	PropText    = "text"   // Article
)

// PropSourceKinds is a meeting's kind as each article that reports it gives
// it: "article:kind" entries joined by ",", in the order first seen. The
// meeting's PropKind is their majority (MergeNode).
const PropSourceKinds = "sourceKinds"

// KindCall is the PropKind of a meeting held by telephone or video; every
// other kind is held in person.
const KindCall = "call"

// Organization types, as stored in PropOrgType.
const (
	OrgTypeGovernment    = "government"    // a ministry, agency, legislature, court, army
	OrgTypeCompany       = "company"       // a business
	OrgTypeParty         = "party"         // a political party
	OrgTypeInternational = "international" // an international organisation
	OrgTypeOther         = "other"
)

// Meeting statuses and kinds, as stored.
const (
	StatusHeld    = "held"
	StatusPlanned = "planned"
)

// Edge is one relationship. From, Type, To and Key identify it: Key tells
// apart edges of one type between the same two nodes (an affiliation's
// role), and is "" for most types.
type Edge struct {
	Type     string     `json:"type"`
	From     string     `json:"from"`
	To       string     `json:"to"`
	Key      string     `json:"key,omitempty"`
	Since    string     `json:"since,omitempty"` // AFFILIATED_WITH: earliest date the role is attested
	Until    string     `json:"until,omitempty"` // AFFILIATED_WITH: latest date the role is attested
	Evidence []Evidence `json:"evidence"`        // the first MaxEvidence supporting sentences (MergeEdge)
}

// MaxEvidence is how many supporting sentences an edge keeps: those of the
// first MaxEvidence articles that support it. Hub edges (a minister's
// affiliation, a city in its country) are supported by thousands of
// articles, and keeping every sentence made each merge of such an edge
// rewrite a list that grows with the archive. Since and Until still come
// from every article.
const MaxEvidence = 20

// EdgeID is a deterministic id for an edge, stable across stores.
func (e Edge) EdgeID() string {
	if e.Key == "" {
		return e.From + "|" + e.Type + "|" + e.To
	}
	return e.From + "|" + e.Type + "|" + e.To + "|" + e.Key
}

// SortEdgesByID sorts edges by EdgeID without building the ids
// (CompareEdgeIDs): building each once was a string per edge and a copy
// of the list, a tenth of the embedded store's cost of a subgraph (and a
// comparison that built both ids made 1,200 edges cost 27,000 string
// concatenations).
func SortEdgesByID(edges []Edge) {
	slices.SortFunc(edges, CompareEdgeIDs)
}

// CompareEdgeIDs compares a.EdgeID() with b.EdgeID() as strings.Compare
// would, reading the parts of each id in turn instead of joining them.
func CompareEdgeIDs(a, b Edge) int {
	pa, pb := a.idParts(), b.idParts()
	return compareJoined(pa[:], pb[:])
}

// idParts are the pieces EdgeID joins, in order ("" for a missing key and
// its separator).
func (e Edge) idParts() [7]string {
	if e.Key == "" {
		return [7]string{e.From, "|", e.Type, "|", e.To}
	}
	return [7]string{e.From, "|", e.Type, "|", e.To, "|", e.Key}
}

// compareJoined compares strings.Join(a, "") with strings.Join(b, "").
func compareJoined(a, b []string) int {
	var sa, sb string
	for {
		for sa == "" && len(a) > 0 {
			sa, a = a[0], a[1:]
		}
		for sb == "" && len(b) > 0 {
			sb, b = b[0], b[1:]
		}
		if sa == "" || sb == "" { // one has ended: it is the smaller, unless both have
			return cmp.Compare(len(sa), len(sb))
		}
		n := min(len(sa), len(sb))
		if c := strings.Compare(sa[:n], sb[:n]); c != 0 {
			return c
		}
		sa, sb = sa[n:], sb[n:]
	}
}

// Evidence is where a fact came from: an article and the sentence in it.
type Evidence struct {
	ArticleID string `json:"article"`
	Sentence  string `json:"sentence"`
}

// ArticleGraph is everything one article contributes to the graph: the
// unit a loader writes. Writing it twice changes nothing.
type ArticleGraph struct {
	ArticleID string `json:"articleId"`
	Nodes     []Node `json:"nodes"`
	Edges     []Edge `json:"edges"`
	// Absorb lists stored meetings that meetings of this graph take in
	// (see MeetingMerge): meeting resolution sets it, so that a report
	// stored before the meeting it tells of folds into it once it is
	// written, as it would have folded had it come after.
	Absorb []MeetingMerge `json:"absorb,omitempty"`
}

// MeetingMerge moves a stored meeting into another: every edge of From is
// merged into the same edge of Into, From's kind votes and status into
// Into's (MergeNode), and From is removed. A From the store does not hold
// is skipped. Writing it again therefore changes nothing.
type MeetingMerge struct {
	From string `json:"from"`
	Into string `json:"into"`
}

// MergeEnds maps the From of every MeetingMerge of graphs to the meeting
// its merges end in: a merge's Into that is itself the From of a merge
// (a month's node refined by a day, and that day's node joined to the
// next day's, in one batch) is followed to the end of the chain, so that
// a store that reads every From before it merges any (neo4jstore) and one
// that merges them one after another (memstore) take each From to the
// same node, whatever order the merges are listed in. The first merge
// listed for a From is its own; a From whose chain leads back to it is
// left out (it merges nowhere).
func MergeEnds(graphs []ArticleGraph) map[string]string {
	next := map[string]string{}
	for _, g := range graphs {
		for _, m := range g.Absorb {
			if _, ok := next[m.From]; !ok {
				next[m.From] = m.Into
			}
		}
	}
	ends := make(map[string]string, len(next))
	for from, into := range next {
		seen := map[string]bool{from: true}
		for !seen[into] {
			after, ok := next[into]
			if !ok {
				break
			}
			seen[into] = true
			into = after
		}
		if into != from {
			ends[from] = into
		}
	}
	return ends
}

// Absorbed renames a meeting's node and edges for a MeetingMerge: n and
// edges are From's, as stored; the node returned keeps only the
// properties that MergeNode merges, so that merging it into Into changes
// what a report of Into's would.
func Absorbed(m MeetingMerge, n Node, edges []Edge) (Node, []Edge) {
	out := Node{ID: m.Into, Label: LabelMeeting, Name: n.Name, Props: map[string]string{}}
	for _, k := range []string{PropDate, PropStatus, PropKind, PropSourceKinds} {
		if v := n.Props[k]; v != "" {
			out.Props[k] = v
		}
	}
	moved := make([]Edge, len(edges))
	for i, e := range edges {
		if e.From == m.From {
			e.From = m.Into
		}
		if e.To == m.From {
			e.To = m.Into
		}
		moved[i] = e
	}
	return out, moved
}
