package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// BenchmarkXiAPI asks the bench's xi query (a person's first 20 meetings
// with a party's officials, the total, each meeting's place, participants
// and sources) of a server over storetest.XiMeetings(6000, hits, hits/10),
// at the bench's 10x and 100x (hits 300 and 3,000), on the embedded store
// and, with NEO4J_URI set, on Neo4j. cpu-ms/op is this process's CPU per
// request (the API's, and the driver's), p50-ms the median request:
//
//	go test -run '^$' -bench XiAPI -benchtime 100x ./graph/
func BenchmarkXiAPI(b *testing.B) {
	const query = `{ meetings(where: {participant: "person:many-a-0", withOfficialsOf: "SB"}, first: 20) {
  totalCount
  nodes { id kind date status place { name } participants { name } sources { article { id title } } } } }`
	for _, st := range apiStores {
		for _, hits := range []int{300, 3000} {
			b.Run(fmt.Sprintf("%s/hits=%d", st.name, hits), func(b *testing.B) {
				store := st.open(b)
				for _, g := range storetest.XiMeetings(6000, hits, hits/10) {
					if err := store.WriteResolved(context.Background(), []schema.ArticleGraph{g}, nil); err != nil {
						b.Fatal(err)
					}
				}
				benchmarkXiQuery(b, graph.NewHandler(store, graph.Options{}), query, hits)
			})
		}
	}
}

func benchmarkXiQuery(b *testing.B, h http.Handler, query string, hits int) {
	ask := queryAsker(b, h, query)
	var got struct {
		Data struct {
			Meetings struct {
				TotalCount int
				Nodes      []struct {
					Participants []struct{ Name string }
				}
			}
		}
		Errors []any
	}
	if err := json.Unmarshal(ask(), &got); err != nil {
		b.Fatal(err)
	}
	m := got.Data.Meetings
	if len(got.Errors) > 0 || m.TotalCount != hits || len(m.Nodes) != 20 || len(m.Nodes[0].Participants) != 2 || m.Nodes[0].Participants[0].Name == "" {
		b.Fatalf("xi = %d meetings of %d, first %+v, errors %v", len(m.Nodes), m.TotalCount, m.Nodes, got.Errors)
	}
	reportRequests(b, ask)
}
