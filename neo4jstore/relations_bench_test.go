package neo4jstore_test

import (
	"fmt"
	"testing"

	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/storetest"
)

// go test -run '^$' -bench Relations ./neo4jstore/ (with NEO4J_URI set)
func BenchmarkRelations(b *testing.B) {
	storetest.BenchmarkRelations(b, neo4jtest.Open(b), 6000)
}

// go test -run '^$' -bench ShortestPath ./neo4jstore/ (with NEO4J_URI set)
func BenchmarkShortestPath(b *testing.B) {
	storetest.BenchmarkShortestPath(b, neo4jtest.Open(b), 2000)
}

// go test -run '^$' -bench XiMeetings ./neo4jstore/ (with NEO4J_URI set):
// the Xi query as at the bench's 10x and 100x (300 and 3,000 meetings).
func BenchmarkXiMeetings(b *testing.B) {
	for _, hits := range []int{300, 3000} {
		b.Run(fmt.Sprintf("hits=%d", hits), func(b *testing.B) {
			storetest.BenchmarkXiMeetings(b, neo4jtest.Open(b), hits)
		})
	}
}

// go test -run '^$' -bench XiPage ./neo4jstore/ (with NEO4J_URI set): the
// Xi page with its meetings' participants, place and sources, read in two
// calls or in one (MeetingFilter.With), at the bench's 10x and 100x.
func BenchmarkXiPage(b *testing.B) {
	for _, hits := range []int{300, 3000} {
		b.Run(fmt.Sprintf("hits=%d", hits), func(b *testing.B) {
			storetest.BenchmarkXiPage(b, neo4jtest.Open(b), hits)
		})
	}
}

// go test -run '^$' -bench Subgraph ./neo4jstore/ (with NEO4J_URI set): the
// bench's subgraph query around a hub shaped like Xi at 10x, its 60 fellow
// participants with 150 and 600 meetings each.
func BenchmarkSubgraph(b *testing.B) {
	for _, theirs := range []int{150, 600} {
		b.Run(fmt.Sprintf("theirs=%d", theirs), func(b *testing.B) {
			storetest.BenchmarkSubgraph(b, neo4jtest.Open(b), theirs)
		})
	}
}

// go test -run '^$' -bench AnalystPages ./neo4jstore/ (with NEO4J_URI
// set): an analyst's pages over an archive of the open corpus's size (100
// countries' officials among 6,600 countries and organisations, people by
// meetings with a country's officials, articles that mention a person).
func BenchmarkAnalystPages(b *testing.B) {
	storetest.BenchmarkAnalystPages(b, neo4jtest.Open(b))
}
