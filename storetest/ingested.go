package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"newsgraph/schema"
)

// IngestedArticle is article id's graph with content hash hash ("" for
// none), published on date, naming the country Parta (an article node
// alone would do; the mention makes a rewrite retract something).
func IngestedArticle(id, hash, date string) schema.ArticleGraph {
	art := schema.ArticleID(id)
	props := map[string]string{schema.PropDate: date}
	if hash != "" {
		props[schema.PropContentHash] = hash
	}
	return schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{
		{ID: art, Label: schema.LabelArticle, Name: id, Props: props},
		{ID: "country:PA", Label: schema.LabelCountry, Name: "Parta", Props: map[string]string{schema.PropCode: "PA"}},
	}, Edges: []schema.Edge{{Type: schema.RelMentions, From: art, To: "country:PA", Evidence: []schema.Evidence{{ArticleID: id, Sentence: "s"}}}}}
}

// ingestedStamps reads the PropIngestedAt of every article, by raw id.
func ingestedStamps(t *testing.T, s schema.Store) map[string]string {
	t.Helper()
	pages, err := s.Entities(context.Background(), []schema.EntityQuery{{Label: schema.LabelArticle}}, 0, 100)
	if err != nil {
		t.Fatalf("Entities: %v", err)
	}
	out := map[string]string{}
	for _, n := range pages[0].Nodes {
		out[n.Name] = n.Props[schema.PropIngestedAt]
	}
	return out
}

// ingestedIDs lists the articles (raw ids) that q, an article query,
// answers, in its order.
func ingestedIDs(t *testing.T, s schema.Store, q schema.EntityQuery) []string {
	t.Helper()
	q.Label = schema.LabelArticle
	pages, err := s.Entities(context.Background(), []schema.EntityQuery{q}, 0, 100)
	if err != nil {
		t.Fatalf("Entities: %v", err)
	}
	var out []string
	for _, n := range pages[0].Nodes {
		out = append(out, n.Name)
	}
	return out
}

// WaitAMillisecond sleeps until FormatIngestedAt gives a later stamp than
// it gives now, so that two writes have stamps in their order.
func WaitAMillisecond() {
	now := schema.FormatIngestedAt(time.Now())
	for schema.FormatIngestedAt(time.Now()) == now {
		time.Sleep(200 * time.Microsecond)
	}
}

// testIngestedAt checks when an article counts as ingested
// (schema.PropIngestedAt): stamped with the write's time when first
// stored; unchanged by a write of the same content hash (a reload); stamped
// anew when its content hash changes under the same id; not stamped
// without a content hash; a stamp that a graph carries is kept. Then that
// articles ingested after a stamp, and the newest ingested first, are
// those written after it, whatever their publication dates.
func testIngestedAt(t *testing.T, s schema.Store) {
	before := schema.FormatIngestedAt(time.Now())
	write(t, s, IngestedArticle("i-1", "h1", "2021-01-01"), IngestedArticle("i-2", "h2", "2021-01-01"))
	after := schema.FormatIngestedAt(time.Now())
	first := ingestedStamps(t, s)
	if first["i-1"] < before || first["i-1"] > after || first["i-2"] != first["i-1"] {
		t.Fatalf("stamps of one write = %q, want one stamp within [%s, %s]", first, before, after)
	}
	if _, err := time.Parse(time.RFC3339Nano, first["i-1"]); err != nil || len(first["i-1"]) != len("2006-01-02T15:04:05.000Z") {
		t.Errorf("stamp %q is not an RFC 3339 UTC time to the millisecond: %v", first["i-1"], err)
	}

	WaitAMillisecond()
	write(t, s, IngestedArticle("i-1", "h1", "2021-01-01")) // a reload of the same content
	if got := ingestedStamps(t, s); got["i-1"] != first["i-1"] {
		t.Errorf("a reload of the same content changed the stamp from %s to %s", first["i-1"], got["i-1"])
	}

	WaitAMillisecond()
	write(t, s, IngestedArticle("i-2", "h2-changed", "2021-01-01"))
	changed := ingestedStamps(t, s)
	if changed["i-2"] <= first["i-2"] || changed["i-1"] != first["i-1"] {
		t.Errorf("after i-2's text changed, stamps = %q; want i-2's after %s and i-1's kept", changed, first["i-2"])
	}

	WaitAMillisecond()
	bare := IngestedArticle("i-3", "", "2021-01-01")
	restored := IngestedArticle("i-4", "h4", "2021-01-01")
	restored.Nodes[0].Props[schema.PropIngestedAt] = "2020-01-02T03:04:05.000Z"
	fresh := IngestedArticle("i-5", "h5", "2019-06-01") // published long before the others, ingested last
	write(t, s, bare, restored, fresh)
	got := ingestedStamps(t, s)
	if got["i-3"] != "" || got["i-4"] != "2020-01-02T03:04:05.000Z" || got["i-5"] <= changed["i-2"] {
		t.Errorf("stamps = %q; want none for i-3 (no content hash), i-4's own kept, i-5's the newest", got)
	}

	for _, c := range []struct {
		name string
		q    schema.EntityQuery
		want []string
	}{
		{"ingested after the first write", schema.EntityQuery{IngestedAfter: first["i-1"]}, []string{"i-5", "i-2"}}, // by publication date,
		{"ingested after the rewrite", schema.EntityQuery{IngestedAfter: changed["i-2"]}, []string{"i-5"}},
		{"ingested after now", schema.EntityQuery{IngestedAfter: schema.FormatIngestedAt(time.Now().Add(time.Hour))}, nil},
		{"ingested after, newest first", schema.EntityQuery{IngestedAfter: "2019-01-01T00:00:00.000Z", Order: schema.OrderIngested, Desc: true},
			[]string{"i-5", "i-2", "i-1", "i-4"}},
		{"newest ingested first, unstamped last", schema.EntityQuery{Order: schema.OrderIngested, Desc: true}, []string{"i-5", "i-2", "i-1", "i-4", "i-3"}},
		{"oldest ingested first, unstamped last", schema.EntityQuery{Order: schema.OrderIngested}, []string{"i-4", "i-1", "i-2", "i-5", "i-3"}},
		{"ingested after, with a date range", schema.EntityQuery{IngestedAfter: first["i-1"], From: "2020"}, []string{"i-2"}},
	} {
		if got := ingestedIDs(t, s, c.q); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// ReportsArticle is article id's graph with content hash hash ("" for
// none): it reports each of meetings (id and date), which person:i-x and
// person:i-y attend; i-y is an official of Partb.
func ReportsArticle(id, hash string, meetings ...[2]string) schema.ArticleGraph {
	g := IngestedArticle(id, hash, "2021-01-01")
	art := schema.ArticleID(id)
	ev := []schema.Evidence{{ArticleID: id, Sentence: "s"}}
	g.Nodes = append(g.Nodes,
		schema.Node{ID: "person:i-x", Label: schema.LabelPerson, Name: "I X"},
		schema.Node{ID: "person:i-y", Label: schema.LabelPerson, Name: "I Y"},
		schema.Node{ID: "country:PB", Label: schema.LabelCountry, Name: "Partb", Props: map[string]string{schema.PropCode: "PB"}})
	g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: "person:i-y", To: "country:PB", Key: "official", Evidence: ev})
	for _, m := range meetings {
		g.Nodes = append(g.Nodes, schema.Node{ID: m[0], Label: schema.LabelMeeting, Name: m[0],
			Props: map[string]string{schema.PropDate: m[1], schema.PropStatus: schema.StatusHeld}})
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelReports, From: art, To: m[0], Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: "person:i-x", To: m[0], Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: "person:i-y", To: m[0], Evidence: ev})
	}
	return g
}

// testMeetingsIngestedAfter checks what meetings came in since a visit
// (MeetingFilter.IngestedAfter): those that an article ingested after the
// stamp reports, a meeting stored before and reported again by a new
// article among them (a new source counts), whatever their dates; with
// the other conditions (a participant with a party's officials, whose
// total is otherwise counted, and a date range); none after the newest
// stamp; a meeting only an unstamped article reports never; and a
// rewritten article's meetings are new again.
func testMeetingsIngestedAfter(t *testing.T, s schema.Store) {
	old, early, fresh, bare := [2]string{"meeting:i-old", "2020-01-01"}, [2]string{"meeting:i-early", "2020-02-01"},
		[2]string{"meeting:i-new", "2023-01-01"}, [2]string{"meeting:i-bare", "2024-01-01"}
	write(t, s, ReportsArticle("r-1", "h1", old, early), ReportsArticle("r-0", "", bare))
	first := ingestedStamps(t, s)["r-1"]
	WaitAMillisecond()
	write(t, s, ReportsArticle("r-2", "h2", fresh, old)) // old gets a new source
	second := ingestedStamps(t, s)["r-2"]
	ids := func(f schema.MeetingFilter) ([]string, int) {
		t.Helper()
		page, total := meetings(t, s, f, 0, 10)
		var out []string
		for _, n := range page {
			out = append(out, n.ID)
		}
		return out, total
	}
	check := func(name string, f schema.MeetingFilter, want ...string) {
		t.Helper()
		got, total := ids(f)
		if !slices.Equal(got, want) || total != len(want) {
			t.Errorf("%s: %q (total %d), want %q", name, got, total, want)
		}
	}
	check("every meeting", schema.MeetingFilter{}, bare[0], fresh[0], early[0], old[0])
	check("reported after the first write", schema.MeetingFilter{IngestedAfter: first}, fresh[0], old[0])
	check("reported after the first write, oldest first", schema.MeetingFilter{IngestedAfter: first, Ascending: true}, old[0], fresh[0])
	check("reported after the first write, by sources", schema.MeetingFilter{IngestedAfter: first, Order: schema.MeetingsBySources}, old[0], fresh[0])
	check("with officials of Partb", schema.MeetingFilter{Participant: "person:i-x", WithOfficialsOf: "PB"}, bare[0], fresh[0], early[0], old[0])
	check("with officials of Partb, reported after the first write", schema.MeetingFilter{Participant: "person:i-x", WithOfficialsOf: "PB", IngestedAfter: first},
		fresh[0], old[0])
	check("a participant's, reported after the first write", schema.MeetingFilter{Participant: "I Y", IngestedAfter: first}, fresh[0], old[0])
	check("reported after the first write, dated from 2021", schema.MeetingFilter{IngestedAfter: first, From: "2021"}, fresh[0])
	check("reported after the second write", schema.MeetingFilter{IngestedAfter: second})
	check("reported after 2000", schema.MeetingFilter{IngestedAfter: "2000-01-01T00:00:00.000Z"}, fresh[0], early[0], old[0])

	WaitAMillisecond()
	write(t, s, ReportsArticle("r-1", "h1-changed", early)) // rewritten: it no longer reports old
	check("reported after the second write, once r-1 is rewritten", schema.MeetingFilter{IngestedAfter: second}, early[0])
	check("reported after the first write, once r-1 is rewritten", schema.MeetingFilter{IngestedAfter: first}, fresh[0], early[0], old[0])
}
