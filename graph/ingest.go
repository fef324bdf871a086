package graph

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/loader"
	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// MaxIngest is the most articles one ingestArticles call takes.
const MaxIngest = 1000

// APIKeyHeader is the header that may carry the API key, besides
// "Authorization: Bearer <key>".
const APIKeyHeader = "X-API-Key"

// requestKey is the API key a request carries, "" for none.
func requestKey(h http.Header) string {
	if k := h.Get(APIKeyHeader); k != "" {
		return k
	}
	if auth, ok := strings.CutPrefix(h.Get("Authorization"), "Bearer "); ok {
		return strings.TrimSpace(auth)
	}
	return ""
}

// authorize checks the API key of the operation that ctx belongs to
// against the server's. Without a server key nothing is authorized.
func (r *Resolver) authorize(ctx context.Context, what string) error {
	if r.APIKey == "" {
		return apierr.New(apierr.Unauthenticated, "%s is disabled: the server was started without an API key (NEWSGRAPH_API_KEY)", what)
	}
	var got string
	if oc := graphql.GetOperationContext(ctx); oc != nil {
		got = requestKey(oc.Headers)
	}
	if got == "" {
		return apierr.New(apierr.Unauthenticated, "%s needs the API key: send \"Authorization: Bearer <key>\" or \"%s: <key>\"", what, APIKeyHeader)
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(r.APIKey)) != 1 {
		return apierr.New(apierr.Unauthenticated, "%s: the API key is not valid", what)
	}
	return nil
}

// ingest runs the loader on the articles of a request and announces what
// it added.
func (r *Resolver) ingest(ctx context.Context, articles []*model.ArticleInput) (*model.IngestResult, error) {
	if err := r.authorize(ctx, "ingestArticles"); err != nil {
		return nil, err
	}
	if len(articles) > MaxIngest {
		return nil, apierr.Invalid("at most %d articles per call, got %d", MaxIngest, len(articles))
	}
	res := &model.IngestResult{Skipped: []string{}, Rejected: []*model.IngestError{}}
	if len(articles) == 0 {
		return res, nil
	}
	// The loader decides what is new: an article stored with the same
	// content is skipped, a changed one replaces its statements, and a
	// second article with one id in this request is rejected, as in load.
	records := make([]loader.Record, 0, len(articles))
	for i, a := range articles {
		art := extract.Article{ID: a.ID, Title: deref(a.Title), Date: a.Date, URL: deref(a.URL), Source: deref(a.Source), Text: a.Text}
		rec := loader.Record{Article: art, File: "request", Line: i + 1}
		if err := loader.CheckArticle(art); err != nil {
			rec.Err = &loader.InputError{File: "request", Line: i + 1, ArticleID: a.ID, Err: err}
		}
		records = append(records, rec)
	}
	l := loader.Loader{Store: r.Store, Log: r.logger(), TrackAdded: true}
	rep, err := l.Load(ctx, seq(records))
	if err != nil {
		return nil, err
	}
	res.Loaded = rep.Articles
	for _, id := range rep.SkippedIDs {
		res.Skipped = append(res.Skipped, schema.ArticleID(id))
	}
	for _, e := range rep.Rejected {
		ie := &model.IngestError{Message: e.Error()}
		var in *loader.InputError
		if errors.As(e, &in) {
			ie.Index = in.Line - 1
			if in.ArticleID != "" {
				ie.ID = &in.ArticleID
			}
			ie.Message = in.Err.Error()
			var dup *loader.DuplicateIDError
			if errors.As(in.Err, &dup) {
				// The loader names the first by its 1-based line; a
				// client reads indexes.
				ie.Message = fmt.Sprintf("duplicate article id in this request: first given at index %d", dup.FirstLine-1)
			}
		}
		if errors.Is(e, loader.ErrWriteFailed) {
			// The store's error stays in the log.
			r.logger().ErrorContext(ctx, "graphql: ingest write failed", "err", e)
			ie.Message = "the graph store could not write this article; try again later"
		}
		res.Rejected = append(res.Rejected, ie)
	}
	res.NodesAdded, res.EdgesAdded = len(rep.Added.Nodes), len(rep.Added.Edges)
	if r.Ingested != nil {
		r.Ingested(res.Loaded, len(res.Skipped), len(res.Rejected))
	}
	if len(rep.ArticleIDs) > 0 && r.Changes != nil {
		change := &model.GraphChange{Nodes: []*model.GraphNode{}, Edges: []*model.GraphEdge{}, Merged: []*model.MeetingMerge{}}
		for _, n := range rep.Added.Nodes {
			change.Nodes = append(change.Nodes, GraphNode(n))
		}
		for _, e := range rep.Added.Edges {
			change.Edges = append(change.Edges, GraphEdge(e))
		}
		for _, id := range rep.ArticleIDs {
			change.Articles = append(change.Articles, schema.ArticleID(id))
		}
		for _, m := range rep.Added.Merged {
			change.Merged = append(change.Merged, &model.MeetingMerge{From: m.From, Into: m.Into})
		}
		r.Changes.Publish(change)
	}
	return res, nil
}

func seq[T any](list []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range list {
			if !yield(x) {
				return
			}
		}
	}
}

// Broadcaster fans graph changes out to subscribers, in process. A
// subscriber that is more than its buffer behind misses changes: a slow
// client never holds up an ingest.
type Broadcaster struct {
	mu   sync.Mutex
	subs map[chan *model.GraphChange]struct{}
}

// subscriberBuffer is how many changes a subscriber may fall behind.
const subscriberBuffer = 64

// NewBroadcaster returns a broadcaster without subscribers.
func NewBroadcaster() *Broadcaster {
	return &Broadcaster{subs: map[chan *model.GraphChange]struct{}{}}
}

// Subscribe returns a channel of the changes published from now until ctx
// ends, when the channel is closed.
func (b *Broadcaster) Subscribe(ctx context.Context) <-chan *model.GraphChange {
	ch := make(chan *model.GraphChange, subscriberBuffer)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		delete(b.subs, ch)
		close(ch)
		b.mu.Unlock()
	}()
	return ch
}

// Publish sends a change to every subscriber that has room for it.
func (b *Broadcaster) Publish(c *model.GraphChange) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- c:
		default:
		}
	}
}

// Subscribers is the number of current subscribers.
func (b *Broadcaster) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}
