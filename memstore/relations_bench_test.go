package memstore

import (
	"fmt"
	"testing"

	"newsgraph/storetest"
)

// go test -run '^$' -bench Relations ./memstore/
func BenchmarkRelations(b *testing.B) {
	storetest.BenchmarkRelations(b, open(b, ""), 6000)
}

// go test -run '^$' -bench ShortestPath ./memstore/
func BenchmarkShortestPath(b *testing.B) {
	storetest.BenchmarkShortestPath(b, open(b, ""), 2000)
}

// go test -run '^$' -bench XiMeetings ./memstore/: the Xi query as at the
// bench's 10x and 100x (300 and 3,000 meetings).
func BenchmarkXiMeetings(b *testing.B) {
	for _, hits := range []int{300, 3000} {
		b.Run(fmt.Sprintf("hits=%d", hits), func(b *testing.B) {
			storetest.BenchmarkXiMeetings(b, open(b, ""), hits)
		})
	}
}

// go test -run '^$' -bench XiPage ./memstore/: the Xi page with its
// meetings' participants, place and sources, read in two calls or in one
// (MeetingFilter.With), at the bench's 10x and 100x.
func BenchmarkXiPage(b *testing.B) {
	for _, hits := range []int{300, 3000} {
		b.Run(fmt.Sprintf("hits=%d", hits), func(b *testing.B) {
			storetest.BenchmarkXiPage(b, open(b, ""), hits)
		})
	}
}

// go test -run '^$' -bench Subgraph ./memstore/: the bench's subgraph query
// around a hub shaped like Xi at 10x (see storetest.SubgraphHub).
func BenchmarkSubgraph(b *testing.B) {
	for _, theirs := range []int{150, 600} {
		b.Run(fmt.Sprintf("theirs=%d", theirs), func(b *testing.B) {
			storetest.BenchmarkSubgraph(b, open(b, ""), theirs)
		})
	}
}

// go test -run '^$' -bench AnalystPages ./memstore/: an analyst's pages
// over an archive of the open corpus's size (100 countries' officials
// among 6,600 countries and organisations, people by meetings with a
// country's officials, articles that mention a person).
func BenchmarkAnalystPages(b *testing.B) {
	storetest.BenchmarkAnalystPages(b, open(b, ""))
}
