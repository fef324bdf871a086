package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/health"
	"newsgraph/memstore"
)

func TestVersionDescribesTheBuild(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"release with its commit", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "f86c655"}, {Key: "vcs.time", Value: "2026-12-04T06:00:00Z"}, {Key: "vcs.modified", Value: "false"}}},
			true, "newsgraph v1.2.0 commit f86c655 2026-12-04T06:00:00Z go1.26.0"},
		{"checkout with changes", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "f86c655"}, {Key: "vcs.modified", Value: "true"}}},
			true, "newsgraph (devel) commit f86c655+dirty go1.26.0"},
		{"no version control (go test)", &debug.BuildInfo{GoVersion: "go1.26.0"}, true, "newsgraph (devel) go1.26.0"},
		{"no build information", nil, false, "newsgraph (no build information)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := version(tt.info, tt.ok); got != tt.want {
				t.Errorf("version = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVersionFlagPrintsOneLineAndExits(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-version"}, {"version"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if got := stdout.String(); !strings.HasPrefix(got, "newsgraph ") || strings.Count(got, "\n") != 1 {
			t.Errorf("%v printed %q, want one line starting with newsgraph", args, got)
		}
	}
}

func TestLogFormatJSONWritesOneObjectPerLine(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--log-format", "json", "--data", t.TempDir(), "loader/testdata/header.txt"}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("load: %v\n%s", err, stderr.String())
	}
	lines := 0
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q: %v", sc.Text(), err)
		}
		if rec["msg"] == nil || rec["level"] == nil {
			t.Errorf("log line lacks msg or level: %q", sc.Text())
		}
		lines++
	}
	if lines == 0 {
		t.Error("load logged nothing")
	}
}

func TestLogFormatRefusesUnknownFormats(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"serve", "--log-format", "xml"}, &stdout, &stderr)
	if err == nil || !strings.Contains(stderr.String(), `want text or json, got "xml"`) {
		t.Errorf("serve --log-format xml = %v, stderr %q", err, stderr.String())
	}
}

// startServe runs the serve command on a free port until the test ends,
// and returns its address and log.
func startServe(t *testing.T, args ...string) (addr string, log *syncBuffer) {
	t.Helper()
	addr, log, stop := launchServe(t, args...)
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return addr, log
}

// launchServe runs the serve command on a free port and returns its
// address, its log and a stop that ends it and returns serve's error.
func launchServe(t *testing.T, args ...string) (addr string, log *syncBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	log = &syncBuffer{}
	// Port 0: the server keeps the listener it opens, and its start line
	// says where it listens.
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), io.Discard, log)
	}()
	stop = func() error {
		cancel()
		return <-done
	}
	t.Cleanup(cancel) // a failed waitFor still ends the server
	return log.waitFor(t, servingAt)[1], log, stop
}

// servingAt finds the address in serve's start line.
var servingAt = regexp.MustCompile(`graphql=http://([^/\s]+)/`)

// syncBuffer is a log that tests read while the server writes it.
type syncBuffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	written chan struct{} // closed at the next write
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.written != nil {
		close(b.written)
		b.written = nil
	}
	return b.b.Write(p)
}

// waitFor returns the first match of re in the log, waiting for the writes
// until it appears; it fails the test after 60 s (serve may load the
// samples into a cold Neo4j before it listens).
func (b *syncBuffer) waitFor(t *testing.T, re *regexp.Regexp) []string {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		b.mu.Lock()
		m := re.FindStringSubmatch(b.b.String())
		if b.written == nil {
			b.written = make(chan struct{})
		}
		written := b.written
		b.mu.Unlock()
		if m != nil {
			return m
		}
		select {
		case <-written:
		case <-timeout:
			t.Fatalf("the log never matched %s:\n%s", re, b.String())
		}
	}
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return httpDo(t, req)
}

// httpDo sends req and returns the status and the body.
func httpDo(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := resp.Body.Close(); err != nil {
			t.Error(err)
		}
	}()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestServeAnswersTheProbesOnTheEmbeddedStore(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	addr, _ := startServe(t, "--data", t.TempDir(), "--no-samples")
	for _, path := range []string{health.LivePath, health.ReadyPath} {
		if code, body := httpGet(t, "http://"+addr+path); code != http.StatusOK || body != "ok\n" {
			t.Errorf("GET %s = %d %q, want 200 ok", path, code, body)
		}
	}
}

// serveSlow serves a handler that holds each request until release closes,
// and returns the address, a channel told when a request has arrived, and
// serveUntilDone's result.
func serveSlow(t *testing.T, ctx context.Context, timeout time.Duration, release <-chan struct{}, log *syncBuffer) (string, <-chan struct{}, <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	arrived := make(chan struct{}, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
		if _, err := w.Write([]byte("finished")); err != nil {
			t.Error(err)
		}
	})}
	done := make(chan error, 1)
	go func() {
		done <- serveUntilDone(ctx, srv, ln, &health.Probes{}, timeout, slog.New(slog.NewTextHandler(log, nil)))
	}()
	return ln.Addr().String(), arrived, done
}

func TestShutdownDrainsRequestsInFlightAndLogsIt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	log := &syncBuffer{}
	addr, arrived, done := serveSlow(t, ctx, 10*time.Second, release, log)
	type result struct {
		code int
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + addr)
		if err != nil {
			got <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		if cerr := resp.Body.Close(); err == nil {
			err = cerr
		}
		got <- result{resp.StatusCode, string(b), err}
	}()
	<-arrived
	cancel() // the signal
	// The server stops accepting but waits for the request in flight.
	log.waitFor(t, regexp.MustCompile("shutting down"))
	select {
	case err := <-done:
		t.Fatalf("serve returned %v with a request still in flight", err)
	default:
	}
	close(release)
	r := <-got
	if r.err != nil || r.code != http.StatusOK || r.body != "finished" {
		t.Errorf("request in flight = %d %q %v, want 200 finished", r.code, r.body, r.err)
	}
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	if !strings.Contains(log.String(), "shut down cleanly") {
		t.Errorf("log lacks the shutdown line:\n%s", log.String())
	}
}

func TestShutdownCutsOffRequestsPastTheTimeout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	log := &syncBuffer{}
	// The handler runs until its request's context ends: the cut-off must
	// end it, or the store would be closed under it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	arrived, handlerDone := make(chan struct{}), make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-r.Context().Done()
		close(handlerDone)
	})}
	done := make(chan error, 1)
	go func() {
		done <- serveUntilDone(ctx, srv, ln, &health.Probes{}, 50*time.Millisecond, slog.New(slog.NewTextHandler(log, nil)))
	}()
	type answer struct {
		resp *http.Response
		err  error
	}
	client := make(chan answer, 1)
	go func() {
		resp, err := http.Get("http://" + addr)
		client <- answer{resp, err}
	}()
	<-arrived
	cancel()
	err = <-done
	if err == nil || !strings.Contains(err.Error(), "cut off") {
		t.Errorf("serve = %v, want the cut-off error", err)
	}
	if !strings.Contains(log.String(), "cut off") {
		t.Errorf("log lacks the cut-off line:\n%s", log.String())
	}
	if errors.Is(err, http.ErrServerClosed) {
		t.Error("the cut-off was reported as a clean close")
	}
	select {
	case <-handlerDone:
	case <-time.After(5 * time.Second):
		t.Error("the cut-off request's context did not end")
	}
	select {
	case a := <-client:
		if a.err == nil {
			t.Errorf("the cut-off request was answered %s", a.resp.Status)
			if err := a.resp.Body.Close(); err != nil {
				t.Error(err)
			}
		}
	case <-time.After(5 * time.Second):
		t.Error("the cut-off request's client is still waiting")
	}
}

func TestLogFormatJSONCoversTheEmbeddedStoresOwnLines(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	defer slog.SetDefault(slog.Default())
	dir := t.TempDir()
	// A torn last journal line, which the store drops with a warning.
	if err := os.WriteFile(filepath.Join(dir, memstore.JournalFile), []byte(`{"graphs":[`), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"load", "--log-format", "json", "--data", dir, "loader/testdata/header.txt"}, &stdout, &stderr); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "dropping incomplete last journal entry") {
		t.Fatalf("the store's warning is not in the command's log:\n%s", stderr.String())
	}
	for line := range strings.Lines(stderr.String()) {
		if !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON: %q", line)
		}
	}
}

func TestLoadIntoTheFolderOfARunningServerFailsNamingTheServer(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	dir := t.TempDir()
	startServe(t, "--data", dir, "--no-samples")
	var stdout, stderr bytes.Buffer
	start := time.Now()
	err := run(context.Background(), []string{"load", "--data", dir, "loader/testdata/header.txt"}, &stdout, &stderr)
	if err == nil {
		t.Fatal("load into a folder that a server holds succeeded")
	}
	for _, want := range []string{"is in use by pid " + strconv.Itoa(os.Getpid()), "ingestArticles"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("load took %s to fail; it must fail at once", took)
	}
}

// TestLoadPrintsEachRejectedArticleOnce: load printed a rejected article
// twice, a log line as the loader met it and a "rejected:" line at the end.
func TestLoadPrintsEachRejectedArticleOnce(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	file := filepath.Join(t.TempDir(), "articles.jsonl")
	articles := `{"id": "no-text", "date": "2023-06-19", "title": "Empty"}` + "\n" +
		`{"id": "bad-date", "date": "19 June 2023", "title": "T", "text": "Xi Jinping met Antony Blinken in Beijing."}` + "\n"
	if err := os.WriteFile(file, []byte(articles), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"load", "--data", t.TempDir(), file}, &stdout, &stderr); !errors.Is(err, errReported) {
		t.Fatalf("load = %v, want the rejected-articles error", err)
	}
	for _, id := range []string{"no-text", "bad-date"} {
		if n := strings.Count(stderr.String(), id); n != 1 {
			t.Errorf("stderr names %s %d times, want once:\n%s", id, n, stderr.String())
		}
	}
}

func TestLoadReportsAMissingFileWithItsPathAndTheOSError(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--data", t.TempDir(), "no/such/file.jsonl"}, &stdout, &stderr)
	if !errors.Is(err, errReported) {
		t.Fatalf("load = %v, want the rejected-articles error", err)
	}
	if want := "rejected: no/such/file.jsonl: cannot open: no such file or directory\n"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
	if strings.Contains(stderr.String(), "file.jsonl:0") {
		t.Errorf("stderr reports line 0:\n%s", stderr.String())
	}
}

func TestServeExposesMetricsAfterAFewQueries(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv(apiKeyEnv, "k")
	addr, _ := startServe(t, "--data", t.TempDir()) // loads the bundled samples
	for _, q := range []string{
		`{"query":"query Xi { meetings(where: {participant: \"Xi Jinping\", withOfficialsOf: \"US\"}) { totalCount } }"}`,
		`{"query":"{ search(text: \"Beijing\", first: 2) { score } }"}`,
	} {
		req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", strings.NewReader(q))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		httpDo(t, req)
	}
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", strings.NewReader(
		`{"query":"mutation { ingestArticles(articles: [{id: \"m-1\", date: \"2024-01-02\", text: \"Antony Blinken met Wang Yi.\"}, {id: \"m-2\", date: \"2024\", text: \"x\"}]) { loaded } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-API-Key", "k")
	httpDo(t, req)
	code, text := httpGet(t, "http://"+addr+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics = %d", code)
	}
	for _, prefix := range []string{
		`newsgraph_graphql_operation_duration_seconds_bucket{operation="Xi",type="query",le="0.005"} `,
		`newsgraph_graphql_operation_duration_seconds_count{operation="anonymous",type="query"} 1`,
		`newsgraph_http_request_duration_seconds_bucket{code="200",method="post",route="/graphql",le="0.1"} `,
		`newsgraph_store_call_duration_seconds_bucket{method="Search",outcome="ok",le="0.1"} `,
		`newsgraph_store_call_duration_seconds_count{method="WriteResolved",outcome="ok"} `,
		`newsgraph_articles_total{result="loaded",source="ingest"} 1`,
		`newsgraph_articles_total{result="rejected",source="ingest"} 1`,
		`newsgraph_articles_total{result="loaded",source="load"} `,
		`go_memstats_heap_alloc_bytes `,
	} {
		if !strings.Contains(text, "\n"+prefix) {
			t.Errorf("/metrics lacks %q", prefix)
		}
	}
}

func TestLoadWritesItsMetricsFile(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	file := t.TempDir() + "/newsgraph_load.prom"
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--data", t.TempDir(), "--metrics-file", file, "loader/testdata/mixed.jsonl"}, &stdout, &stderr)
	if !errors.Is(err, errReported) {
		t.Fatalf("load = %v", err)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`newsgraph_articles_total{result="loaded",source="load"} 2`,
		`newsgraph_articles_total{result="rejected",source="load"} 5`,
		`newsgraph_store_call_duration_seconds_count{method="WriteResolved",outcome="ok"} `,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("metrics file lacks %q", want)
		}
	}
}
