package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/apierr"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/metrics"
	"newsgraph/schema"
)

// The warm-up sends the playground's queries and never its ingest
// mutation or its subscription: a server's start must not write.
func TestWarmUpSendsOnlyQueries(t *testing.T) {
	got := readExamples(graph.Examples)
	if len(got) == 0 || len(got) != len(graph.Examples)-2 {
		t.Fatalf("%d of the %d examples kept, want all but the mutation and the subscription", len(got), len(graph.Examples))
	}
	for _, op := range warmUpOperations {
		if strings.Contains(op.Query, "mutation") || strings.Contains(op.Query, "subscription") {
			t.Errorf("warm-up sends %q", op.Query)
		}
	}
	guards := []graph.Example{{Query: "# a comment\nmutation { x }"}, {Query: "subscription { y }"}, {Query: "# c\n# d\n  query Q { z }"}, {Query: "{ w }"}}
	if got := readExamples(guards); len(got) != 2 || got[0] != guards[2] || got[1] != guards[3] {
		t.Errorf("readExamples kept %v, want the last two", got)
	}
}

// Every warm-up operation is a valid query that answers without an
// error, on the embedded store with the samples (over Neo4j an error
// would only be logged as a failed operation, and its plans not made).
func TestWarmUpOperationsAnswerWithoutErrors(t *testing.T) {
	s := openMemStore(t)
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := loadSamplesIfEmpty(ctx, s, log, metrics.New()); err != nil {
		t.Fatal(err)
	}
	api := graph.NewHandler(s, graph.Options{Logger: log})
	for _, f := range failingOperations(ctx, api, slices.Concat(warmUpOperations, seededOperations(ctx, api))) {
		t.Errorf("%s", f)
	}
}

// openMemStore is an empty embedded store, closed when the test ends.
func openMemStore(t *testing.T) *memstore.Store {
	t.Helper()
	s, err := memstore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return s
}

// madeUpArchive is a few made-up articles of an archive that shares no
// seed with the open corpus: no US, China, Xi Jinping, Antony Blinken,
// Washington, NATO or security, but people, countries, places, an
// organisation and issues of its own.
const madeUpArchive = `{"id": "madeup-1", "title": "Kenya and Tanzania leaders meet in Nairobi", "date": "2024-03-04", "url": "", "source": "made up", "license": "made up for a test", "kind": "meeting", "text": "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday to discuss trade and energy. The two leaders also spoke about the East African Community and food supplies in the region."}
{"id": "madeup-2", "title": "Ruto hosts Museveni", "date": "2024-05-10", "url": "", "source": "made up", "license": "made up for a test", "kind": "meeting", "text": "President William Ruto of Kenya met Ugandan President Yoweri Museveni in Mombasa on Friday. They discussed trade, the oil pipeline and the border, and the African Union's role in Sudan."}
{"id": "madeup-3", "title": "Tanzania and Uganda talk energy", "date": "2024-07-02", "url": "", "source": "made up", "license": "made up for a test", "kind": "meeting", "text": "Tanzanian President Samia Suluhu Hassan met Ugandan President Yoweri Museveni in Dar es Salaam on Tuesday to discuss energy and trade. Kenyan President William Ruto joined them by video."}
`

// loadMadeUpArchive writes madeUpArchive to s through the loader.
func loadMadeUpArchive(t *testing.T, s schema.Store) {
	t.Helper()
	l := loader.Loader{Store: s, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	rep, err := l.Load(context.Background(), loader.ReadJSONLines("madeup.jsonl", strings.NewReader(madeUpArchive)))
	if err != nil || rep.Articles != 3 || len(rep.Rejected) > 0 {
		t.Fatalf("load made-up archive: %d articles, rejected %v, %v", rep.Articles, rep.Rejected, err)
	}
}

// failingOperations are the operations of ops that answer with an error.
func failingOperations(ctx context.Context, api http.Handler, ops []graph.Example) []string {
	var failed []string
	for _, op := range ops {
		if code, body := warmUpOne(ctx, api, op); warmUpFailed(code, body) || namesMissingNode(body) {
			failed = append(failed, op.Query+"\n= "+body)
		}
	}
	return failed
}

// namesMissingNode reports whether an answer says NOT_FOUND of anything
// but the warm-up's placeholders ("person:warm-up", "Warm Up"): a
// timeline, relations or a path whose node the archive lacks answers so
// before its statement runs, which is then not planned (warmUpFailed
// lets every NOT_FOUND pass).
func namesMissingNode(body string) bool {
	var answer struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal([]byte(body), &answer); err != nil {
		return true
	}
	for _, e := range answer.Errors {
		if e.Extensions.Code == apierr.NotFound && !strings.Contains(strings.ToLower(e.Message), "warm") {
			return true
		}
	}
	return false
}

// On an archive without the open corpus's seeds, the warm-up names the
// archive's own most connected nodes, and every operation answers (the
// open corpus's names make its timelines, relations and paths fail).
func TestWarmUpNamesTheArchivesOwnNodes(t *testing.T) {
	s := openMemStore(t)
	loadMadeUpArchive(t, s)
	checkWarmUpAnswersOnMadeUpArchive(t, s)
}

// checkWarmUpAnswersOnMadeUpArchive checks the seeded warm-up on s, which
// holds madeUpArchive.
func checkWarmUpAnswersOnMadeUpArchive(t *testing.T, s schema.Store) {
	t.Helper()
	ctx := context.Background()
	api := graph.NewHandler(s, graph.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if unseeded := failingOperations(ctx, api, warmUpOperations); len(unseeded) == 0 {
		t.Error("every operation answers with the open corpus's names: the archive does not test the seeds")
	}
	ops := seededOperations(ctx, api)
	for _, f := range failingOperations(ctx, api, ops) {
		t.Errorf("%s", f)
	}
	all := ""
	for _, op := range ops {
		all += op.Query + op.Variables
	}
	for _, open := range []string{"person:xi-jinping", "person:antony-blinken", "country:US", `"US"`, `"CN"`, `"China"`,
		"place:washington", "org:nato", "issue:security", `"Beijing"`, `"Xi Jinping"`} {
		if strings.Contains(all, open) {
			t.Errorf("the warm-up still names %s, which the archive lacks", open)
		}
	}
}

// The warm-up waits for an operation at least a minute, longer than a
// user's request may take, so that a slow plan is still made; a limit the
// user set higher, or none, stays theirs.
func TestWarmUpWaitsForPlansLongerThanAUsersRequest(t *testing.T) {
	for _, c := range []struct{ users, want time.Duration }{
		{0, minWarmUpTimeout},
		{graph.DefaultTimeout, minWarmUpTimeout},
		{5 * time.Minute, 5 * time.Minute},
		{-1, -1},
	} {
		if got := warmUpTimeout(c.users); got != c.want {
			t.Errorf("warmUpTimeout(%v) = %v, want %v", c.users, got, c.want)
		}
	}
}
