package graph

import (
	"context"
	"errors"
	"maps"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"newsgraph/schema"
)

// An id a client kept (a link, a saved view) can name a meeting that a
// later ingest merged into another (schema.MergedIDs). Where a query takes
// ids, an id that names no node is looked up among those merged away, and
// the meeting that holds it answers in its place; the response's
// extensions.movedIds maps each such id to the id that answered (see
// Meeting.id in the SDL). The lookup is made only for meeting ids that
// found nothing, so a request whose ids all name nodes costs no more.

// movedIDsExtension is the response extension that names the ids answered
// by the meeting that holds them.
const movedIDsExtension = "movedIds"

// movedIDs collects an operation's moved ids (see above).
type movedIDs struct {
	mu sync.Mutex
	m  map[string]string
}

func (v *movedIDs) add(moved map[string]string) {
	if len(moved) == 0 {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil {
		v.m = map[string]string{}
	}
	maps.Copy(v.m, moved)
}

// all returns the ids collected, nil when none.
func (v *movedIDs) all() map[string]string {
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.m) == 0 {
		return nil
	}
	return maps.Clone(v.m)
}

// formerIDsLoaders load meetings' former ids (schema.Store.FormerIDs): a
// sibling group's at once (a page of meetings), else by id after the
// batch wait.
type formerIDsLoaders struct {
	byGroup *dataloadgen.Loader[*siblingGroup, map[string][]string]
	byID    *dataloadgen.Loader[string, []string]
}

func newFormerIDsLoaders(store schema.Store, wait time.Duration) *formerIDsLoaders {
	return &formerIDsLoaders{
		byGroup: newGroupLoader(func(ctx context.Context, g *siblingGroup) (map[string][]string, error) {
			return store.FormerIDs(ctx, g.ids)
		}),
		byID: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]string, []error) {
			found, err := store.FormerIDs(ctx, ids)
			if err != nil {
				return nil, []error{err}
			}
			out := make([][]string, len(ids))
			for i, id := range ids {
				out[i] = found[id]
			}
			return out, nil
		}, dataloadgen.WithWait(wait)),
	}
}

// FormerIDs loads the ids merged into meeting id, sorted; never nil.
func (l *Loaders) FormerIDs(ctx context.Context, id string) ([]string, error) {
	var list []string
	var err error
	if g := l.groupOf(id); g != nil {
		var all map[string][]string
		all, err = l.formerIDs.byGroup.Load(ctx, g)
		list = all[id]
	} else {
		list, err = l.formerIDs.byID.Load(ctx, id)
	}
	if list == nil {
		list = []string{}
	}
	return list, err
}

// MovedIDs returns the ids the operation answered by the meeting that
// holds them, each with that meeting's id; nil when none.
func (l *Loaders) MovedIDs() map[string]string { return l.moved.all() }

// follow looks up the meeting ids among ids and returns those that name
// no node but a meeting merged into another (the store's MergedInto
// decides), each with the id of the meeting that holds it, noted for the
// response's movedIds. One store call, none when ids hold no meeting id.
func (l *Loaders) follow(ctx context.Context, ids []string) (map[string]string, error) {
	meetings := schema.MeetingIDsAmong(ids)
	if len(meetings) == 0 {
		return nil, nil
	}
	into, err := l.store.MergedInto(ctx, meetings)
	if err != nil {
		return nil, err
	}
	l.moved.add(into)
	return into, nil
}

// movedTo returns ids with those of into replaced by their meeting's, each
// id once, in order.
func movedTo(ids []string, into map[string]string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if m, ok := into[id]; ok {
			id = m
		}
		out = schema.AppendNew(out, id)
	}
	return out
}

// nodeOrHolder loads the node id, or, when there is none and id is a
// meeting's merged into another, that meeting; nil when neither exists.
func (r *Resolver) nodeOrHolder(ctx context.Context, id string) (*schema.Node, error) {
	l := LoadersFrom(ctx)
	n, err := l.Node(ctx, id)
	if err != nil || n != nil || schema.LabelOf(id) != schema.LabelMeeting {
		return n, err
	}
	into, err := l.follow(ctx, []string{id})
	if err != nil || into[id] == "" {
		return nil, err
	}
	return l.Node(ctx, into[id])
}

// pathEndsMoved retries shortestPath's store call, in its window, when the
// first call's err says that a meeting end names no node, with each end
// that is a meeting merged into another replaced by the meeting that holds
// it; where none is, it returns err.
func (r *Resolver) pathEndsMoved(ctx context.Context, from, to string, hops int, window schema.PathWindow, err error) (*schema.Path, error) {
	if unknown := (*schema.UnknownNodeError)(nil); !errors.As(err, &unknown) || schema.LabelOf(unknown.ID) != schema.LabelMeeting {
		return nil, err
	}
	into, ferr := LoadersFrom(ctx).follow(ctx, []string{from, to})
	if ferr != nil {
		return nil, ferr
	}
	if len(into) == 0 {
		return nil, err
	}
	if m, ok := into[from]; ok {
		from = m
	}
	if m, ok := into[to]; ok {
		to = m
	}
	return r.Store.ShortestPath(ctx, from, to, hops, window)
}
