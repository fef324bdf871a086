package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestLoadCommandExitsNonZeroWhenArticlesAreRejected(t *testing.T) {
	t.Setenv("NEO4J_URI", "") // the embedded store, in a temp folder
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--data", t.TempDir(), "loader/testdata/mixed.jsonl"}, &stdout, &stderr)
	if !errors.Is(err, errReported) {
		t.Fatalf("load returned %v, want the rejected-articles error", err)
	}
	if got := stdout.String(); got != "loaded 2 articles, skipped 0 unchanged, rejected 5\n" {
		t.Errorf("stdout = %q", got)
	}
	for _, want := range []string{
		`loader/testdata/mixed.jsonl:2: article "no-text": article has no text`,
		`loader/testdata/mixed.jsonl:6: malformed JSON`,
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}

func TestLoadCommandSucceedsOnGoodInput(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"load", "--data", t.TempDir(), "loader/testdata/header.txt"}, &stdout, &stderr); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr.String())
	}
	if got := stdout.String(); got != "loaded 1 articles, skipped 0 unchanged, rejected 0\n" {
		t.Errorf("stdout = %q", got)
	}
}

func TestExtractCommandPrintsOneObjectPerArticleInInputOrder(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"extract", "loader/testdata/mixed.jsonl", "samples/articles.jsonl"}, &stdout, &stderr)
	if !errors.Is(err, errReported) {
		t.Fatalf("extract returned %v, want the rejected-articles error for mixed.jsonl", err)
	}
	var ids []string
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var obj struct {
			ID       string            `json:"id"`
			People   []json.RawMessage `json:"people"`
			Meetings []json.RawMessage `json:"meetings"`
			Entities []json.RawMessage `json:"entities"`
		}
		if err := dec.Decode(&obj); err != nil {
			t.Fatal(err)
		}
		if obj.People == nil || obj.Meetings == nil || obj.Entities == nil {
			t.Errorf("%s: people, meetings and entities must be present as lists", obj.ID)
		}
		ids = append(ids, obj.ID)
	}
	if len(ids) < 3 || ids[0] != "good-1" || ids[1] != "good-2" || ids[2] != "seed-blinken-xi" {
		t.Errorf("ids = %v, want good-1, good-2, then the samples in order", ids[:min(len(ids), 3)])
	}
}

func TestUnknownCommandFails(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"frobnicate"}, &stdout, &stderr); err == nil {
		t.Error("unknown command accepted")
	}
}

func TestServeTakesTheAPIKeyFromTheEnvironment(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv(apiKeyEnv, "env-key")
	addr, _ := startServe(t, "--data", t.TempDir(), "--no-samples")
	ingest := func(key string) string {
		body := `{"query":"mutation { ingestArticles(articles: [{id: \"env-1\", date: \"2024-01-02\", text: \"Antony Blinken met Wang Yi.\"}]) { loaded } }"}`
		req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if key != "" {
			req.Header.Set("X-API-Key", key)
		}
		_, answer := httpDo(t, req)
		return answer
	}
	if got := ingest(""); !strings.Contains(got, "UNAUTHENTICATED") {
		t.Errorf("without the key: %s", got)
	}
	if got := ingest("env-key"); !strings.Contains(got, `"loaded":1`) {
		t.Errorf("with the key: %s", got)
	}
}

// TestServeLetsTheAllowedOriginsCallFromABrowser: --allow-origin (or
// NEWSGRAPH_ALLOW_ORIGIN) names the sites, besides localhost, whose pages
// may call the API, as a whole origin or a host pattern.
func TestServeLetsTheAllowedOriginsCallFromABrowser(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv(allowOriginEnv, "")
	addr, _ := startServe(t, "--data", t.TempDir(), "--no-samples", "--allow-origin", "https://app.example.com, *.example.org:8443")
	allowed := func(origin string) string {
		req, err := http.NewRequest(http.MethodOptions, "http://"+addr+"/graphql", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if err := resp.Body.Close(); err != nil {
			t.Fatal(err)
		}
		return resp.Header.Get("Access-Control-Allow-Origin")
	}
	for origin, want := range map[string]bool{
		"https://app.example.com":       true,
		"https://maps.example.org:8443": true,
		"http://localhost:5173":         true,
		"https://maps.example.org":      false,
		"https://other.example.com":     false,
	} {
		if got := allowed(origin) == origin; got != want {
			t.Errorf("preflight from %s allowed: %v, want %v", origin, got, want)
		}
	}
}

// TestAllowOriginRefusesAPath: an --allow-origin entry with a path could
// never match an Origin header, so serve refuses it and says which entry,
// while whole origins and host patterns are read as hosts.
func TestAllowOriginRefusesAPath(t *testing.T) {
	for _, tc := range []struct {
		list    string
		want    []string
		wantErr string
	}{
		{list: "https://app.example.com, *.example.org:8443", want: []string{"app.example.com", "*.example.org:8443"}},
		{list: "https://app.example.com/", want: []string{"app.example.com"}},
		{list: " , ", want: nil},
		{list: "https://app.example.com/maps", wantErr: `"https://app.example.com/maps"`},
		{list: "ok.example.com, app.example.com/maps/", wantErr: `"app.example.com/maps/"`},
	} {
		got, err := originPatterns(tc.list)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("originPatterns(%q) = %v, %v; want an error naming %s", tc.list, got, err, tc.wantErr)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("originPatterns(%q) = %q, %v; want %q", tc.list, got, err, tc.want)
		}
	}
	t.Setenv("NEO4J_URI", "")
	err := serveCmd(t.Context(), []string{"--data", t.TempDir(), "--no-samples", "--allow-origin", "https://app.example.com/maps"}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "has no path") {
		t.Errorf("serve with an origin's path: %v, want it refused before listening", err)
	}
}

func TestHelpIsNoFailure(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"serve", "--help"}, {"load", "-h"}, {"extract", "--help"}, {"probe", "-help"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Errorf("%v: %v, want nil (help was asked for)", args, err)
		}
	}
}

func TestTopLevelHelpNamesEveryCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"--help"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"newsgraph load", "newsgraph extract", "newsgraph probe", "newsgraph --version"} {
		if !strings.Contains(stdout.String(), cmd) {
			t.Errorf("newsgraph --help does not name %q:\n%s", cmd, stdout.String())
		}
	}
}

func TestLoadRefusesABatchBelowOne(t *testing.T) {
	for _, batch := range []string{"0", "-1"} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"load", "--data", t.TempDir(), "--batch", batch, "testdata/none.jsonl"}, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), "--batch must be at least 1") {
			t.Errorf("--batch %s: err = %v, want one saying --batch must be at least 1", batch, err)
		}
	}
}
