package graph

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// Limits of the analyst queries.
const (
	MaxTimeline     = 500
	MaxPathHops     = 6
	defaultTimeline = 100
)

// mustExist loads a node for a query about it (timeline's and
// coParticipants' argument id): NOT_FOUND, naming the argument, when it
// does not exist.
func (r *Resolver) mustExist(ctx context.Context, id string) (schema.Node, error) {
	n, err := r.nodeOrHolder(ctx, id)
	if err != nil {
		return schema.Node{}, err
	}
	if n == nil {
		return schema.Node{}, apierr.NotFoundf("no node has the id %q (id)", id)
	}
	return *n, nil
}

func (r *Resolver) timeline(ctx context.Context, id string, kinds []model.TimelineKind, from, to *model.Date, first *int, after *string) ([]*model.TimelineItem, error) {
	limit := defaultTimeline
	if first != nil {
		limit = *first
	}
	if limit < 0 || limit > MaxTimeline {
		return nil, apierr.Invalid("first must be between 0 and %d, got %d", MaxTimeline, limit)
	}
	list := listOf(ctx)
	var key schema.TimelineKey
	if after != nil {
		var err error
		if key, err = decodeTimelineCursor(*after, list); err != nil {
			return nil, err
		}
	}
	if err := checkRange(dateString(from), dateString(to)); err != nil {
		return nil, err
	}
	n, err := r.mustExist(ctx, id)
	if err != nil {
		return nil, err
	}
	var storeKinds []string
	for _, k := range kinds {
		if k == model.TimelineKindMeeting {
			storeKinds = append(storeKinds, schema.TimelineMeeting)
		} else {
			storeKinds = append(storeKinds, schema.TimelineMention)
		}
	}
	entries, err := r.Store.Timeline(ctx, n.ID, dateString(from), dateString(to), storeKinds, key, limit) // a merged meeting's holder's
	if err != nil {
		return nil, err
	}
	out := make([]*model.TimelineItem, len(entries))
	nodes := make([]schema.Node, len(entries))
	for i, e := range entries {
		nodes[i] = e.Node
		item := &model.TimelineItem{Date: model.DatePtr(e.Date), Cursor: encodeTimelineCursor(e.Key(), list)}
		if e.Kind == schema.TimelineMeeting {
			item.Kind = model.TimelineKindMeeting
			item.Meeting = &model.Meeting{Node: e.Node}
		} else {
			item.Kind = model.TimelineKindMention
			item.Article = &model.Article{Node: e.Node}
			if e.Sentence != "" {
				item.Sentence = &e.Sentence
			}
		}
		out[i] = item
	}
	LoadersFrom(ctx).Prime(nodes...)
	return out, nil
}

func (r *Resolver) coParticipants(ctx context.Context, id string, from, to *model.Date, first *int) ([]*model.CoParticipant, error) {
	limit := 20
	if first != nil {
		limit = *first
	}
	if limit < 0 || limit > MaxPageSize {
		return nil, apierr.Invalid("first must be between 0 and %d, got %d", MaxPageSize, limit)
	}
	if err := checkRange(dateString(from), dateString(to)); err != nil {
		return nil, err
	}
	n, err := r.mustExist(ctx, id)
	if err != nil {
		return nil, err
	}
	if n.Label != schema.LabelPerson {
		return nil, apierr.Invalid("coParticipants: %q is a %s, not a person", id, n.Label)
	}
	list, err := r.Store.CoParticipants(ctx, n.ID, dateString(from), dateString(to), limit)
	if err != nil {
		return nil, err
	}
	out := make([]*model.CoParticipant, len(list))
	nodes := make([]schema.Node, len(list))
	for i, c := range list {
		nodes[i] = c.Node
		out[i] = &model.CoParticipant{Person: &model.Person{Node: c.Node}, Count: c.Count, First: model.DatePtr(c.First), Last: model.DatePtr(c.Last)}
	}
	LoadersFrom(ctx).Prime(nodes...)
	return out, nil
}

func (r *Resolver) shortestPath(ctx context.Context, from, to string, maxHops *int, where *model.PathWhere) (*model.Path, error) {
	hops := 4
	if maxHops != nil {
		hops = *maxHops
	}
	if hops < 1 || hops > MaxPathHops {
		return nil, apierr.Invalid("maxHops must be between 1 and %d, got %d", MaxPathHops, hops)
	}
	var window schema.PathWindow
	if where != nil {
		window = schema.PathWindow{From: dateString(where.From), To: dateString(where.To)}
		if err := checkRange(window.From, window.To); err != nil {
			return nil, err
		}
	}
	p, err := r.Store.ShortestPath(ctx, from, to, hops, window)
	if err != nil {
		p, err = r.pathEndsMoved(ctx, from, to, hops, window, err)
	}
	if unknown := (*schema.UnknownNodeError)(nil); errors.As(err, &unknown) {
		return nil, apierr.NotFoundf("no node has the id %q (%s)", unknown.ID, pathArgument(unknown.ID, from, to))
	}
	if err != nil || p == nil {
		return nil, err
	}
	out := &model.Path{Length: len(p.Edges), Nodes: make([]*model.GraphNode, len(p.Nodes)), Edges: make([]*model.GraphEdge, len(p.Edges))}
	ids := make([]string, len(p.Nodes))
	for i, n := range p.Nodes {
		out.Nodes[i] = GraphNode(n)
		ids[i] = n.ID
	}
	LoadersFrom(ctx).Group(ids...) // a degree asked of one is read for all
	for i, e := range p.Edges {
		out.Edges[i] = GraphEdge(e)
	}
	return out, nil
}

// pathArgument names the argument of shortestPath that gave an unknown id,
// so that a client knows which end to fix (analyst43).
func pathArgument(id, from, to string) string {
	switch {
	case id == from && id == to:
		return "from, to"
	case id == to:
		return "to"
	default:
		return "from"
	}
}

// relations answers Query.relations with one store call, which counts the
// months, their pairs and their issues in the store and returns each
// month's first meetings with who attended them, and its first pairs and
// issues: as many as the most that the query's fields ask (none of what
// no field asks); the nodes that pairs and issues name are read through
// the loaders, batched over every month.
func (r *Resolver) relations(ctx context.Context, countryA, countryB string, from, to *model.Date) (*model.Relations, error) {
	if err := checkRange(dateString(from), dateString(to)); err != nil {
		return nil, err
	}
	if strings.EqualFold(strings.TrimSpace(countryA), strings.TrimSpace(countryB)) {
		return nil, apierr.Invalid("relations: countryA and countryB are both %q: relations are between two different countries or organizations", countryA)
	}
	asked, err := relationsMonthFirsts(ctx)
	if err != nil {
		return nil, err
	}
	q := schema.RelationsQuery{PartyA: countryA, PartyB: countryB, From: dateString(from), To: dateString(to),
		Meetings: max(asked["meetings"], asked["meetingList"]), Pairs: asked["pairs"], Issues: asked["issues"]}
	rel, err := r.Store.Relations(ctx, q)
	if err != nil {
		return nil, err
	}
	for i, side := range [][]schema.Node{rel.PartyA, rel.PartyB} {
		if len(side) == 0 {
			return nil, apierr.NotFoundf("no country or organization is named %q", []string{countryA, countryB}[i])
		}
	}
	if shared := sharedParty(rel.PartyA, rel.PartyB); shared != nil {
		return nil, apierr.Invalid("relations: countryA %q and countryB %q both name %s (%s): relations are between two different countries or organizations",
			countryA, countryB, shared.Name, shared.ID)
	}
	loaders := LoadersFrom(ctx)
	loaders.Prime(append(slices.Clone(rel.PartyA), rel.PartyB...)...)
	out := &model.Relations{
		CountryA: model.EntityFromNode(best(rel.PartyA, countryA)), CountryB: model.EntityFromNode(best(rel.PartyB, countryB)),
		Months: make([]*model.RelationsMonth, len(rel.Months)),
	}
	var named []string // the nodes the selected fields of the months name
	var meetings []schema.Node
	people := make(map[string]schema.Node, len(rel.People))
	for _, p := range rel.People {
		people[p.ID] = p
	}
	for i, m := range rel.Months {
		out.TotalCount += m.Count
		out.Months[i] = &model.RelationsMonth{Month: model.Date(m.Month), Count: m.Count, Data: m}
		for _, rm := range m.Meetings {
			meetings = append(meetings, rm.Node)
			attendees := make([]schema.Node, 0, len(rm.Participants))
			for _, id := range rm.Participants {
				p, ok := people[id]
				if !ok {
					r.logger().WarnContext(ctx, "graph: relations names a missing person", "id", id)
					p = *standIn(id)
				}
				attendees = append(attendees, p)
			}
			loaders.PrimeAttendees(rm.Node.ID, attendees)
		}
		for _, p := range m.Pairs {
			named = append(named, p.A, p.B)
		}
		for _, is := range m.Issues {
			named = append(named, is.Issue)
		}
	}
	if err := r.nameMonthsLists(ctx, out.Months, named); err != nil {
		return nil, err
	}
	// The meetings and their participants came with the answer: cached,
	// each a sibling group, they cost no store call (and the meetings'
	// other fields, one call per kind of read for all of them).
	loaders.Prime(meetings...)
	loaders.Prime(rel.People...)
	return out, nil
}

// sharedParty is a party that both sides name, nil when none: its
// meetings all had one of its officials on "both sides", so months of a
// party with itself would count every meeting it had, and the store
// counts none (schema.Store's Relations).
func sharedParty(a, b []schema.Node) *schema.Node {
	for i := range a {
		if slices.ContainsFunc(b, func(n schema.Node) bool { return n.ID == a[i].ID }) {
			return &a[i]
		}
	}
	return nil
}

// nameMonthsLists makes every month's TopPairs and TopIssues from the
// store's ids, with the nodes they name read in one store call: the
// people of pairs (a missing one by its id) and the issues (a missing one
// left out).
func (r *Resolver) nameMonthsLists(ctx context.Context, months []*model.RelationsMonth, named []string) error {
	if len(named) == 0 {
		return nil
	}
	loaders := LoadersFrom(ctx)
	loaders.Group(named...) // one sibling group: one store call, without the batch wait
	found, err := loaders.NodeList(ctx, named)
	if err != nil {
		return err
	}
	nodes := make(map[string]*schema.Node, len(found))
	for i := range found {
		nodes[found[i].ID] = &found[i]
	}
	person := func(id string) *model.Person {
		n := nodes[id]
		if n == nil {
			r.logger().WarnContext(ctx, "graph: a reference to a missing node", "id", id)
			n = standIn(id)
		}
		return &model.Person{Node: *n}
	}
	for _, m := range months {
		m.TopPairs = make([]*model.MeetingPair, len(m.Data.Pairs))
		for i, p := range m.Data.Pairs {
			m.TopPairs[i] = &model.MeetingPair{A: person(p.A), B: person(p.B), Count: p.Count}
		}
		m.TopIssues = make([]*model.IssueCount, 0, len(m.Data.Issues))
		for _, is := range m.Data.Issues {
			if n := nodes[is.Issue]; n != nil {
				m.TopIssues = append(m.TopIssues, &model.IssueCount{Issue: &model.Issue{Node: *n}, Count: is.Count})
			}
		}
	}
	return nil
}

// relationsMonthFirsts are, by field of RelationsMonth that the relations
// field being resolved selects (through fragments and aliases too), the
// most of its elements that a selection asks: its first argument, or its
// default. A first outside [0, model.MaxFirst] is one INVALID_ARGUMENT for
// the whole field, not one for each month of the answer.
func relationsMonthFirsts(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return out, nil
	}
	op := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{"Relations"}) {
		if f.Name == "months" {
			for _, mf := range graphql.CollectFields(op, f.Selections, []string{"RelationsMonth"}) {
				first := model.MaxFirst // an explicit null
				if n, ok := intArgument(mf.ArgumentMap(op.Variables)["first"]); ok {
					if n < 0 || n > model.MaxFirst {
						return nil, apierr.Invalid("months { %s }: first must be between 0 and %d, got %d", mf.Name, model.MaxFirst, n)
					}
					first = n
				}
				out[mf.Name] = max(out[mf.Name], first)
			}
		}
	}
	return out, nil
}

// intArgument is an Int argument's value, as a literal or a variable
// reads it.
func intArgument(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

// best is the node a text names best: the one whose id it is, else the
// first by id (a country before an organization) whose name, ISO code or
// short name it is, case folded, else the first by id. "UA" named
// country:UA and org:ua, an organization a text called "UA" (a
// university's), and the answer showed the organization as Ukraine's side.
func best(nodes []schema.Node, text string) schema.Node {
	for _, n := range nodes {
		if n.ID == text {
			return n
		}
	}
	for _, n := range nodes {
		if strings.EqualFold(n.Name, text) || strings.EqualFold(n.Props[schema.PropCode], text) || strings.EqualFold(n.Props[schema.PropShort], text) {
			return n
		}
	}
	return nodes[0]
}

// relationsMeetings resolves RelationsMonth.meetings: the first of the
// month's meetings, as the store read them with their attendees.
func (r *Resolver) relationsMeetings(ctx context.Context, month *model.RelationsMonth, first *int) ([]*model.Meeting, error) {
	listed, err := firstListed(month, first)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Meeting, len(listed))
	for i, m := range listed {
		out[i] = &model.Meeting{Node: m.Node}
	}
	return out, nil
}

// firstListed are the first of a month's listed meetings.
func firstListed(month *model.RelationsMonth, first *int) ([]schema.RelationsMeeting, error) {
	return model.First(month.Data.Meetings, first)
}

// listedMeeting and listedPerson are the elements of a MeetingList.
type listedMeeting struct {
	ID           string         `json:"id"`
	Name         string         `json:"name"`
	Date         *string        `json:"date"`
	Kind         *string        `json:"kind"`
	Status       *string        `json:"status"`
	Participants []listedPerson `json:"participants"`
}

type listedPerson struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// relationsMeetingList resolves RelationsMonth.meetingList: the meetings
// of relationsMeetings, encoded at once.
func (r *Resolver) relationsMeetingList(ctx context.Context, month *model.RelationsMonth, first *int) (model.MeetingList, error) {
	listed, err := firstListed(month, first)
	if err != nil {
		return nil, err
	}
	out := make([]listedMeeting, len(listed))
	for i, lm := range listed {
		m := model.Meeting{Node: lm.Node}
		people, err := r.participants(ctx, &m)
		if err != nil {
			return nil, err
		}
		out[i] = listedMeeting{ID: m.ID, Name: m.Name, Participants: make([]listedPerson, len(people))}
		if d := m.Props[schema.PropDate]; d != "" {
			out[i].Date = &d
		}
		if k := m.Kind(); k != nil {
			out[i].Kind = upper(string(*k))
		}
		if s := m.Status(); s != nil {
			out[i].Status = upper(string(*s))
		}
		for j, p := range people {
			out[i].Participants[j] = listedPerson{ID: p.PersonNode.ID, Name: p.PersonNode.Name}
		}
	}
	return json.Marshal(out)
}

// upper is an enum's value as GraphQL writes it.
func upper(v string) *string {
	u := strings.ToUpper(v)
	return &u
}

// firstReported is the earliest date of the articles that report a
// meeting (Meeting.firstReported), nil when none is dated. The REPORTS
// edges bring their articles into the node cache, so a page of meetings
// costs the one batched read of their sources.
func (r *Resolver) firstReported(ctx context.Context, m *model.Meeting) (*model.Date, error) {
	l := LoadersFrom(ctx)
	edges, err := l.EdgesOf(ctx, m.ID, schema.RelReports, schema.In)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(edges))
	for i, e := range edges {
		ids[i] = e.From
	}
	articles, err := l.NodeList(ctx, ids)
	if err != nil {
		return nil, err
	}
	first := ""
	for _, a := range articles {
		if d := a.Props[schema.PropDate]; d != "" && (first == "" || d < first) {
			first = d
		}
	}
	return model.DatePtr(first), nil
}
