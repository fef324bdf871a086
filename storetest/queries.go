package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsgraph/schema"
)

// The scenarios below cover the analyst and visualisation reads: meeting
// filters and orders beyond the first ones, entity lists with counts,
// one-step expansion, edges among nodes, timelines, co-participants,
// shortest paths and search over article text.

// extraReport is a third article that reports the Bali summit again, so
// that one meeting has two sources.
func extraReport() schema.ArticleGraph {
	return schema.ArticleGraph{ArticleID: "a3",
		Nodes: []schema.Node{
			{ID: "article:a3", Label: schema.LabelArticle, Name: "Bali summit recalled", Props: map[string]string{
				schema.PropTitle: "Bali summit recalled", schema.PropDate: "2023-01-05", schema.PropSource: "fixture",
				schema.PropText: "Biden and Xi met in Bali last November."}},
			{ID: mBidenXiBali, Label: schema.LabelMeeting, Name: "Joe Biden – Xi Jinping summit, 2022-11", Props: map[string]string{
				schema.PropKind: "summit", schema.PropDate: "2022-11", schema.PropStatus: "held"}},
		},
		Edges: []schema.Edge{{Type: schema.RelReports, From: "article:a3", To: mBidenXiBali,
			Evidence: []schema.Evidence{{ArticleID: "a3", Sentence: "Biden and Xi met in Bali last November."}}}},
	}
}

func testMeetingsMoreFilters(t *testing.T, s schema.Store) {
	write(t, s, append(Seed(), extraReport())...)
	tests := []struct {
		name   string
		filter schema.MeetingFilter
		want   []string
	}{
		{"every one of several participants", schema.MeetingFilter{Participants: []string{"Xi Jinping", "president biden"}}, []string{mBidenXiPlanned, mBidenXiBali}},
		{"participants who never met", schema.MeetingFilter{Participants: []string{"Wang Yi", "Xi Jinping"}}, nil},
		{"officials of every one of several countries", schema.MeetingFilter{Countries: []string{"US", "China"}}, []string{mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mBidenXiBali, mKerryXie}},
		{"a country no official served", schema.MeetingFilter{Countries: []string{"US", "TW"}}, nil},
		{"countries and a participant", schema.MeetingFilter{Participant: "Wang Yi", Countries: []string{"us"}}, []string{mBlinkenWang}},
		{"place by name", schema.MeetingFilter{Place: "Beijing"}, []string{mBlinkenXi}},
		{"place by id", schema.MeetingFilter{Place: "place:bali"}, []string{mBidenXiBali}},
		{"oldest first, undated last", schema.MeetingFilter{Ascending: true}, []string{mBidenXiBali, mBidenXiPlanned, mBlinkenWang, mBlinkenXi, mKerryXie}},
		{"most reported first, ties newest first", schema.MeetingFilter{Order: schema.MeetingsBySources}, []string{mBidenXiBali, mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mKerryXie}},
		{"least reported first, ties newest first", schema.MeetingFilter{Order: schema.MeetingsBySources, Ascending: true}, []string{mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mKerryXie, mBidenXiBali}},
		{"ids and a participant", schema.MeetingFilter{IDs: []string{mBlinkenXi, mBlinkenWang}, Participant: "Xi Jinping"}, []string{mBlinkenXi}},
		{"issue and place", schema.MeetingFilter{Issue: "taiwan", Place: "Bali"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, total := meetings(t, s, tt.filter, 0, 50)
			if got := ids(page); !slices.Equal(got, tt.want) || total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, total, tt.want)
			}
		})
	}

	t.Run("pages for many filters in one call", func(t *testing.T) {
		filters := []schema.MeetingFilter{
			{Participant: "person:xi-jinping"},
			{Participant: "person:joe-biden", Ascending: true},
			{Participant: "person:nobody"},
			{Place: "place:beijing"},
			{Order: schema.MeetingsBySources},
		}
		pages, err := s.MeetingPages(context.Background(), filters, 1, 2)
		if err != nil {
			t.Fatal(err)
		}
		want := []struct {
			total int
			ids   []string
		}{
			{3, []string{mBidenXiPlanned, mBidenXiBali}},
			{2, []string{mBidenXiPlanned}},
			{0, nil},
			{1, nil},
			{5, []string{mBlinkenXi, mBlinkenWang}},
		}
		if len(pages) != len(want) {
			t.Fatalf("%d pages for %d filters", len(pages), len(want))
		}
		for i, w := range want {
			if got := ids(pages[i].Nodes); pages[i].Total != w.total || !slices.Equal(got, w.ids) {
				t.Errorf("filter %d: %v (total %d), want %v (total %d)", i, got, pages[i].Total, w.ids, w.total)
			}
		}
	})
}

func testEntities(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	const (
		blinken, xi, wang, biden, kerry, xie = "person:antony-blinken", "person:xi-jinping", "person:wang-yi",
			"person:joe-biden", "person:john-kerry", "person:xie-zhenhua"
	)
	tests := []entityCase{
		{"people by name", schema.EntityQuery{Label: schema.LabelPerson}, []string{blinken, biden, kerry, wang, xi, xie}, nil},
		{"people by name, reversed", schema.EntityQuery{Label: schema.LabelPerson, Desc: true}, []string{xie, xi, wang, kerry, biden, blinken}, nil},
		{"people by words of a name", schema.EntityQuery{Label: schema.LabelPerson, Name: "xi"}, []string{xi, xie}, nil},
		{"people by words of an alias", schema.EntityQuery{Label: schema.LabelPerson, Name: "Secretary Bli"}, []string{blinken}, nil},
		{"people by ids", schema.EntityQuery{Label: schema.LabelPerson, IDs: []string{xi, "person:nobody", blinken}}, []string{blinken, xi}, nil},
		{"officials of a country", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"CN"}}, []string{wang, xi, xie}, nil},
		{"officials of either of two countries", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"country:CN", "United States"}, Name: "j"}, []string{biden, kerry, xi}, nil},
		{"officials as of a day", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, AsOf: "2023-06-19"}, []string{blinken, biden}, nil},
		{"officials as of a year", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, AsOf: "2021"}, []string{kerry}, nil},
		{"officials among ids as of a year", schema.EntityQuery{Label: schema.LabelPerson, IDs: []string{blinken, kerry, xie}, Parties: []string{"US"}, AsOf: "2021"}, []string{kerry}, nil},
		{"officials among ids", schema.EntityQuery{Label: schema.LabelPerson, IDs: []string{blinken, xie}, Parties: []string{"US"}}, []string{blinken}, nil},
		{"anyone affiliated as of a month", schema.EntityQuery{Label: schema.LabelPerson, AsOf: "2021-04"}, []string{kerry, xie}, nil},
		// analyst45: "who was the US Secretary of Defense on 2022-01-01" read 476 officials' roles in five pages.
		{"people by words of a role", schema.EntityQuery{Label: schema.LabelPerson, Role: "special envoy"}, []string{kerry, xie}, nil},
		{"people by the start of a role's word", schema.EntityQuery{Label: schema.LabelPerson, Role: "Dipl"}, []string{wang}, nil},
		{"officials of a country by role", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, Role: "President"}, []string{biden}, nil},
		{"officials by role as of a day", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"United States"}, AsOf: "2023-06-19", Role: "Secretary"}, []string{blinken}, nil},
		{"the role and the date of one affiliation", schema.EntityQuery{Label: schema.LabelPerson, AsOf: "2023-06-19", Role: "Special Envoy"}, nil, nil},
		{"the role and the party of one affiliation", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"CN"}, Role: "Secretary"}, nil, nil},
		// Question 16: a listed office holder's affiliation is held by its term of office (schema.Terms), others by
		// their attested span. Biden's and Blinken's are attested on 2023-06-19 alone.
		{"officials as of a day by a closed term", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, AsOf: "2022-01-10",
			Terms: schema.Terms{Closed: []string{schema.TermKey(biden, "country:US", "President")}}}, []string{biden}, nil},
		{"a term of another office holds nothing", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, AsOf: "2022-01-10",
			Terms: schema.Terms{Closed: []string{schema.TermKey(biden, "country:US", "Vice President"), schema.TermKey(biden, "country:CN", "President")}}}, nil, nil},
		{"an open term holds to the latest attested date", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, AsOf: "2022-01",
			Terms: schema.Terms{Open: []string{schema.TermKey(blinken, "country:US", "Secretary of State")}}}, []string{blinken}, nil},
		{"an open term holds nothing after it", schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{"US"}, AsOf: "2024-01-10",
			Terms: schema.Terms{Open: []string{schema.TermKey(blinken, "country:US", "Secretary of State")}}}, nil, nil},
		{"anyone affiliated as of a month, by term or attested", schema.EntityQuery{Label: schema.LabelPerson, AsOf: "2021-04",
			Terms: schema.Terms{Closed: []string{schema.TermKey(biden, "country:US", "President")}}}, []string{biden, kerry, xie}, nil},
		{"people by meetings", schema.EntityQuery{Label: schema.LabelPerson, Order: schema.OrderMeetings, Desc: true},
			[]string{xi, blinken, biden, kerry, wang, xie}, []int{3, 2, 2, 1, 1, 1}},
		{"people by meetings with officials of a country none served", schema.EntityQuery{Label: schema.LabelPerson, Order: schema.OrderMeetings, Desc: true, With: "Taiwan"},
			[]string{blinken, biden, kerry, wang, xi, xie}, []int{0, 0, 0, 0, 0, 0}},
		{"people by meetings with officials of China, China's own left out", schema.EntityQuery{Label: schema.LabelPerson, Order: schema.OrderMeetings, Desc: true, With: "PRC"},
			[]string{blinken, biden, kerry}, []int{2, 2, 1}},
		{"countries by meetings", schema.EntityQuery{Label: schema.LabelCountry, Order: schema.OrderMeetings, Desc: true},
			[]string{"country:CN", "country:US", "country:ID", "country:TW"}, []int{5, 5, 0, 0}},
		{"countries by meetings with China, China left out", schema.EntityQuery{Label: schema.LabelCountry, Order: schema.OrderMeetings, Desc: true, With: "PRC"},
			[]string{"country:US", "country:ID", "country:TW"}, []int{5, 0, 0}},
		{"countries by officials as of a day", schema.EntityQuery{Label: schema.LabelCountry, Order: schema.OrderOfficials, AsOf: "2023-06-19"},
			[]string{"country:ID", "country:TW", "country:CN", "country:US"}, []int{0, 0, 2, 2}},
		{"countries by officials as of a day by term", schema.EntityQuery{Label: schema.LabelCountry, Order: schema.OrderOfficials, AsOf: "2022-01-10",
			Terms: schema.Terms{Closed: []string{schema.TermKey(biden, "country:US", "President"), schema.TermKey(xi, "country:CN", "President")}}},
			[]string{"country:ID", "country:TW", "country:CN", "country:US"}, []int{0, 0, 1, 1}},
		{"countries by name", schema.EntityQuery{Label: schema.LabelCountry}, []string{"country:CN", "country:ID", "country:TW", "country:US"}, nil},
		{"places in a country", schema.EntityQuery{Label: schema.LabelPlace, Parties: []string{"China"}}, []string{"place:beijing"}, nil},
		{"places by meetings", schema.EntityQuery{Label: schema.LabelPlace, Order: schema.OrderMeetings, Desc: true},
			[]string{"place:bali", "place:beijing", "place:great-hall-of-the-people"}, []int{1, 1, 0}},
		{"issues by words", schema.EntityQuery{Label: schema.LabelIssue, Name: "military"}, []string{"issue:military-communications"}, nil},
		{"issues by meetings", schema.EntityQuery{Label: schema.LabelIssue, Order: schema.OrderMeetings, Desc: true},
			[]string{"issue:military-communications", "issue:taiwan"}, []int{1, 1}},
		{"articles newest first", schema.EntityQuery{Label: schema.LabelArticle, Desc: true}, []string{"article:a1", "article:a2"}, nil},
		{"articles by title", schema.EntityQuery{Label: schema.LabelArticle, Order: schema.OrderTitle}, []string{"article:a1", "article:a2"}, nil},
		{"articles that mention", schema.EntityQuery{Label: schema.LabelArticle, Mentions: []string{xi, "issue:taiwan"}}, []string{"article:a1"}, nil},
		{"articles that report a meeting", schema.EntityQuery{Label: schema.LabelArticle, Mentions: []string{mKerryXie}}, []string{"article:a2"}, nil},
		{"articles that mention a node no article mentions", schema.EntityQuery{Label: schema.LabelArticle, Mentions: []string{xi, "person:nobody"}}, nil, nil},
		{"articles that mention first a node no article mentions", schema.EntityQuery{Label: schema.LabelArticle, Mentions: []string{"person:nobody", xi}}, nil, nil},
		{"articles in a date range", schema.EntityQuery{Label: schema.LabelArticle, From: "2021", To: "2022"}, []string{"article:a2"}, nil},
		{"articles from a month", schema.EntityQuery{Label: schema.LabelArticle, From: "2023-06", Desc: true}, []string{"article:a1"}, nil},
		{"articles from a day after the last", schema.EntityQuery{Label: schema.LabelArticle, From: "2023-06-20"}, nil, nil},
		{"articles up to a year", schema.EntityQuery{Label: schema.LabelArticle, To: "2021", Desc: true}, []string{"article:a2"}, nil},
		{"articles up to a month, newest first", schema.EntityQuery{Label: schema.LabelArticle, To: "2023-06", Desc: true}, []string{"article:a1", "article:a2"}, nil},
		{"articles of a month that mention", schema.EntityQuery{Label: schema.LabelArticle, From: "2023-06", To: "2023-06", Mentions: []string{xi}}, []string{"article:a1"}, nil},
		{"articles of a source", schema.EntityQuery{Label: schema.LabelArticle, Source: "seed"}, []string{"article:a1"}, nil},
	}
	checkEntityPages(t, s, tests)

	t.Run("article pages with and without mentions in one call", func(t *testing.T) {
		pages, err := s.Entities(context.Background(), []schema.EntityQuery{
			{Label: schema.LabelArticle, Mentions: []string{mKerryXie}},
			{Label: schema.LabelArticle},
			{Label: schema.LabelArticle, Mentions: []string{xi, "issue:taiwan"}},
		}, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"article:a2"}, {"article:a2", "article:a1"}, {"article:a1"}}
		for i, p := range pages {
			if got := ids(p.Nodes); !slices.Equal(got, want[i]) || p.Total != len(want[i]) {
				t.Errorf("page %d: %v (total %d), want %v", i, got, p.Total, want[i])
			}
		}
	})

	t.Run("pages of several labels in one call", func(t *testing.T) {
		pages, err := s.Entities(context.Background(), []schema.EntityQuery{
			{Label: schema.LabelPerson, Parties: []string{"country:US"}},
			{Label: schema.LabelPerson, Parties: []string{"country:CN"}},
			{Label: schema.LabelCountry, Order: schema.OrderMeetings, Desc: true},
			{Label: schema.LabelPerson, Parties: []string{"country:TW"}},
		}, 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprint(ids(pages[0].Nodes), pages[0].Total, ids(pages[1].Nodes), pages[1].Total,
			ids(pages[2].Nodes), pages[2].Counts, pages[2].Total, ids(pages[3].Nodes), pages[3].Total)
		want := fmt.Sprint([]string{biden}, 3, []string{xi}, 3, []string{"country:US"}, []int{5}, 4, []string(nil), 0)
		if got != want {
			t.Errorf("got %s, want %s", got, want)
		}
		totals, err := s.Entities(context.Background(), []schema.EntityQuery{{Label: schema.LabelIssue}}, 0, 0)
		if err != nil || totals[0].Total != 2 || len(totals[0].Nodes) != 0 {
			t.Errorf("limit 0: %+v, %v; want only a total of 2", totals, err)
		}
	})
}

func testEdgesAmong(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	among := []string{"person:xi-jinping", mBlinkenXi, "person:antony-blinken", "country:CN", "place:beijing", "person:nobody"}
	got, err := s.EdgesAmong(context.Background(), among, schema.Projection{Evidence: true})
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, e := range got {
		have = append(have, e.EdgeID())
	}
	want := []string{
		mBlinkenXi + "|HELD_IN|place:beijing",
		"person:antony-blinken|ATTENDED|" + mBlinkenXi,
		"person:xi-jinping|AFFILIATED_WITH|country:CN|President",
		"person:xi-jinping|ATTENDED|" + mBlinkenXi,
		"place:beijing|IN|country:CN",
	}
	if !slices.Equal(have, want) {
		t.Errorf("got\n %q\nwant\n %q", have, want)
	}
	if len(got) > 0 && (got[0].Evidence[0].Sentence == "" || got[2].Since != "2023-06-19") {
		t.Errorf("edges lost their properties: %+v", got)
	}
	bare, err := s.EdgesAmong(context.Background(), among, schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range bare {
		if len(e.Evidence) != 0 || i >= len(got) || e.EdgeID() != got[i].EdgeID() || e.Since != got[i].Since {
			t.Errorf("without evidence, edge %d = %+v; want %+v without its evidence", i, e, got[min(i, len(got)-1)])
		}
	}
}

// testEdgesBetween: the edges with one end in each set, whichever end
// starts them, each once when the sets share a node, none within a set,
// ordered by id, with evidence only when asked.
func testEdgesBetween(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	between := func(ids, others []string, p schema.Projection) []schema.Edge {
		t.Helper()
		got, err := s.EdgesBetween(ctx, ids, others, p)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	idsOf := func(edges []schema.Edge) []string {
		out := []string{}
		for _, e := range edges {
			out = append(out, e.EdgeID())
		}
		return out
	}
	// The meeting and Blinken are new; Xi, Beijing and China drawn.
	fresh := []string{mBlinkenXi, "person:antony-blinken", "person:nobody"}
	drawn := []string{"person:xi-jinping", "place:beijing", "country:CN"}
	got := between(fresh, drawn, schema.Projection{Evidence: true})
	want := []string{
		mBlinkenXi + "|HELD_IN|place:beijing",      // out of a new node
		"person:xi-jinping|ATTENDED|" + mBlinkenXi, // out of a drawn one
	}
	if have := idsOf(got); !slices.Equal(have, want) {
		t.Errorf("new %v, drawn %v:\n got %q\nwant %q (not Blinken's edge to the meeting, both new; not Beijing's to China, both drawn)", fresh, drawn, have, want)
	}
	if len(got) == 2 && (len(got[1].Evidence) == 0 || got[1].Evidence[0].Sentence == "") {
		t.Errorf("edges lost their evidence: %+v", got)
	}
	if have := idsOf(between(drawn, fresh, schema.Projection{Evidence: true})); !slices.Equal(have, want) {
		t.Errorf("the sets swapped: %q; want %q", have, want)
	}
	for _, e := range between(fresh, drawn, schema.Projection{}) {
		if len(e.Evidence) != 0 {
			t.Errorf("without evidence: %+v", e)
		}
	}
	role := between([]string{"person:xi-jinping"}, []string{"country:CN"}, schema.Projection{})
	if len(role) != 1 || role[0].Key != "President" || role[0].Since != "2023-06-19" {
		t.Errorf("Xi and China: %+v; want his affiliation, its role and since", role)
	}
	shared := []string{"person:xi-jinping", mBlinkenXi}
	if have, want := idsOf(between(shared, shared, schema.Projection{})), []string{"person:xi-jinping|ATTENDED|" + mBlinkenXi}; !slices.Equal(have, want) {
		t.Errorf("a set with itself: %q; want each edge within it once: %q", have, want)
	}
	if have := idsOf(between(fresh, nil, schema.Projection{})); len(have) != 0 {
		t.Errorf("no others: %q", have)
	}
}

func testTimeline(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	show := func(list []schema.TimelineEntry) []string {
		var out []string
		for _, e := range list {
			x := e.Date + " " + e.Kind + " " + e.Node.ID
			if e.Sentence != "" {
				x += " «" + e.Sentence[:min(len(e.Sentence), 20)] + "»"
			}
			out = append(out, x)
		}
		return out
	}
	tests := []struct {
		name, id, from, to string
		limit              int
		want               []string
	}{
		{"a person's meetings and mentions", "person:xi-jinping", "", "", 10, []string{
			"2022-11 meeting " + mBidenXiBali, "2023 meeting " + mBidenXiPlanned, "2023-06-19 meeting " + mBlinkenXi,
			"2023-06-19 mention article:a1 «Chinese President Xi»"}},
		{"in a range", "person:xi-jinping", "2023-06", "2023-06-30", 10, []string{
			"2023-06-19 meeting " + mBlinkenXi, "2023-06-19 mention article:a1 «Chinese President Xi»"}},
		{"a country's officials' meetings, undated last", "country:CN", "", "", 10, []string{
			"2022-11 meeting " + mBidenXiBali, "2023 meeting " + mBidenXiPlanned, "2023-06 meeting " + mBlinkenWang,
			"2023-06-19 meeting " + mBlinkenXi, " meeting " + mKerryXie}},
		{"at most limit", "country:CN", "", "", 2, []string{"2022-11 meeting " + mBidenXiBali, "2023 meeting " + mBidenXiPlanned}},
		{"an issue's meetings and the articles that discussed it", "issue:taiwan", "", "", 10, []string{
			"2023-06-19 meeting " + mBlinkenXi, "2023-06-19 mention article:a1 «Chinese President Xi»"}},
		{"a meeting and its reports, undated last", mKerryXie, "", "", 10, []string{"2021-04-17 mention article:a2 «Special Envoy John K»", " meeting " + mKerryXie}},
		{"a dated meeting and its reports", mBidenXiBali, "", "", 10, []string{
			"2022-11 meeting " + mBidenXiBali, "2023-06-19 mention article:a1 «Biden and Xi's last »"}},
		{"an article's meetings", "article:a2", "", "", 10, []string{" meeting " + mKerryXie}},
		{"a place's meetings", "place:bali", "", "", 10, []string{"2022-11 meeting " + mBidenXiBali}},
		{"a country named by an article", "country:TW", "", "", 10, []string{"2023-06-19 mention article:a1 «Chinese President Xi»"}},
		{"unknown", "person:nobody", "", "", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Timeline(context.Background(), tt.id, tt.from, tt.to, nil, schema.TimelineKey{}, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if have := show(got); !slices.Equal(have, tt.want) {
				t.Errorf("got\n %q\nwant\n %q", have, tt.want)
			}
		})
	}
}

func testCoParticipants(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	show := func(list []schema.CoParticipant) string {
		var out []string
		for _, c := range list {
			out = append(out, fmt.Sprintf("%s %d %s..%s", c.Node.ID, c.Count, c.First, c.Last))
		}
		return strings.Join(out, ", ")
	}
	tests := []struct {
		name, id, from, to string
		limit              int
		want               string
	}{
		{"most meetings first", "person:xi-jinping", "", "", 10, "person:joe-biden 2 2022-11..2023, person:antony-blinken 1 2023-06-19..2023-06-19"},
		{"at most limit", "person:xi-jinping", "", "", 1, "person:joe-biden 2 2022-11..2023"},
		{"in a range, ties by id", "person:xi-jinping", "2023", "", 10, "person:antony-blinken 1 2023-06-19..2023-06-19, person:joe-biden 1 2023..2023"},
		{"undated meetings count without dates", "person:john-kerry", "", "", 10, "person:xie-zhenhua 1 .."},
		{"undated meetings drop out of a range", "person:john-kerry", "2000", "", 10, ""},
		{"unknown", "person:nobody", "", "", 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.CoParticipants(context.Background(), tt.id, tt.from, tt.to, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if have := show(got); have != tt.want {
				t.Errorf("got  %s\nwant %s", have, tt.want)
			}
			for _, c := range got {
				if c.Node.Name == "" {
					t.Errorf("co-participant without its node: %+v", c)
				}
			}
		})
	}
}

func testShortestPath(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	tests := []struct {
		name, from, to string
		maxHops        int
		want           []string // node ids then edge ids; nil for no path
	}{
		{"through people and meetings, not the country they share", "person:antony-blinken", "person:joe-biden", 4,
			[]string{"person:antony-blinken", mBlinkenXi, "person:xi-jinping", mBidenXiBali, "person:joe-biden",
				"person:antony-blinken|ATTENDED|" + mBlinkenXi, "person:xi-jinping|ATTENDED|" + mBlinkenXi,
				"person:xi-jinping|ATTENDED|" + mBidenXiBali, "person:joe-biden|ATTENDED|" + mBidenXiBali}},
		{"the shared country is no shortcut", "person:antony-blinken", "person:joe-biden", 3, nil},
		{"through a meeting", "person:xi-jinping", "person:antony-blinken", 4,
			[]string{"person:xi-jinping", mBlinkenXi, "person:antony-blinken",
				"person:xi-jinping|ATTENDED|" + mBlinkenXi, "person:antony-blinken|ATTENDED|" + mBlinkenXi}},
		{"of two meetings the least id", "person:joe-biden", "person:xi-jinping", 4,
			[]string{"person:joe-biden", mBidenXiBali, "person:xi-jinping",
				"person:joe-biden|ATTENDED|" + mBidenXiBali, "person:xi-jinping|ATTENDED|" + mBidenXiBali}},
		{"never through a country", "person:john-kerry", "person:wang-yi", 6, nil},
		{"to a country, which is only an end", "person:xi-jinping", "country:US", 4,
			[]string{"person:xi-jinping", mBidenXiBali, "person:joe-biden", "country:US",
				"person:xi-jinping|ATTENDED|" + mBidenXiBali, "person:joe-biden|ATTENDED|" + mBidenXiBali,
				"person:joe-biden|AFFILIATED_WITH|country:US|President"}},
		// Found by the last expansion maxHops allows (from one side, after
		// one level from each), which keeps only the nodes where the sides meet.
		{"to a country, at exactly maxHops", "person:xi-jinping", "country:US", 3,
			[]string{"person:xi-jinping", mBidenXiBali, "person:joe-biden", "country:US",
				"person:xi-jinping|ATTENDED|" + mBidenXiBali, "person:joe-biden|ATTENDED|" + mBidenXiBali,
				"person:joe-biden|AFFILIATED_WITH|country:US|President"}},
		{"from a country", "country:CN", "person:joe-biden", 4,
			[]string{"country:CN", "person:xi-jinping", mBidenXiBali, "person:joe-biden",
				"person:xi-jinping|AFFILIATED_WITH|country:CN|President",
				"person:xi-jinping|ATTENDED|" + mBidenXiBali, "person:joe-biden|ATTENDED|" + mBidenXiBali}},
		{"between two hubs, through people, the least first", "country:CN", "country:US", 4,
			[]string{"country:CN", "person:wang-yi", mBlinkenWang, "person:antony-blinken", "country:US",
				"person:wang-yi|AFFILIATED_WITH|country:CN|top diplomat",
				"person:wang-yi|ATTENDED|" + mBlinkenWang, "person:antony-blinken|ATTENDED|" + mBlinkenWang,
				"person:antony-blinken|AFFILIATED_WITH|country:US|Secretary of State"}},
		{"too far for maxHops", "person:john-kerry", "person:wang-yi", 3, nil},
		{"from an article", "article:a2", "person:xie-zhenhua", 4,
			[]string{"article:a2", mKerryXie, "person:xie-zhenhua", "article:a2|REPORTS|" + mKerryXie, "person:xie-zhenhua|ATTENDED|" + mKerryXie}},
		{"never through an article", "person:xi-jinping", "country:TW", 6, nil},
		{"to itself", "person:xi-jinping", "person:xi-jinping", 4, []string{"person:xi-jinping"}},
	}
	// An end that does not exist is an *schema.UnknownNodeError naming it,
	// from before to, not a missing path: the API tells them apart by it.
	unknown := []struct {
		name, from, to string
		maxHops        int
		want           string
	}{
		{"unknown goal", "person:xi-jinping", "person:nobody", 4, "person:nobody"},
		{"unknown start, a meeting", "meeting:nothing", "person:xi-jinping", 4, "meeting:nothing"},
		{"both unknown: the start", "person:nobody", "meeting:nothing", 6, "person:nobody"},
		{"unknown goal beside a hub", "country:CN", "person:nobody", 4, "person:nobody"},
		{"unknown hub", "person:xi-jinping", "country:XX", 2, "country:XX"},
		{"no label", "xi-jinping", "person:xi-jinping", 4, "xi-jinping"},
		{"to itself, unknown", "person:nobody", "person:nobody", 4, "person:nobody"},
	}
	for _, tt := range unknown {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.ShortestPath(context.Background(), tt.from, tt.to, tt.maxHops, schema.PathWindow{})
			var got *schema.UnknownNodeError
			if !errors.As(err, &got) || got.ID != tt.want || p != nil {
				t.Errorf("got %+v, %v; want an unknown node %q", p, err, tt.want)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.ShortestPath(context.Background(), tt.from, tt.to, tt.maxHops, schema.PathWindow{})
			if err != nil {
				t.Fatal(err)
			}
			var have []string
			if p != nil {
				have = ids(p.Nodes)
				for _, e := range p.Edges {
					have = append(have, e.EdgeID())
					if len(e.Evidence) == 0 {
						t.Errorf("edge %s lost its evidence", e.EdgeID())
					}
				}
				if len(p.Edges) != len(p.Nodes)-1 {
					t.Errorf("%d nodes but %d edges", len(p.Nodes), len(p.Edges))
				}
			}
			if !reflect.DeepEqual(have, tt.want) {
				t.Errorf("got\n %q\nwant\n %q", have, tt.want)
			}
		})
	}
}

func testSearchArticles(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	checkSearches(t, s, []searchCase{
		{"stabilize", []string{schema.LabelArticle}, []string{"article:a1"}},
		{"beijing", []string{schema.LabelArticle}, []string{"article:a1"}},
		{"beijing", nil, []string{"place:beijing", "article:a1"}},
		{"great hall", nil, []string{"place:great-hall-of-the-people", "article:a1"}},
		{"zhenhua special envoy", nil, []string{"article:a2"}},
		{"kerry", []string{schema.LabelArticle}, []string{"article:a2"}},
		{"blinken", []string{schema.LabelPerson}, []string{"person:antony-blinken"}},
	})
	// The same hits, ranked alike, with or without the articles' texts.
	for _, p := range []schema.Projection{{Text: true}, {}} {
		got, err := s.Search(context.Background(), "kerry", []string{schema.LabelArticle}, 10, p)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Node.ID != "article:a2" {
			t.Fatalf("Search(kerry, %+v) = %+v, want article:a2", p, got)
		}
		if text := got[0].Node.Props[schema.PropText]; (text != "") != p.Text {
			t.Errorf("Search(kerry, %+v): article text %q", p, text)
		}
	}
}

// entityCase is one query of Entities and the page it must answer: the
// nodes' ids in order (the total is their number) and, for an ordering by
// a count, each node's count.
type entityCase struct {
	name       string
	q          schema.EntityQuery
	want       []string
	wantCounts []int
}

// checkEntityPages asks s each case's query alone, as a first page of 50.
func checkEntityPages(t *testing.T, s schema.Store, tests []entityCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := s.Entities(context.Background(), []schema.EntityQuery{tt.q}, 0, 50)
			if err != nil {
				t.Fatal(err)
			}
			p := pages[0]
			if got := ids(p.Nodes); !slices.Equal(got, tt.want) || p.Total != len(tt.want) || !slices.Equal(p.Counts, tt.wantCounts) {
				t.Errorf("got %v %v (total %d), want %v %v", got, p.Counts, p.Total, tt.want, tt.wantCounts)
			}
		})
	}
}
