package loader

import (
	"context"
	"slices"
	"strings"
	"time"

	"newsgraph/schema"
)

// DateTolerance is how far apart two day-precise dates may be for reports
// of the same participants to be one meeting: a readout published the next
// day, or a time-zone difference, shifts the date by one.
const DateTolerance = 1 // days

// meetingRef is what resolution needs to know of a meeting.
type meetingRef struct {
	id           string
	participants string // sorted participant ids, joined
	date, place  string
	articles     []string // articles that report it
}

// resolveMeetings gives each meeting of the graphs the id of a meeting that
// the store (or an earlier graph of the batch) already holds, when they are
// one event: the same participants, dates that agree (one refines the other,
// or days within DateTolerance) and no conflicting place. A coarse date
// ("2022-11") joins a meeting only when exactly one candidate agrees, so a
// passing mention never merges two meetings. Meetings that one article
// reports are never merged with each other: the extractor kept them apart.
// It costs four store calls per batch, whatever its size.
func resolveMeetings(ctx context.Context, store schema.Store, graphs []schema.ArticleGraph) error {
	people := map[string]bool{}
	for _, g := range graphs {
		for _, e := range g.Edges {
			if e.Type == schema.RelAttended {
				people[e.From] = true
			}
		}
	}
	if len(people) == 0 {
		return nil
	}
	known, err := storedMeetings(ctx, store, keysOf(people))
	if err != nil {
		return err
	}
	for gi := range graphs {
		g := &graphs[gi]
		rename := map[string]string{}
		var fresh []meetingRef
		for _, m := range meetingsOf(*g) {
			if m.date == "" {
				continue // undated meetings stay with their article
			}
			if target := pickMeeting(m, g.ArticleID, known); target != "" && target != m.id {
				rename[m.id] = target
				m.id = target
			}
			m.articles = []string{g.ArticleID}
			fresh = append(fresh, m)
		}
		known = append(known, fresh...)
		if len(rename) > 0 {
			renameNodes(g, rename)
		}
	}
	return nil
}

// storedMeetings loads the meetings the given people attended, with their
// participants, place and reporting articles.
func storedMeetings(ctx context.Context, store schema.Store, people []string) ([]meetingRef, error) {
	attended, err := store.Edges(ctx, people, schema.RelAttended, schema.Out)
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, edges := range attended {
		for _, e := range edges {
			ids[e.To] = true
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	meetingIDs := keysOf(ids)
	nodes, err := store.Nodes(ctx, meetingIDs)
	if err != nil {
		return nil, err
	}
	participants, err := store.Edges(ctx, meetingIDs, schema.RelAttended, schema.In)
	if err != nil {
		return nil, err
	}
	places, err := store.Edges(ctx, meetingIDs, schema.RelHeldIn, schema.Out)
	if err != nil {
		return nil, err
	}
	reports, err := store.Edges(ctx, meetingIDs, schema.RelReports, schema.In)
	if err != nil {
		return nil, err
	}
	var out []meetingRef
	for _, id := range meetingIDs {
		ref := meetingRef{id: id, date: nodes[id].Props[schema.PropDate]}
		var who []string
		for _, e := range participants[id] {
			who = append(who, e.From)
		}
		slices.Sort(who)
		ref.participants = strings.Join(who, "+")
		if p := places[id]; len(p) > 0 {
			ref.place = p[0].To
		}
		for _, e := range reports[id] {
			ref.articles = append(ref.articles, strings.TrimPrefix(e.From, "article:"))
		}
		out = append(out, ref)
	}
	return out, nil
}

// meetingsOf lists the meetings of one article graph.
func meetingsOf(g schema.ArticleGraph) []meetingRef {
	byID := map[string]*meetingRef{}
	var order []string
	for _, n := range g.Nodes {
		if n.Label == schema.LabelMeeting {
			byID[n.ID] = &meetingRef{id: n.ID, date: n.Props[schema.PropDate]}
			order = append(order, n.ID)
		}
	}
	who := map[string][]string{}
	for _, e := range g.Edges {
		switch {
		case e.Type == schema.RelAttended && byID[e.To] != nil:
			who[e.To] = append(who[e.To], e.From)
		case e.Type == schema.RelHeldIn && byID[e.From] != nil:
			byID[e.From].place = e.To
		}
	}
	out := make([]meetingRef, 0, len(order))
	for _, id := range order {
		p := who[id]
		slices.Sort(p)
		byID[id].participants = strings.Join(p, "+")
		out = append(out, *byID[id])
	}
	return out
}

// pickMeeting returns the id of the known meeting that m is, or "".
func pickMeeting(m meetingRef, article string, known []meetingRef) string {
	var agreeing []meetingRef
	for _, k := range known {
		if k.id == m.id {
			return k.id // already stored under its own id: loading again
		}
		if k.participants != m.participants || (m.place != "" && k.place != "" && m.place != k.place) {
			continue
		}
		if len(k.articles) > 0 && !slices.ContainsFunc(k.articles, func(a string) bool { return a != article }) {
			continue // only this article reports it: the extractor kept them apart
		}
		if datesAgree(m.date, k.date) {
			agreeing = append(agreeing, k)
		}
	}
	for _, k := range agreeing {
		if k.date == m.date {
			return k.id
		}
	}
	if len(agreeing) == 1 {
		return agreeing[0].id
	}
	return ""
}

// datesAgree reports whether two dates can name the same day: one refines
// the other, or both are days at most DateTolerance apart.
func datesAgree(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	da, errA := time.Parse(time.DateOnly, a)
	db, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return false
	}
	diff := da.Sub(db)
	return diff <= DateTolerance*24*time.Hour && diff >= -DateTolerance*24*time.Hour
}

// renameNodes replaces node ids throughout a graph.
func renameNodes(g *schema.ArticleGraph, rename map[string]string) {
	for i := range g.Nodes {
		if to, ok := rename[g.Nodes[i].ID]; ok {
			g.Nodes[i].ID = to
		}
	}
	for i := range g.Edges {
		if to, ok := rename[g.Edges[i].From]; ok {
			g.Edges[i].From = to
		}
		if to, ok := rename[g.Edges[i].To]; ok {
			g.Edges[i].To = to
		}
	}
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
