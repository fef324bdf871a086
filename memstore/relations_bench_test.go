package memstore

import (
	"testing"

	"newsgraph/storetest"
)

// go test -run '^$' -bench Relations ./memstore/
func BenchmarkRelations(b *testing.B) {
	s, err := Open("")
	if err != nil {
		b.Fatal(err)
	}
	storetest.BenchmarkRelations(b, s, 6000)
}

// go test -run '^$' -bench ShortestPath ./memstore/
func BenchmarkShortestPath(b *testing.B) {
	s, err := Open("")
	if err != nil {
		b.Fatal(err)
	}
	storetest.BenchmarkShortestPath(b, s, 2000)
}

// go test -run '^$' -bench XiMeetings ./memstore/
func BenchmarkXiMeetings(b *testing.B) {
	s, err := Open("")
	if err != nil {
		b.Fatal(err)
	}
	storetest.BenchmarkXiMeetings(b, s, 6000)
}
