// Package metrics exports newsgraph's Prometheus metrics: HTTP request
// latency by route, GraphQL operation latency by operation name, GraphQL
// errors by code, store call latency by method, articles ingested and
// loaded, and the Go runtime's and the process's own. Each piece is a
// wrapper (of an http.Handler, a gqlgen handler, a schema.Store) that main
// wires in.
package metrics

import (
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Path is where the server exposes the metrics.
const Path = "/metrics"

// Request buckets, in seconds: from a cached lookup to the 2-minute ingest
// limit, with the 15 s query limit among them.
var requestBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 15, 30, 60, 120}

// Store call buckets, in seconds: an embedded-store read takes
// microseconds, a Neo4j round trip milliseconds.
var storeBuckets = []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

// Metrics holds the collectors of one server, in a registry of its own (so
// tests can make many).
type Metrics struct {
	reg          *prometheus.Registry
	httpDuration *prometheus.HistogramVec
	opDuration   *prometheus.HistogramVec
	gqlErrors    *prometheus.CounterVec
	storeCalls   *prometheus.HistogramVec
	articles     *prometheus.CounterVec
	opNames      boundedNames
}

// New makes the collectors and registers them, with the Go runtime's, the
// process's and the build's.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsgraph_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route (the pattern it matched), method and status code. Websockets are not counted.",
			Buckets: requestBuckets,
		}, []string{"route", "method", "code"}),
		opDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsgraph_graphql_operation_duration_seconds",
			Help:    "Time to run a GraphQL query or mutation, from reading the request to its response, by operation name (\"anonymous\" when it has none) and type.",
			Buckets: requestBuckets,
		}, []string{"operation", "type"}),
		gqlErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_graphql_errors_total",
			Help: "GraphQL errors returned to clients, by extensions.code (INVALID_ARGUMENT, UNAUTHENTICATED, UNAVAILABLE, INTERNAL, GRAPHQL_PARSE_FAILED, ...).",
		}, []string{"code"}),
		storeCalls: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsgraph_store_call_duration_seconds",
			Help:    "Time of a call to the graph store, by method and outcome (ok or error).",
			Buckets: storeBuckets,
		}, []string{"method", "outcome"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsgraph_articles_total",
			Help: "Articles offered to the graph, by source (ingest: the ingestArticles mutation; load: a load at start or by the load command) and result (loaded, skipped as already present, rejected).",
		}, []string{"source", "result"}),
		opNames: boundedNames{max: maxOperationNames},
	}
	m.reg.MustRegister(m.httpDuration, m.opDuration, m.gqlErrors, m.storeCalls, m.articles,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewBuildInfoCollector())
	return m
}

// Registry is where the metrics are registered, for a caller that gathers
// them itself (a test, or a file written at the end of a load).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// WriteFile writes the metrics to path in the text format, for a batch job
// such as the load command: node_exporter's textfile collector picks it up.
func (m *Metrics) WriteFile(path string) error {
	return prometheus.WriteToTextfile(path, m.reg)
}

// Article sources and results (the labels of newsgraph_articles_total).
const (
	SourceIngest = "ingest"
	SourceLoad   = "load"
)

// CountArticles adds the outcome of one ingest or load.
func (m *Metrics) CountArticles(source string, loaded, skipped, rejected int) {
	m.articles.WithLabelValues(source, "loaded").Add(float64(loaded))
	m.articles.WithLabelValues(source, "skipped").Add(float64(skipped))
	m.articles.WithLabelValues(source, "rejected").Add(float64(rejected))
}

// maxOperationNames bounds the operation label: clients choose operation
// names, and every name is a series kept for the life of the process.
const maxOperationNames = 100

// boundedNames admits the first max distinct names and maps the rest to
// "other".
type boundedNames struct {
	mu   sync.Mutex
	max  int
	seen map[string]bool
}

func (b *boundedNames) admit(name string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seen[name] {
		return name
	}
	if len(b.seen) >= b.max {
		return "other"
	}
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	b.seen[name] = true
	return name
}
