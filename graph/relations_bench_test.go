package graph_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"newsgraph/graph"
	"newsgraph/memstore/memtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkRelationsAPI asks the bench's relations query (every month's
// meetings with their participants' names) of a server over the embedded
// store holding storetest.ManyMeetings(5000), about as many meetings as
// the US and China have at 100×: the API's own cost, which the store's
// hides on Neo4j; and the same meetings as each month's meetingList, one
// JSON value. cpu-ms/op is the process's CPU time per request, which a
// shared machine disturbs less than the wall time:
//
//	go test -run '^$' -bench RelationsAPI -benchtime 10x ./graph/
func BenchmarkRelationsAPI(b *testing.B) {
	store := memtest.Open(b)
	if err := store.WriteResolved(context.Background(), []schema.ArticleGraph{storetest.ManyMeetings(5000)}, nil); err != nil {
		b.Fatal(err)
	}
	h := graph.NewHandler(store, graph.Options{})
	for _, q := range []struct{ name, query string }{
		{"meetings", `{ relations(countryA: "SA", countryB: "SB") {
  totalCount months { month count meetings { id date kind participants { name } } } } }`},
		{"meetingList", `{ relations(countryA: "SA", countryB: "SB") { totalCount months { month count meetingList } } }`},
		{"months", `{ relations(countryA: "SA", countryB: "SB") {
  totalCount months { month count pairs { a { name } b { name } count } issues { issue { name } count } } } }`},
	} {
		b.Run(q.name, func(b *testing.B) { benchmarkRelationsQuery(b, h, q.query) })
	}
}

func benchmarkRelationsQuery(b *testing.B, h http.Handler, query string) {
	ask := queryAsker(b, h, query)
	type participant struct{ Name string }
	var got struct {
		Data struct {
			Relations struct {
				TotalCount int
				Months     []struct {
					Meetings    []struct{ Participants []participant }
					MeetingList []struct{ Participants []participant }
					Pairs       []struct {
						A, B  participant
						Count int
					}
				}
			}
		}
		Errors []any
	}
	if err := json.Unmarshal(ask(), &got); err != nil {
		b.Fatal(err)
	}
	r := got.Data.Relations
	if len(got.Errors) > 0 || r.TotalCount != 5000 || len(r.Months) != 60 {
		b.Fatalf("relations = %d meetings in %d months, errors %v", r.TotalCount, len(r.Months), got.Errors)
	}
	first := append(r.Months[0].Meetings, r.Months[0].MeetingList...)
	if pairs := r.Months[0].Pairs; len(pairs) > 0 {
		if pairs[0].A.Name == "" || pairs[0].B.Name == "" || pairs[0].Count == 0 {
			b.Fatalf("the first month's first pair = %+v", pairs[0])
		}
	} else if len(first) == 0 || len(first[0].Participants) != 2 || first[0].Participants[0].Name == "" {
		b.Fatalf("the first month's first meeting = %+v", first)
	}
	start, n := processCPU(b), 0
	for b.Loop() {
		ask()
		n++
	}
	b.ReportMetric(float64(processCPU(b)-start)/1e6/float64(n), "cpu-ms/op")
}
