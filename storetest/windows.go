package storetest

import (
	"context"
	"slices"
	"testing"

	"newsgraph/schema"
)

// testRankingsInADateWindow: an ordering by meetings with From and To
// counts only the meetings dated between them, and orders by that count,
// listing the same nodes (analyst45's 16: who met Russia's officials most
// in 2022 took a meetings call per pair).
func testRankingsInADateWindow(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	const (
		blinken, xi, wang, biden, kerry, xie = "person:antony-blinken", "person:xi-jinping", "person:wang-yi",
			"person:joe-biden", "person:john-kerry", "person:xie-zhenhua"
	)
	byMeetings := func(label, with, from, to string) schema.EntityQuery {
		return schema.EntityQuery{Label: label, Order: schema.OrderMeetings, Desc: true, With: with, From: from, To: to}
	}
	tests := []entityCase{
		// Without a window: Blinken 2, Biden 2, Kerry 1 (undated).
		{"people by meetings with China's officials in a year", byMeetings(schema.LabelPerson, "PRC", "2023", "2023"),
			[]string{blinken, biden, kerry}, []int{2, 1, 0}},
		{"a year's meeting falls out of a window from inside the year", byMeetings(schema.LabelPerson, "PRC", "2023-06-01", ""),
			[]string{blinken, biden, kerry}, []int{2, 0, 0}},
		{"a window up to a year", byMeetings(schema.LabelPerson, "PRC", "", "2022"),
			[]string{biden, blinken, kerry}, []int{1, 0, 0}},
		{"undated meetings never count in a window", byMeetings(schema.LabelPerson, "", "2000", ""),
			[]string{xi, blinken, biden, wang, kerry, xie}, []int{3, 2, 2, 1, 0, 0}},
		{"countries by meetings with China in a year", byMeetings(schema.LabelCountry, "China", "2023", "2023"),
			[]string{"country:US", "country:ID", "country:TW"}, []int{3, 0, 0}},
		{"countries by meetings in a month", byMeetings(schema.LabelCountry, "", "2023-06", "2023-06"),
			[]string{"country:CN", "country:US", "country:ID", "country:TW"}, []int{2, 2, 0, 0}},
		{"places by meetings held there in a year", byMeetings(schema.LabelPlace, "", "2023", ""),
			[]string{"place:beijing", "place:bali", "place:great-hall-of-the-people"}, []int{1, 0, 0}},
		{"a window ascending", schema.EntityQuery{Label: schema.LabelPerson, Order: schema.OrderMeetings, With: "PRC", From: "2023", To: "2023"},
			[]string{kerry, biden, blinken}, []int{0, 1, 2}},
	}
	checkEntityPages(t, s, tests)
	t.Run("windows of one label in one call, and a page of one", func(t *testing.T) {
		pages, err := s.Entities(context.Background(), []schema.EntityQuery{
			byMeetings(schema.LabelPerson, "PRC", "2023", "2023"), byMeetings(schema.LabelPerson, "PRC", "", "2022"),
			byMeetings(schema.LabelPerson, "PRC", "", ""),
		}, 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		var got [][]string
		var counts [][]int
		for _, p := range pages {
			got, counts = append(got, ids(p.Nodes)), append(counts, p.Counts)
		}
		if want := [][]string{{biden}, {blinken}, {biden}}; !slices.EqualFunc(got, want, slices.Equal) ||
			!slices.EqualFunc(counts, [][]int{{1}, {0}, {2}}, slices.Equal) {
			t.Errorf("got %v %v, want %v with counts 1, 0, 2", got, counts, want)
		}
	})
}

// testTimelinePages: a timeline read in pages, each after the last entry
// of the one before, joins to the whole timeline, across its dated and
// undated entries and a meeting and a mention of one date; and a write
// between two pages neither repeats nor skips an entry of the rest
// (analyst45's 9: a timeline stopped at 500 items with no way on).
func testTimelinePages(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	read := func(id string, after schema.TimelineKey, limit int) []schema.TimelineEntry {
		t.Helper()
		out, err := s.Timeline(ctx, id, "", "", nil, after, limit)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	keys := func(list []schema.TimelineEntry) []schema.TimelineKey {
		var out []schema.TimelineKey
		for _, e := range list {
			out = append(out, e.Key())
		}
		return out
	}
	pages := func(id string, size int) (joined []schema.TimelineKey, n int) {
		var after schema.TimelineKey
		for {
			page := read(id, after, size)
			if len(page) == 0 {
				return joined, n
			}
			if n++; n > 20 {
				t.Fatalf("%s: more than 20 pages of %d", id, size)
			}
			joined = append(joined, keys(page)...)
			after = page[len(page)-1].Key()
		}
	}
	for _, id := range []string{"country:CN", "person:xi-jinping", mKerryXie, "country:US"} {
		whole := keys(read(id, schema.TimelineKey{}, 100))
		if len(whole) < 2 {
			t.Fatalf("%s: %d entries, want at least 2 to page through", id, len(whole))
		}
		for _, size := range []int{1, 2, 3} {
			if got, n := pages(id, size); !slices.Equal(got, whole) || n != (len(whole)+size-1)/size {
				t.Errorf("%s in %d pages of %d:\n %v\nwant the whole:\n %v", id, n, size, got, whole)
			}
		}
	}

	// Xi's first two entries, then a meeting of his dated before them and
	// one after: the rest of the pages hold the entries after the second,
	// the later meeting among them, and not the earlier.
	first := read("person:xi-jinping", schema.TimelineKey{}, 2)
	rest := keys(read("person:xi-jinping", first[1].Key(), 100))
	b := NewGraphBuilder("article:later", "Xi met P.")
	b.Node("article:later", schema.LabelArticle, map[string]string{schema.PropDate: "2024-01-02"})
	b.Node("person:p", schema.LabelPerson, nil)
	b.Node("person:xi-jinping", schema.LabelPerson, nil)
	for _, m := range [][2]string{{"meeting:2020-01-01:p+xi-jinping", "2020-01-01"}, {"meeting:2024-01-01:p+xi-jinping", "2024-01-01"}} {
		b.Node(m[0], schema.LabelMeeting, map[string]string{schema.PropDate: m[1], schema.PropStatus: "held", schema.PropKind: "meeting"})
		b.Edge("person:p", schema.RelAttended, m[0], "")
		b.Edge("person:xi-jinping", schema.RelAttended, m[0], "")
		b.Edge("article:later", schema.RelReports, m[0], "")
	}
	write(t, s, b.Graph)
	want := append(slices.Clone(rest), schema.TimelineKey{Date: "2024-01-01", Kind: schema.TimelineMeeting, ID: "meeting:2024-01-01:p+xi-jinping"})
	if got := keys(read("person:xi-jinping", first[1].Key(), 100)); !slices.Equal(got, want) {
		t.Errorf("after a write, the entries after the second:\n %v\nwant\n %v", got, want)
	}
}

// testTimelineKinds: a timeline asked for one kind holds exactly the
// entries of that kind of the whole timeline, in its order, undated
// meetings included, and pages after a cursor as the whole does; both
// kinds, or none named, is the whole (explorer46: a busy node's undated
// meetings lay past hundreds of mentions).
func testTimelineKinds(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	read := func(id string, kinds []string, after schema.TimelineKey, limit int) []schema.TimelineKey {
		t.Helper()
		out, err := s.Timeline(ctx, id, "", "", kinds, after, limit)
		if err != nil {
			t.Fatal(err)
		}
		var keys []schema.TimelineKey
		for _, e := range out {
			if !schema.TimelineWants(kinds, e.Kind) {
				t.Errorf("%s %v: an entry of kind %s", id, kinds, e.Kind)
			}
			keys = append(keys, e.Key())
		}
		return keys
	}
	of := func(keys []schema.TimelineKey, kind string) []schema.TimelineKey {
		return slices.DeleteFunc(slices.Clone(keys), func(k schema.TimelineKey) bool { return k.Kind != kind })
	}
	meeting, mention := []string{schema.TimelineMeeting}, []string{schema.TimelineMention}
	undated, mixed := 0, 0
	for _, id := range []string{"country:CN", "person:xi-jinping", "country:US", mKerryXie} {
		whole := read(id, nil, schema.TimelineKey{}, 100)
		for _, k := range of(whole, schema.TimelineMeeting) {
			if k.Date == "" {
				undated++
			}
		}
		if len(of(whole, schema.TimelineMeeting)) > 0 && len(of(whole, schema.TimelineMention)) > 0 {
			mixed++
		}
		if got := read(id, meeting, schema.TimelineKey{}, 100); !slices.Equal(got, of(whole, schema.TimelineMeeting)) {
			t.Errorf("%s, meetings only:\n %v\nwant\n %v", id, got, of(whole, schema.TimelineMeeting))
		}
		if got := read(id, mention, schema.TimelineKey{}, 100); !slices.Equal(got, of(whole, schema.TimelineMention)) {
			t.Errorf("%s, mentions only:\n %v\nwant\n %v", id, got, of(whole, schema.TimelineMention))
		}
		if got := read(id, []string{schema.TimelineMention, schema.TimelineMeeting}, schema.TimelineKey{}, 100); !slices.Equal(got, whole) {
			t.Errorf("%s, both kinds:\n %v\nwant the whole\n %v", id, got, whole)
		}
		// Meetings only, one at a time, each after the one before.
		var joined []schema.TimelineKey
		for after := (schema.TimelineKey{}); ; {
			page := read(id, meeting, after, 1)
			if len(page) == 0 || len(joined) > 50 {
				break
			}
			joined = append(joined, page...)
			after = page[0]
		}
		if !slices.Equal(joined, of(whole, schema.TimelineMeeting)) {
			t.Errorf("%s, meetings only in pages of 1:\n %v\nwant\n %v", id, joined, of(whole, schema.TimelineMeeting))
		}
	}
	if undated == 0 || mixed < 2 {
		t.Errorf("%d undated meetings, %d timelines of both kinds: the test shows too little", undated, mixed)
	}
}
