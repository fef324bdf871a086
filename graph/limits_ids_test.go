package graph_test

import (
	"strings"
	"testing"

	"newsgraph/graph"
)

// TestAListOfNamedIDsIsPricedByThem: countries(where: {ids: ["country:DE"]})
// returns one country, but was priced as first's default of twenty, so
// asking for that one country's meetings and officials, a hundred of
// each, was refused as too costly (trial37). A where that names ids bounds
// the rows by their number; without ids, first still does.
func TestAListOfNamedIDsIsPricedByThem(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})
	const inner = `{ nodes { meetings(first: 100) { nodes { id } } officials(first: 100) { nodes { id } } } }`
	tests := []struct {
		name, query string
		refused     bool
	}{
		{"one country by id", `{ countries(where: {ids: ["country:DE"]}) ` + inner + ` }`, false},
		{"two organizations by id", `{ organizations(where: {ids: ["org:nato", "org:un"]}) ` + inner + ` }`, false},
		{"one person by id", `{ people(where: {ids: ["person:xi-jinping"]}) { nodes { meetings(first: 100) { nodes { participants { person { meetings(first: 20) { nodes { id } } } } } } } } }`, false},
		{"no ids: first's default of twenty", `{ countries ` + inner + ` }`, true},
		{"more ids than first: first", `{ countries(first: 20, where: {ids: ["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17","18","19","20","21","22"]}) ` + inner + ` }`, true},
		{"a name, not ids", `{ countries(where: {name: "Germany"}) ` + inner + ` }`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, code, message, body := postKeyed(t, h, tt.query, nil, "")
			costly := code == "INVALID_ARGUMENT" && strings.Contains(message, "would cost")
			if costly != tt.refused {
				t.Errorf("refused as too costly: %v, want %v: %s", costly, tt.refused, body)
			}
			if !tt.refused && code != "" {
				t.Errorf("error %s: %s", code, body)
			}
		})
	}
}
