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

// AbuseRequest is one hostile request and what the server must do with it.
type AbuseRequest struct {
	Name      string
	Query     string
	Variables map[string]any
	Code      string // the refusal's extensions.code; "" when it must be answered
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

// AbuseRequests are the requests of the abuse suite; a benchmark sends
// them too, to measure the server's heap under them.
var AbuseRequests = []AbuseRequest{
	{Name: "deep", Query: nested(40), Code: "INVALID_ARGUMENT"},
	{Name: "deep through fragments", Query: deepFragments(12), Code: "INVALID_ARGUMENT"},
	{Name: "wide, answered", Query: repeated(300, func(i int) string { return fmt.Sprintf("a%d: stats { nodes }", i) })},
	{Name: "aliased costly lists", Query: repeated(100, func(i int) string {
		return fmt.Sprintf("a%d: meetings(first: 100) { nodes { id } }", i)
	}), Code: "INVALID_ARGUMENT"},
	{Name: "aliased shortest paths", Query: repeated(20, func(i int) string {
		return fmt.Sprintf(`a%d: shortestPath(from: "person:joe-biden", to: "person:vladimir-putin", maxHops: 6) { length }`, i)
	}), Code: "INVALID_ARGUMENT"},
	{Name: "fragment bomb", Query: fragmentBomb(30), Code: "INVALID_ARGUMENT"},
	{Name: "same-name fields", Query: repeated(2000, func(i int) string { return fmt.Sprintf(`search(text: "x%d") { score }`, i) }),
		Code: "GRAPHQL_PARSE_FAILED"},
	{Name: "same-name fields under the token limit", Query: repeated(220, func(i int) string { return fmt.Sprintf(`search(text: "x%d") { score }`, i) }),
		Code: "GRAPHQL_VALIDATION_FAILED"},
	{Name: "search, one word 5,000 times", Query: `query($t: String!) { search(text: $t) { score } }`,
		Variables: map[string]any{"t": strings.Repeat("a ", 5000)}, Code: "INVALID_ARGUMENT"},
	{Name: "search, 5,000 words", Query: `query($t: String!) { search(text: $t) { score } }`,
		Variables: map[string]any{"t": words(5000, func(i int) string { return fmt.Sprintf("w%d", i) })}, Code: "INVALID_ARGUMENT"},
	{Name: "search, 950 KB", Query: `query($t: String!) { search(text: $t) { score } }`,
		Variables: map[string]any{"t": strings.Repeat("xi ", 950<<10/3)}, Code: "INVALID_ARGUMENT"},
	{Name: "search, longest allowed", Query: `query($t: String!) { search(text: $t) { score } }`,
		Variables: map[string]any{"t": words(schema.MaxSearchWords, func(i int) string { return "abcdefghijklmnopqrstuvwxyz0123456789"[i : i+1] })}},
	{Name: "huge first", Query: `{ meetings(first: 2147483647) { nodes { id } } }`, Code: "INVALID_ARGUMENT"},
	{Name: "huge first, totalCount only", Query: `{ people(first: 2147483647) { totalCount } }`, Code: "INVALID_ARGUMENT"},
	{Name: "huge first in a variable", Query: `query($n: Int) { articles(first: $n) { nodes { id } } }`,
		Variables: map[string]any{"n": 1 << 30}, Code: "INVALID_ARGUMENT"},
	{Name: "huge first on search", Query: `{ search(text: "xi", first: 2147483647) { score } }`, Code: "INVALID_ARGUMENT"},
	{Name: "huge first on timeline", Query: `{ timeline(id: "person:xi-jinping", first: 2147483647) { date } }`, Code: "INVALID_ARGUMENT"},
	{Name: "huge first on coParticipants", Query: `{ coParticipants(id: "person:xi-jinping", first: 2147483647) { count } }`, Code: "INVALID_ARGUMENT"},
	{Name: "huge limit", Query: `{ subgraph(seeds: ["country:US"], depth: 3, limit: 2147483647) { nodes { id } } }`, Code: "INVALID_ARGUMENT"},
	{Name: "huge depth", Query: `{ subgraph(seeds: ["country:US"], depth: 2147483647) { nodes { id } } }`, Code: "INVALID_ARGUMENT"},
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
	peak := WatchHeap(t)
	for _, r := range AbuseRequests {
		t.Run(r.Name, func(t *testing.T) {
			start := time.Now()
			resp := api.post(t, r.Query, r.Variables)
			took := time.Since(start)
			if took > graph.DefaultTimeout {
				t.Errorf("took %v, past the request time limit of %v", took, graph.DefaultTimeout)
			}
			if len(resp.Body) > maxAbuseResponse {
				t.Errorf("the response is %d bytes, want at most %d", len(resp.Body), maxAbuseResponse)
			}
			if r.Code == "" {
				if len(resp.Errors) > 0 {
					t.Fatalf("want an answer, got %.500s", resp.Body)
				}
				return
			}
			if len(resp.Errors) == 0 {
				t.Fatalf("want %s, got an answer: %.300s", r.Code, resp.Body)
			}
			if got := resp.Errors[0].code(); got != r.Code {
				t.Errorf("code = %q, want %q: %.500s", got, r.Code, resp.Body)
			}
			t.Logf("%v: %.200s", took, resp.Errors[0].Message)
		})
	}
	t.Logf("peak heap while the suite ran: %d MB", peak()>>20)
	if p := peak(); p > maxAbuseHeap {
		t.Errorf("the heap reached %d MB, want at most %d MB", p>>20, maxAbuseHeap>>20)
	}
}

// WatchHeap samples the heap until the test or benchmark ends and
// returns a func that reports its peak so far.
func WatchHeap(t testing.TB) func() uint64 {
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
