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
	return reportOn(articleID, "2021-07-01", meetings...)
}

// reportOn is report of an article of the date: its meetings held unless
// they say otherwise.
func reportOn(articleID, date string, meetings ...extract.Meeting) schema.ArticleGraph {
	r := extract.Result{ID: articleID, People: []extract.Person{
		{Name: "Antony Blinken", Country: "US", Role: "Secretary of State"},
		{Name: "Yair Lapid", Country: "IL", Role: "Foreign Minister"},
	}}
	for _, m := range meetings {
		m.Participants = []string{"Antony Blinken", "Yair Lapid"}
		m.ParticipantIDs = []string{"person:antony-blinken", "person:yair-lapid"}
		m.Kind = "meeting"
		if m.Status == "" {
			m.Status = "held"
		}
		m.Evidence = extract.Evidence{Sentence: "They met."}
		r.Meetings = append(r.Meetings, m)
	}
	return BuildGraph(extract.Article{ID: articleID, Title: articleID, Date: date, Text: "They met."}, r)
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
		{"a finer date joins a coarser meeting, which takes its id as if it had come first",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021-06"})}, {report("b", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"within one batch too, the finer date's id",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021-06"}), report("b", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"an undated plan stored before the meeting it announces folds into it",
			[][]schema.ArticleGraph{{reportOn("p", "2021-06-20", extract.Meeting{Status: "planned"})}, {report("b", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"an undated plan earlier in the batch folds into the meeting it announces",
			[][]schema.ArticleGraph{{reportOn("p", "2021-06-20", extract.Meeting{Status: "planned"}), report("b", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"an undated plan more than FoldWindow before the meeting stays",
			[][]schema.ArticleGraph{{reportOn("p", "2021-05-20", extract.Meeting{Status: "planned"})}, {report("b", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:undated-p:antony-blinken+yair-lapid"}},
		{"an undated past meeting stored before the meeting it tells of folds into it",
			[][]schema.ArticleGraph{{report("e", extract.Meeting{})}, {reportOn("b", "2021-06-28", rome)}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"an undated past meeting folds into the latest before its article, whichever came first",
			[][]schema.ArticleGraph{{report("e", extract.Meeting{})}, {reportOn("b", "2021-06-28", rome)}, {reportOn("c", "2021-06-20", extract.Meeting{Date: "2021-06-15"})}},
			[]string{"meeting:2021-06-15:antony-blinken+yair-lapid", "meeting:2021-06-27:antony-blinken+yair-lapid"}},
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
		{"a held month agreeing with two meetings joins the later (lastInMonth), merging neither with the other",
			[][]schema.ArticleGraph{{report("a", rome)}, {report("b", extract.Meeting{Date: "2021-06-10"})}, {report("c", extract.Meeting{Date: "2021-06"})}},
			[]string{"meeting:2021-06-10:antony-blinken+yair-lapid", "meeting:2021-06-27:antony-blinken+yair-lapid"}},
		{"meetings one article keeps apart stay apart",
			[][]schema.ArticleGraph{{report("a", rome, extract.Meeting{Date: "2021"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid", "meeting:2021:antony-blinken+yair-lapid"}},
		{"loading an article again keeps its meeting",
			[][]schema.ArticleGraph{{report("a", extract.Meeting{Date: "2021-06"})}, {report("b", rome)}, {report("a", extract.Meeting{Date: "2021-06"})}},
			[]string{"meeting:2021-06-27:antony-blinken+yair-lapid"}},
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
		report("e", extract.Meeting{}),                   // undated, of 2021-07-01: the meeting of c and d before it (foldUndated)
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
		err := s.WriteResolved(ctx, batch, func(ctx context.Context, write []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
			return write, resolveMeetings(read, write)
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

// told builds the graph of an article of the given date that reports one
// meeting of Blinken and Lapid (and of others, when m names more), of m's
// kind and status ("meeting" and "held" where m gives none).
func told(articleID, date string, m extract.Meeting) schema.ArticleGraph {
	r := extract.Result{ID: articleID, People: []extract.Person{
		{Name: "Antony Blinken", Country: "US", Role: "Secretary of State"},
		{Name: "Yair Lapid", Country: "IL", Role: "Foreign Minister"},
		{Name: "Naftali Bennett", Country: "IL", Role: "Prime Minister"},
	}}
	if m.Participants == nil {
		m.Participants = []string{"Antony Blinken", "Yair Lapid"}
	}
	for _, p := range m.Participants {
		m.ParticipantIDs = append(m.ParticipantIDs, schema.PersonID(p))
	}
	if m.Kind == "" {
		m.Kind = "meeting"
	}
	if m.Status == "" {
		m.Status = "held"
	}
	m.Evidence = extract.Evidence{Sentence: "They met."}
	r.Meetings = []extract.Meeting{m}
	return BuildGraph(extract.Article{ID: articleID, Title: articleID, Date: date, Text: "They met."}, r)
}

// TestFoldUndatedIntoTheEncounterItTells checks foldUndated on both stores:
// each case's last article reports one undated meeting, and want is the
// meeting it ends in ("" for its own undated node).
func TestFoldUndatedIntoTheEncounterItTells(t *testing.T) {
	const pair = "antony-blinken+yair-lapid"
	call := extract.Meeting{Kind: "call"}
	planned := extract.Meeting{Status: "planned"}
	three := []string{"Antony Blinken", "Yair Lapid", "Naftali Bennett"}
	tests := []struct {
		name   string
		before []schema.ArticleGraph
		last   schema.ArticleGraph
		want   string
	}{
		// whitehouse-22529 (2021-06-29): "And I just met with Putin."
		{"a past encounter told in passing is the pair's held meeting before it",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16"})},
			told("b", "2021-06-29", extract.Meeting{}), "meeting:2021-06-16:" + pair},
		{"the latest of them",
			[]schema.ArticleGraph{told("a", "2021-06-01", extract.Meeting{Date: "2021-06-01"}), told("c", "2021-06-16", extract.Meeting{Date: "2021-06-16"})},
			told("b", "2021-06-29", extract.Meeting{}), "meeting:2021-06-16:" + pair},
		{"on the article's own day",
			[]schema.ArticleGraph{told("a", "2021-06-29", extract.Meeting{Date: "2021-06-29"})},
			told("b", "2021-06-29", extract.Meeting{}), "meeting:2021-06-29:" + pair},
		// whitehouse-46779 (2022-02-07): "looking forward to welcoming Chancellor Scholz"
		{"a plan is the held meeting that fulfils it, the first after it",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16"}), told("c", "2021-06-20", extract.Meeting{Date: "2021-06-20"})},
			told("b", "2021-06-02", planned), "meeting:2021-06-16:" + pair},
		{"a call told in passing is the pair's call",
			[]schema.ArticleGraph{told("a", "2021-06-10", extract.Meeting{Date: "2021-06-10", Kind: "call"}), told("c", "2021-06-16", extract.Meeting{Date: "2021-06-16"})},
			told("b", "2021-06-29", call), "meeting:2021-06-10:" + pair},
		{"not more than FoldWindow days before",
			[]schema.ArticleGraph{told("a", "2021-05-29", extract.Meeting{Date: "2021-05-29"})},
			told("b", "2021-06-29", extract.Meeting{}), ""},
		{"a plan not more than FoldWindow days ahead",
			[]schema.ArticleGraph{told("a", "2021-07-03", extract.Meeting{Date: "2021-07-03"})},
			told("b", "2021-06-02", planned), ""},
		{"a held report never tells of a meeting after its article",
			[]schema.ArticleGraph{told("a", "2021-07-03", extract.Meeting{Date: "2021-07-03"})},
			told("b", "2021-06-29", extract.Meeting{}), ""},
		{"a plan never is a meeting before its article",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16"})},
			told("b", "2021-06-29", planned), ""},
		{"nor a planned one",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16", Status: "planned"})},
			told("b", "2021-06-02", planned), ""},
		{"an encounter in person is no call",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16"})},
			told("b", "2021-06-29", call), ""},
		{"nor a call an encounter in person",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16", Kind: "call"})},
			told("b", "2021-06-29", extract.Meeting{}), ""},
		{"other participants are another encounter",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16", Participants: three})},
			told("b", "2021-06-29", extract.Meeting{}), ""},
		{"another place is another encounter",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06-16", Place: "Rome"})},
			told("b", "2021-06-29", extract.Meeting{Place: "Paris"}), ""},
		{"a month says too little to choose by",
			[]schema.ArticleGraph{told("a", "2021-06-16", extract.Meeting{Date: "2021-06"})},
			told("b", "2021-06-29", extract.Meeting{}), ""},
	}
	for _, st := range resolveStores {
		t.Run(st.name, func(t *testing.T) {
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					got := resolvedIDs(t, st.open(t), append(slices.Clone(tt.before), tt.last))[tt.last.ArticleID]
					want := tt.want
					if want == "" {
						want = "meeting:undated-" + tt.last.ArticleID + ":" + pair
					}
					if got != want {
						t.Errorf("%s's meeting = %s, want %s", tt.last.ArticleID, got, want)
					}
				})
			}
		})
	}
}

// TestFoldUndatedSkipsTheArticlesOwnMeetings: an article that tells one
// encounter dated and another undated (whitehouse-20699: "great to see you
// again and just a week after we met in the White House") keeps them apart,
// and the undated one goes to the pair's meeting before.
func TestFoldUndatedSkipsTheArticlesOwnMeetings(t *testing.T) {
	const pair = "antony-blinken+yair-lapid"
	b := told("b", "2021-06-14", extract.Meeting{Date: "2021-06-14"})
	both := told("b", "2021-06-14", extract.Meeting{})
	b.Nodes = append(b.Nodes, both.Nodes...)
	b.Edges = append(b.Edges, both.Edges...)
	for _, st := range resolveStores {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			got := resolvedAll(t, s, []schema.ArticleGraph{told("a", "2021-06-07", extract.Meeting{Date: "2021-06-07"}), told("c", "2021-06-14", extract.Meeting{Date: "2021-06-14"}), b})["b"]
			want := []string{"meeting:2021-06-07:" + pair, "meeting:2021-06-14:" + pair}
			if !slices.Equal(got, want) {
				t.Errorf("b's meetings = %v, want %v", got, want)
			}
		})
	}
}

// resolvedIDs resolves and writes the graphs one batch each into the empty
// store s, and returns the id of each article's (first) meeting as written.
func resolvedIDs(t *testing.T, s schema.Store, graphs []schema.ArticleGraph) map[string]string {
	t.Helper()
	out := map[string]string{}
	for a, ids := range resolvedAll(t, s, graphs) {
		out[a] = ids[0]
	}
	return out
}

// resolvedAll is resolvedIDs with all of each article's meetings, sorted.
func resolvedAll(t *testing.T, s schema.Store, graphs []schema.ArticleGraph) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, g := range graphs {
		err := s.WriteResolved(context.Background(), []schema.ArticleGraph{g}, func(ctx context.Context, write []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
			if err := resolveMeetings(read, write); err != nil {
				return nil, err
			}
			for _, w := range write {
				for _, m := range meetingsOf(w) {
					out[w.ArticleID] = schema.AppendNew(out[w.ArticleID], m.id)
				}
				slices.Sort(out[w.ArticleID])
			}
			return write, nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestLastInMonth checks lastInMonth on both stores: the last article's
// meeting is dated to a month that agrees with two meetings or more of the
// pair, and want is the meeting it ends in ("" for a node of its own).
func TestLastInMonth(t *testing.T) {
	const pair = "antony-blinken+yair-lapid"
	june := extract.Meeting{Date: "2021-06"}
	on := func(article, day string, kind string) schema.ArticleGraph {
		return told(article, day, extract.Meeting{Date: day, Kind: kind})
	}
	tests := []struct {
		name   string
		before []schema.ArticleGraph
		last   schema.ArticleGraph
		want   string
	}{
		// usdos-325172 (2022-03-16): "it was just last week that Secretary Blinken met with … Kuleba"
		{"a month told in passing is the pair's latest meeting that month",
			[]schema.ArticleGraph{on("a", "2021-06-10", ""), on("c", "2021-06-16", "")},
			told("b", "2021-06-29", june), "meeting:2021-06-16:" + pair},
		{"up to its article's date",
			[]schema.ArticleGraph{on("a", "2021-06-10", ""), on("c", "2021-06-28", "")},
			told("b", "2021-06-20", june), "meeting:2021-06-10:" + pair},
		// whitehouse-47275 (2022-02-14): "Over the weekend … the President spoke with President Putin"
		{"a call is the latest call",
			[]schema.ArticleGraph{on("a", "2021-06-10", "call"), on("c", "2021-06-16", ""), on("d", "2021-06-05", "call")},
			told("b", "2021-06-29", extract.Meeting{Date: "2021-06", Kind: "call"}), "meeting:2021-06-10:" + pair},
		{"a plan's month stays apart",
			[]schema.ArticleGraph{on("a", "2021-06-10", ""), on("c", "2021-06-16", "")},
			told("b", "2021-06-01", extract.Meeting{Date: "2021-06", Status: "planned"}), ""},
		{"so does a month of none before its article",
			[]schema.ArticleGraph{on("a", "2021-06-10", ""), on("c", "2021-06-16", "")},
			told("b", "2021-06-02", june), ""},
		{"and a year",
			[]schema.ArticleGraph{on("a", "2021-06-10", ""), on("c", "2021-06-16", "")},
			told("b", "2021-06-29", extract.Meeting{Date: "2021"}), ""},
	}
	for _, st := range resolveStores {
		t.Run(st.name, func(t *testing.T) {
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					got := resolvedIDs(t, st.open(t), append(slices.Clone(tt.before), tt.last))[tt.last.ArticleID]
					want := tt.want
					if want == "" {
						want = "meeting:" + tt.last.Nodes[len(tt.last.Nodes)-1].Props[schema.PropDate] + ":" + pair
					}
					if got != want {
						t.Errorf("%s's meeting = %s, want %s", tt.last.ArticleID, got, want)
					}
				})
			}
		})
	}
}
