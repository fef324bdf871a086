package memstore

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/schema"
	"newsgraph/storetest"
)

// everyMeetingDated is meetingsDated by walking every meeting, as it did
// before meetingDates.
func everyMeetingDated(s *Store, dates, prefixes []string) []string {
	var out []string
	for id := range s.byLabel[schema.LabelMeeting] {
		date := s.nodes[id].Props[schema.PropDate]
		if date != "" && (slices.Contains(dates, date) || slices.ContainsFunc(prefixes, func(p string) bool { return p != "" && strings.HasPrefix(date, p) })) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// TestMeetingsDatedReadsTheDateIndexAsTheWalk: meetingsDated, which reads
// the meetings by date, finds the meetings that walking every meeting finds,
// after writes, a rewrite that retracts, and a reopening from the snapshot.
func TestMeetingsDatedReadsTheDateIndexAsTheWalk(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	graphs := append(storetest.Seed(), storetest.XiMeetings(300, 40, 5)...)
	write(t, s, graphs)
	var dates []string
	for id := range s.byLabel[schema.LabelMeeting] {
		if d := s.nodes[id].Props[schema.PropDate]; len(d) >= 7 {
			dates = append(dates, d)
		}
	}
	slices.Sort(dates)
	dates = slices.Compact(dates)
	if len(dates) < 10 {
		t.Fatalf("%d meeting dates, want many", len(dates))
	}
	check := func(when string) {
		t.Helper()
		asks := [][2][]string{
			{dates[:3], nil}, {nil, {dates[0][:4]}}, {nil, {dates[len(dates)-1][:7]}},
			{dates[len(dates)/2 : len(dates)/2+2], {dates[1][:7], ""}}, {{"1999-02-03"}, {"1999"}}, {nil, nil},
		}
		for _, a := range asks {
			var got []string
			for _, m := range s.meetingsDated(a[0], a[1]) {
				got = append(got, m.ID)
			}
			if want := everyMeetingDated(s, a[0], a[1]); !slices.Equal(got, want) {
				t.Errorf("%s: dates %q, prefixes %q: %d meetings, want %d", when, a[0], a[1], len(got), len(want))
			}
		}
	}
	check("written")
	changed := graphs[len(graphs)-1] // the same article with a meeting's date changed: retracted and written again
	changed.Nodes = slices.Clone(changed.Nodes)
	for i, n := range changed.Nodes {
		if n.Label == schema.LabelMeeting {
			n.Props = map[string]string{schema.PropDate: "1999-02-03", schema.PropKind: "meeting", schema.PropStatus: "held"}
			changed.Nodes[i] = n
			break
		}
	}
	write(t, s, []schema.ArticleGraph{changed})
	check("rewritten")
	closeStore(t, s)
	s = open(t, dir)
	defer closeStore(t, s)
	check("reopened")
}
