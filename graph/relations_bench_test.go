package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/memstore/memtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkRelationsAPI asks the bench's relations query (every month's
// meetings with their participants' names) of a server over the embedded
// store holding storetest.ManyMeetings(5000), about as many meetings as
// the US and China have at 100×: the API's own cost, which the store's
// hides on Neo4j. cpu-ms/op is the process's CPU time per request, which
// a shared machine disturbs less than the wall time:
//
//	go test -run '^$' -bench RelationsAPI -benchtime 10x ./graph/
func BenchmarkRelationsAPI(b *testing.B) {
	store := memtest.Open(b)
	if err := store.WriteResolved(context.Background(), []schema.ArticleGraph{storetest.ManyMeetings(5000)}, nil); err != nil {
		b.Fatal(err)
	}
	h := graph.NewHandler(store, graph.Options{})
	body, err := json.Marshal(map[string]any{"query": `{ relations(countryA: "SA", countryB: "SB") {
  totalCount months { month count meetings { id date kind participants { name } } } } }`})
	if err != nil {
		b.Fatal(err)
	}
	ask := func() []byte {
		req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		return rec.Body.Bytes()
	}
	var got struct {
		Data struct {
			Relations struct {
				TotalCount int
				Months     []struct {
					Meetings []struct{ Participants []struct{ Name string } }
				}
			}
		}
		Errors []any
	}
	if err := json.Unmarshal(ask(), &got); err != nil {
		b.Fatal(err)
	}
	r := got.Data.Relations
	if len(got.Errors) > 0 || r.TotalCount != 5000 || len(r.Months) != 60 || len(r.Months[0].Meetings) == 0 ||
		len(r.Months[0].Meetings[0].Participants) != 2 || r.Months[0].Meetings[0].Participants[0].Name == "" {
		b.Fatalf("relations = %d meetings in %d months, errors %v", r.TotalCount, len(r.Months), got.Errors)
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start, n := cpu(), 0
	for b.Loop() {
		ask()
		n++
	}
	b.ReportMetric(float64(cpu()-start)/1e6/float64(n), "cpu-ms/op")
}
