package graphtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"newsgraph/graph"
	"newsgraph/schema"
)

// Scenarios of the writes: ingestArticles behind the API key, and the
// graphChanged subscription over a websocket.

// testAPIKey is the key the write scenarios' servers are started with.
const testAPIKey = "test-key-0123"

const ingestMutation = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
	loaded skipped rejected { index id message } nodesAdded edgesAdded } }`

// ingestArticles are two articles the loader can read, and one it cannot.
var ingestArticles = []map[string]any{
	{"id": "ingest-1", "title": "Blinken meets Wang Yi in Beijing", "date": "2024-04-26", "source": "Test Wire",
		"text": "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday. They discussed Taiwan."},
	{"id": "ingest-2", "title": "No text", "date": "2024-04-27", "text": "   "},
	{"id": "ingest-3", "title": "Biden calls Xi", "date": "2024-04-02",
		"text": "President Joe Biden spoke with President Xi Jinping of China by phone on Tuesday."},
}

type ingestResult struct {
	Loaded   int
	Skipped  []string
	Rejected []struct {
		Index   int
		ID      *string
		Message string
	}
	NodesAdded, EdgesAdded int
}

// postWith sends one GraphQL request with headers.
func (a *apiClient) postWith(t *testing.T, query string, variables map[string]any, headers map[string]string) gqlResponse {
	t.Helper()
	return a.postRaw(t, map[string]any{"query": query, "variables": variables}, headers)
}

// postRaw sends a request body with headers.
func (a *apiClient) postRaw(t *testing.T, payload map[string]any, headers map[string]string) gqlResponse {
	t.Helper()
	body, err := json.Marshal(payload)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	a.handler.ServeHTTP(rec, req)
	resp := gqlResponse{Status: rec.Code, Body: rec.Body.String()}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("response is not JSON (%d): %v\n%s", rec.Code, err, rec.Body.String())
	}
	return resp
}

func testIngestNeedsTheKey(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{APIKey: testAPIKey}, newsFixture())
	before, err := api.store.Store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]any{"articles": ingestArticles}
	for name, headers := range map[string]map[string]string{
		"no key":                  nil,
		"a wrong key":             {"Authorization": "Bearer not-the-key"},
		"a wrong X-API-Key":       {"X-API-Key": "not-the-key"},
		"a key of another scheme": {"Authorization": "Basic " + testAPIKey},
	} {
		t.Run(name, func(t *testing.T) {
			e := expectCode(t, api.postWith(t, ingestMutation, vars, headers), "UNAUTHENTICATED")
			if !strings.Contains(e.Message, "key") {
				t.Errorf("message %q does not say a key is needed", e.Message)
			}
		})
	}
	t.Run("a server without a key refuses every write", func(t *testing.T) {
		open := newAPIClient(t, newStore(t), graph.Options{}, newsFixture())
		e := expectCode(t, open.postWith(t, ingestMutation, vars, map[string]string{"Authorization": "Bearer " + testAPIKey}), "UNAUTHENTICATED")
		if !strings.Contains(e.Message, "NEWSGRAPH_API_KEY") {
			t.Errorf("message %q does not name the setting", e.Message)
		}
	})
	after, err := api.store.Store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("refused writes changed the graph: %+v -> %+v", before, after)
	}
	t.Run("reads need no key", func(t *testing.T) {
		var got struct{ Stats schema.Counts }
		api.query(t, `{ stats { nodes } }`, nil, &got)
	})
}

// testIngestDuplicateIndex: an id given twice in one call is rejected at
// its second index, and the message points at the first by its index, as
// rejected's index counts, not by the loader's 1-based line.
func testIngestDuplicateIndex(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{APIKey: testAPIKey}, newsFixture())
	articles := []map[string]any{ingestArticles[2], ingestArticles[0], ingestArticles[2]}
	resp := api.postWith(t, ingestMutation, map[string]any{"articles": articles}, map[string]string{"X-API-Key": testAPIKey})
	var got struct{ IngestArticles ingestResult }
	if err := json.Unmarshal(resp.Data, &got); err != nil || len(resp.Errors) > 0 {
		t.Fatalf("ingest failed: %v %s", err, resp.Body)
	}
	r := got.IngestArticles
	want := "duplicate article id in this request: first given at index 0"
	if r.Loaded != 2 || len(r.Rejected) != 1 || r.Rejected[0].Index != 2 || r.Rejected[0].Message != want {
		t.Errorf("ingest of ids 3, 1, 3 = %+v, want the second 3 rejected at index 2 with %q", r, want)
	}
}

func testIngest(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{APIKey: testAPIKey}, newsFixture())
	vars := map[string]any{"articles": ingestArticles}
	ingest := func(t *testing.T, headers map[string]string) ingestResult {
		t.Helper()
		resp := api.postWith(t, ingestMutation, vars, headers)
		if len(resp.Errors) > 0 {
			t.Fatalf("ingest failed: %s\nlog: %s", resp.Body, api.logs.String())
		}
		var got struct{ IngestArticles ingestResult }
		if err := json.Unmarshal(resp.Data, &got); err != nil {
			t.Fatal(err)
		}
		return got.IngestArticles
	}

	first := ingest(t, map[string]string{"Authorization": "Bearer " + testAPIKey})
	if first.Loaded != 2 || len(first.Skipped) != 0 || len(first.Rejected) != 1 || first.Rejected[0].Index != 1 ||
		first.Rejected[0].ID == nil || *first.Rejected[0].ID != "ingest-2" || !strings.Contains(first.Rejected[0].Message, "no text") ||
		first.NodesAdded < 2 || first.EdgesAdded < 1 {
		t.Fatalf("first ingest = %+v", first)
	}
	var got struct {
		Article *struct {
			Title    string
			Source   string
			Mentions []identified
		}
	}
	api.query(t, `{ article(id: "ingest-1") { title source mentions { id } } }`, nil, &got)
	if got.Article == nil || got.Article.Source != "Test Wire" || !slices.ContainsFunc(got.Article.Mentions, func(m identified) bool { return m.ID == "person:antony-blinken" }) {
		t.Errorf("ingested article = %+v", got.Article)
	}

	again := ingest(t, map[string]string{"X-API-Key": testAPIKey})
	if again.Loaded != 0 || !slices.Equal(again.Skipped, []string{"article:ingest-1", "article:ingest-3"}) || again.NodesAdded != 0 || again.EdgesAdded != 0 {
		t.Errorf("ingesting again = %+v, want the two loaded articles skipped and nothing added", again)
	}

	// A changed text under a stored id replaces the article's statements,
	// as load does; the same id twice in one call is refused, not merged.
	changed := map[string]any{"articles": []map[string]any{
		{"id": "ingest-1", "title": "Biden calls Xi", "date": "2024-04-26",
			"text": "President Joe Biden spoke with President Xi Jinping of China by phone on Friday."},
		{"id": "ingest-1", "title": "Twice", "date": "2024-04-26", "text": "Secretary Antony Blinken spoke."},
	}}
	resp := api.postWith(t, ingestMutation, changed, map[string]string{"X-API-Key": testAPIKey})
	if len(resp.Errors) > 0 {
		t.Fatalf("ingesting a changed article failed: %s", resp.Body)
	}
	var replaced struct{ IngestArticles ingestResult }
	if err := json.Unmarshal(resp.Data, &replaced); err != nil {
		t.Fatal(err)
	}
	if r := replaced.IngestArticles; r.Loaded != 1 || len(r.Skipped) != 0 || len(r.Rejected) != 1 || r.Rejected[0].Index != 1 ||
		!strings.Contains(r.Rejected[0].Message, "duplicate article id") {
		t.Errorf("ingesting a changed article and its id again = %+v, want one loaded and the second refused as a duplicate", r)
	}
	got.Article = nil
	api.query(t, `{ article(id: "ingest-1") { title source mentions { id } } }`, nil, &got)
	if got.Article == nil || slices.ContainsFunc(got.Article.Mentions, func(m identified) bool { return m.ID == "person:antony-blinken" }) ||
		!slices.ContainsFunc(got.Article.Mentions, func(m identified) bool { return m.ID == "person:joe-biden" }) {
		t.Errorf("the changed article = %+v, want Biden's mention in place of Blinken's", got.Article)
	}
	tooMany := make([]map[string]any, graph.MaxIngest+1)
	for i := range tooMany {
		tooMany[i] = map[string]any{"id": fmt.Sprint("many-", i), "date": "2024-01-01", "text": "Text."}
	}
	expectCode(t, api.postWith(t, ingestMutation, map[string]any{"articles": tooMany}, map[string]string{"X-API-Key": testAPIKey}), "INVALID_ARGUMENT")
}

// wsClient speaks graphql-transport-ws to a server.
type wsClient struct {
	conn *websocket.Conn
}

func dialWS(t *testing.T, ctx context.Context, srv *httptest.Server, origin string) (*wsClient, *http.Response, error) {
	t.Helper()
	hdr := http.Header{}
	if origin != "" {
		hdr.Set("Origin", origin)
	}
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + graph.EndpointPath
	conn, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: hdr})
	if err != nil {
		return nil, resp, err
	}
	t.Cleanup(func() { conn.CloseNow() })
	return &wsClient{conn}, resp, nil
}

func (c *wsClient) send(ctx context.Context, msg map[string]any) error {
	return wsjson.Write(ctx, c.conn, msg)
}

// next reads messages until one of the given type, answering pings.
func (c *wsClient) next(ctx context.Context, typ string) (map[string]any, error) {
	for {
		var msg map[string]any
		if err := wsjson.Read(ctx, c.conn, &msg); err != nil {
			return nil, err
		}
		switch msg["type"] {
		case typ:
			return msg, nil
		case "ping":
			_ = c.send(ctx, map[string]any{"type": "pong"})
		}
	}
}

func testGraphChangedSubscription(t *testing.T, newStore func(t *testing.T) schema.Store) {
	_, srv, changes, ctx := newLiveServer(t, newStore)

	t.Run("a foreign origin may not connect", func(t *testing.T) {
		_, resp, err := dialWS(t, ctx, srv, "https://elsewhere.example")
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("dial from a foreign origin: %v, %v; want 403", err, resp)
		}
	})

	ws := subscribeGraphChanged(t, ctx, srv, changes)
	// Ingest over HTTP, with the key, while the subscription listens.
	postIngest(t, ctx, srv, ingestArticles[:1])
	ch, raw := nextGraphChange(t, ctx, ws)
	if !slices.Equal(ch.Articles, []string{"article:ingest-1"}) || !slices.ContainsFunc(ch.Nodes, func(n graphNode) bool {
		return n.ID == "article:ingest-1" && n.Type == "Article" && n.Properties["title"] == "Blinken meets Wang Yi in Beijing"
	}) || len(ch.Edges) == 0 || ch.Merged == nil || len(ch.Merged) != 0 {
		t.Errorf("graphChanged = %s", raw)
	}
	for _, e := range ch.Edges {
		if e.Source == "" || e.Target == "" || e.Type == "" || e.ID == "" {
			t.Errorf("edge %+v", e)
		}
	}
}

// testGraphChangedTellsMergedMeetings ingests a plan that gives no date,
// then the article of the meeting it announced: the second ingest merges
// the plan's stored meeting into the held one, and its graphChanged event
// names both, so that a front end drops the plan's node (its id now answers
// the meeting that took it in) instead of keeping a meeting the graph does
// not hold.
func testGraphChangedTellsMergedMeetings(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api, srv, changes, ctx := newLiveServer(t, newStore)
	ws := subscribeGraphChanged(t, ctx, srv, changes)

	postIngest(t, ctx, srv, []map[string]any{{"id": "merge-plan", "title": "Travel", "date": "2023-06-10",
		"text": "Secretary of State Antony Blinken will travel to Beijing. Secretary Blinken will meet with Chinese Foreign Minister Qin Gang."}})
	first, raw := nextGraphChange(t, ctx, ws)
	var plan string
	for _, n := range first.Nodes {
		if n.Type == "Meeting" {
			plan = n.ID
		}
	}
	if plan == "" || len(first.Merged) != 0 {
		t.Fatalf("the plan's graphChanged = %s, want its meeting and no merge", raw)
	}

	postIngest(t, ctx, srv, []map[string]any{{"id": "merge-held", "title": "Meeting", "date": "2023-06-19",
		"text": "Secretary of State Antony Blinken met with Chinese Foreign Minister Qin Gang in Beijing on June 18."}})
	second, raw := nextGraphChange(t, ctx, ws)
	if len(second.Merged) != 1 || second.Merged[0].From != plan || second.Merged[0].Into == plan || !slices.ContainsFunc(second.Nodes, func(n graphNode) bool {
		return n.ID == second.Merged[0].Into
	}) {
		t.Fatalf("the meeting's graphChanged = %s, want the plan %s merged into its new meeting", raw, plan)
	}
	// The plan's id answers the meeting that took it in.
	var moved struct{ Node *struct{ ID string } }
	api.query(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": plan}, &moved)
	if moved.Node == nil || moved.Node.ID != second.Merged[0].Into {
		t.Errorf("node(id: %q) = %+v after the merge, want %s", plan, moved.Node, second.Merged[0].Into)
	}
}

// newLiveServer serves the API, with the key and a broadcaster of
// graphChanged, over HTTP for the websocket tests, and a context that
// bounds each test.
func newLiveServer(t *testing.T, newStore func(t *testing.T) schema.Store) (*apiClient, *httptest.Server, *graph.Broadcaster, context.Context) {
	t.Helper()
	changes := graph.NewBroadcaster()
	api := newAPIClient(t, newStore(t), graph.Options{APIKey: testAPIKey, Changes: changes}, newsFixture())
	srv := httptest.NewServer(api.handler)
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	t.Cleanup(cancel)
	return api, srv, changes, ctx
}

// graphChange is a graphChanged event as a client reads it.
type graphChange struct {
	Articles []string
	Nodes    []graphNode
	Edges    []graphEdge
	Merged   []struct{ From, Into string }
}

// subscribeGraphChanged opens a websocket from a localhost page and
// subscribes to graphChanged, waiting until the server has the subscriber.
func subscribeGraphChanged(t *testing.T, ctx context.Context, srv *httptest.Server, changes *graph.Broadcaster) *wsClient {
	t.Helper()
	ws, _, err := dialWS(t, ctx, srv, "http://localhost:5173")
	if err != nil {
		t.Fatalf("dial from localhost: %v", err)
	}
	if err := ws.send(ctx, map[string]any{"type": "connection_init", "payload": map[string]any{}}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.next(ctx, "connection_ack"); err != nil {
		t.Fatal(err)
	}
	if err := ws.send(ctx, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
		"query": `subscription { graphChanged { articles nodes { id label type properties } edges { id source target type } merged { from into } } }`}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for changes.Subscribers() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	return ws
}

// postIngest sends ingestArticles over HTTP with the key.
func postIngest(t *testing.T, ctx context.Context, srv *httptest.Server, articles []map[string]any) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": ingestMutation, "variables": map[string]any{"articles": articles}})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+graph.EndpointPath, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+testAPIKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if err := resp.Body.Close(); err != nil {
		t.Fatal(err)
	}
}

// nextGraphChange reads the subscription's next event.
func nextGraphChange(t *testing.T, ctx context.Context, ws *wsClient) (graphChange, []byte) {
	t.Helper()
	msg, err := ws.next(ctx, "next")
	if err != nil {
		t.Fatalf("no graphChanged event: %v", err)
	}
	raw, err := json.Marshal(msg["payload"])
	if err != nil {
		t.Fatal(err)
	}
	var event struct {
		Data struct{ GraphChanged graphChange }
	}
	if err := json.Unmarshal(raw, &event); err != nil {
		t.Fatal(err)
	}
	return event.Data.GraphChanged, raw
}
