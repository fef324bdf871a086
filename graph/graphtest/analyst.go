package graphtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Scenarios of the analyst and visualisation queries: subgraph, timeline,
// relations, shortestPath and coParticipants.

type graphNode struct {
	ID         string
	Label      string
	Type       string
	Properties map[string]any
}

type graphEdge struct {
	ID         string
	Source     string
	Target     string
	Type       string
	Properties map[string]any
}

type subgraphResult struct {
	Nodes     []graphNode
	Edges     []graphEdge
	Truncated bool
}

func nodeIDs(nodes []graphNode) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

const subgraphQuery = `query($seeds: [ID!]!, $depth: Int, $limit: Int, $where: SubgraphWhere) {
	subgraph(seeds: $seeds, depth: $depth, limit: $limit, where: $where) {
		nodes { id label type properties } edges { id source target type properties } truncated } }`

func (a *apiClient) subgraph(t *testing.T, vars map[string]any) subgraphResult {
	t.Helper()
	var got struct{ Subgraph subgraphResult }
	a.query(t, subgraphQuery, vars, &got)
	return got.Subgraph
}

// xiJinping is the seed of the subgraph scenarios: the fixture's most
// connected person.
const xiJinping = "person:xi-jinping"

// testSubgraph runs the subgraph scenarios, each a named check; the first
// answer around Xi is read by the checks that only look at it.
func testSubgraph(t *testing.T, api *apiClient) {
	around := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}})
	t.Run("around Xi Jinping at depth 1: his meetings, who he met there, where, about what, and his country", func(t *testing.T) {
		checkSubgraphAroundXi(t, around)
	})
	t.Run("nodes and edges have the shapes graph libraries take", func(t *testing.T) {
		byID := checkNodeShapes(t, around.Nodes)
		checkEdgeShapes(t, around.Edges, byID)
	})
	t.Run("the same request gives the same answer", func(t *testing.T) {
		again := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}})
		if diff := cmp.Diff(around, again); diff != "" {
			t.Errorf("two answers differ (-first +second):\n%s", diff)
		}
	})
	t.Run("depth 2 reaches who his counterparts met, never through a country", func(t *testing.T) {
		checkSubgraphDepth2(t, api)
	})
	t.Run("degree: each node's edges in the whole graph, read in one store call for the answer", func(t *testing.T) {
		checkSubgraphDegree(t, api)
	})
	t.Run("limit keeps the nearest nodes and says it cut", func(t *testing.T) {
		checkSubgraphLimit(t, api, around)
	})
	t.Run("where leaves out meetings and people", func(t *testing.T) {
		checkSubgraphWhere(t, api)
	})
	t.Run("a country seed brings its officials; an article seed what it names", func(t *testing.T) {
		checkSubgraphOtherSeeds(t, api)
	})
	t.Run("without properties, and as elements: the same nodes and edges in the same order", func(t *testing.T) {
		checkSubgraphWithoutProperties(t, api)
	})
	t.Run("unknown seeds are NOT_FOUND; bad arguments refused", func(t *testing.T) {
		checkSubgraphBadSeedsAndArguments(t, api)
	})
}

// checkSubgraphAroundXi: depth 1 around Xi holds his meetings, the people
// he met there, where, about what and his country, and nothing two steps
// away (Macron met Kerry, not Xi; the US is his counterparts' country); the
// seed comes first, and the answer is whole.
func checkSubgraphAroundXi(t *testing.T, around subgraphResult) {
	have := nodeIDs(around.Nodes)
	for _, want := range []string{xiJinping, "person:antony-blinken", "person:joe-biden", "person:john-kerry", "person:vladimir-putin",
		meetingBlinken, meetingWoodside, "country:CN", "place:beijing", "issue:taiwan"} {
		if !slices.Contains(have, want) {
			t.Errorf("subgraph around Xi lacks %s: %v", want, have)
		}
	}
	for _, absent := range []string{"person:emmanuel-macron", "country:US", "article:a-blinken", "person:jens-stoltenberg"} {
		if slices.Contains(have, absent) {
			t.Errorf("subgraph around Xi at depth 1 has %s", absent)
		}
	}
	if have[0] != xiJinping || around.Truncated {
		t.Errorf("seed first and not truncated: %v, truncated %v", have[:1], around.Truncated)
	}
}

// checkNodeShapes: every node has the label, type and name a graph
// library draws, and a meeting's and a country's properties are theirs;
// it returns the nodes by id, for the edges' check.
func checkNodeShapes(t *testing.T, nodes []graphNode) map[string]graphNode {
	byID := map[string]graphNode{}
	for _, n := range nodes {
		byID[n.ID] = n
		if n.Label == "" || n.Type == "" || n.Properties["name"] == nil {
			t.Errorf("node %+v lacks label, type or name", n)
		}
	}
	if m := byID[meetingWoodside]; m.Type != "Meeting" || m.Properties["date"] != "2023-11-15" || m.Properties["kind"] != "meeting" || m.Properties["status"] != "held" {
		t.Errorf("meeting node = %+v", m)
	}
	if c := byID["country:CN"]; c.Type != "Country" || c.Label != "China" || c.Properties["code"] != "CN" {
		t.Errorf("country node = %+v", c)
	}
	return byID
}

// checkEdgeShapes: every edge joins two of the answer's nodes, once, and
// cites its evidence; among them are Xi's affiliation with its role and
// dates, an attendance and a place's country.
func checkEdgeShapes(t *testing.T, edges []graphEdge, byID map[string]graphNode) {
	seen := map[string]bool{}
	for _, e := range edges {
		if byID[e.Source].ID == "" || byID[e.Target].ID == "" {
			t.Errorf("edge %s joins a node the subgraph lacks", e.ID)
		}
		if seen[e.ID] {
			t.Errorf("edge %s twice", e.ID)
		}
		seen[e.ID] = true
		checkEdgeEvidence(t, e)
	}
	aff := "person:xi-jinping|AFFILIATED_WITH|country:CN|President"
	for _, e := range edges {
		if e.ID == aff && (e.Type != "AFFILIATED_WITH" || e.Source != xiJinping || e.Target != "country:CN" ||
			e.Properties["role"] != "President" || e.Properties["since"] == nil || e.Properties["until"] == nil) {
			t.Errorf("affiliation edge = %+v", e)
		}
	}
	if !seen[aff] || !seen["person:antony-blinken|ATTENDED|"+meetingBlinken] || !seen["place:beijing|IN|country:CN"] {
		t.Errorf("edges lack the affiliation, an attendance or a place's country: %v", seen)
	}
}

// checkEdgeEvidence: an edge's first evidence names its article and a
// sentence, so an analyst can check the edge.
func checkEdgeEvidence(t *testing.T, e graphEdge) {
	ev, _ := e.Properties["evidence"].([]any)
	if len(ev) == 0 {
		t.Errorf("edge %s has no evidence", e.ID)
	} else if first, _ := ev[0].(map[string]any); !strings.HasPrefix(fmt.Sprint(first["article"]), "article:") || first["sentence"] == "" {
		t.Errorf("edge %s evidence = %v", e.ID, ev[0])
	}
}

// checkSubgraphDepth2: two steps from Xi reach the people his
// counterparts met in meetings of their own (Macron, Stoltenberg) and a
// counterpart's country (the US), which depth 1 leaves out.
func checkSubgraphDepth2(t *testing.T, api *apiClient) {
	deeper := nodeIDs(api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "depth": 2}).Nodes)
	if !slices.Contains(deeper, "person:emmanuel-macron") || !slices.Contains(deeper, "person:jens-stoltenberg") || !slices.Contains(deeper, "country:US") {
		t.Errorf("depth 2 lacks Macron, Stoltenberg or the US: %v", deeper)
	}
}

// checkSubgraphLimit: a limit takes the seed, then his newest meeting
// first and each meeting whole, with every participant it has in the
// whole answer; it is the first nodes of the whole answer, and says it
// cut.
func checkSubgraphLimit(t *testing.T, api *apiClient, around subgraphResult) {
	newest := ""
	for _, n := range around.Nodes {
		if date, _ := n.Properties["date"].(string); n.Type == "Meeting" && (newest == "" || date > newest) {
			newest = date
		}
	}
	for _, limit := range []int{4, 6} {
		small := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "limit": limit})
		ids := nodeIDs(small.Nodes)
		if len(ids) < 2 || len(ids) > limit || !small.Truncated || ids[0] != xiJinping || small.Nodes[1].Type != "Meeting" {
			t.Fatalf("limit %d: %v truncated %v", limit, ids, small.Truncated)
		}
		if date := small.Nodes[1].Properties["date"]; date != newest {
			t.Errorf("limit %d: first meeting of %v, want his newest, of %s", limit, date, newest)
		}
		for _, e := range around.Edges {
			if e.Type == "ATTENDED" && slices.Contains(ids, e.Target) && !slices.Contains(ids, e.Source) {
				t.Errorf("limit %d kept %s without its participant %s", limit, e.Target, e.Source)
			}
		}
		if !slices.Equal(ids, nodeIDs(around.Nodes)[:len(ids)]) {
			t.Errorf("limit %d is not the first nodes of the whole: %v", limit, ids)
		}
	}
}

// checkSubgraphDegree: a node's degree counts its edges in the whole
// graph, so never fewer than the answer draws at it, and more at Xi,
// whom articles mention; one Degrees call reads every node's.
func checkSubgraphDegree(t *testing.T, api *apiClient) {
	api.store.take()
	var got struct {
		Subgraph struct {
			Nodes []struct {
				ID     string
				Degree int
			}
			Edges []struct{ Source, Target string }
		}
	}
	api.query(t, `query($seeds: [ID!]!) { subgraph(seeds: $seeds) { nodes { id degree } edges { source target } } }`,
		map[string]any{"seeds": []string{xiJinping}}, &got)
	calls := 0
	for _, c := range api.store.take() {
		if c.Method == "Degrees" {
			calls++
		}
	}
	if calls != 1 {
		t.Errorf("%d Degrees calls for one answer, want 1", calls)
	}
	drawn := map[string]int{}
	for _, e := range got.Subgraph.Edges {
		drawn[e.Source]++
		drawn[e.Target]++
	}
	if len(got.Subgraph.Nodes) < 5 {
		t.Fatalf("%d nodes: the check below would prove little", len(got.Subgraph.Nodes))
	}
	for _, n := range got.Subgraph.Nodes {
		if n.Degree < drawn[n.ID] || n.Degree == 0 {
			t.Errorf("%s: degree %d, with %d edges drawn", n.ID, n.Degree, drawn[n.ID])
		}
		if n.ID == xiJinping && n.Degree <= drawn[n.ID] {
			t.Errorf("Xi's degree %d counts only the %d edges drawn, not the articles that mention him", n.Degree, drawn[n.ID])
		}
	}
}

// checkSubgraphWhere: the filter of meetings leaves out the meetings of
// another kind or before a date, and the filter of countries the people
// of another country, that country, and the meetings none of its
// officials attended.
func checkSubgraphWhere(t *testing.T, api *apiClient) {
	calls := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "where": map[string]any{"kinds": []string{"CALL"}}})
	var meetings []string
	for _, n := range calls.Nodes {
		if n.Type == "Meeting" {
			meetings = append(meetings, n.ID)
		}
	}
	if !slices.Equal(meetings, []string{meetingCall}) {
		t.Errorf("kinds [CALL]: meetings %v", meetings)
	}
	dated := nodeIDs(api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "where": map[string]any{"from": "2024"}}).Nodes)
	if slices.Contains(dated, meetingWoodside) || !slices.Contains(dated, meetingLima) {
		t.Errorf("from 2024: %v", dated)
	}
	us := api.subgraph(t, map[string]any{"seeds": []string{xiJinping}, "where": map[string]any{"countries": []string{"US"}}})
	have := nodeIDs(us.Nodes)
	if !slices.Contains(have, xiJinping) || !slices.Contains(have, "person:antony-blinken") ||
		slices.Contains(have, "person:vladimir-putin") || slices.Contains(have, "country:CN") {
		t.Errorf("countries [US]: %v", have)
	}
	// A meeting no US official attended goes too: it kept Xi's with Putin
	// in Moscow, without its participants, as if Xi had met no one.
	if slices.Contains(have, meetingMoscow) || !slices.Contains(have, meetingWoodside) {
		t.Errorf("countries [US]: meetings of %v", have)
	}
}

// checkSubgraphOtherSeeds: an organisation's seed brings its officials,
// and an article's the meeting, people, issue and place it names.
func checkSubgraphOtherSeeds(t *testing.T, api *apiClient) {
	nato := nodeIDs(api.subgraph(t, map[string]any{"seeds": []string{"org:nato"}}).Nodes)
	if !slices.Equal(nato, []string{"org:nato", "person:jens-stoltenberg"}) {
		t.Errorf("around NATO: %v", nato)
	}
	article := nodeIDs(api.subgraph(t, map[string]any{"seeds": []string{"article:a-woodside-2"}}).Nodes)
	for _, want := range []string{"article:a-woodside-2", meetingWoodside, "person:joe-biden", "person:xi-jinping", "issue:fentanyl", "place:woodside"} {
		if !slices.Contains(article, want) {
			t.Errorf("around an article: %v lacks %s", article, want)
		}
	}
}

// subgraphNode and subgraphEdge are a node and an edge without their
// properties, and subgraphShape an answer of them, as a client that asks
// no properties, or the elements, reads it.
type (
	subgraphNode  struct{ ID, Label, Type string }
	subgraphEdge  struct{ ID, Source, Target, Type string }
	subgraphShape struct {
		Nodes []subgraphNode
		Edges []subgraphEdge
	}
)

// shapeOf is an answer without its properties.
func shapeOf(full subgraphResult) subgraphShape {
	var s subgraphShape
	for _, n := range full.Nodes {
		s.Nodes = append(s.Nodes, subgraphNode{n.ID, n.Label, n.Type})
	}
	for _, e := range full.Edges {
		s.Edges = append(s.Edges, subgraphEdge{e.ID, e.Source, e.Target, e.Type})
	}
	return s
}

// checkSubgraphWithoutProperties: asked without properties, and as
// elements, depth 2 around Xi gives the same nodes and edges in the same
// order, and the same truncation, as asked with them.
func checkSubgraphWithoutProperties(t *testing.T, api *apiClient) {
	vars := map[string]any{"seeds": []string{xiJinping}, "depth": 2}
	full := api.subgraph(t, vars)
	want := shapeOf(full)
	if len(want.Nodes) < 10 || len(want.Edges) < 10 {
		t.Fatalf("depth 2 around Xi: %d nodes, %d edges: too few to compare", len(want.Nodes), len(want.Edges))
	}
	var got struct {
		Subgraph struct {
			Nodes     []subgraphNode
			Edges     []subgraphEdge
			Elements  subgraphShape
			Truncated bool
		}
	}
	api.query(t, `query($seeds: [ID!]!, $depth: Int) { subgraph(seeds: $seeds, depth: $depth) {
			nodes { id label type } edges { id source target type } elements truncated } }`, vars, &got)
	if diff := cmp.Diff(want, subgraphShape{got.Subgraph.Nodes, got.Subgraph.Edges}); diff != "" {
		t.Errorf("without properties (-with +without):\n%s", diff)
	}
	if diff := cmp.Diff(want, got.Subgraph.Elements); diff != "" {
		t.Errorf("elements (-nodes and edges +elements):\n%s", diff)
	}
	if got.Subgraph.Truncated != full.Truncated {
		t.Errorf("truncated %v, without properties %v", full.Truncated, got.Subgraph.Truncated)
	}
}

// checkSubgraphBadSeedsAndArguments: a seed the graph lacks is NOT_FOUND,
// naming it, alone or beside a known one (it was ignored, and a typo read
// as a node without neighbours), and so is a country of where.countries;
// seeds beyond the limit are no such seeds;
// a depth or limit out of range is refused, and so are no seeds at all
// (analyst43: an empty graph, read as a node without neighbours).
func checkSubgraphBadSeedsAndArguments(t *testing.T, api *apiClient) {
	for _, seeds := range [][]string{{"person:nobody"}, {xiJinping, "person:nobody"}} {
		resp := api.post(t, subgraphQuery, map[string]any{"seeds": seeds})
		expectCode(t, resp, "NOT_FOUND")
		if want := `"person:nobody" (seeds[` + fmt.Sprint(len(seeds)-1) + `])`; len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, want) {
			t.Errorf("seeds %v: %s; want an error naming %s", seeds, resp.Body, want)
		}
	}
	typo := api.post(t, subgraphQuery, map[string]any{"seeds": []string{xiJinping}, "where": map[string]any{"countries": []string{"US", "Chna"}}})
	expectCode(t, typo, "NOT_FOUND")
	if want := `"Chna" (where.countries[1])`; len(typo.Errors) == 0 || !strings.Contains(typo.Errors[0].Message, want) || strings.Contains(typo.Errors[0].Message, `"US"`) {
		t.Errorf("countries [US, Chna]: %s; want an error naming %s alone", typo.Body, want)
	}
	cut := api.subgraph(t, map[string]any{"seeds": []string{xiJinping, "person:antony-blinken"}, "limit": 1})
	if !cut.Truncated || len(cut.Nodes) != 1 {
		t.Errorf("two known seeds, limit 1: %+v", cut)
	}
	expectCode(t, api.post(t, subgraphQuery, map[string]any{"seeds": []string{xiJinping}, "depth": 4}), "INVALID_ARGUMENT")
	expectCode(t, api.post(t, subgraphQuery, map[string]any{"seeds": []string{xiJinping}, "limit": 0}), "INVALID_ARGUMENT")
	if e := expectCode(t, api.post(t, subgraphQuery, map[string]any{"seeds": []string{}}), "INVALID_ARGUMENT"); !strings.Contains(e.Message, "seeds") {
		t.Errorf("no seeds: %q, want a message naming seeds", e.Message)
	}
}

func testTimeline(t *testing.T, api *apiClient) {
	type item struct {
		Date     *string
		Kind     string
		Meeting  *identified
		Article  *identified
		Sentence *string
	}
	const q = `query($id: ID!, $from: Date, $to: Date, $first: Int) { timeline(id: $id, from: $from, to: $to, first: $first) {
		date kind meeting { id } article { id } sentence } }`
	get := func(t *testing.T, vars map[string]any) []item {
		var got struct{ Timeline []item }
		api.query(t, q, vars, &got)
		return got.Timeline
	}
	show := func(items []item) []string {
		var out []string
		for _, it := range items {
			x := deref(it.Date) + " " + it.Kind
			if it.Meeting != nil {
				x += " " + it.Meeting.ID
			}
			if it.Article != nil {
				x += " " + it.Article.ID
				if it.Sentence == nil || *it.Sentence == "" {
					x += " (no sentence)"
				}
			}
			out = append(out, x)
		}
		return out
	}

	t.Run("a month of Xi Jinping's", func(t *testing.T) {
		want := []string{"2023-11-15 MEETING " + meetingWoodside, "2023-11-16 MENTION article:a-woodside", "2023-11-17 MENTION article:a-woodside-2"}
		if have := show(get(t, map[string]any{"id": "person:xi-jinping", "from": "2023-11", "to": "2023-11"})); !slices.Equal(have, want) {
			t.Errorf("got %q\nwant %q", have, want)
		}
	})
	t.Run("all of it, oldest first", func(t *testing.T) {
		all := get(t, map[string]any{"id": "person:xi-jinping"})
		var meetings int
		for i, it := range all {
			if i > 0 && deref(all[i-1].Date) > deref(it.Date) {
				t.Errorf("out of order at %d: %s after %s", i, deref(it.Date), deref(all[i-1].Date))
			}
			if it.Kind == "MEETING" {
				meetings++
			}
		}
		if meetings != 8 || show(all)[0] != "2011-08-18 MEETING "+meeting2011 {
			t.Errorf("Xi's timeline: %d meetings, first %q", meetings, show(all)[:1])
		}
		two := get(t, map[string]any{"id": "person:xi-jinping", "first": 2})
		if !slices.Equal(show(two), show(all)[:2]) {
			t.Errorf("first 2 = %q", show(two))
		}
	})
	// analyst45's 9: a timeline stopped at 500 items with no way on.
	t.Run("pages read by their last item's cursor join to the whole", func(t *testing.T) {
		const paged = `query($id: ID!, $from: Date, $after: String) { timeline(id: $id, from: $from, first: 3, after: $after) {
			date kind meeting { id } article { id } sentence cursor } }`
		for _, vars := range []map[string]any{{"id": "person:xi-jinping"}, {"id": "country:US", "from": "2015"}} {
			var all struct{ Timeline []item }
			api.query(t, q, vars, &all)
			var joined []item
			var pages int
			for after := any(nil); ; pages++ {
				var got struct {
					Timeline []struct {
						item
						Cursor string
					}
				}
				vars["after"] = after
				api.query(t, paged, vars, &got)
				if len(got.Timeline) == 0 || pages > 10 {
					break
				}
				for _, it := range got.Timeline {
					joined = append(joined, it.item)
				}
				after = got.Timeline[len(got.Timeline)-1].Cursor
			}
			if len(all.Timeline) <= 3 || !slices.Equal(show(joined), show(all.Timeline)) || pages != (len(all.Timeline)+2)/3 {
				t.Errorf("%v: %d pages of 3 joined to\n %q\nwant the whole (%d items)\n %q", vars["id"], pages, show(joined), len(all.Timeline), show(all.Timeline))
			}
		}
	})
	// explorer46: a busy node's undated meetings lay past its mentions.
	t.Run("kinds keeps only those kinds, in the timeline's order, and pages by cursor", func(t *testing.T) {
		const kinded = `query($id: ID!, $kinds: [TimelineKind!], $first: Int, $after: String) {
			timeline(id: $id, kinds: $kinds, first: $first, after: $after) { date kind meeting { id } article { id } sentence cursor } }`
		type cursored struct {
			item
			Cursor string
		}
		read := func(t *testing.T, vars map[string]any) []cursored {
			var got struct{ Timeline []cursored }
			api.query(t, kinded, vars, &got)
			return got.Timeline
		}
		for _, id := range []string{"person:xi-jinping", "country:US"} {
			all := get(t, map[string]any{"id": id, "first": 500})
			for _, kind := range []string{"MEETING", "MENTION"} {
				var want []item
				for _, it := range all {
					if it.Kind == kind {
						want = append(want, it)
					}
				}
				var got, joined []item
				for _, it := range read(t, map[string]any{"id": id, "kinds": []string{kind}, "first": 500}) {
					got = append(got, it.item)
				}
				for after := any(nil); len(joined) <= len(want); {
					page := read(t, map[string]any{"id": id, "kinds": []string{kind}, "first": 2, "after": after})
					if len(page) == 0 {
						break
					}
					for _, it := range page {
						joined = append(joined, it.item)
					}
					after = page[len(page)-1].Cursor
				}
				if len(want) == 0 || !slices.Equal(show(got), show(want)) || !slices.Equal(show(joined), show(want)) {
					t.Errorf("%s's %s items:\n %q\nin pages of 2:\n %q\nwant those of the whole:\n %q", id, kind, show(got), show(joined), show(want))
				}
			}
			var both []item
			for _, it := range read(t, map[string]any{"id": id, "kinds": []string{"MENTION", "MEETING"}, "first": 500}) {
				both = append(both, it.item)
			}
			if !slices.Equal(show(both), show(all)) {
				t.Errorf("%s, both kinds: %q, want the whole", id, show(both))
			}
		}
		// A cursor holds its list's kinds: one of meetings only is not one of the whole.
		page := read(t, map[string]any{"id": "person:xi-jinping", "kinds": []string{"MEETING"}, "first": 1})
		expectCode(t, api.post(t, kinded, map[string]any{"id": "person:xi-jinping", "after": page[0].Cursor}), "INVALID_ARGUMENT")
	})
	t.Run("a meeting's firstReported is the earliest date of the articles that report it", func(t *testing.T) {
		var got struct {
			Meetings struct {
				Nodes []struct {
					ID            string
					Date          *string
					FirstReported *string
					Sources       []struct{ Article struct{ Date *string } }
				}
			}
		}
		api.query(t, `{ meetings(first: 100) { nodes { id date firstReported sources { article { date } } } } }`, nil, &got)
		var several int
		for _, m := range got.Meetings.Nodes {
			want, dates := "", map[string]bool{}
			for _, s := range m.Sources {
				if d := deref(s.Article.Date); d != "" {
					dates[d] = true
					if want == "" || d < want {
						want = d
					}
				}
			}
			if deref(m.FirstReported) != want || (want == "") != (m.FirstReported == nil) {
				t.Errorf("%s: firstReported %q, want %q (its sources' dates %v)", m.ID, deref(m.FirstReported), want, dates)
			}
			if len(dates) > 1 {
				several++
			}
		}
		if several == 0 {
			t.Errorf("no meeting reported on several dates: the test shows too little")
		}
	})
	t.Run("a cursor of another timeline or list is INVALID_ARGUMENT", func(t *testing.T) {
		var xi struct{ Timeline []struct{ Cursor string } }
		api.query(t, `{ timeline(id: "person:xi-jinping", first: 2) { cursor } }`, nil, &xi)
		var meetings struct {
			Meetings struct{ PageInfo struct{ EndCursor string } }
		}
		api.query(t, `{ meetings(first: 2) { pageInfo { endCursor } } }`, nil, &meetings)
		const paged = `query($id: ID!, $from: Date, $after: String) { timeline(id: $id, from: $from, after: $after) { date } }`
		for _, c := range []struct {
			name string
			vars map[string]any
		}{
			{"another node's", map[string]any{"id": "person:joe-biden", "after": xi.Timeline[1].Cursor}},
			{"the same node's from another date", map[string]any{"id": "person:xi-jinping", "from": "2015", "after": xi.Timeline[1].Cursor}},
			{"a list's", map[string]any{"id": "person:xi-jinping", "after": meetings.Meetings.PageInfo.EndCursor}},
		} {
			if e := expectCode(t, api.post(t, paged, c.vars), "INVALID_ARGUMENT"); !strings.Contains(e.Message, "is of another list") {
				t.Errorf("%s cursor: %q, want it to say the cursor is of another list", c.name, e.Message)
			}
		}
		var again struct{ Timeline []struct{ Date *string } }
		api.query(t, paged, map[string]any{"id": "person:xi-jinping", "after": xi.Timeline[1].Cursor}, &again)
		if len(again.Timeline) == 0 {
			t.Errorf("the same timeline's cursor read nothing after it")
		}
	})
	t.Run("a place's meetings", func(t *testing.T) {
		want := []string{"2023-11-15 MEETING " + meetingWoodside, "2023-11-16 MENTION article:a-woodside", "2023-11-17 MENTION article:a-woodside-2"}
		if have := show(get(t, map[string]any{"id": "place:woodside"})); !slices.Equal(have, want) {
			t.Errorf("got %q\nwant %q", have, want)
		}
	})
	t.Run("an unknown node is NOT_FOUND", func(t *testing.T) {
		if e := expectCode(t, api.post(t, q, map[string]any{"id": "person:nobody"}), "NOT_FOUND"); !strings.Contains(e.Message, `"person:nobody" (id)`) {
			t.Errorf("timeline of an unknown node: %q, want it to name the id and its argument", e.Message)
		}
		expectCode(t, api.post(t, q, map[string]any{"id": "person:xi-jinping", "first": 501}), "INVALID_ARGUMENT")
	})
}

func testCoParticipants(t *testing.T, api *apiClient) {
	const q = `query($id: ID!, $from: Date) { coParticipants(id: $id, from: $from) { person { id name } count first last } }`
	var got struct {
		CoParticipants []struct {
			Person      identified
			Count       int
			First, Last *string
		}
	}
	api.query(t, q, map[string]any{"id": "person:xi-jinping"}, &got)
	var have []string
	for _, c := range got.CoParticipants {
		have = append(have, fmt.Sprintf("%s %d %s..%s", c.Person.ID, c.Count, deref(c.First), deref(c.Last)))
	}
	want := []string{
		"person:joe-biden 4 2011-08-18..2024-11",
		"person:john-kerry 2 2015-09-25..2023-07-17",
		"person:antony-blinken 1 2023-06-19..2023-06-19",
		"person:vladimir-putin 1 2023-03..2023-03",
	}
	if !slices.Equal(have, want) {
		t.Errorf("got %q\nwant %q", have, want)
	}
	api.query(t, q, map[string]any{"id": "person:xi-jinping", "from": "2024"}, &got)
	if len(got.CoParticipants) != 1 || got.CoParticipants[0].Count != 2 {
		t.Errorf("from 2024: %+v", got.CoParticipants)
	}
	if e := expectCode(t, api.post(t, q, map[string]any{"id": "person:nobody"}), "NOT_FOUND"); !strings.Contains(e.Message, `"person:nobody" (id)`) {
		t.Errorf("an unknown person: %q, want it to name the id and its argument", e.Message)
	}
	expectCode(t, api.post(t, q, map[string]any{"id": "country:US"}), "INVALID_ARGUMENT")
}

func testShortestPath(t *testing.T, api *apiClient) {
	const q = `query($from: ID!, $to: ID!, $maxHops: Int) { shortestPath(from: $from, to: $to, maxHops: $maxHops) {
		length nodes { id type label } edges { id source target type properties } } }`
	type path struct {
		Length int
		Nodes  []graphNode
		Edges  []graphEdge
	}
	get := func(t *testing.T, vars map[string]any) *path {
		var got struct{ ShortestPath *path }
		api.query(t, q, vars, &got)
		return got.ShortestPath
	}
	p := get(t, map[string]any{"from": "person:antony-blinken", "to": "person:vladimir-putin"})
	want := []string{"person:antony-blinken", meetingBlinken, "person:xi-jinping", meetingMoscow, "person:vladimir-putin"}
	if p == nil || p.Length != 4 || !slices.Equal(nodeIDs(p.Nodes), want) || len(p.Edges) != 4 {
		t.Fatalf("Blinken to Putin = %+v, want %v", p, want)
	}
	if e := p.Edges[0]; e.Source != "person:antony-blinken" || e.Target != meetingBlinken || e.Type != "ATTENDED" {
		t.Errorf("first edge = %+v", e)
	}
	// Biden and Xi met five times: the least meeting id wins the tie.
	if p := get(t, map[string]any{"from": "person:joe-biden", "to": "person:xi-jinping"}); p == nil || p.Nodes[1].ID != meeting2011 {
		t.Errorf("Biden to Xi = %+v, want through %s", p, meeting2011)
	}
	// Within a window, the least of the meetings dated in it.
	const windowed = `query($from: ID!, $to: ID!, $where: PathWhere) { shortestPath(from: $from, to: $to, where: $where) { nodes { id } } }`
	for _, c := range []struct {
		where map[string]any
		want  string
	}{{map[string]any{"from": "2023"}, meetingWoodside}, {map[string]any{"from": "2024-01-01", "to": "2024-12"}, meetingCall}} {
		var got struct{ ShortestPath *path }
		api.query(t, windowed, map[string]any{"from": "person:joe-biden", "to": "person:xi-jinping", "where": c.where}, &got)
		if p := got.ShortestPath; p == nil || len(p.Nodes) != 3 || p.Nodes[1].ID != c.want {
			t.Errorf("Biden to Xi within %v = %+v, want through %s", c.where, p, c.want)
		}
	}
	expectCode(t, api.post(t, windowed, map[string]any{"from": "person:joe-biden", "to": "person:xi-jinping",
		"where": map[string]any{"from": "2023", "to": "2022"}}), "INVALID_ARGUMENT")
	if p := get(t, map[string]any{"from": "person:antony-blinken", "to": "person:vladimir-putin", "maxHops": 3}); p != nil {
		t.Errorf("within 3 hops: %+v, want null", p)
	}
	for _, tt := range []struct{ from, to, want string }{
		{"person:nobody", "person:xi-jinping", `"person:nobody" (from)`},
		{"person:xi-jinping", "person:nobody", `"person:nobody" (to)`},
	} {
		// The error names the argument to fix (analyst43: it named the id alone).
		if e := expectCode(t, api.post(t, q, map[string]any{"from": tt.from, "to": tt.to}), "NOT_FOUND"); !strings.Contains(e.Message, tt.want) {
			t.Errorf("shortestPath(from: %q, to: %q): %q, want it to name %s", tt.from, tt.to, e.Message, tt.want)
		}
	}
	expectCode(t, api.post(t, q, map[string]any{"from": "person:joe-biden", "to": "person:xi-jinping", "maxHops": 7}), "INVALID_ARGUMENT")
}

func testRelations(t *testing.T, api *apiClient) {
	const q = `query($a: String!, $b: String!, $from: Date, $to: Date) { relations(countryA: $a, countryB: $b, from: $from, to: $to) {
		countryA { id name } countryB { id } totalCount
		months { month count meetings { id } pairs { a { id } b { id } count } issues { issue { id } count } } } }`
	type month struct {
		Month    string
		Count    int
		Meetings []identified
		Pairs    []struct {
			A, B  identified
			Count int
		}
		Issues []struct {
			Issue identified
			Count int
		}
	}
	var got struct {
		Relations struct {
			CountryA   struct{ ID, Name string }
			CountryB   identified
			TotalCount int
			Months     []month
		}
	}
	api.query(t, q, map[string]any{"a": "US", "b": "People's Republic of China"}, &got)
	r := got.Relations
	var months []string
	for _, m := range r.Months {
		months = append(months, fmt.Sprintf("%s:%d", m.Month, m.Count))
	}
	wantMonths := []string{"2011-08:1", "2015-09:1", "2023-06:1", "2023-07:1", "2023-11:1", "2024-04:1", "2024-11:1"}
	if r.CountryA.ID != "country:US" || r.CountryA.Name != "United States" || r.CountryB.ID != "country:CN" || r.TotalCount != 7 || !slices.Equal(months, wantMonths) {
		t.Fatalf("relations = %+v %+v %d %v", r.CountryA, r.CountryB, r.TotalCount, months)
	}
	nov := r.Months[4]
	if len(nov.Meetings) != 1 || nov.Meetings[0].ID != meetingWoodside || len(nov.Pairs) != 1 ||
		nov.Pairs[0].A.ID != "person:joe-biden" || nov.Pairs[0].B.ID != "person:xi-jinping" || nov.Pairs[0].Count != 1 {
		t.Errorf("November 2023 = %+v", nov)
	}
	var issues []string
	for _, is := range nov.Issues {
		issues = append(issues, fmt.Sprintf("%s:%d", is.Issue.ID, is.Count))
	}
	if !slices.Equal(issues, []string{"issue:fentanyl:1", "issue:taiwan:1"}) {
		t.Errorf("November 2023 issues = %v", issues)
	}

	api.query(t, q, map[string]any{"a": "China", "b": "US", "from": "2023", "to": "2023"}, &got)
	if got.Relations.TotalCount != 3 || got.Relations.Months[0].Pairs[0].A.ID != "person:xi-jinping" {
		t.Errorf("2023, sides swapped: %+v", got.Relations)
	}
	expectCode(t, api.post(t, q, map[string]any{"a": "US", "b": "Atlantis"}), "NOT_FOUND")
	testRelationsOfAPartyWithItself(t, api)
	testRelationsParticipants(t, api)
	testRelationsFirsts(t, api)
}

// relations of a country with itself answered month counts of every
// meeting its officials had, and pairs of an official with himself: two
// names of one country or organization (or sides that share one) are
// INVALID_ARGUMENT, naming it.
func testRelationsOfAPartyWithItself(t *testing.T, api *apiClient) {
	tests := []struct{ a, b, want string }{
		{"US", "US", `both "US"`},
		{"us", " US ", `both "us"`},
		{"US", "United States", "both name United States (country:US)"},
		{"country:CN", "People's Republic of China", "both name China (country:CN)"},
	}
	for _, tt := range tests {
		q := `{ relations(countryA: "` + tt.a + `", countryB: "` + tt.b + `") { totalCount months { month count pairs { count } } } }`
		e := expectCode(t, api.post(t, q, nil), "INVALID_ARGUMENT")
		if !strings.Contains(e.Message, tt.want) {
			t.Errorf("relations(%q, %q): message %q lacks %q", tt.a, tt.b, e.Message, tt.want)
		}
	}
}

// testRelationsFirsts checks the first arguments of a month's pairs and
// issues: each selection gets its own first, though the store is asked
// once for the most of them, through a variable too; and a first beyond
// the most is refused.
func testRelationsFirsts(t *testing.T, api *apiClient) {
	const q = `query($n: Int) { relations(countryA: "US", countryB: "CN", from: "2023-11", to: "2023-11") { months {
		all: issues(first: 100) { issue { id } } one: issues(first: $n) { issue { id } } byDefault: issues { issue { id } }
		pairs(first: $n) { count } noPairs: pairs(first: 0) { count } } } }`
	type issues []struct{ Issue identified }
	var got struct {
		Relations struct {
			Months []struct {
				All, One, ByDefault issues
				Pairs, NoPairs      []struct{ Count int }
			}
		}
	}
	ids := func(is issues) (out []string) {
		for _, i := range is {
			out = append(out, i.Issue.ID)
		}
		return out
	}
	for _, tc := range []struct {
		n     any
		one   []string
		pairs int
	}{
		{1, []string{"issue:fentanyl"}, 1},
		{0, nil, 0},
		{nil, []string{"issue:fentanyl", "issue:taiwan"}, 1}, // null: the most
	} {
		api.query(t, q, map[string]any{"n": tc.n}, &got)
		if len(got.Relations.Months) != 1 {
			t.Fatalf("first %v: months = %+v", tc.n, got.Relations.Months)
		}
		m := got.Relations.Months[0]
		both := []string{"issue:fentanyl", "issue:taiwan"}
		if !slices.Equal(ids(m.All), both) || !slices.Equal(ids(m.ByDefault), both) || !slices.Equal(ids(m.One), tc.one) ||
			len(m.Pairs) != tc.pairs || len(m.NoPairs) != 0 {
			t.Errorf("first %v: %+v", tc.n, m)
		}
	}
	expectCode(t, api.post(t, q, map[string]any{"n": 101}), "INVALID_ARGUMENT")
}

// testRelationsParticipants checks the participants of relations'
// meetings, which come with the relations answer, against those of the
// same meetings read on their own (from their ATTENDED edges).
func testRelationsParticipants(t *testing.T, api *apiClient) {
	const fields = `id name date kind status participants { name role person { id name } country { id } }`
	type meeting struct {
		ID, Name, Date, Kind, Status string
		Participants                 []struct {
			Name, Role string
			Person     struct{ ID, Name string }
			Country    identified
		}
	}
	// MeetingList's elements: the same meetings, with participants' ids and names.
	type listedMeeting struct {
		ID, Name, Date, Kind, Status string
		Participants                 []struct{ ID, Name string }
	}
	var rel struct {
		Relations struct {
			Months []struct {
				Meetings    []meeting
				MeetingList []listedMeeting
				None        []listedMeeting
			}
		}
	}
	api.query(t, `{ relations(countryA: "US", countryB: "CN") { months { meetings { `+fields+` } meetingList none: meetingList(first: 0) } } }`, nil, &rel)
	var listed []meeting
	for _, m := range rel.Relations.Months {
		listed = append(listed, m.Meetings...)
		var want []listedMeeting
		for _, x := range m.Meetings {
			l := listedMeeting{ID: x.ID, Name: x.Name, Date: x.Date, Kind: x.Kind, Status: x.Status}
			for _, p := range x.Participants {
				l.Participants = append(l.Participants, struct{ ID, Name string }{p.Person.ID, p.Name})
			}
			want = append(want, l)
		}
		if diff := cmp.Diff(want, m.MeetingList); diff != "" {
			t.Errorf("meetingList differs from meetings (-meetings +meetingList):\n%s", diff)
		}
		if len(m.None) != 0 {
			t.Errorf("meetingList(first: 0) = %+v", m.None)
		}
	}
	var own struct {
		Meetings struct{ Nodes []meeting }
	}
	api.query(t, `{ meetings(where: {countries: ["US", "CN"]}, orderBy: {field: DATE, direction: ASC}, first: 100) { nodes { `+fields+` } } }`, nil, &own)
	if diff := cmp.Diff(own.Meetings.Nodes, listed); diff != "" {
		t.Errorf("relations' meetings differ from the same meetings read on their own (-own +relations):\n%s", diff)
	}
	for _, m := range listed {
		if m.ID != meetingWoodside {
			continue
		}
		var who []string
		for _, p := range m.Participants {
			who = append(who, fmt.Sprintf("%s|%s|%s|%s|%s", p.Name, p.Role, p.Person.ID, p.Person.Name, p.Country.ID))
		}
		want := []string{"Joe Biden|President|person:joe-biden|Joe Biden|country:US", "Xi Jinping|President|person:xi-jinping|Xi Jinping|country:CN"}
		if !slices.Equal(who, want) {
			t.Errorf("Woodside's participants = %v, want %v", who, want)
		}
		return
	}
	t.Errorf("relations did not list %s: %+v", meetingWoodside, listed)
}
