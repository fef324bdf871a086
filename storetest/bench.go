package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/schema"
)

// BenchmarkRelations measures Store.Relations over ManyMeetings(n), more
// meetings than the 5,000 one answer held before the store counted them:
// with each month's first 100 meetings listed (the bench's relations) and
// with none (the months' aggregate alone, the bench's relationsMonths).
// The answer is checked once, before the loops.
func BenchmarkRelations(b *testing.B, s schema.Store, n int) {
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{ManyMeetings(n)}, nil); err != nil {
		b.Fatalf("WriteResolved: %v", err)
	}
	for _, listed := range []int{100, 0} {
		q := schema.RelationsQuery{PartyA: "SA", PartyB: "SB", Meetings: listed, Pairs: 3, Issues: 3} // the API's defaults
		r, err := s.Relations(context.Background(), q)
		if err != nil {
			b.Fatalf("Relations: %v", err)
		}
		total, pairs := 0, 0
		for _, m := range r.Months {
			total += m.Count
			pairs += len(m.Pairs)
		}
		if total != n || len(r.Months) != 60 || pairs == 0 {
			b.Fatalf("Relations counted %d meetings in %d months, %d pairs, want %d in 60", total, len(r.Months), pairs, n)
		}
		b.Run(fmt.Sprintf("meetings=%d", listed), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Relations(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// ManyPaths is a graph for benchmarks of ShortestPath: person:path-a and
// person:path-b each met k people (person:path-m-i) in k meetings each,
// and all of them are officials of one country, a hub that a path may not
// pass through: there are k shortest paths of 4 edges, and the least goes
// through person:path-m-0.
func ManyPaths(k int) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "paths", Sentence: "p"}}
	g := schema.ArticleGraph{ArticleID: "paths", Nodes: []schema.Node{
		{ID: "country:PX", Label: schema.LabelCountry, Name: "Path Country", Props: map[string]string{schema.PropCode: "PX"}},
	}}
	edge := func(from, relType, to, key string) {
		g.Edges = append(g.Edges, schema.Edge{Type: relType, From: from, To: to, Key: key, Evidence: ev})
	}
	person := func(id string) {
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelPerson, Name: id})
		edge(id, schema.RelAffiliatedWith, "country:PX", "official")
	}
	person("person:path-a")
	person("person:path-b")
	for i := range k {
		m := fmt.Sprintf("person:path-m-%d", i)
		person(m)
		for _, end := range []string{"a", "b"} {
			id := fmt.Sprintf("meeting:path-%s-%d", end, i)
			g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelMeeting, Name: id,
				Props: map[string]string{schema.PropDate: "2024-01-01", schema.PropKind: "meeting", schema.PropStatus: "held"}})
			edge("person:path-"+end, schema.RelAttended, id, "")
			edge(m, schema.RelAttended, id, "")
		}
	}
	return g
}

// BenchmarkShortestPath measures Store.ShortestPath over ManyPaths(k),
// checking the answer once before the loop.
func BenchmarkShortestPath(b *testing.B, s schema.Store, k int) {
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{ManyPaths(k)}, nil); err != nil {
		b.Fatalf("WriteResolved: %v", err)
	}
	p, err := s.ShortestPath(context.Background(), "person:path-a", "person:path-b", 6, schema.PathWindow{})
	if err != nil {
		b.Fatalf("ShortestPath: %v", err)
	}
	if p == nil || len(p.Edges) != 4 || p.Nodes[2].ID != "person:path-m-0" {
		b.Fatalf("ShortestPath = %+v, want 4 edges through person:path-m-0", p)
	}
	for b.Loop() {
		if _, err := s.ShortestPath(context.Background(), "person:path-a", "person:path-b", 6, schema.PathWindow{}); err != nil {
			b.Fatal(err)
		}
	}
}

// XiMeetings is a graph for benchmarks of the Xi-shaped query (one
// person's meetings with officials of a party, newest first, with the
// exact total) at the size of the bench's 100x archive, where Xi attended
// about 3,300 meetings and about 3,000 had a US official: ManyMeetings(n),
// whose 6,000 meetings between SA and SB officials give the party SB many
// meetings without the person, and person:many-a-0, who attends n/50 of
// them, also meets SB officials in hits-n/50 more, and people of no party
// in others. The dates spread over 150 years, as the bench's replays do.
func XiMeetings(n, hits, others int) []schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "xi", Sentence: "x"}}
	g := schema.ArticleGraph{ArticleID: "xi", Nodes: []schema.Node{{ID: "person:many-a-0", Label: schema.LabelPerson, Name: "person:many-a-0"}}}
	meeting := func(id string, i int, other string) {
		date := fmt.Sprintf("%d-%02d-%02d", 1950+i*37%150, i%12+1, i%28+1)
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelMeeting, Name: id,
			Props: map[string]string{schema.PropDate: date, schema.PropKind: "meeting", schema.PropStatus: "held"}})
		g.Edges = append(g.Edges,
			schema.Edge{Type: schema.RelAttended, From: "person:many-a-0", To: id, Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: other, To: id, Evidence: ev})
	}
	for i := range 50 {
		p := fmt.Sprintf("person:many-b-%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
	}
	for i := range hits - n/50 {
		meeting(fmt.Sprintf("meeting:xi-%d", i), i, fmt.Sprintf("person:many-b-%d", i%50))
	}
	for i := range others {
		p := fmt.Sprintf("person:other-%d", i%100)
		g.Nodes = append(g.Nodes, schema.Node{ID: p, Label: schema.LabelPerson, Name: p})
		meeting(fmt.Sprintf("meeting:other-%d", i), i, p)
	}
	return []schema.ArticleGraph{ManyMeetings(n), g}
}

// BenchmarkXiMeetings measures the Xi-shaped query, the first page of 20
// and the exact total, over XiMeetings(6000, hits, hits/10). The answer
// is checked once, before the loop.
func BenchmarkXiMeetings(b *testing.B, s schema.Store, hits int) {
	ctx := context.Background()
	for _, g := range XiMeetings(6000, hits, hits/10) {
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
			b.Fatalf("WriteResolved: %v", err)
		}
	}
	f := []schema.MeetingFilter{{Participant: "person:many-a-0", WithOfficialsOf: "SB"}}
	pages, err := s.MeetingPages(ctx, f, 0, 20)
	if err != nil {
		b.Fatalf("MeetingPages: %v", err)
	}
	dates := make([]string, len(pages[0].Nodes))
	for i, m := range pages[0].Nodes {
		dates[i] = m.Props[schema.PropDate]
	}
	if pages[0].Total != hits || len(dates) != 20 || !strings.HasPrefix(dates[0], "2099-") ||
		!slices.IsSortedFunc(dates, func(a, b string) int { return strings.Compare(b, a) }) {
		b.Fatalf("MeetingPages: total %d, dates %v; want %d, 20 dates from 2099 down", pages[0].Total, dates, hits)
	}
	// The median call too: on Neo4j a replan (statistics change after the
	// writes above) can add a second to one call of the loop.
	var calls []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := s.MeetingPages(ctx, f, 0, 20); err != nil {
			b.Fatal(err)
		}
		calls = append(calls, time.Since(start))
	}
	slices.Sort(calls)
	b.ReportMetric(float64(calls[len(calls)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkXiPage measures the Xi-shaped page as the API reads it for the
// bench's xi query, its meetings' participants, place and sources
// included, over XiMeetings(6000, hits, hits/10): "two-calls" reads the
// page, then the edges through Neighbours (as the API did before the page
// could ask for them); "one-call" asks the page's statement for them
// (MeetingFilter.With). Both answers are checked equal once, before the
// loops.
func BenchmarkXiPage(b *testing.B, s schema.Store, hits int) {
	ctx := context.Background()
	for _, g := range XiMeetings(6000, hits, hits/10) {
		if err := s.WriteResolved(ctx, []schema.ArticleGraph{g}, nil); err != nil {
			b.Fatalf("WriteResolved: %v", err)
		}
	}
	f := schema.MeetingFilter{Participant: "person:many-a-0", WithOfficialsOf: "SB"}
	with := f
	with.With = pageSets
	twoCalls := func() (schema.Page, error) {
		pages, err := s.MeetingPages(ctx, []schema.MeetingFilter{f}, 0, 20)
		if err != nil {
			return schema.Page{}, err
		}
		nb, err := s.Neighbours(ctx, ids(pages[0].Nodes), pageSets, schema.Projection{})
		pages[0].Neighbours = &nb
		return pages[0], err
	}
	oneCall := func() (schema.Page, error) {
		pages, err := s.MeetingPages(ctx, []schema.MeetingFilter{with}, 0, 20)
		if err != nil {
			return schema.Page{}, err
		}
		return pages[0], nil
	}
	two, err := twoCalls()
	if err != nil {
		b.Fatal(err)
	}
	one, err := oneCall()
	if err != nil {
		b.Fatal(err)
	}
	if len(one.Nodes) != 20 || one.Total != hits || len(one.Neighbours.Edges[0]) != 20 ||
		!slices.Equal(ids(one.Nodes), ids(two.Nodes)) || !reflect.DeepEqual(one.Neighbours.Edges, two.Neighbours.Edges) {
		b.Fatalf("one call: %d meetings of %d, %d with participants; want 20 of %d, as two calls read", len(one.Nodes), one.Total, len(one.Neighbours.Edges[0]), hits)
	}
	for _, r := range []struct {
		name string
		read func() (schema.Page, error)
	}{{"two-calls", twoCalls}, {"one-call", oneCall}} {
		b.Run(r.name, func(b *testing.B) {
			var calls []time.Duration
			for b.Loop() {
				start := time.Now()
				if _, err := r.read(); err != nil {
					b.Fatal(err)
				}
				calls = append(calls, time.Since(start))
			}
			slices.Sort(calls)
			b.ReportMetric(float64(calls[len(calls)/2].Microseconds())/1000, "p50-ms")
		})
	}
}

// SubgraphHub is a graph for benchmarks of the subgraph walk shaped like
// Xi Jinping's neighbourhood in the bench's 10x archive: person:hub
// attended k meetings, each with two or three of 60 people (person:co-j),
// held in one of 20 places and discussing one of 10 issues; each co-j also
// attended theirs meetings of their own with one of 200 other people, and
// everyone is an official of one of 5 countries. A walk of depth 2 from
// the hub with limit 500 then reads the hub's meetings, their people,
// places and issues, and every co-j's meetings and countries, and stops
// there: the nodes within 3 half steps outnumber the limit. The graphs are
// the hub's, then one per co-j (each names the nodes its edges join), so
// that a caller can write them a few at a time.
func SubgraphHub(k, theirs int) []schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "hub", Sentence: "h"}}
	var g *schema.ArticleGraph
	node := func(id, label string, props map[string]string) {
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: label, Name: id, Props: props})
	}
	edge := func(from, relType, to string) {
		key := ""
		if relType == schema.RelAffiliatedWith {
			key = "official"
		}
		g.Edges = append(g.Edges, schema.Edge{Type: relType, From: from, To: to, Key: key, Evidence: ev})
	}
	person := func(id string, i int) {
		node(id, schema.LabelPerson, nil)
		node(fmt.Sprintf("country:H%d", i%5), schema.LabelCountry, map[string]string{schema.PropCode: fmt.Sprintf("H%d", i%5)})
		edge(id, schema.RelAffiliatedWith, fmt.Sprintf("country:H%d", i%5))
	}
	meeting := func(id string, i int, people ...string) {
		node(id, schema.LabelMeeting, map[string]string{schema.PropDate: fmt.Sprintf("%d-%02d-%02d", 1950+i*37%150, i%12+1, i%28+1),
			schema.PropKind: "meeting", schema.PropStatus: "held"})
		for j, p := range people {
			if !slices.Contains(people[:j], p) {
				edge(p, schema.RelAttended, id)
			}
		}
		node(fmt.Sprintf("place:hub-%d", i%20), schema.LabelPlace, nil)
		edge(id, schema.RelHeldIn, fmt.Sprintf("place:hub-%d", i%20))
		node(fmt.Sprintf("issue:hub-%d", i%10), schema.LabelIssue, nil)
		edge(id, schema.RelDiscussed, fmt.Sprintf("issue:hub-%d", i%10))
	}
	out := []schema.ArticleGraph{{ArticleID: "hub"}}
	g = &out[0]
	person("person:hub", 0)
	for j := range 60 {
		person(fmt.Sprintf("person:co-%d", j), j)
	}
	for i := range k {
		people := []string{"person:hub", fmt.Sprintf("person:co-%d", i%60), fmt.Sprintf("person:co-%d", (i*7+1)%60)}
		if i%3 == 0 {
			people = append(people, fmt.Sprintf("person:co-%d", (i*13+2)%60))
		}
		meeting(fmt.Sprintf("meeting:hub-%d", i), i, people...)
	}
	for j := range 60 {
		out = append(out, schema.ArticleGraph{ArticleID: "hub"})
		g = &out[len(out)-1]
		person(fmt.Sprintf("person:co-%d", j), j)
		for i := range theirs {
			far := fmt.Sprintf("person:far-%d", (i+j)%200)
			person(far, (i+j)%200)
			meeting(fmt.Sprintf("meeting:co-%d-%d", j, i), i, fmt.Sprintf("person:co-%d", j), far)
		}
	}
	return out
}

// BenchmarkSubgraph measures the bench's subgraph query (depth 2, limit
// 500, names only, as the API asks for Subgraph.elements) from person:hub
// over SubgraphHub(330, theirs). The answer's shape is checked once, before
// the loop; the metric p50-ms is the median call.
func BenchmarkSubgraph(b *testing.B, s schema.Store, theirs int) {
	ctx := context.Background()
	for batch := range slices.Chunk(SubgraphHub(330, theirs), 10) {
		if err := s.WriteResolved(ctx, batch, nil); err != nil {
			b.Fatalf("WriteResolved: %v", err)
		}
	}
	q := schema.SubgraphQuery{Seeds: []string{"person:hub"}, Depth: 2, Limit: 500, NamesOnly: true}
	sg, err := s.Subgraph(ctx, q)
	if err != nil {
		b.Fatalf("Subgraph: %v", err)
	}
	// The hub, its 330 meetings, 60 people, 20 places, 10 issues and its
	// country, then the co-j's newest meetings, each with its far person
	// (two nodes, or one when the far person came already) until one
	// does not fit.
	if len(sg.Nodes) < 499 || len(sg.Nodes) > 500 || !sg.Truncated || sg.Nodes[0].ID != "person:hub" || sg.Nodes[422].Label != schema.LabelMeeting ||
		!strings.HasPrefix(sg.Nodes[422].ID, "meeting:co-") {
		b.Fatalf("Subgraph: %d nodes, truncated %v, first %v; want 499 or 500, truncated, from person:hub, the co-j's meetings from the 423rd", len(sg.Nodes), sg.Truncated, sg.Nodes[:min(len(sg.Nodes), 3)])
	}
	var calls []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := s.Subgraph(ctx, q); err != nil {
			b.Fatal(err)
		}
		calls = append(calls, time.Since(start))
	}
	slices.Sort(calls)
	b.ReportMetric(float64(calls[len(calls)/2].Microseconds())/1000, "p50-ms")
}

// PartyArchive is a graph for benchmarks of pages of parties' officials,
// shaped like the open corpus's archive: countries countries and orgs
// organisations (the corpus has about 6,600 of the two), and people
// people, each an official of one country for 3 or 15 years, and every
// third a member of one organisation too.
func PartyArchive(countries, orgs, people int) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "parties", Sentence: "p"}}
	g := schema.ArticleGraph{ArticleID: "parties"}
	for i := range countries {
		code := fmt.Sprintf("C%03d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: "country:" + code, Label: schema.LabelCountry, Name: fmt.Sprintf("Land %d", i),
			Props: map[string]string{schema.PropCode: code}})
	}
	for i := range orgs {
		g.Nodes = append(g.Nodes, schema.Node{ID: fmt.Sprintf("org:body-%d", i), Label: schema.LabelOrganization,
			Name: fmt.Sprintf("Body of Things %d", i), Aliases: []string{fmt.Sprintf("BOT%d", i)}})
	}
	for i := range people {
		id := fmt.Sprintf("person:official-%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelPerson, Name: fmt.Sprintf("Given%d Family%d", i, i%97)})
		e := schema.Edge{Type: schema.RelAffiliatedWith, From: id, To: fmt.Sprintf("country:C%03d", i%countries), Key: "Minister",
			Since: fmt.Sprintf("%d", 2000+i%25), Until: fmt.Sprintf("%d", 2000+i%25+3+12*(i%2)), Evidence: ev}
		g.Edges = append(g.Edges, e)
		if i%3 == 0 {
			g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: id, To: fmt.Sprintf("org:body-%d", i%orgs),
				Key: "Member", Evidence: ev})
		}
	}
	return g
}

// ArchiveActivity adds to g, a PartyArchive of people people, their
// meetings and articles: meetings meetings of two of them each, dated over
// ten years, and articles articles, each reporting one meeting and
// mentioning ten people (person:official-0 in every eighth).
func ArchiveActivity(g schema.ArticleGraph, people, meetings, articles int) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: g.ArticleID, Sentence: "a"}}
	edge := func(from, relType, to string) {
		g.Edges = append(g.Edges, schema.Edge{Type: relType, From: from, To: to, Evidence: ev})
	}
	person := func(i int) string { return fmt.Sprintf("person:official-%d", i%people) }
	date := func(i int) string { return fmt.Sprintf("%d-%02d-%02d", 2015+i%10, i%12+1, i%28+1) }
	for i := range meetings {
		id := fmt.Sprintf("meeting:bench-%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelMeeting, Name: id,
			Props: map[string]string{schema.PropDate: date(i), schema.PropKind: "meeting", schema.PropStatus: "held"}})
		edge(person(i), schema.RelAttended, id)
		edge(person(i*7+1), schema.RelAttended, id)
	}
	for j := range articles {
		id := fmt.Sprintf("article:bench-%d", j)
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelArticle, Name: id, Props: map[string]string{schema.PropDate: date(j)}})
		edge(id, schema.RelReports, fmt.Sprintf("meeting:bench-%d", j%meetings))
		for k := range 10 {
			if k == 0 && j%8 == 0 {
				edge(id, schema.RelMentions, person(0))
				continue
			}
			edge(id, schema.RelMentions, person(1+j*13+k*101))
		}
	}
	return g
}

// BenchmarkAnalystPages measures an analyst's pages over PartyArchive(250,
// 6350, 7000) with ArchiveActivity(7000, 5000, 4000), the open corpus's
// archive in size, as the API asks for them: 100 countries' officials
// (Country.officials, twenty of each and the total, as of a date: one
// Entities call with a query per country, naming it by id), the first 50
// people and 20 countries by meetings with a country's officials, in all
// and in one year (orderBy's from and to), and the first 100
// articles since a date that mention a person. The answers are checked
// once, before the loops.
func BenchmarkAnalystPages(b *testing.B, s schema.Store) {
	const countries, people = 250, 7000
	graphs := []schema.ArticleGraph{ArchiveActivity(PartyArchive(countries, 6350, people), people, 5000, 4000)}
	if err := s.WriteResolved(context.Background(), graphs, nil); err != nil {
		b.Fatalf("WriteResolved: %v", err)
	}
	officials := make([]schema.EntityQuery, 100)
	for i := range officials {
		officials[i] = schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{fmt.Sprintf("country:C%03d", i)}, AsOf: "2012-06-01"}
	}
	pages, err := s.Entities(context.Background(), officials, 0, 20)
	if err != nil {
		b.Fatalf("Entities: %v", err)
	}
	for i, p := range pages {
		want := 0
		for j := i; j < people; j += countries {
			if since := 2000 + j%25; since <= 2012 && since+3+12*(j%2) >= 2012 {
				want++
			}
		}
		if p.Total != want || len(p.Nodes) != min(want, 20) {
			b.Fatalf("country %d: %d officials of %d, want %d", i, len(p.Nodes), p.Total, want)
		}
	}
	for _, c := range []struct {
		name  string
		q     schema.EntityQuery
		limit int
	}{
		{"countries-officials", schema.EntityQuery{}, 20},
		{"people-by-meetings-with", schema.EntityQuery{Label: schema.LabelPerson, Order: schema.OrderMeetings, Desc: true, With: "C001"}, 50},
		// analyst45's 16: the same rankings by the meetings of a year.
		{"people-by-meetings-with-in-a-year", schema.EntityQuery{Label: schema.LabelPerson, Order: schema.OrderMeetings, Desc: true, With: "C001", From: "2020", To: "2020"}, 50},
		{"countries-by-meetings-with", schema.EntityQuery{Label: schema.LabelCountry, Order: schema.OrderMeetings, Desc: true, With: "C001"}, 20},
		{"countries-by-meetings-with-in-a-year", schema.EntityQuery{Label: schema.LabelCountry, Order: schema.OrderMeetings, Desc: true, With: "C001", From: "2020", To: "2020"}, 20},
		{"articles-mentioning", schema.EntityQuery{Label: schema.LabelArticle, Mentions: []string{"person:official-0"}, From: "2020"}, 100},
	} {
		queries := officials
		if c.q.Label != "" {
			queries = []schema.EntityQuery{c.q}
			pages, err := s.Entities(context.Background(), queries, 0, c.limit)
			if err != nil || pages[0].Total < c.limit {
				b.Fatalf("%s: %v, total %d, want at least %d", c.name, err, pages[0].Total, c.limit)
			}
		}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Entities(context.Background(), queries, 0, c.limit); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
