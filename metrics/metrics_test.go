package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"testing"

	gqlgraphql "github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"newsgraph/graph"
	"newsgraph/memstore/memtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// scrape returns what GET /metrics answers.
func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, Path, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s = %d", Path, rec.Code)
	}
	return rec.Body.String()
}

// seriesValue finds the sample of a series by its name and labels, in
// the order the text format prints them (sorted by name).
func seriesValue(t *testing.T, text, series string) (string, bool) {
	t.Helper()
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	m := re.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	return m[1], true
}

func post(t *testing.T, h http.Handler, body string) string {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, err := io.ReadAll(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMetricsAfterAFewQueries(t *testing.T) {
	m := New()
	s := memtest.Open(t)
	if err := m.Store(s).WriteResolved(context.Background(), storetest.Seed(), unresolved(storetest.Seed())); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/", graph.NewHandler(m.Store(s), graph.Options{Extensions: []gqlgraphql.HandlerExtension{m.GraphQL()}}))
	mux.Handle("GET "+Path, m.Handler())
	api := m.InstrumentHTTP(mux)

	for _, body := range []string{
		`{"query":"query Xi { meetings(first: 2) { totalCount nodes { id } } }","operationName":"Xi"}`,
		`{"query":"query Xi { meetings(first: 2) { totalCount } }"}`,
		`{"query":"{ people(first: 1) { nodes { name } } }"}`,
		`{"query":"{ meetings(first: 2 "}`,                                 // does not parse
		`{"query":"{ meetings(first: -1) { totalCount } }"}`,               // refused argument
		`{"query":"mutation { ingestArticles(articles: []) { loaded } }"}`, // no API key
	} {
		post(t, api, body)
	}
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/no/such/page", nil))
	text := scrape(t, m)

	for series, want := range map[string]string{
		`newsgraph_graphql_operation_duration_seconds_count{operation="Xi",type="query"}`:           "2",
		`newsgraph_graphql_operation_duration_seconds_count{operation="anonymous",type="query"}`:    "2",
		`newsgraph_graphql_operation_duration_seconds_count{operation="anonymous",type="mutation"}`: "1",
		`newsgraph_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}`:                               "1",
		`newsgraph_graphql_errors_total{code="INVALID_ARGUMENT"}`:                                   "1",
		`newsgraph_graphql_errors_total{code="UNAUTHENTICATED"}`:                                    "1",
		`newsgraph_http_request_duration_seconds_count{code="404",method="get",route="unmatched"}`:  "1",
	} {
		if got, ok := seriesValue(t, text, series); !ok || got != want {
			t.Errorf("%s = %q (present %v), want %s", series, got, ok, want)
		}
	}
	for _, series := range []string{
		// Histograms, with their buckets.
		`newsgraph_graphql_operation_duration_seconds_bucket{operation="Xi",type="query",le="+Inf"}`,
		`newsgraph_http_request_duration_seconds_bucket{code="200",method="post",route="/graphql",le="0.001"}`,
		`newsgraph_store_call_duration_seconds_bucket{method="MeetingPages",outcome="ok",le="+Inf"}`,
		`newsgraph_store_call_duration_seconds_count{method="Entities",outcome="ok"}`,
		// The Go runtime's and the process's own.
		`go_goroutines`,
		`process_cpu_seconds_total`,
	} {
		if _, ok := seriesValue(t, text, series); !ok {
			t.Errorf("/metrics lacks %s", series)
		}
	}
}

// unresolved is a resolver that renames nothing.
func unresolved(graphs []schema.ArticleGraph) schema.Resolver {
	return func(_ context.Context, write []schema.ArticleGraph, _ schema.ResolveReads) ([]schema.ArticleGraph, error) {
		return write, nil
	}
}

// panickingStore has every schema.Store method, each of which panics (the
// nil embedded interface): a call that reaches it was passed through.
type panickingStore struct{ schema.Store }

// TestStoreWrapperTimesEveryStoreMethod calls each method of schema.Store
// through the wrapper and checks that the call was timed, so a method
// added to the interface but not to the wrapper fails here.
func TestStoreWrapperTimesEveryStoreMethod(t *testing.T) {
	m := New()
	wrapped := reflect.ValueOf(m.Store(panickingStore{}))
	iface := reflect.TypeFor[schema.Store]()
	for i := range iface.NumMethod() {
		method := iface.Method(i)
		if method.Name == "Close" {
			continue
		}
		t.Run(method.Name, func(t *testing.T) {
			fn := wrapped.MethodByName(method.Name)
			args := make([]reflect.Value, fn.Type().NumIn())
			for j := range args {
				args[j] = reflect.Zero(fn.Type().In(j))
			}
			args[0] = reflect.ValueOf(context.Background())
			func() {
				// Zero arguments may panic inside the store; only the
				// timing around the call is checked.
				defer func() { _ = recover() }()
				fn.Call(args)
			}()
			if _, ok := seriesValue(t, scrape(t, m), `newsgraph_store_call_duration_seconds_count{method="`+method.Name+`",outcome="ok"}`); !ok {
				t.Errorf("the wrapper does not time %s", method.Name)
			}
		})
	}
}

func TestStoreWrapperLabelsErrors(t *testing.T) {
	m := New()
	s := memtest.Open(t)
	bad := []schema.ArticleGraph{{ArticleID: ""}} // no article id: refused
	if err := m.Store(s).WriteResolved(context.Background(), bad, unresolved(bad)); err == nil {
		t.Fatal("the invalid graph was written")
	}
	if _, ok := seriesValue(t, scrape(t, m), `newsgraph_store_call_duration_seconds_count{method="WriteResolved",outcome="error"}`); !ok {
		t.Error("the failed WriteResolved was not timed as an error")
	}
}

// fakeCypherStore is a store that runs Cypher, as the Neo4j store does.
type fakeCypherStore struct{ panickingStore }

func (fakeCypherStore) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (schema.CypherResult, error) {
	return schema.CypherResult{Columns: []string{"n"}}, errors.New("refused")
}

func TestStoreWrapperKeepsTheCypherEscapeHatch(t *testing.T) {
	m := New()
	if _, ok := m.Store(panickingStore{}).(schema.CypherReader); ok {
		t.Error("the wrapper of a store without Cypher claims to run Cypher")
	}
	r, ok := m.Store(fakeCypherStore{}).(schema.CypherReader)
	if !ok {
		t.Fatal("the wrapper of a store with Cypher hides it")
	}
	if res, err := r.ReadCypher(context.Background(), "RETURN 1", nil, 1); err == nil || len(res.Columns) != 1 {
		t.Errorf("ReadCypher = %+v, %v; want the inner store's answer", res, err)
	}
	if _, ok := seriesValue(t, scrape(t, m), `newsgraph_store_call_duration_seconds_count{method="ReadCypher",outcome="error"}`); !ok {
		t.Error("ReadCypher was not timed")
	}
}

func TestOperationNamesAreBounded(t *testing.T) {
	b := boundedNames{max: 2}
	for _, tt := range []struct{ in, want string }{{"A", "A"}, {"B", "B"}, {"C", "other"}, {"A", "A"}, {"D", "other"}} {
		if got := b.admit(tt.in); got != tt.want {
			t.Errorf("admit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountArticles(t *testing.T) {
	m := New()
	m.CountArticles(SourceIngest, 3, 1, 2)
	m.CountArticles(SourceIngest, 1, 0, 0)
	for result, want := range map[string]float64{"loaded": 4, "skipped": 1, "rejected": 2} {
		if got := testutil.ToFloat64(m.articles.WithLabelValues(SourceIngest, result)); got != want {
			t.Errorf("%s = %v, want %v", result, got, want)
		}
	}
}
