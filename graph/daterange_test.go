package graph_test

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/samples"
)

// TestBoundsNoDateFallsBetweenAreRefused: from "2023" and to "2022" (the
// bounds swapped) answered an empty list, which tells an analyst there
// were no meetings rather than that the question was wrong (trial37).
// Every field with from and to refuses such bounds with INVALID_ARGUMENT,
// before it reads anything; bounds of different precision that still
// admit a date, such as from "2022-06-19" and to "2022-06", are a range.
func TestBoundsNoDateFallsBetweenAreRefused(t *testing.T) {
	store := emptyStore(t)
	l := loader.Loader{Store: store, Log: newLogger(io.Discard)}
	if _, err := l.Load(context.Background(), loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL))); err != nil {
		t.Fatal(err)
	}
	h := graph.NewHandler(store, graph.Options{})
	fields := map[string]string{
		"meetings":          `{ meetings(where: {from: $from, to: $to}) { totalCount } }`,
		"a node's meetings": `{ people(first: 1) { nodes { meetings(where: {from: $from, to: $to}) { totalCount } } } countries(where: {ids: ["country:US"]}) { nodes { meetings(where: {from: $from, to: $to}) { totalCount } } } }`,
		"articles":          `{ articles(where: {from: $from, to: $to}) { totalCount } }`,
		"relations":         `{ relations(countryA: "US", countryB: "CN", from: $from, to: $to) { totalCount } }`,
		"timeline":          `{ timeline(id: "person:xi-jinping", from: $from, to: $to) { date } }`,
		"coParticipants":    `{ coParticipants(id: "person:xi-jinping", from: $from, to: $to) { count } }`,
		"subgraph":          `{ subgraph(seeds: ["person:xi-jinping"], where: {from: $from, to: $to}) { truncated } }`,
	}
	for name, body := range fields {
		query := "query($from: Date, $to: Date) " + body
		for _, bounds := range [][2]string{{"2023", "2022"}, {"2022-06", "2022-03"}, {"2022-06-19", "2022-06-18"}, {"2023-01-01", "2022"}} {
			t.Run(name+" "+bounds[0]+".."+bounds[1], func(t *testing.T) {
				_, code, message, body := postKeyed(t, h, query, map[string]any{"from": bounds[0], "to": bounds[1]}, "")
				if code != "INVALID_ARGUMENT" || !strings.Contains(message, `from "`+bounds[0]+`" is after to "`+bounds[1]+`"`) {
					t.Errorf("want INVALID_ARGUMENT saying from is after to: %s", body)
				}
			})
		}
	}
	for name := range fields {
		for _, bounds := range [][2]string{{"2022-06-19", "2022-06"}, {"2022", "2022-01-01"}, {"2022-12-31", "2022"}, {"2022", "2022"}, {"2021", "2023-06"}} {
			t.Run(name+" "+bounds[0]+".."+bounds[1]+" is a range", func(t *testing.T) {
				data, code, _, body := postKeyed(t, h, "query($from: Date, $to: Date) "+fields[name], map[string]any{"from": bounds[0], "to": bounds[1]}, "")
				if code != "" || len(data) == 0 {
					t.Errorf("refused: %s", body)
				}
			})
		}
	}
}
