package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// QueryResult is one cell of the query tables: one query against one API
// at one concurrency.
type QueryResult struct {
	API        string  `json:"api"`   // newsgraph or peer
	Store      string  `json:"store"` // neo4j or mem
	Query      string  `json:"query"`
	Scale      int     `json:"scale"`
	Clients    int     `json:"clients"`
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	Seconds    float64 `json:"seconds"`
	P50ms      float64 `json:"p50ms"`
	P95ms      float64 `json:"p95ms"`
	P99ms      float64 `json:"p99ms"`
	MeanMs     float64 `json:"meanMs"`
	MaxMs      float64 `json:"maxMs"`
	Throughput float64 `json:"requestsPerSecond"`
	// Count is what the answer counted (totalCount or list length), to
	// check that both APIs answered the same question.
	Count      int    `json:"count"`
	FirstError string `json:"firstError,omitempty"`
	// Bolt traffic per request, counted through the proxy (Neo4j only).
	RunsPerRequest       float64 `json:"runsPerRequest,omitempty"`
	RoundTripsPerRequest float64 `json:"roundTripsPerRequest,omitempty"`
	Skipped              string  `json:"skipped,omitempty"`
	// CPU cores busy during the cell (CPU seconds per second): the API
	// process, the Neo4j server, and the load generator (this process).
	APICPU     float64 `json:"apiCPU"`
	Neo4jCPU   float64 `json:"neo4jCPU,omitempty"`
	LoadGenCPU float64 `json:"loadGenCPU"`
}

type loadOptions struct {
	Duration    time.Duration // per cell
	MaxRequests int           // per cell, a bound on top of Duration
	Warmup      int           // requests before timing, per cell
}

func newHTTPClient(conns int) *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second, // a slower answer counts as an error
		Transport: &http.Transport{
			MaxIdleConns:        conns * 2,
			MaxIdleConnsPerHost: conns * 2,
			MaxConnsPerHost:     conns * 2,
			DisableCompression:  true,
			IdleConnTimeout:     30 * time.Second,
		},
	}
}

// post sends one GraphQL request and returns the decoded answer.
func post(ctx context.Context, c *http.Client, url string, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return b, fmt.Errorf("HTTP %d: %.300s", resp.StatusCode, b)
	}
	if bytes.Contains(b, []byte(`"errors":`)) {
		return b, fmt.Errorf("GraphQL errors: %.300s", b)
	}
	return b, nil
}

func gqlBody(query string) []byte {
	b, _ := json.Marshal(map[string]string{"query": query})
	return b
}

// gqlRequest is the body of a query with variables.
func gqlRequest(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// countAt follows a path of keys into a GraphQL answer's data; "#" counts
// the list there, and "!" is 1 when there is a value there (not null, not
// an empty list), else 0.
func countAt(answer []byte, path []string) int {
	var v any
	var env struct {
		Data any `json:"data"`
	}
	if json.Unmarshal(answer, &env) != nil {
		return -1
	}
	v = env.Data
	for _, k := range path {
		if k == "!" {
			if l, ok := v.([]any); v == nil || (ok && len(l) == 0) {
				return 0
			}
			return 1
		}
		if k == "#" {
			l, _ := v.([]any)
			return len(l)
		}
		m, ok := v.(map[string]any)
		if !ok {
			return -1
		}
		v = m[k]
	}
	if f, ok := v.(float64); ok {
		return int(f)
	}
	if l, ok := v.([]any); ok {
		return len(l)
	}
	return -1
}

// runLoad sends the requests, in turn, from clients goroutines, each
// waiting for its answer before sending the next (a closed loop), for
// opts.Duration or opts.MaxRequests requests, whichever comes first. The
// count is the sum of the bodies' counts.
func runLoad(ctx context.Context, url string, bodies [][]byte, countPath []string, clients int, opts loadOptions, onStart func()) QueryResult {
	res := QueryResult{Clients: clients}
	c := newHTTPClient(clients)
	defer c.CloseIdleConnections()

	for _, body := range bodies {
		first, err := post(ctx, c, url, body)
		if err != nil {
			time.Sleep(time.Second) // once more: a cold server may time out on its first plan
			first, err = post(ctx, c, url, body)
		}
		if err != nil {
			res.Errors++
			res.FirstError = err.Error()
			return res
		}
		res.Count += countAt(first, countPath)
	}
	// Warm up every connection and the server's caches.
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i; j < max(opts.Warmup, clients); j += clients {
				_, _ = post(ctx, c, url, bodies[j%len(bodies)])
			}
		}()
	}
	wg.Wait()

	if onStart != nil {
		onStart()
	}
	deadline := time.Now().Add(opts.Duration)
	lat := make([][]time.Duration, clients)
	errs := make([]int, clients)
	var firstErr sync.Once
	var sent sync.Mutex
	n := 0
	start := time.Now()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) && ctx.Err() == nil {
				sent.Lock()
				if n >= opts.MaxRequests {
					sent.Unlock()
					return
				}
				body := bodies[n%len(bodies)]
				n++
				sent.Unlock()
				t0 := time.Now()
				_, err := post(ctx, c, url, body)
				lat[i] = append(lat[i], time.Since(t0))
				if err != nil {
					errs[i]++
					firstErr.Do(func() { res.FirstError = err.Error() })
				}
			}
		}()
	}
	wg.Wait()
	res.Seconds = time.Since(start).Seconds()
	var all []time.Duration
	for i := range clients {
		all = append(all, lat[i]...)
		res.Errors += errs[i]
	}
	res.Requests = len(all)
	if len(all) == 0 {
		return res
	}
	slices.Sort(all)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	pct := func(p float64) float64 { return ms(all[min(len(all)-1, int(p*float64(len(all))))]) }
	res.P50ms, res.P95ms, res.P99ms = pct(0.50), pct(0.95), pct(0.99)
	res.MaxMs = ms(all[len(all)-1])
	var sum time.Duration
	for _, d := range all {
		sum += d
	}
	res.MeanMs = ms(sum / time.Duration(len(all)))
	res.Throughput = float64(len(all)) / res.Seconds
	return res
}
