package loader_test

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"newsgraph/loader"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/samples"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// stores are the implementations every loader scenario runs against.
var stores = []struct {
	name string
	open func(t *testing.T) schema.Store
}{
	{"embedded", func(t *testing.T) schema.Store {
		return memtest.OpenDir(t, t.TempDir())
	}},
	{"neo4j", neo4jtest.OpenStore},
}

func loadSamples(t *testing.T, s schema.Store) loader.Report {
	t.Helper()
	l := loader.Loader{Store: s}
	rep, err := l.Load(context.Background(), loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rejected) > 0 {
		t.Fatalf("bundled samples rejected: %v", rep.Rejected)
	}
	return rep
}

func TestLoadRejectsBadArticlesAndWritesTheRest(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			l := loader.Loader{Store: s, BatchSize: 1}
			rep, err := l.LoadFiles(context.Background(), "testdata/mixed.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			if rep.Articles != 2 || len(rep.Rejected) != 5 {
				t.Fatalf("loaded %d, rejected %d (%v); want 2 and 5", rep.Articles, len(rep.Rejected), rep.Rejected)
			}
			got, err := s.Nodes(context.Background(), []string{"article:good-1", "article:good-2", "article:no-text", "article:bad-date"})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || got["article:good-1"].ID == "" || got["article:good-2"].ID == "" {
				t.Errorf("articles in store: %v, want exactly good-1 and good-2", got)
			}
		})
	}
}

func TestLoadingTwiceChangesNothing(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			rep := loadSamples(t, s)
			before, err := s.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if before.Nodes == 0 || before.Relationships == 0 || rep.Articles != bytes.Count(samples.ArticlesJSONL, []byte("\n")) {
				t.Fatalf("first load: %d articles, counts %+v", rep.Articles, before)
			}
			loadSamples(t, s)
			after, err := s.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("counts changed on the second load: %+v -> %+v", before, after)
			}
		})
	}
}

func TestSamplesAnswerMeetingsOfXiWithUSOfficials(t *testing.T) {
	type meeting struct{ date, status string }
	want := []meeting{{"2023-06-19", "held"}, {"2023", "planned"}, {"2022-11", "held"}}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			loadSamples(t, s)
			ctx := context.Background()
			page, total, err := storetest.Meetings(ctx, s, schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US"}, 0, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []meeting
			var ids []string
			for _, m := range page {
				got = append(got, meeting{m.Props[schema.PropDate], m.Props[schema.PropStatus]})
				ids = append(ids, m.ID)
			}
			if total != 3 || !slices.Equal(got, want) {
				t.Fatalf("meetings = %v (total %d), want %v", got, total, want)
			}
			// Every meeting is traceable to the sentence it came from.
			reports, err := storetest.Edges(ctx, s, ids, schema.RelReports, schema.In)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				if len(reports[id]) == 0 || len(reports[id][0].Evidence) == 0 || reports[id][0].Evidence[0].Sentence == "" {
					t.Errorf("meeting %s has no evidence sentence: %+v", id, reports[id])
				}
			}
		})
	}
}

func TestTrackAddedReportsWhatTheLoadAdded(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			ctx := context.Background()
			l := loader.Loader{Store: s, BatchSize: 7, TrackAdded: true}
			rep, err := l.Load(ctx, loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL)))
			if err != nil || len(rep.Rejected) > 0 {
				t.Fatalf("load: %v %v", err, rep.Rejected)
			}
			c, err := s.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			// Into an empty store, everything written was added, once.
			if len(rep.Added.Nodes) != c.Nodes || len(rep.Added.Edges) != c.Relationships {
				t.Errorf("added %d nodes and %d edges; the store holds %d and %d", len(rep.Added.Nodes), len(rep.Added.Edges), c.Nodes, c.Relationships)
			}
			if len(rep.ArticleIDs) != rep.Articles || rep.ArticleIDs[0] != "seed-blinken-xi" {
				t.Errorf("article ids = %d of %d, first %v", len(rep.ArticleIDs), rep.Articles, rep.ArticleIDs[:1])
			}
			again, err := l.Load(ctx, loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL)))
			if err != nil || len(again.Added.Nodes) != 0 || len(again.Added.Edges) != 0 {
				t.Errorf("loading again added %d nodes and %d edges (err %v)", len(again.Added.Nodes), len(again.Added.Edges), err)
			}
		})
	}
}
