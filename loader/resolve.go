package loader

import (
	"maps"
	"slices"
	"strings"
	"time"

	"newsgraph/schema"
)

// DateTolerance is how far apart two day-precise dates may be for reports
// of the same participants to be one meeting: a readout published the next
// day, or a time-zone difference, shifts the date by one.
const DateTolerance = 1 // days

// FoldWindow is how far from its article's date an undated report looks for
// the dated meeting it tells of (foldUndated): back for a held one, ahead for
// a plan.
const FoldWindow = 30 // days

// meetingRef is what resolution needs to know of a meeting.
type meetingRef struct {
	id           string
	participants string // sorted participant ids, joined
	date         string
	status       string   // schema.PropStatus
	kind         string   // schema.PropKind
	kinds        string   // schema.PropSourceKinds
	place        string   // of a report: where it says the meeting was held
	places       []string // of a known meeting: every place its reports named
	articles     []string // articles that report it
}

// knownMeetings are the meetings a batch can join: those stored near its
// dates, and those of its earlier articles, each merged as the store
// merges it (its finest agreeing date, all its places and articles). So a
// report is matched against the same state whether the meeting was
// written in an earlier batch or earlier in this one, and the graph does
// not depend on the batch size.
type knownMeetings struct {
	byID  map[string]*meetingRef
	order []string
}

func (k *knownMeetings) add(m meetingRef) {
	if k.byID == nil {
		k.byID = map[string]*meetingRef{}
	}
	cur, ok := k.byID[m.id]
	if !ok {
		cur = &meetingRef{id: m.id, participants: m.participants, date: m.date, status: m.status, kind: m.kind, kinds: m.kinds}
		k.byID[m.id] = cur
		k.order = append(k.order, m.id)
	} else {
		// The date, status and kind as schema.MergeNode merges them in the store.
		n := schema.MergeNode(&schema.Node{Label: schema.LabelMeeting, Props: cur.props()}, schema.Node{Label: schema.LabelMeeting, Props: m.props()})
		cur.date, cur.status = n.Props[schema.PropDate], n.Props[schema.PropStatus]
		cur.kind, cur.kinds = n.Props[schema.PropKind], n.Props[schema.PropSourceKinds]
	}
	cur.places = schema.AppendNew(cur.places, append(m.places, m.place)...)
	cur.articles = schema.AppendNew(cur.articles, m.articles...)
}

// rename gives known meeting from the id to.
func (k *knownMeetings) rename(from, to string) {
	m := k.byID[from]
	delete(k.byID, from)
	m.id = to
	k.byID[to] = m
	k.order[slices.Index(k.order, from)] = to
}

// refines reports whether date is finer than known's and within it: a day
// of a month.
func refines(date, known string) bool {
	return len(date) > len(known) && strings.HasPrefix(date, known)
}

// props are the properties of a meeting that schema.MergeNode merges.
func (m *meetingRef) props() map[string]string {
	return map[string]string{schema.PropDate: m.date, schema.PropStatus: m.status, schema.PropKind: m.kind, schema.PropSourceKinds: m.kinds}
}

// resolveMeetings gives each meeting of the graphs the id of a meeting that
// the store (or an earlier graph of the batch) already holds, when they are
// one event: the same participants, dates that agree (one refines the other,
// or days within DateTolerance, and a year alone only with a year alone)
// and no conflicting place. A coarse date
// ("2022-11") joins a meeting only when exactly one candidate agrees, so a
// passing mention never merges two meetings. Meetings that one article
// reports are never merged with each other: the extractor kept them apart.
// An undated meeting stays with its article, unless foldUndated finds the
// one dated meeting it tells of.
// Resolution does not depend on the order the articles come in, for
// undated reports and months: an undated report stored (or earlier in the
// batch) before the dated meeting it tells of folds into it once that is
// written (storedUndated, foldLate), as it folds when it comes after (issue
// 10: 9 plans of the open corpus loaded before the meeting they announce
// stayed nodes of their own); and a day that refines a meeting known by
// its month gives the node its own id, as when it comes first.
// It costs two store calls per batch, which read only the stored meetings
// whose dates could agree with the batch's, and the undated meetings of its
// day-dated meetings' participants that articles near those days report.
// It renames meetings in graphs in place, and sets their Absorb.
func resolveMeetings(read schema.ResolveReads, graphs []schema.ArticleGraph) error {
	var reports, told, planned []string
	var dated []meetingRef // the batch's dated reports, for storedUndated
	for _, g := range graphs {
		for _, m := range meetingsOf(g) {
			reports = append(reports, m.date)
			switch {
			case m.date != "":
				dated = append(dated, m)
			case m.status == schema.StatusPlanned:
				planned = append(planned, articleDate(g))
			default:
				told = append(told, articleDate(g))
			}
		}
	}
	undated, err := storedUndated(read.MeetingsUndated, dated)
	if err != nil {
		return err
	}
	for _, u := range undated {
		if u.m.status == schema.StatusPlanned {
			planned = append(planned, u.day.Format(time.DateOnly))
		} else {
			told = append(told, u.day.Format(time.DateOnly))
		}
	}
	dates, prefixes := candidateDates(reports)
	dates = withFoldWindows(dates, told, planned)
	if len(dates) == 0 && len(prefixes) == 0 {
		return nil
	}
	stored, err := read.MeetingsDated(dates, prefixes)
	if err != nil {
		return err
	}
	var known knownMeetings
	for _, m := range stored {
		ref := meetingRef{id: m.ID, participants: strings.Join(m.Participants, "+"), date: m.Date, places: m.Places,
			status: m.Status, kind: m.Kind, kinds: m.SourceKinds}
		for _, a := range m.Articles {
			ref.articles = append(ref.articles, strings.TrimPrefix(a, "article:"))
		}
		known.add(ref)
	}
	var unfolded []pendingFold // undated reports of the batch that found no meeting
	for gi := range graphs {
		g := &graphs[gi]
		rename := map[string]string{}
		var fresh []meetingRef
		day, _ := time.Parse(time.DateOnly, articleDate(*g))
		// Dated meetings first: the meetings they resolve to are the
		// article's own, which none of its undated ones may join.
		var dated, undated []meetingRef
		for _, m := range meetingsOf(*g) {
			if m.date == "" {
				undated = append(undated, m)
			} else {
				dated = append(dated, m)
			}
		}
		var own []string
		for _, m := range append(dated, undated...) {
			target := ""
			if m.date == "" {
				if target = foldUndated(m, g.ArticleID, own, day, &known); target == "" {
					unfolded = append(unfolded, pendingFold{graph: gi, m: m, day: day})
					continue // undated meetings stay with their article
				}
			} else {
				target = pickMeeting(m, g.ArticleID, day, &known)
				if target != "" && target != m.id && refines(m.date, known.byID[target].date) {
					// The meeting takes the finer date's id, which it has
					// when this report comes first, and absorbs the coarse one.
					g.Absorb = append(g.Absorb, schema.MeetingMerge{From: target, Into: m.id})
					known.rename(target, m.id)
					target = m.id
				}
			}
			if target != "" && target != m.id {
				rename[m.id] = target
				m.id = target
			}
			own = append(own, m.id)
			m.articles = []string{g.ArticleID}
			fresh = append(fresh, m)
		}
		// Added after the whole article: its own meetings never join each other.
		for _, m := range fresh {
			known.add(m)
		}
		for i := range unfolded {
			if unfolded[i].graph == gi {
				unfolded[i].own = own
			}
		}
		if len(rename) > 0 {
			renameNodes(g, rename)
		}
	}
	foldLate(graphs, unfolded, undated, &known)
	return nil
}

// pendingFold is an undated report that found no meeting to fold into
// when its article was resolved: of graphs[graph], or stored (graph -1,
// with its article in m.articles).
type pendingFold struct {
	graph int
	m     meetingRef
	day   time.Time // its article's date
	own   []string  // the meetings its article's dated reports resolved to
}

// foldLate folds the undated reports that found no meeting when they were
// resolved into the meeting that the rest of the batch made known, as
// they would have folded had that come first: those of the batch's graphs
// are renamed, the stored ones absorbed (ArticleGraph.Absorb) by the graph
// that holds their meeting. A stored one whose meeting no graph of the
// batch holds stays: the batch that writes that meeting takes it in.
func foldLate(graphs []schema.ArticleGraph, batch, stored []pendingFold, known *knownMeetings) {
	for _, p := range batch {
		g := &graphs[p.graph]
		target := foldUndated(p.m, g.ArticleID, p.own, p.day, known)
		if target == "" {
			continue
		}
		renameNodes(g, map[string]string{p.m.id: target})
		p.m.id, p.m.articles = target, []string{g.ArticleID}
		known.add(p.m)
	}
	for _, p := range stored {
		target := foldUndated(p.m, p.m.articles[0], nil, p.day, known)
		if target == "" {
			continue
		}
		for gi := range graphs {
			g := &graphs[gi]
			if slices.ContainsFunc(g.Nodes, func(n schema.Node) bool { return n.ID == target }) {
				g.Absorb = append(g.Absorb, schema.MeetingMerge{From: p.m.id, Into: target})
				p.m.id = target
				known.add(p.m)
				break
			}
		}
	}
}

// storedUndated reads the stored undated reports (meetings without a date,
// of one article, held or planned) that a day-dated report of the batch
// could be the meeting of: of the same participants, the report's date in
// the undated one's fold window (give or take DateTolerance).
func storedUndated(undated schema.MeetingsUndatedFunc, dated []meetingRef) ([]pendingFold, error) {
	pairSet, seen, daySet := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range dated {
		if d, err := time.Parse(time.DateOnly, m.date); err == nil && !seen[m.date] {
			seen[m.date] = true
			for off := -FoldWindow - DateTolerance; off <= FoldWindow+DateTolerance; off++ {
				daySet[d.AddDate(0, 0, off).Format(time.DateOnly)] = true
			}
		}
		if len(m.date) == len(time.DateOnly) {
			pairSet[m.participants] = true
		}
	}
	if len(pairSet) == 0 || undated == nil {
		return nil, nil
	}
	pairs, days := slices.Sorted(maps.Keys(pairSet)), slices.Sorted(maps.Keys(daySet))
	stored, err := undated(pairs, days)
	if err != nil {
		return nil, err
	}
	var out []pendingFold
	tolerance := DateTolerance * 24 * time.Hour
	window := FoldWindow * 24 * time.Hour
	for _, u := range stored {
		if len(u.Articles) != 1 || len(u.ArticleDates) != 1 || (u.Status != schema.StatusHeld && u.Status != schema.StatusPlanned) {
			continue
		}
		day, err := time.Parse(time.DateOnly, u.ArticleDates[0])
		if err != nil {
			continue
		}
		ref := meetingRef{id: u.ID, participants: strings.Join(u.Participants, "+"), status: u.Status, kind: u.Kind,
			kinds: u.SourceKinds, places: u.Places, articles: []string{strings.TrimPrefix(u.Articles[0], "article:")}}
		if len(u.Places) == 1 {
			ref.place = u.Places[0]
		}
		near := slices.ContainsFunc(dated, func(m meetingRef) bool {
			d, err := time.Parse(time.DateOnly, m.date)
			if err != nil || m.participants != ref.participants {
				return false
			}
			if u.Status == schema.StatusPlanned {
				return !d.Before(day.Add(-tolerance)) && d.Sub(day) <= window+tolerance
			}
			return !d.After(day.Add(tolerance)) && day.Sub(d) <= window+tolerance
		})
		if near {
			out = append(out, pendingFold{graph: -1, m: ref, day: day})
		}
	}
	return out, nil
}

// candidateDates lists the stored dates that can agree with the reports'
// dates (see datesAgree): each date and its coarser prefixes, and for a
// day the days within DateTolerance, exactly; and every date a coarse one
// contains, by prefix.
func candidateDates(reports []string) (dates, prefixes []string) {
	for _, d := range reports {
		if d == "" {
			continue
		}
		for i := range d {
			if d[i] == '-' {
				dates = schema.AppendNew(dates, d[:i])
			}
		}
		day, err := time.Parse(time.DateOnly, d)
		if err != nil {
			prefixes = schema.AppendNew(prefixes, d)
			continue
		}
		for off := -DateTolerance; off <= DateTolerance; off++ {
			dates = schema.AppendNew(dates, day.AddDate(0, 0, off).Format(time.DateOnly))
		}
	}
	slices.Sort(dates)
	slices.Sort(prefixes)
	return dates, prefixes
}

// meetingsOf lists the meetings of one article graph.
func meetingsOf(g schema.ArticleGraph) []meetingRef {
	byID := map[string]*meetingRef{}
	var order []string
	for _, n := range g.Nodes {
		if n.Label == schema.LabelMeeting {
			byID[n.ID] = &meetingRef{id: n.ID, date: n.Props[schema.PropDate], status: n.Props[schema.PropStatus],
				kind: n.Props[schema.PropKind], kinds: n.Props[schema.PropSourceKinds]}
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

// pickMeeting returns the id of the known meeting that m is, or "". Among
// several with m's very date it takes the least id, so that the choice
// never depends on the order meetings became known; among several that a
// held report's month agrees with, lastInMonth's. day is the article's date.
func pickMeeting(m meetingRef, article string, day time.Time, known *knownMeetings) string {
	if _, ok := known.byID[m.id]; ok {
		return m.id // already known under its own id: loading again
	}
	var agreeing []*meetingRef
	for _, id := range known.order {
		k := known.byID[id]
		if k.participants != m.participants || (m.place != "" && len(k.places) > 0 && !slices.Contains(k.places, m.place)) {
			continue
		}
		if len(k.articles) > 0 && !slices.ContainsFunc(k.articles, func(a string) bool { return a != article }) {
			continue // only this article reports it: the extractor kept them apart
		}
		if datesAgree(m.date, k.date) {
			agreeing = append(agreeing, k)
		}
	}
	exact := ""
	for _, k := range agreeing {
		if k.date == m.date && (exact == "" || k.id < exact) {
			exact = k.id
		}
	}
	if exact != "" {
		return exact
	}
	if len(agreeing) == 1 {
		return agreeing[0].id
	}
	return lastInMonth(m, agreeing, day)
}

// lastInMonth returns, for a held report dated to a month, the latest of
// the agreeing meetings held by the same means (a call or in person) on a
// day of that month up to its article's date, or "". Told in passing, a
// past encounter is often dated by its month alone ("just last week
// Secretary Blinken met with … Kuleba", "over the weekend, the President
// spoke with President Putin"), and the pair met more than once that month,
// so it joined none and was a node of its own (dupes43: 21 of 485 nodes
// were a month or a year beside the encounter's day node).
func lastInMonth(m meetingRef, agreeing []*meetingRef, day time.Time) string {
	if m.status != schema.StatusHeld || len(m.date) != len("2006-01") || day.IsZero() {
		return ""
	}
	best, bestDay := "", time.Time{}
	for _, k := range agreeing {
		d, err := time.Parse(time.DateOnly, k.date)
		if err != nil || k.status != schema.StatusHeld || (k.kind == schema.KindCall) != (m.kind == schema.KindCall) || d.After(day) {
			continue
		}
		if best == "" || d.After(bestDay) || (d.Equal(bestDay) && k.id < best) {
			best, bestDay = k.id, d
		}
	}
	return best
}

// foldUndated returns the known meeting that an undated report tells of, or
// "". Told in passing, a past encounter has no date ("You just got back from
// Geneva, where President Biden met with Russian President Vladimir
// Putin"), nor has a plan the article does not date ("looking forward to
// welcoming Chancellor Scholz"), so each was a node of its own beside the
// encounter's (issue 10, dupes43: 28 undated past and 29 plans among 485
// meeting nodes of 60 pairs). A held report is the latest held meeting of
// the same participants, by the same means (a call or in person), dated
// within FoldWindow days before its article's date; a planned one the
// earliest held such meeting within FoldWindow days from it: the encounter
// that fulfilled the plan. Ties go to the least id. Never a meeting the
// article itself reports (own: the meetings its dated reports resolved to;
// the extractor kept them apart) or one held elsewhere than the report says.
func foldUndated(m meetingRef, article string, own []string, day time.Time, known *knownMeetings) string {
	if day.IsZero() || (m.status != schema.StatusHeld && m.status != schema.StatusPlanned) {
		return ""
	}
	window := FoldWindow * 24 * time.Hour
	best, bestDay := "", time.Time{}
	for _, id := range known.order {
		k := known.byID[id]
		if k.participants != m.participants || k.status != schema.StatusHeld || (k.kind == schema.KindCall) != (m.kind == schema.KindCall) ||
			slices.Contains(k.articles, article) || slices.Contains(own, id) || (m.place != "" && len(k.places) > 0 && !slices.Contains(k.places, m.place)) {
			continue
		}
		d, err := time.Parse(time.DateOnly, k.date)
		if err != nil {
			continue // a day only: a month or a year says too little to choose by
		}
		var in, better bool
		if m.status == schema.StatusHeld {
			in = !d.After(day) && day.Sub(d) <= window
			better = d.After(bestDay)
		} else {
			in = !d.Before(day) && d.Sub(day) <= window
			better = d.Before(bestDay)
		}
		if in && (best == "" || better || (d.Equal(bestDay) && id < best)) {
			best, bestDay = id, d
		}
	}
	return best
}

// articleDate is the date of the article a graph is of.
func articleDate(g schema.ArticleGraph) string {
	for _, n := range g.Nodes {
		if n.Label == schema.LabelArticle {
			return n.Props[schema.PropDate]
		}
	}
	return ""
}

// withFoldWindows adds to dates the days foldUndated may choose among: for
// each article date of told (undated held reports) the FoldWindow days up
// to it, for each of planned (undated plans) the FoldWindow days from it.
func withFoldWindows(dates, told, planned []string) []string {
	seen := map[string]bool{}
	for _, d := range dates {
		seen[d] = true
	}
	add := func(days []string, from, to int) {
		for _, day := range days {
			d, err := time.Parse(time.DateOnly, day)
			if err != nil {
				continue
			}
			for off := from; off <= to; off++ {
				if s := d.AddDate(0, 0, off).Format(time.DateOnly); !seen[s] {
					seen[s] = true
					dates = append(dates, s)
				}
			}
		}
	}
	add(told, -FoldWindow, 0)
	add(planned, 0, FoldWindow)
	slices.Sort(dates)
	return dates
}

// datesAgree reports whether two dates can name the same meeting: one
// refines the other, or both are days at most DateTolerance apart. A date
// known only to its year agrees with no finer one: the news gives a year
// alone for a meeting told in passing ("when they spoke a couple of months
// ago"), and such a report joined whichever of the pair's dated meetings
// that year was known first, or made a dated meeting's report rival a finer
// candidate (issue 10: three Biden–Xi calls as one, one Blinken–Wang Yi
// meeting in Bali as two).
func datesAgree(a, b string) bool {
	if yearOnly(a) != yearOnly(b) {
		return false
	}
	if schema.DatesAgree(a, b) {
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

// yearOnly reports whether a date gives its year alone ("2022").
func yearOnly(date string) bool { return len(date) == len("2006") }

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

// cloneGraphs copies graphs deeply enough for resolveMeetings to rename
// their meetings without touching the originals.
func cloneGraphs(graphs []schema.ArticleGraph) []schema.ArticleGraph {
	out := make([]schema.ArticleGraph, len(graphs))
	for i, g := range graphs {
		out[i] = schema.ArticleGraph{ArticleID: g.ArticleID, Nodes: slices.Clone(g.Nodes), Edges: slices.Clone(g.Edges)}
	}
	return out
}
