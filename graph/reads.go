package graph

import (
	"context"
	"log/slog"
	"strings"

	"newsgraph/graph/model"
	"newsgraph/schema"
)

// The helpers below are the reads the resolvers share. All of them go
// through the per-operation loaders, so they batch across list items.

func (r *Resolver) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return slog.Default()
}

// reference loads the node that an edge points to, for a field that must
// not be null (a participant's person, a source's article). An edge whose
// node is missing should not happen: every article graph is written whole.
// If it does, the field resolves to a stand-in with the id as its name,
// and the gap is logged, rather than failing every item of the list.
func (r *Resolver) reference(ctx context.Context, id string) (schema.Node, error) {
	nodes, err := r.references(ctx, []string{id})
	if err != nil {
		return schema.Node{}, err
	}
	return nodes[0], nil
}

// references is reference for several ids, loaded in one batch, in order.
func (r *Resolver) references(ctx context.Context, ids []string) ([]schema.Node, error) {
	loaders := LoadersFrom(ctx)
	thunks := make([]func() (*schema.Node, error), len(ids))
	for i, id := range ids {
		thunks[i] = loaders.nodeThunk(ctx, id)
	}
	out := make([]schema.Node, len(ids))
	for i, id := range ids {
		n, err := thunks[i]()
		if err != nil {
			return nil, err
		}
		if n == nil {
			r.logger().WarnContext(ctx, "graph: a reference to a missing node", "id", id)
			n = standIn(id)
		}
		out[i] = *n
	}
	return out, nil
}

// standIn is the node a field shows for a referenced node that is missing:
// its id as its name.
func standIn(id string) *schema.Node {
	return &schema.Node{ID: id, Label: schema.LabelOf(id), Name: id}
}

// otherEnds loads the nodes at the other end of a node's edges of one
// type, in edge order, keeping those of the given label ("" for any).
func (r *Resolver) otherEnds(ctx context.Context, id, relType string, dir schema.Direction, label string) ([]schema.Node, error) {
	loaders := LoadersFrom(ctx)
	edges, err := loaders.EdgesOf(ctx, id, relType, dir)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(edges))
	for i, e := range edges {
		ids[i] = otherEnd(e, dir)
	}
	nodes, err := loaders.NodeList(ctx, ids)
	if err != nil {
		return nil, err
	}
	if label == "" {
		return nodes, nil
	}
	kept := nodes[:0]
	for _, n := range nodes {
		if n.Label == label {
			kept = append(kept, n)
		}
	}
	return kept, nil
}

// firstOtherEnd is otherEnds for a field that holds one node: the first
// in edge order (by id), nil when there is none.
func (r *Resolver) firstOtherEnd(ctx context.Context, id, relType string, dir schema.Direction, label string) (*schema.Node, error) {
	nodes, err := r.otherEnds(ctx, id, relType, dir, label)
	if err != nil || len(nodes) == 0 {
		return nil, err
	}
	return &nodes[0], nil
}

// otherEnd is the id at the far end of an edge read in direction dir.
func otherEnd(e schema.Edge, dir schema.Direction) string {
	if dir == schema.In {
		return e.From
	}
	return e.To
}

// sentenceBy returns the sentence an article gave as evidence for an edge,
// "" when it gave none. Evidence names articles by their bare id.
func sentenceBy(e schema.Edge, articleNodeID string) string {
	bare := strings.TrimPrefix(articleNodeID, "article:")
	for _, ev := range e.Evidence {
		if ev.ArticleID == bare || ev.ArticleID == articleNodeID {
			return ev.Sentence
		}
	}
	return ""
}

// entities wraps nodes in their model types, leaving out labels the API
// does not serve.
func entities(nodes []schema.Node) []model.Entity {
	out := make([]model.Entity, 0, len(nodes))
	for _, n := range nodes {
		if e := model.EntityFromNode(n); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// wrap turns nodes into one model type.
func wrap[T any](nodes []schema.Node, newT func(schema.Node) *T) []*T {
	out := make([]*T, len(nodes))
	for i, n := range nodes {
		out[i] = newT(n)
	}
	return out
}

// labelOf maps the GraphQL EntityType enum to store labels.
var labelOf = map[model.EntityType]string{
	model.EntityTypePerson:       schema.LabelPerson,
	model.EntityTypeCountry:      schema.LabelCountry,
	model.EntityTypeOrganization: schema.LabelOrganization,
	model.EntityTypePlace:        schema.LabelPlace,
	model.EntityTypeMeeting:      schema.LabelMeeting,
	model.EntityTypeIssue:        schema.LabelIssue,
	model.EntityTypeArticle:      schema.LabelArticle,
}

// articleNodeID accepts an article's node id or its bare id.
func articleNodeID(id string) string {
	if strings.HasPrefix(id, "article:") {
		return id
	}
	return schema.ArticleID(id)
}

// meetingFilter maps the GraphQL MeetingWhere and MeetingOrder onto the
// store's filter.
func meetingFilter(where *model.MeetingWhere, orderBy *model.MeetingOrder) schema.MeetingFilter {
	var f schema.MeetingFilter
	if orderBy != nil {
		if orderBy.Field == model.MeetingOrderFieldSources {
			f.Order = schema.MeetingsBySources
		}
		f.Ascending = orderBy.Direction != nil && *orderBy.Direction == model.OrderDirectionAsc
	}
	if where == nil {
		return f
	}
	f.IDs = where.Ids
	f.Participant = deref(where.Participant)
	f.Participants = where.Participants
	f.WithOfficialsOf = deref(where.WithOfficialsOf)
	f.Countries = where.Countries
	f.Issue = deref(where.Issue)
	f.Place = deref(where.Place)
	f = atVenue(f)
	if where.Status != nil {
		f.Status = string(*where.Status)
	}
	if where.Kind != nil {
		f.Kind = string(*where.Kind)
	}
	if where.From != nil {
		f.From = string(*where.From)
	}
	if where.To != nil {
		f.To = string(*where.To)
	}
	if where.IngestedAfter != nil {
		f.IngestedAfter = string(*where.IngestedAfter)
	}
	return f
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// affiliationAtMeeting is the affiliation a participant held at the
// meeting's date (see affiliationAt).
func (r *Resolver) affiliationAtMeeting(ctx context.Context, p *model.Participant) (schema.Edge, bool, error) {
	edges, err := LoadersFrom(ctx).EdgesOf(ctx, p.PersonNode.ID, schema.RelAffiliatedWith, schema.Out)
	if err != nil {
		return schema.Edge{}, false, err
	}
	e, ok := affiliationAt(edges, p.MeetingDate)
	return e, ok, nil
}

// participants are who attended a meeting, by person id: the people read
// with it when they were (Query.relations), else the other ends of its
// ATTENDED edges, which come with them.
func (r *Resolver) participants(ctx context.Context, m *model.Meeting) ([]*model.Participant, error) {
	loaders := LoadersFrom(ctx)
	people, ok := loaders.primedAttendees(m.ID)
	if !ok {
		edges, err := loaders.EdgesOf(ctx, m.ID, schema.RelAttended, schema.In)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(edges))
		for i, e := range edges {
			ids[i] = e.From
		}
		if people, err = r.references(ctx, ids); err != nil {
			return nil, err
		}
	}
	date, err := r.rolesDate(ctx, m)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Participant, len(people))
	for i, p := range people {
		out[i] = &model.Participant{PersonNode: p, MeetingDate: date}
	}
	return out, nil
}

// rolesDate is the date at which a meeting's participants' roles are
// chosen: the meeting's, else, for a meeting the news gave no date, the
// date of the earliest article that reported it (an undated meeting has
// one: its id is scoped to it). The most recently attested role had been
// chosen instead, which gave 18 of the 217 participants of the open
// corpus's 102 undated meetings a role their report's date did not hold:
// no role for Angela Merkel and Naftali Bennett, whom articles of 2021
// called Chancellor and Prime Minister, a role of 2022 for a meeting of
// 2021 (roles41).
func (r *Resolver) rolesDate(ctx context.Context, m *model.Meeting) (string, error) {
	if date := m.Props[schema.PropDate]; date != "" {
		return date, nil
	}
	reports, err := LoadersFrom(ctx).EdgesOf(ctx, m.ID, schema.RelReports, schema.In)
	if err != nil || len(reports) == 0 {
		return "", err
	}
	ids := make([]string, len(reports))
	for i, e := range reports {
		ids[i] = e.From
	}
	articles, err := r.references(ctx, ids)
	if err != nil {
		return "", err
	}
	earliest := ""
	for _, a := range articles {
		if d := a.Props[schema.PropDate]; d != "" && (earliest == "" || d < earliest) {
			earliest = d
		}
	}
	return earliest, nil
}
