package loader_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"newsgraph/loader"
	"newsgraph/loader/extract"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestConcurrentLoadersMergeOneMeeting loads two reports of one meeting (a
// day apart, so with different ids) through two loaders at the same moment.
// Resolution reads and writes in one transaction, with the people locked,
// so whichever loader comes second sees the first one's meeting and joins
// it: the archive must hold one meeting, every round.
func TestConcurrentLoadersMergeOneMeeting(t *testing.T) {
	reports := []extract.Article{
		{ID: "rome-1", Title: "Secretary Blinken's Meeting with Foreign Minister Lapid", Date: "2021-06-27",
			Text: "Secretary of State Antony Blinken met with Israeli Foreign Minister Yair Lapid today in Rome. They discussed Iran."},
		{ID: "rome-2", Title: "Blinken and Lapid meet in Rome", Date: "2021-06-28",
			Text: "Secretary of State Antony Blinken met Israeli Foreign Minister Yair Lapid in Rome on June 28. They discussed Iran."},
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			rounds := 20
			if st.name == "neo4j" {
				rounds = 5 // each round wipes the database
			}
			for round := range rounds {
				s := st.open(t)
				ctx := context.Background()
				start := make(chan struct{})
				var wg sync.WaitGroup
				for _, a := range reports {
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						rec := loader.Record{Article: a, File: "concurrent", Line: 1}
						rep, err := (&loader.Loader{Store: s}).Load(ctx, slices.Values([]loader.Record{rec}))
						if err != nil || len(rep.Rejected) > 0 {
							t.Errorf("load %s: %v %v", a.ID, err, rep.Rejected)
						}
					}()
				}
				close(start)
				wg.Wait()
				page, total, err := storetest.Meetings(ctx, s, schema.MeetingFilter{Participant: "person:antony-blinken"}, 0, 10)
				if err != nil {
					t.Fatal(err)
				}
				if total != 1 {
					var ids []string
					for _, m := range page {
						ids = append(ids, m.ID)
					}
					t.Fatalf("round %d: %d meetings %v, want the one both articles report", round, total, ids)
				}
			}
		})
	}
}
