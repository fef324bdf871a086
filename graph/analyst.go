package graph

import (
	"cmp"
	"context"
	"slices"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// Limits of the analyst queries.
const (
	MaxTimeline     = 500
	MaxPathHops     = 6
	MaxRelations    = 5000 // meetings read for one relations answer
	defaultTimeline = 100
)

// mustExist loads a node for a query about it: NOT_FOUND when it does
// not exist.
func (r *Resolver) mustExist(ctx context.Context, id string) (schema.Node, error) {
	n, err := LoadersFrom(ctx).Node(ctx, id)
	if err != nil {
		return schema.Node{}, err
	}
	if n == nil {
		return schema.Node{}, apierr.NotFoundf("no node has the id %q", id)
	}
	return *n, nil
}

func (r *Resolver) timeline(ctx context.Context, id string, from, to *model.Date, first *int) ([]*model.TimelineItem, error) {
	limit := defaultTimeline
	if first != nil {
		limit = *first
	}
	if limit < 0 || limit > MaxTimeline {
		return nil, apierr.Invalid("first must be between 0 and %d, got %d", MaxTimeline, limit)
	}
	if _, err := r.mustExist(ctx, id); err != nil {
		return nil, err
	}
	entries, err := r.Store.Timeline(ctx, id, dateString(from), dateString(to), limit)
	if err != nil {
		return nil, err
	}
	out := make([]*model.TimelineItem, len(entries))
	nodes := make([]schema.Node, len(entries))
	for i, e := range entries {
		nodes[i] = e.Node
		item := &model.TimelineItem{Date: model.DatePtr(e.Date)}
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
	n, err := r.mustExist(ctx, id)
	if err != nil {
		return nil, err
	}
	if n.Label != schema.LabelPerson {
		return nil, apierr.Invalid("coParticipants: %q is a %s, not a person", id, n.Label)
	}
	list, err := r.Store.CoParticipants(ctx, id, dateString(from), dateString(to), limit)
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

func (r *Resolver) shortestPath(ctx context.Context, from, to string, maxHops *int) (*model.Path, error) {
	hops := 4
	if maxHops != nil {
		hops = *maxHops
	}
	if hops < 1 || hops > MaxPathHops {
		return nil, apierr.Invalid("maxHops must be between 1 and %d, got %d", MaxPathHops, hops)
	}
	// A path proves both ends exist, so their lookups, which tell a missing
	// node from a missing path, are only made when there is none.
	p, err := r.Store.ShortestPath(ctx, from, to, hops)
	if err != nil {
		return nil, err
	}
	if p == nil {
		loaders := LoadersFrom(ctx)
		a, b := loaders.nodeThunk(ctx, from), loaders.nodeThunk(ctx, to) // both in one store call
		for i, th := range []func() (*schema.Node, error){a, b} {
			n, err := th()
			if err != nil {
				return nil, err
			}
			if n == nil {
				return nil, apierr.NotFoundf("no node has the id %q", []string{from, to}[i])
			}
		}
		return nil, nil
	}
	out := &model.Path{Length: len(p.Edges), Nodes: make([]*model.GraphNode, len(p.Nodes)), Edges: make([]*model.GraphEdge, len(p.Edges))}
	for i, n := range p.Nodes {
		out.Nodes[i] = GraphNode(n)
	}
	for i, e := range p.Edges {
		out.Edges[i] = GraphEdge(e)
	}
	return out, nil
}

// relations answers Query.relations: one store call resolves each country,
// one reads the meetings, and the buckets' pairs and issues are read
// through the loaders, batched over every meeting.
func (r *Resolver) relations(ctx context.Context, countryA, countryB string, from, to *model.Date) (*model.Relations, error) {
	parties := []string{schema.LabelCountry, schema.LabelOrganization}
	var sides [2][]schema.Node
	for i, text := range []string{countryA, countryB} {
		found, err := r.Store.FindNodes(ctx, text, parties)
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, apierr.NotFoundf("no country or organization is named %q", text)
		}
		sides[i] = found
	}
	pages, err := r.Store.MeetingPages(ctx, []schema.MeetingFilter{{
		Countries: []string{countryA, countryB}, From: dateString(from), To: dateString(to), Ascending: true,
	}}, 0, MaxRelations)
	if err != nil {
		return nil, err
	}
	meetings, total := pages[0].Nodes, pages[0].Total
	if total > MaxRelations {
		return nil, apierr.Invalid("relations: %d meetings match, more than the %d one answer holds; narrow from and to", total, MaxRelations)
	}
	LoadersFrom(ctx).Prime(meetings...)
	setOf := func(nodes []schema.Node) map[string]bool {
		m := map[string]bool{}
		for _, n := range nodes {
			m[n.ID] = true
		}
		return m
	}
	a, b := setOf(sides[0]), setOf(sides[1])
	out := &model.Relations{
		CountryA: model.EntityFromNode(best(sides[0], countryA)), CountryB: model.EntityFromNode(best(sides[1], countryB)),
		Months: []*model.RelationsMonth{},
	}
	for _, m := range meetings {
		date := m.Props[schema.PropDate]
		if date == "" {
			continue // only dated meetings have a month
		}
		month := date
		if len(month) > 7 {
			month = month[:7]
		}
		out.TotalCount++
		last := len(out.Months) - 1
		if last < 0 || string(out.Months[last].Month) != month {
			out.Months = append(out.Months, &model.RelationsMonth{Month: model.Date(month), PartyA: a, PartyB: b})
			last++
		}
		out.Months[last].Count++
		out.Months[last].Meetings = append(out.Months[last].Meetings, &model.Meeting{Node: m})
	}
	return out, nil
}

// best is the node a text names best: the one whose name (not an alias or
// code) it is, else the first by id.
func best(nodes []schema.Node, text string) schema.Node {
	for _, n := range nodes {
		if n.Name == text || n.ID == text {
			return n
		}
	}
	return nodes[0]
}

// pairs resolves RelationsMonth.pairs: who of side A met whom of side B.
func (r *Resolver) pairs(ctx context.Context, month *model.RelationsMonth) ([]*model.MeetingPair, error) {
	loaders := LoadersFrom(ctx)
	type pair struct{ a, b string }
	counts := map[pair]int{}
	for _, m := range month.Meetings {
		attended, err := loaders.EdgesOf(ctx, m.ID, schema.RelAttended, schema.In)
		if err != nil {
			return nil, err
		}
		var sideA, sideB []string
		for _, e := range attended {
			affs, err := loaders.EdgesOf(ctx, e.From, schema.RelAffiliatedWith, schema.Out)
			if err != nil {
				return nil, err
			}
			for _, aff := range affs {
				if month.PartyA[aff.To] {
					sideA = schema.AppendNew(sideA, e.From)
				}
				if month.PartyB[aff.To] {
					sideB = schema.AppendNew(sideB, e.From)
				}
			}
		}
		for _, pa := range sideA {
			for _, pb := range sideB {
				if pa != pb {
					counts[pair{pa, pb}]++
				}
			}
		}
	}
	keys := make([]pair, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y pair) int {
		return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	out := make([]*model.MeetingPair, len(keys))
	for i, k := range keys {
		pa, err := r.reference(ctx, k.a)
		if err != nil {
			return nil, err
		}
		pb, err := r.reference(ctx, k.b)
		if err != nil {
			return nil, err
		}
		out[i] = &model.MeetingPair{A: &model.Person{Node: pa}, B: &model.Person{Node: pb}, Count: counts[k]}
	}
	return out, nil
}

// issueCounts resolves RelationsMonth.issues.
func (r *Resolver) issueCounts(ctx context.Context, month *model.RelationsMonth) ([]*model.IssueCount, error) {
	loaders := LoadersFrom(ctx)
	counts := map[string]int{}
	for _, m := range month.Meetings {
		discussed, err := loaders.EdgesOf(ctx, m.ID, schema.RelDiscussed, schema.Out)
		if err != nil {
			return nil, err
		}
		for _, e := range discussed {
			counts[e.To]++
		}
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(x, y string) int { return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x, y)) })
	nodes, err := loaders.NodeList(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.IssueCount, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, &model.IssueCount{Issue: &model.Issue{Node: n}, Count: counts[n.ID]})
	}
	return out, nil
}
