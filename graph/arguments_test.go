package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newsgraph/graph"
)

// Arguments that a client gets wrong are refused once, with a message
// that says what is wrong, rather than answered empty or refused many
// times over.

// TestBoundsNoDateFallsBetweenAreRefused: from "2023" and to "2022" (the
// bounds swapped) answered an empty list, which tells an analyst there
// were no meetings rather than that the question was wrong (trial37).
// Every field with from and to refuses such bounds with INVALID_ARGUMENT,
// before it reads anything; bounds of different precision that still
// admit a date, such as from "2022-06-19" and to "2022-06", are a range.
func TestBoundsNoDateFallsBetweenAreRefused(t *testing.T) {
	store := samplesStore(t)
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

// TestRelationsMonthFirstOutOfRangeIsOneError: months { meetings(first:
// 1000) } was refused once for every month of the answer, the same error
// as many times as the pair had months (thirteen for the US and China on
// the open corpus, more as the archive grows; trial37). It is one
// INVALID_ARGUMENT for relations, which names the field.
func TestRelationsMonthFirstOutOfRangeIsOneError(t *testing.T) {
	store := samplesStore(t)
	h := graph.NewHandler(store, graph.Options{})
	type gqlError struct {
		Message    string
		Extensions map[string]any
	}
	post := func(query string) (errs []gqlError, months int) {
		t.Helper()
		body, err := json.Marshal(map[string]string{"query": query})
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var resp struct {
			Data struct {
				Relations *struct{ Months []json.RawMessage }
			}
			Errors []gqlError
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatalf("%v: %s", err, rec.Body)
		}
		if resp.Data.Relations != nil {
			months = len(resp.Data.Relations.Months)
		}
		return resp.Errors, months
	}
	if _, months := post(`{ relations(countryA: "US", countryB: "CN") { months { month } } }`); months < 2 {
		t.Fatalf("the samples give the US and China %d months; the test needs several", months)
	}
	for _, field := range []string{"meetings(first: 1000) { id }", "meetingList(first: 101)", "pairs(first: -1) { count }", "issues(first: 500) { count }"} {
		t.Run(field, func(t *testing.T) {
			errs, _ := post(`{ relations(countryA: "US", countryB: "CN") { months { month ` + field + ` } } }`)
			name := field[:strings.Index(field, "(")]
			if len(errs) != 1 || errs[0].Extensions["code"] != "INVALID_ARGUMENT" || !strings.Contains(errs[0].Message, name+" }: first must be between 0 and 100") {
				t.Errorf("want one INVALID_ARGUMENT naming %s, got %d errors: %+v", name, len(errs), errs)
			}
		})
	}
	if errs, months := post(`{ relations(countryA: "US", countryB: "CN") { months { meetings(first: 100) { id } meetingList(first: 0) pairs(first: 100) { count } issues { count } } } }`); len(errs) != 0 || months < 2 {
		t.Errorf("firsts within the bounds: %d months, errors %+v", months, errs)
	}
}

// TestMaxHopsOutOfRangeIsNamed: maxHops: 100 was refused as "the query would
// cost 25003 ... (lower first, limit or the nesting)", which names neither
// maxHops nor its range; the cost counts at most MaxPathHops hops, so the
// resolver says what is wrong.
func TestMaxHopsOutOfRangeIsNamed(t *testing.T) {
	h := graph.NewHandler(samplesStore(t), graph.Options{})
	const query = `query($hops: Int) { shortestPath(from: "person:xi-jinping", to: "person:joe-biden", maxHops: $hops) { length } }`
	for _, hops := range []int{7, 100, 1 << 30} {
		_, code, message, body := postKeyed(t, h, query, map[string]any{"hops": hops}, "")
		if code != "INVALID_ARGUMENT" || !strings.Contains(message, "maxHops must be between 1 and 6") {
			t.Errorf("maxHops %d: want INVALID_ARGUMENT naming maxHops's range: %s", hops, body)
		}
	}
}
