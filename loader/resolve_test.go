package loader

import (
	"context"
	"slices"
	"testing"

	"newsgraph/loader/extract"
	"newsgraph/memstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// report builds the graph of an article that reports meetings between the
// same two officials.
func report(articleID string, meetings ...extract.Meeting) schema.ArticleGraph {
	r := extract.Result{ID: articleID, People: []extract.Person{
		{Name: "Antony Blinken", Country: "US", Role: "Secretary of State"},
		{Name: "Yair Lapid", Country: "IL", Role: "Foreign Minister"},
	}}
	for _, m := range meetings {
		m.Participants = []string{"Antony Blinken", "Yair Lapid"}
		m.ParticipantIDs = []string{"person:antony-blinken", "person:yair-lapid"}
		m.Kind, m.Status = "meeting", "held"
		m.Evidence = extract.Evidence{Sentence: "They met."}
		r.Meetings = append(r.Meetings, m)
	}
	return BuildGraph(extract.Article{ID: articleID, Title: articleID, Date: "2021-07-01", Text: "They met."}, r)
}

func TestResolveMeetingsAcrossArticles(t *testing.T) {
	rome := extract.Meeting{Date: "2021-06-27", Place: "Rome"}
	tests := []struct {
		name    string
		batches [][]schema.ArticleGraph
		want    []string // meeting ids in the store, sorted
	}{
		{"a coarser date joins the one meeting it agrees with",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021-06"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"a finer date joins a coarser meeting and refines it",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021-06"})}, {report("b", rome)}},
			[]string{"meeting:2021-06:antony-blinken+yair-lapid"}},
		{"a day apart is the same meeting",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021-06-28", Place: "Rome"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"within one batch too",
			[][]schema.ArticleGraph{{report("a", rome), report("b", extract.Meeting{Date: "2021-06-28"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"two days apart are two meetings",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021-06-29"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021-06-29:antony-blinken+yair-lapid"}},
		{"a day apart in different places are two meetings",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021-06-28", Place: "Paris"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021-06-28:antony-blinken+yair-lapid"}},
		{"a coarse date agreeing with two meetings joins neither",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021-06-10"})}, {report("c", extract.Meeting{Date: "2021-06"})}},
			[]string{"meeting:2021-06-10:antony-blinken+yair-lapid", "meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021-06:antony-blinken+yair-lapid"}},
		{"meetings one article keeps apart stay apart",
			[][]schema.ArticleGraph{{report("a", rome, extract.Meeting{Date: "2021"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
		{"loading an article again keeps its meeting",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021-06"})}, {report("b", rome)}, {report("a", extract.Meeting{Date: "2021-06"})}},
			[]string{"meeting:2021-06:antony-blinken+yair-lapid"}},
		// usdos-348856's "when they spoke … a couple of months ago" (2022)
		// took in usdos-363721's call of 2022-07-28.
		{"a day never joins a meeting known only by its year",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021"})}, {report("b", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
		{"a year never joins a dated meeting",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
		{"a month joins a month-dated meeting only",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021"})}, {report("b", extract.Meeting{Date: "2021-06"})}},
			[]string{"meeting:2021-06:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
		{"two days stay apart from a year-only meeting and from each other",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021"})}, {report("b", rome)}, {report("c", extract.Meeting{Date: "2021-03-10"})}},
			[]string{"meeting:2021-03-10:antony-blinken+yair-lapid", "meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
		// usdos-360691's Bali meeting "a few days ago" (2022-07) had usdos-312152's
		// year-only meeting as a second candidate beside usdos-358182's 2022-07-09.
		{"a year-only meeting is no rival to the day a month agrees with",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021"})}, {report("b", extract.Meeting{Date: "2021-06-27"})}, {report("c", extract.Meeting{Date: "2021-06", Place: "Rome"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
	}
	for _, st := range resolveStores {
		t.Run(st.name, func(t *testing.T) {
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					got := meetingsAfter(t, st.open(t), tt.batches)
					want := slices.Clone(tt.want)
					slices.Sort(want)
					if !slices.Equal(got, want) {
						t.Errorf("meetings = %v, want %v", got, want)
					}
				})
			}
		})
	}
}

// resolveStores are the stores resolution runs against: it reads the stored
// meetings through each store's MeetingsDated.
var resolveStores = []struct {
	name string
	open func(t *testing.T) schema.Store
}{
	{"embedded", func(t *testing.T) schema.Store {
		s, err := memstore.Open("")
		if err != nil {
			t.Fatal(err)
		}
		return s
	}},
	{"neo4j", neo4jtest.OpenStore},
}

// TestResolveMeetingsIgnoresBatchSize loads the same reports in batches of
// every size: a report must be matched against the same merged meeting
// whether the meeting was written in an earlier batch or earlier in its own.
func TestResolveMeetingsIgnoresBatchSize(t *testing.T) {
	reports := []schema.ArticleGraph{
		report("a", extract.Meeting{Date: "2021-06-27", Place: "Rome"}),
		report("b", extract.Meeting{Date: "2021-06"}), // joins a's meeting, the only candidate
		// Agrees with b's coarse date, but the meeting it joined was held in Rome.
		report("c", extract.Meeting{Date: "2021-06-28", Place: "Paris"}),
		report("d", extract.Meeting{Date: "2021-06-28"}), // same day as c: joins c's meeting
	}
	want := []string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021-06-28:antony-blinken+yair-lapid"}
	for size := 1; size <= len(reports); size++ {
		got := meetingsAfter(t, resolveStores[0].open(t), slices.Collect(slices.Chunk(cloneGraphs(reports), size)))
		if !slices.Equal(got, want) {
			t.Errorf("batches of %d: meetings = %v, want %v", size, got, want)
		}
	}
}

// meetingsAfter resolves and writes the batches in turn into the empty
// store s, and returns the ids of the meetings it then holds, sorted.
func meetingsAfter(t *testing.T, s schema.Store, batches [][]schema.ArticleGraph) []string {
	t.Helper()
	ctx := context.Background()
	for _, batch := range batches {
		err := s.WriteResolved(ctx, batch, func(ctx context.Context, write []schema.ArticleGraph, meetings schema.MeetingsDatedFunc) ([]schema.ArticleGraph, error) {
			return write, resolveMeetings(meetings, write)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	page, _, err := storetest.Meetings(ctx, s, schema.MeetingFilter{}, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range page {
		got = append(got, m.ID)
	}
	slices.Sort(got)
	return got
}
