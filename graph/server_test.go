package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/memstore/memtest"
	"newsgraph/samples"
	"newsgraph/schema"
)

func emptyStore(t *testing.T) schema.Store {
	t.Helper()
	return memtest.Open(t)
}

// samplesStore is an embedded store with the bundled samples loaded, the
// graph that `go run .` serves.
func samplesStore(t *testing.T) schema.Store {
	t.Helper()
	store := emptyStore(t)
	l := loader.Loader{Store: store, Log: newLogger(io.Discard)}
	if _, err := l.Load(context.Background(), loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL))); err != nil {
		t.Fatal(err)
	}
	return store
}

func serve(h http.Handler, method, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestHandlerServesSDLPlaygroundAndGET(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})

	t.Run("the SDL as text", func(t *testing.T) {
		rec := serve(h, http.MethodGet, graph.SchemaPath)
		if rec.Code != http.StatusOK || graph.SDL == "" || rec.Body.String() != graph.SDL || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
			t.Errorf("GET %s: %d %s", graph.SchemaPath, rec.Code, rec.Header().Get("Content-Type"))
		}
	})

	t.Run("the playground opens with the examples as tabs", func(t *testing.T) {
		rec := serve(h, http.MethodGet, graph.PlaygroundPath)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || !strings.Contains(body, "GraphiQL") || !strings.Contains(body, `"endpoint":"`+graph.EndpointPath+`"`) {
			t.Fatalf("GET /: %d, not the GraphiQL page for %s", rec.Code, graph.EndpointPath)
		}
		examples, err := json.Marshal(graph.Examples)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(body, `"examples":`+string(examples)) {
			t.Errorf("the page does not preload the examples")
		}
		if strings.Contains(body, "cdn.") || strings.Contains(body, "https://") {
			t.Errorf("the page loads something from the internet")
		}
		js := regexp.MustCompile(`src="(/playground/assets/playground\.js\?v=[0-9a-f]+)"`).FindStringSubmatch(body)
		if js == nil {
			t.Fatal("the page does not load the bundled GraphiQL")
		}
		if rec := serve(h, http.MethodGet, js[1]); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "graphiql") {
			t.Errorf("GET %s: %d, not the GraphiQL bundle", js[1], rec.Code)
		}
	})

	t.Run("queries over GET", func(t *testing.T) {
		rec := serve(h, http.MethodGet, graph.EndpointPath+"?query="+url.QueryEscape("{ stats { nodes relationships } }"))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"stats":{"nodes":0,"relationships":0}`) {
			t.Errorf("GET query: %d %s", rec.Code, rec.Body.String())
		}
	})

	t.Run("introspection", func(t *testing.T) {
		rec := serve(h, http.MethodGet, graph.EndpointPath+"?query="+url.QueryEscape("{ __type(name: \"Meeting\") { name } }"))
		if !strings.Contains(rec.Body.String(), `"name":"Meeting"`) {
			t.Errorf("introspection: %s", rec.Body.String())
		}
	})

	t.Run("no playground when disabled", func(t *testing.T) {
		h := graph.NewHandler(emptyStore(t), graph.Options{DisablePlayground: true})
		if rec := serve(h, http.MethodGet, "/"); rec.Code != http.StatusNotFound {
			t.Errorf("GET /: %d, want 404", rec.Code)
		}
	})
}

// panickingStore panics on Counts, as a buggy store might.
type panickingStore struct{ schema.Store }

func (panickingStore) Counts(context.Context) (schema.Counts, error) {
	panic("counts: index out of range [secret-detail]")
}

func TestPanicIsInternalAndLoggedWithStack(t *testing.T) {
	var logs bytes.Buffer
	h := graph.NewHandler(panickingStore{emptyStore(t)}, graph.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(`{"query":"{ stats { nodes } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	var resp struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Errors) != 1 {
		t.Fatalf("response: %s", rec.Body.String())
	}
	if code := resp.Errors[0].Extensions["code"]; code != "INTERNAL" || strings.Contains(rec.Body.String(), "secret-detail") {
		t.Errorf("panic answered %s", rec.Body.String())
	}
	if !strings.Contains(logs.String(), "secret-detail") || !strings.Contains(logs.String(), "goroutine") {
		t.Errorf("panic not logged with its stack:\n%s", logs.String())
	}
}

func newLogger(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

// TestExamplesRunOnTheBundledSamples runs every playground tab but the
// subscription on the samples that `go run .` serves. The first tab is the
// Xi query: it must answer the README's three meetings of Xi with US
// officials.
func TestExamplesRunOnTheBundledSamples(t *testing.T) {
	store := samplesStore(t)
	h := graph.NewHandler(store, graph.Options{APIKey: "example-key"})
	for i, ex := range graph.Examples {
		if strings.Contains(ex.Query, "subscription") {
			continue
		}
		var vars map[string]any
		if ex.Variables != "" {
			if err := json.Unmarshal([]byte(ex.Variables), &vars); err != nil {
				t.Fatalf("example %d: variables: %v", i, err)
			}
		}
		key := ""
		if ex.Headers != "" {
			key = "example-key"
		}
		data, code, _, body := postKeyed(t, h, ex.Query, vars, key)
		if code != "" || len(data) == 0 {
			t.Errorf("example %d failed: %s\n%s", i, body, ex.Query)
		}
		if i == 0 {
			var dates []string
			for _, m := range regexp.MustCompile(`"date":"([^"]*)"`).FindAllStringSubmatch(body, -1) {
				dates = append(dates, m[1])
			}
			if want := []string{"2023-06-19", "2023", "2022-11"}; !slices.Equal(dates, want) || !strings.Contains(body, "Xi Jinping") {
				t.Errorf("the first tab answered meetings dated %v, want the Xi query's %v: %s", dates, want, body)
			}
		}
		if i == 1 && !strings.Contains(body, "person:antony-blinken") {
			t.Errorf("the subgraph around Xi Jinping lacks Blinken: %s", body)
		}
	}
}
