package graphtest

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/schema"
)

// The abuse suite: small requests built to make the server do a lot of
// work (deep, wide, aliased, fragment-bombed, same-name, long-string,
// huge-first and huge-limit). Each must be answered or refused within the
// request time limit, with a small response, while the heap stays bounded.

// abuseRequest is one hostile request and what the server must do with it.
type abuseRequest struct {
	name      string
	query     string
	variables map[string]any
	code      string // the refusal's extensions.code; "" when it must be answered
}

// fragmentBomb is a 1 KB query whose fragments double at every level:
// written out, it has 2^levels fields.
func fragmentBomb(levels int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "query { ...F%d }\nfragment F0 on Query { stats { nodes } }\n", levels-1)
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// deepFragments nests through fragments instead of inline selections.
func deepFragments(levels int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "query { person(id: \"person:xi-jinping\") { ...P%d } }\nfragment P0 on Person { name }\n", levels-1)
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "fragment P%d on Person { meetings(first: 1) { nodes { participants { person { ...P%d } } } } }\n", i, i-1)
	}
	return b.String()
}

// repeated is "{ f(0) f(1) … }" with n fields made by field.
func repeated(n int, field func(i int) string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		b.WriteString(" " + field(i))
	}
	b.WriteString(" }")
	return b.String()
}

func words(n int, word func(i int) string) string {
	w := make([]string, n)
	for i := range w {
		w[i] = word(i)
	}
	return strings.Join(w, " ")
}

var abuseRequests = []abuseRequest{
	{name: "deep", query: nested(40), code: "INVALID_ARGUMENT"},
	{name: "deep through fragments", query: deepFragments(12), code: "INVALID_ARGUMENT"},
	{name: "wide, answered", query: repeated(300, func(i int) string { return fmt.Sprintf("a%d: stats { nodes }", i) })},
	{name: "aliased costly lists", query: repeated(100, func(i int) string {
		return fmt.Sprintf("a%d: meetings(first: 100) { nodes { id } }", i)
	}), code: "INVALID_ARGUMENT"},
	{name: "aliased shortest paths", query: repeated(20, func(i int) string {
		return fmt.Sprintf(`a%d: shortestPath(from: "person:joe-biden", to: "person:vladimir-putin", maxHops: 6) { length }`, i)
	}), code: "INVALID_ARGUMENT"},
	{name: "fragment bomb", query: fragmentBomb(30), code: "INVALID_ARGUMENT"},
	{name: "same-name fields", query: repeated(2000, func(i int) string { return fmt.Sprintf(`search(text: "x%d") { score }`, i) }),
		code: "GRAPHQL_PARSE_FAILED"},
	{name: "same-name fields under the token limit", query: repeated(220, func(i int) string { return fmt.Sprintf(`search(text: "x%d") { score }`, i) }),
		code: "GRAPHQL_VALIDATION_FAILED"},
	{name: "search, one word 5,000 times", query: `query($t: String!) { search(text: $t) { score } }`,
		variables: map[string]any{"t": strings.Repeat("a ", 5000)}, code: "INVALID_ARGUMENT"},
	{name: "search, 5,000 words", query: `query($t: String!) { search(text: $t) { score } }`,
		variables: map[string]any{"t": words(5000, func(i int) string { return fmt.Sprintf("w%d", i) })}, code: "INVALID_ARGUMENT"},
	{name: "search, 950 KB", query: `query($t: String!) { search(text: $t) { score } }`,
		variables: map[string]any{"t": strings.Repeat("xi ", 950<<10/3)}, code: "INVALID_ARGUMENT"},
	{name: "search, longest allowed", query: `query($t: String!) { search(text: $t) { score } }`,
		variables: map[string]any{"t": words(schema.MaxSearchWords, func(i int) string { return "abcdefghijklmnopqrstuvwxyz0123456789"[i : i+1] })}},
	{name: "huge first", query: `{ meetings(first: 2147483647) { nodes { id } } }`, code: "INVALID_ARGUMENT"},
	{name: "huge first, totalCount only", query: `{ people(first: 2147483647) { totalCount } }`, code: "INVALID_ARGUMENT"},
	{name: "huge first in a variable", query: `query($n: Int) { articles(first: $n) { nodes { id } } }`,
		variables: map[string]any{"n": 1 << 30}, code: "INVALID_ARGUMENT"},
	{name: "huge first on search", query: `{ search(text: "xi", first: 2147483647) { score } }`, code: "INVALID_ARGUMENT"},
	{name: "huge first on timeline", query: `{ timeline(id: "person:xi-jinping", first: 2147483647) { date } }`, code: "INVALID_ARGUMENT"},
	{name: "huge first on coParticipants", query: `{ coParticipants(id: "person:xi-jinping", first: 2147483647) { count } }`, code: "INVALID_ARGUMENT"},
	{name: "huge limit", query: `{ subgraph(seeds: ["country:US"], depth: 3, limit: 2147483647) { nodes { id } } }`, code: "INVALID_ARGUMENT"},
	{name: "huge depth", query: `{ subgraph(seeds: ["country:US"], depth: 2147483647) { nodes { id } } }`, code: "INVALID_ARGUMENT"},
}

// maxAbuseResponse bounds a response's size: a refusal says why in a few
// lines, not once per offending pair of fields.
const maxAbuseResponse = 256 << 10

// maxAbuseHeap bounds the heap while the suite runs: generous, as the
// fixture is small, but far below what the requests cost without limits.
const maxAbuseHeap = 500 << 20

// RunAbuseTests sends every abuse request to a server over a store that
// newStore opens, and checks that each is answered or refused in time.
func RunAbuseTests(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{}, newsFixture())
	peak := watchHeap(t)
	for _, r := range abuseRequests {
		t.Run(r.name, func(t *testing.T) {
			start := time.Now()
			resp := api.post(t, r.query, r.variables)
			took := time.Since(start)
			if took > graph.DefaultTimeout {
				t.Errorf("took %v, past the request time limit of %v", took, graph.DefaultTimeout)
			}
			if len(resp.Body) > maxAbuseResponse {
				t.Errorf("the response is %d bytes, want at most %d", len(resp.Body), maxAbuseResponse)
			}
			if r.code == "" {
				if len(resp.Errors) > 0 {
					t.Fatalf("want an answer, got %.500s", resp.Body)
				}
				return
			}
			if len(resp.Errors) == 0 {
				t.Fatalf("want %s, got an answer: %.300s", r.code, resp.Body)
			}
			if got := resp.Errors[0].code(); got != r.code {
				t.Errorf("code = %q, want %q: %.500s", got, r.code, resp.Body)
			}
			t.Logf("%v: %.200s", took, resp.Errors[0].Message)
		})
	}
	t.Logf("peak heap while the suite ran: %d MB", peak()>>20)
	if p := peak(); p > maxAbuseHeap {
		t.Errorf("the heap reached %d MB, want at most %d MB", p>>20, maxAbuseHeap>>20)
	}
}

// watchHeap samples the heap until the test ends and returns a func that
// reports its peak so far.
func watchHeap(t *testing.T) func() uint64 {
	var peak atomic.Uint64
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > peak.Load() {
			peak.Store(m.HeapAlloc)
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sample()
			}
		}
	})
	t.Cleanup(func() { close(done); wg.Wait() })
	return func() uint64 { sample(); return peak.Load() }
}
