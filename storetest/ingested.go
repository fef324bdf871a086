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
