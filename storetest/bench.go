package storetest

import (
	"context"
	"testing"

	"newsgraph/schema"
)

// BenchmarkRelations measures Store.Relations over ManyMeetings(n), more
// meetings than the 5,000 one answer held before the store counted them.
// The answer is checked once, before the loop.
func BenchmarkRelations(b *testing.B, s schema.Store, n int) {
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{ManyMeetings(n)}, nil); err != nil {
		b.Fatalf("WriteResolved: %v", err)
	}
	q := schema.RelationsQuery{PartyA: "SA", PartyB: "SB", Meetings: 100}
	r, err := s.Relations(context.Background(), q)
	if err != nil {
		b.Fatalf("Relations: %v", err)
	}
	total := 0
	for _, m := range r.Months {
		total += m.Count
	}
	if total != n || len(r.Months) != 60 {
		b.Fatalf("Relations counted %d meetings in %d months, want %d in 60", total, len(r.Months), n)
	}
	for b.Loop() {
		if _, err := s.Relations(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}
