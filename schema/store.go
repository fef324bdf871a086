package schema

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Store is a knowledge graph that the loader writes and the API reads.
// Neo4j is the production implementation; the embedded store makes
// `go run .` work with nothing installed. Both pass the contract suite in
// package storetest, so a difference in behaviour between them is a bug.
//
// Reads take batches of ids so that a GraphQL request makes a fixed number of
// store calls however many rows it returns. The interface holds what the
// API and the loader call, and nothing else: whoever opens a store (main,
// a test) holds its concrete type and closes it.
type Store interface {
	// MeetingPages returns, for each filter, the meetings that match it in
	// its order (newest first by default, ties by id), skipping offset and
	// returning at most limit, together with the total number that match:
	// page i answers filters[i], all in one round trip. limit 0 returns only
	// the totals. It is how a nested connection (every participant's
	// meetings) costs one store call for a whole list.
	MeetingPages(ctx context.Context, filters []MeetingFilter, offset, limit int) ([]Page, error)

	// Entities answers queries for people, countries, organisations, places,
	// issues and articles (see EntityQuery), in one round trip: page i
	// answers queries[i]. limit 0 returns only the totals.
	Entities(ctx context.Context, queries []EntityQuery, offset, limit int) ([]Page, error)

	// EdgesAmong returns every edge whose two ends are both among ids,
	// ordered by EdgeID, with their evidence only when p.Evidence.
	EdgesAmong(ctx context.Context, ids []string, p Projection) ([]Edge, error)

	// EdgesBetween returns every edge with one end among ids and the other
	// among others, ordered by EdgeID, with their evidence only when
	// p.Evidence: what joins nodes new to a drawing to those it holds.
	EdgesBetween(ctx context.Context, ids, others []string, p Projection) ([]Edge, error)

	// Degrees returns how many edges each node of ids has in the whole
	// graph, of every type and in either direction (a person's role in a
	// country is an edge per role), in one round trip; an unknown id is
	// absent. It is what a drawing sizes a node by, and says how much of a
	// node a subgraph left out.
	Degrees(ctx context.Context, ids []string) (map[string]int, error)

	// Subgraph walks from seeds, in one round trip, and returns the nodes
	// nearest to them and the edges among those nodes (see SubgraphQuery
	// for the rules of the walk).
	Subgraph(ctx context.Context, q SubgraphQuery) (Subgraph, error)

	// Timeline returns what happened to a node in date order (see
	// CompareTimeline): the meetings it took part in and the articles that
	// name it, within [from, to] (see DateInRange), at most limit of them.
	// Which meetings and mentions belong to a node depends on its label; see
	// TimelineEntry. With after (its Kind not ""), only the entries that
	// come after it in that order (TimelineAfter): the next page of a
	// timeline read in pages, whatever was written between them. kinds
	// (TimelineMeeting, TimelineMention) keeps only entries of those
	// kinds; empty keeps both.
	Timeline(ctx context.Context, id, from, to string, kinds []string, after TimelineKey, limit int) ([]TimelineEntry, error)

	// CoParticipants returns the people who attended meetings with a
	// person, most meetings first (ties by id), counting only meetings
	// dated within [from, to] when either is given; at most limit.
	CoParticipants(ctx context.Context, personID, from, to string, limit int) ([]CoParticipant, error)

	// Relations counts, month by month, the meetings between officials of
	// two parties, in one round trip and without shipping the meetings:
	// see RelationsQuery and Relations. Each side is every country or
	// organisation its text names (as FindNodes); a side that names none
	// leaves Relations' nodes of that side empty and no months, and sides
	// that share a party have no months (every meeting of a party had an
	// official of it on both sides).
	Relations(ctx context.Context, q RelationsQuery) (Relations, error)

	// ShortestPath returns the shortest path of at most maxHops edges
	// between two nodes, in either direction along each edge, choosing
	// among equally short ones by ComparePaths; nil when there is none, and
	// an *UnknownNodeError naming from, else to, when that end does not
	// exist (so that the API tells the two apart without a second call).
	// Only people and meetings are ever inside a path (PathInterior):
	// countries, organisations, places, issues and articles are hubs, and
	// are only ever its ends. window bounds the meetings and affiliations
	// the path may use by date (PathWindow); the zero window bounds none.
	ShortestPath(ctx context.Context, from, to string, maxHops int, window PathWindow) (*Path, error)

	// Nodes returns the nodes with the given ids; unknown ids are absent.
	Nodes(ctx context.Context, ids []string) (map[string]Node, error)

	// MergedInto returns, for each of ids that names no node but a meeting
	// that a write merged into another (MeetingMerge), the id of the
	// meeting that holds it now: a merged into b, then b into c, is c
	// (see MergedIDs for the rules). Other ids are absent, and so is one
	// whose meeting a retraction removed since (it answers nothing now, as
	// that meeting's own id does; it answers again if the meeting is
	// written anew). It is how an id a client kept still answers after a
	// later ingest folded its meeting.
	MergedInto(ctx context.Context, ids []string) (map[string]string, error)

	// FormerIDs returns, for each of ids, the ids of the meetings merged
	// into it (those MergedInto answers it for), sorted; ids with none
	// are absent.
	FormerIDs(ctx context.Context, ids []string) (map[string][]string, error)

	// Neighbours reads, in one round trip, the nodes with the given ids and,
	// for each edge set, the edges of that set that touch them, keyed by
	// the given node's id (Edges[i] answers sets[i]; each list is ordered
	// by the other end's id, then key), together with the nodes at their
	// other ends. Nodes holds every node among ids and those other ends
	// that exists. With no sets it is Nodes with a projection. It is how
	// the API reads what a page of nodes leads to without a second trip.
	Neighbours(ctx context.Context, ids []string, sets []EdgeSet, p Projection) (Neighbourhood, error)

	// FindNodes returns the nodes of the given labels (all labels when
	// empty) whose id is text, or whose name or an alias equals text with
	// case folded, or, for a country or organisation, whose ISO code or
	// short name does (see PartyMatches), ordered by id.
	FindNodes(ctx context.Context, text string, labels []string) ([]Node, error)

	// Search ranks nodes whose name or aliases contain the words of text.
	// Articles among the hits keep their text only when p.Text, so that a
	// search that shows no text does not read any.
	Search(ctx context.Context, text string, labels []string, limit int, p Projection) ([]SearchHit, error)

	// WriteResolved merges the graphs of some articles in one transaction:
	// either all of them are written or none is. Writing the same graph
	// again changes nothing (see the merge rules on MergeNode and
	// MergeEdge).
	//
	// First, in that transaction, it sorts the graphs by their article's
	// content hash (PropContentHash, see SplitByContent): an article
	// stored with the same hash is skipped, so reloading it neither
	// rewrites it nor resolves its meetings again; an article stored with
	// another hash is retracted first (see RetractEvidence), so that its
	// new text replaces its old statements.
	//
	// For a batch whose graphs depend on what is stored, resolve is not
	// nil: the store then merges and write-locks the people of the graphs
	// to write, calls resolve with those graphs, which reads stored
	// meetings through the transaction (see MeetingsDatedFunc) and returns
	// the graphs to write (some meetings renamed), and writes those. Two
	// batches that share a person are therefore serialised, and each sees
	// the other's meetings. resolve may run more than once (a retried
	// transaction) and must leave its graphs unchanged; the graphs of its
	// last call are those written. A nil resolve writes the graphs to
	// write as they are.
	WriteResolved(ctx context.Context, graphs []ArticleGraph, resolve Resolver) error

	// Counts returns the number of nodes and relationships in the graph.
	Counts(ctx context.Context) (Counts, error)
}

// Direction says which edges of a node an EdgeSet holds.
type Direction int

const (
	Out Direction = iota // edges starting at the node
	In                   // edges ending at the node
)

// EdgeSet names the edges of one type in one direction, as Neighbours
// reads them.
type EdgeSet struct {
	Type string
	Dir  Direction
}

// Projection keeps in an answer the parts that can be large. Its zero
// value leaves them out: a read ships article texts and evidence lists only
// for a caller that will use them.
type Projection struct {
	Text     bool // articles keep PropText
	Evidence bool // edges keep their Evidence
}

// Neighbourhood is the answer of Neighbours.
type Neighbourhood struct {
	Edges []map[string][]Edge // parallel to the sets asked for
	Nodes map[string]Node
}

// MeetingFilter selects meetings. Empty fields do not filter.
type MeetingFilter struct {
	IDs []string
	// Participant is a person's id, name or alias; the meeting must have
	// that person among its participants.
	Participant string
	// Participants are more people, each by id, name or alias: every one of
	// them must have attended.
	Participants []string
	// Countries are countries or organisations (as WithOfficialsOf): for
	// every one of them, some participant must be affiliated with it.
	Countries []string
	// Place is a place's id, name or alias where the meeting was held.
	Place string
	// Venue, with Place, is a place's id (a venue's, "place:white-house"):
	// an article that reports the meeting must mention it. The API sets it
	// for a venue, whose meetings are held in its city (graph/venues.go).
	Venue string
	// WithOfficialsOf is a country or organisation (id, ISO code, short
	// name, name or alias); the meeting must have a participant affiliated
	// with it, other than Participant.
	WithOfficialsOf string
	// Issue is an issue's id, name or alias that the meeting discussed.
	Issue  string
	Status string // held or planned
	Kind   string // meeting, call, visit or summit
	// From and To bound the meeting's date, inclusive, each at its own
	// precision: From "2022" admits "2022-11"; To "2023-06" admits
	// "2023-06-19".
	From, To string
	// IngestedAfter keeps the meetings that an article ingested after it
	// (a stamp as FormatIngestedAt's; see IngestedAfter) reports: every
	// REPORTS edge counts, so a meeting stored before and reported again
	// by a new article is in. What meetings came in since a visit.
	IngestedAfter string
	// Order is MeetingsByDate (the default) or MeetingsBySources (the number
	// of articles that report the meeting). Ties go by date, newest first,
	// then by id.
	Order string
	// Ascending reverses the order: oldest or least reported first. Undated
	// meetings come last either way.
	Ascending bool
	// With are edge sets of the page's meetings to read in the same round
	// trip, into Page.Neighbours (the edges as Neighbours reads them, with
	// the nodes at their other ends), keeping what WithProjection keeps: a
	// page that shows its meetings' participants, place and sources then
	// needs no second read.
	With           []EdgeSet
	WithProjection Projection
}

// Meeting orders.
const (
	MeetingsByDate    = ""
	MeetingsBySources = "sources"
)

// Page is one page of an answer, with the total number of rows over all
// pages. Counts, when the rows were ordered by a count, holds each row's
// count (parallel to Nodes).
type Page struct {
	Nodes  []Node
	Counts []int
	Total  int
	// Neighbours, when a MeetingFilter asked for edge sets (With), is
	// Neighbours of the page's nodes for those sets, except that its Nodes
	// holds only the nodes at the edges' other ends.
	Neighbours *Neighbourhood
}

// EntityQuery selects nodes of one label. Empty fields do not filter.
type EntityQuery struct {
	Label string // required: Person, Country, Organization, Place, Issue or Article
	IDs   []string
	// Name: every word of it (see SearchWords) must be a word, or the start
	// of a word, of the node's name or of one alias (see NameHasWords).
	Name string
	// Parties are countries or organisations (id, ISO code, short name,
	// name or alias). A Person must be affiliated with one of them; a Place
	// must be in one of them.
	Parties []string
	// AsOf keeps people with an affiliation (to one of Parties, when given)
	// held at that date: attested then (see AttestedAt), or by a term of
	// office of Terms.
	AsOf string
	// Terms are the official lists' terms of office that bear on AsOf
	// (Terms.HeldAt); none leaves AsOf to the attested spans.
	Terms Terms
	// Role keeps people with an affiliation (to one of Parties, and held
	// at AsOf, when given) whose role (the edge's key) has every word of
	// Role as a word, or the start of a word (see TextHasWords): "Foreign
	// Minister" keeps "State Councilor and Foreign Minister" and "Vice
	// Foreign Minister" too.
	Role string
	// From and To bound an Article's date (see DateInRange). With
	// OrderMeetings (other labels) they bound the dates of the meetings
	// counted instead, as MeetingFilter's do: only the meetings dated within
	// [From, To] count (undated ones never, when either is given), and the
	// list and its order are as without them.
	From, To string
	// Mentions are node ids that an Article must name, every one of them
	// (by a MENTIONS, DISCUSSED or REPORTS edge).
	Mentions []string
	// Source is words of an Article's source (its publisher as the corpus
	// gives it): every one must be a word, or the start of a word, of it
	// (TextHasWords).
	Source string
	// OrgType keeps the Organizations of that type (PropOrgType), exactly.
	OrgType string
	// IngestedAfter keeps the Articles ingested after it (a stamp as
	// FormatIngestedAt's; see IngestedAfter): what is new since a visit.
	IngestedAfter string
	// Order is one of the Order* constants; "" is OrderName (OrderDate for
	// articles). Ties go by id.
	Order string
	// Desc reverses the order.
	Desc bool
	// With, for OrderMeetings, counts only meetings that also had an
	// official of this country or organisation (as Parties), and leaves
	// that country or organisation itself out of the list, and of people
	// those affiliated with it: every one of its meetings had one of its
	// officials, so it would rank first, and so would its officials.
	With string
}

// Entity orders. The counts:
//   - OrderMeetings: a person's meetings; a country's or organisation's
//     meetings that one of its officials attended; a place's meetings held
//     there; an issue's meetings that discussed it.
//   - OrderOfficials: the people affiliated with a country or organisation.
const (
	OrderName      = "name"
	OrderMeetings  = "meetings"
	OrderOfficials = "officials"
	OrderDate      = "date"  // articles
	OrderTitle     = "title" // articles
	// OrderIngested orders articles by PropIngestedAt; articles without a
	// stamp come last either way, as undated ones do by OrderDate.
	OrderIngested = "ingested"
)

// OrderCounts reports whether an order sorts by a count.
func OrderCounts(order string) bool { return order == OrderMeetings || order == OrderOfficials }

// NodeFilter drops nodes from a subgraph:
//   - a Meeting whose date is outside [From, To] (see DateInRange; undated
//     meetings drop out when either is given) or whose kind is not in Kinds;
//   - when Parties is given, a Person not affiliated with one of them, and
//     a Country or Organization that is not one of them.
type NodeFilter struct {
	From, To string
	Kinds    []string
	// Parties are countries or organisations, as EntityQuery.Parties: a
	// person must be an official of one, a country or organisation one of
	// them, and a meeting must have had an official of one.
	Parties []string
}

// SubgraphQuery is a breadth-first walk from Seeds (unknown ids are
// ignored). Distances count half steps: an edge that touches a meeting
// costs one, any other edge two, so that person, meeting, person is one
// step. Depth allows 2·Depth half steps: the budget.
//
// Level by level, from 0 to the budget, the walk expands the nodes at that
// distance: a meeting always (for its participants, place and issues, which
// are kept even one half step beyond the budget); a person while below the
// budget; any other entity only as a seed, so that a hub such as a country
// is never walked through; an article only as a seed and below the budget,
// through SubgraphArticleTypes to nodes of any label. Entities follow
// SubgraphTypes, or SubgraphMeetingTypes when fewer than two half steps
// are left, in either direction, to nodes of SubgraphLabels. Each node
// follows, per type, only the first Limit other ends that Filter admits,
// in CompareSubgraph's order (a person's newest meetings). A node keeps
// the least distance it is found at; apart from a meeting's participants,
// place and issues, none beyond the budget is kept. The walk stops before
// a level once the nodes at that distance or nearer outnumber Limit: no
// more could be returned. KeepSubgraph then chooses the nodes returned
// from those found, nearest first (CompareSubgraph within a distance).
type SubgraphQuery struct {
	Seeds  []string
	Depth  int
	Limit  int // at least 1
	Filter NodeFilter
	// Projection says whether edges keep their evidence and articles their
	// text.
	Projection Projection
	// NamesOnly says that the caller reads only the nodes' ids, names and
	// labels: a store may then leave the other properties out.
	NamesOnly bool
}

// The relationship types and labels of a subgraph walk (see SubgraphQuery).
var (
	SubgraphTypes        = []string{RelAttended, RelAffiliatedWith, RelHeldIn, RelIn, RelDiscussed}
	SubgraphMeetingTypes = []string{RelAttended, RelHeldIn, RelDiscussed}
	SubgraphArticleTypes = []string{RelMentions, RelReports, RelDiscussed}
	SubgraphLabels       = []string{LabelPerson, LabelCountry, LabelOrganization, LabelPlace, LabelMeeting, LabelIssue}
)

// Subgraph is the answer of Store.Subgraph: the nodes KeepSubgraph takes
// of those the walk found, at most Limit of them, in the order taken;
// Truncated when it left some out; and every edge, of any type, between two of the nodes, ordered
// by EdgeID.
type Subgraph struct {
	Nodes     []Node
	Edges     []Edge
	Truncated bool
}

// SubgraphStepCost is the cost in half steps of an edge between a and b
// (node ids; see SubgraphQuery).
func SubgraphStepCost(a, b string) int {
	if LabelOf(a) == LabelMeeting || LabelOf(b) == LabelMeeting {
		return 1
	}
	return 2
}

// Timeline entry kinds.
const (
	TimelineMeeting = "meeting"
	TimelineMention = "mention"
)

// TimelineWants reports whether kinds (a timeline's filter) keeps entries
// of kind: empty kinds keeps every kind.
func TimelineWants(kinds []string, kind string) bool {
	return len(kinds) == 0 || slices.Contains(kinds, kind)
}

// TimelineEntry is one item of a node's timeline: a meeting (Node is the
// meeting) or a mention (Node is the article, Sentence the sentence that
// names the node). Date is the meeting's or the article's date.
//
// A person's meetings are those it attended; a country's or
// organisation's those its officials attended; a place's those held there;
// an issue's those that discussed it; a meeting's is itself; an article's
// those it reports. Mentions are the articles with an edge to the node:
// MENTIONS, DISCUSSED (issues) or REPORTS (meetings).
type TimelineEntry struct {
	Date     string
	Kind     string
	Node     Node
	Sentence string
}

// TimelineKey is an entry's place in a timeline's order (CompareTimeline):
// its date, kind and node id. The zero key (Kind "") is before every entry.
type TimelineKey struct {
	Date, Kind, ID string
}

// Key is the entry's TimelineKey.
func (e TimelineEntry) Key() TimelineKey {
	return TimelineKey{Date: e.Date, Kind: e.Kind, ID: e.Node.ID}
}

// TimelineAfter reports whether an entry comes after key in a timeline's
// order (CompareTimeline); every entry comes after the zero key.
func TimelineAfter(e TimelineEntry, key TimelineKey) bool {
	if key.Kind == "" {
		return true
	}
	return CompareTimeline(e, TimelineEntry{Date: key.Date, Kind: key.Kind, Node: Node{ID: key.ID}}) > 0
}

// CoParticipant is a person who met another, with the number of meetings
// and the first and last of their dates ("" when none was dated).
type CoParticipant struct {
	Node        Node
	Count       int
	First, Last string
}

// RelationsQuery asks for the meetings between officials of PartyA and of
// PartyB (each a country or organisation: id, ISO code, short name, name or
// alias): the dated meetings within [From, To] (see DateInRange) that a
// person affiliated with a node of each side attended (one person may be
// both).
type RelationsQuery struct {
	PartyA, PartyB string
	From, To       string
	// Meetings is how many of each month's meetings to return, oldest
	// first: the count is always the month's whole.
	Meetings int
	// Pairs and Issues are how many of each month's pairs and issues to
	// return, the first in their order (see RelationsMonth); 0 is none.
	// The store counts them all and returns only these: a timeline shows a
	// month's few main pairs and issues, not every one of thousands.
	Pairs, Issues int
}

// Relations is the answer of Store.Relations.
type Relations struct {
	PartyA, PartyB []Node // the nodes each side's text names, by id
	Months         []RelationsMonth
	// People are the nodes of the people who attended the months' listed
	// meetings, by id: read with them, so that a client that lists who
	// met needs no read per meeting.
	People []Node
}

// RelationsMonth is one bucket of Relations: the meetings whose MonthOf is
// Month, oldest first (ties by id).
type RelationsMonth struct {
	Month string
	Count int
	// Meetings are the first RelationsQuery.Meetings meetings, with who
	// attended them.
	Meetings []RelationsMeeting
	// Pairs are who met whom: a person of side A and a different person of
	// side B who attended the same meeting, with the number of such
	// meetings; most first, then by A's id, then B's; the first
	// RelationsQuery.Pairs of them.
	Pairs []MeetingPair
	// Issues are what the meetings discussed (DISCUSSED edges, counted per
	// edge), most first, then by id; the first RelationsQuery.Issues.
	Issues []IssueCount
}

// RelationsMeeting is one of RelationsMonth.Meetings: the meeting's node
// (with its name, aliases and the meeting properties of the model: kind,
// date and status; a store may leave other properties out) and the ids of
// the people who attended it (its ATTENDED edges), by id, each once.
type RelationsMeeting struct {
	Node         Node
	Participants []string
}

// MeetingPair is one pair of RelationsMonth.Pairs.
type MeetingPair struct {
	A, B  string
	Count int
}

// IssueCount is one of RelationsMonth.Issues.
type IssueCount struct {
	Issue string
	Count int
}

// MonthOf is the bucket of a meeting's date in Relations: its month
// ("2023-06"), or its year for a date known only to the year.
func MonthOf(date string) string {
	if len(date) > 7 {
		return date[:7]
	}
	return date
}

// SortRelationsMonth puts a month's pairs and issues in their order (see
// RelationsMonth).
func SortRelationsMonth(m *RelationsMonth) {
	slices.SortFunc(m.Pairs, func(x, y MeetingPair) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	slices.SortFunc(m.Issues, func(x, y IssueCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Issue, y.Issue))
	})
}

// Path is a chain of nodes and the edges between them: Edges[i] joins
// Nodes[i] and Nodes[i+1], in either direction.
type Path struct {
	Nodes []Node
	Edges []Edge
}

// UnknownNodeError is the error of a read about a node that the store does
// not hold: ShortestPath's ends.
type UnknownNodeError struct{ ID string }

func (e *UnknownNodeError) Error() string { return fmt.Sprintf("no node has the id %q", e.ID) }

// SearchHit is one ranked search result.
type SearchHit struct {
	Node  Node
	Score float64
	// Degree is the node's edges, of every type (as Store.Degrees counts
	// them), for every label but articles, whose ties stay by id: it
	// breaks ties of Score (CompareHits).
	Degree int
}

// Counts is the size of the graph.
type Counts struct {
	Nodes         int `json:"nodes"`
	Relationships int `json:"relationships"`
}

// ErrUnavailable is wrapped by store errors that mean the backing service
// could not be reached; the API maps it to the UNAVAILABLE error code.
var ErrUnavailable = errors.New("store unavailable")

// CypherReader is a store that runs hand-written, read-only Cypher: the
// Neo4j store. The API offers it as an escape hatch.
type CypherReader interface {
	// ReadCypher runs query with params in a read transaction and returns
	// at most maxRows rows, each keyed by column, with values as JSON
	// takes them. A query the server refuses (it does not compile, or it
	// writes) is a *CypherError.
	ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (CypherResult, error)
}

// CypherResult is the answer of ReadCypher.
type CypherResult struct {
	Columns   []string
	Rows      []map[string]any
	Truncated bool
}

// CypherError is a query that the server refused. Reason is safe to show
// the caller: it names the kind of refusal, never the server's message.
type CypherError struct {
	Reason string
	Err    error
}

func (e *CypherError) Error() string { return e.Reason + ": " + e.Err.Error() }
func (e *CypherError) Unwrap() error { return e.Err }

// ApplyNode leaves out of n what p does not keep. It may return n itself;
// callers own what they pass.
func (p Projection) ApplyNode(n Node) Node {
	if p.Text || n.Props[PropText] == "" {
		return n
	}
	props := make(map[string]string, len(n.Props))
	for k, v := range n.Props {
		if k != PropText {
			props[k] = v
		}
	}
	n.Props = props
	return n
}

// ApplyEdge leaves out of e what p does not keep.
func (p Projection) ApplyEdge(e Edge) Edge {
	if !p.Evidence {
		e.Evidence = nil
	}
	return e
}

// SubgraphKey is what orders a node among those a subgraph walk finds at
// the same distance (see CompareSubgraph): a meeting's date, "" for an
// undated meeting and for any other node.
func SubgraphKey(n *Node) string {
	if n.Label != LabelMeeting {
		return ""
	}
	return n.Props[PropDate]
}

// CompareSubgraph is a subgraph walk's order of two nodes at the same
// distance, by id and SubgraphKey: dated meetings first, newest first (a
// date known to the month or year only sorts before the days within it),
// then by id; then undated meetings and every other node, by id. A client
// drawing a busy person wants his latest meetings, not his oldest.
func CompareSubgraph(aID, aKey, bID, bKey string) int {
	return cmp.Or(strings.Compare(bKey, aKey), strings.Compare(aID, bID))
}

// KeepSubgraph chooses the nodes a subgraph returns: candidates are the
// nodes the walk found, nearest first (CompareSubgraph within a
// distance), the first seeds of them its seeds, and members[m] a candidate
// meeting's participants, place and issues. The seeds come first, up to
// limit, whatever their members: the caller asked for them. Then a
// meeting comes whole: the candidates are taken in order, each meeting
// with those of its members not taken before, and the first that does not
// fit within limit ends the answer, so that no meeting but a seed is
// returned without its people. Truncated says whether a candidate or a
// member was left out.
func KeepSubgraph(candidates []string, seeds int, members map[string][]string, limit int) (kept []string, truncated bool) {
	seeds = min(seeds, len(candidates))
	if seeds > limit {
		return slices.Clone(candidates[:max(limit, 0)]), true
	}
	taken := make(map[string]bool, min(len(candidates), limit+1))
	for _, c := range candidates[:seeds] {
		taken[c] = true
		kept = append(kept, c)
	}
	for _, c := range candidates {
		var group []string
		for _, m := range append([]string{c}, members[c]...) {
			if !taken[m] && !slices.Contains(group, m) {
				group = append(group, m)
			}
		}
		if len(kept)+len(group) > limit {
			return kept, true
		}
		for _, g := range group {
			taken[g] = true
		}
		kept = append(kept, group...)
	}
	return kept, false
}
