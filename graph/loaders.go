package graph

import (
	"context"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"newsgraph/graph/model"
	"newsgraph/schema"
)

// DefaultBatchWait is how long a by-id dataloader gathers keys before it
// makes its store call. Lists do not wait at all (see sibling groups
// below); the wait only gathers lookups that no list relates, such as the
// root fields of one query.
const DefaultBatchWait = 2 * time.Millisecond

// Loaders batch and cache the store reads of one GraphQL operation: every
// resolver that needs a node or a node's edges asks these, so a list of N
// meetings costs one store call per kind of read, not N. They are made per
// operation (see NewServer) because their cache must not outlive it.
//
// Batching by time alone is at the mercy of the scheduler: when the
// resolvers of a list's items start more than the wait apart (a busy
// machine, a slow store answering one branch of a query), the list's keys
// split over several store calls, and the number of calls a query costs
// varies from run to run. So nodes found together (a page of meetings,
// the other ends of one batch of edges, the articles of their evidence,
// search hits) form a sibling group, and the first resolver to load
// anything for a member loads it for the whole group: one store call per
// group and kind of read, made at once, whatever the timing. Nodes
// outside any group (root lookups by id) go through the by-id loaders,
// batched by time.
type Loaders struct {
	store schema.Store
	wait  time.Duration
	// proj is what of texts and evidence the operation reads (see
	// projectionOf); every read of the operation keeps the same, so that a
	// cached node or edge never lacks what another field wants of it.
	proj schema.Projection

	// Nodes loads nodes by id, batched by time; an unknown id loads as nil.
	Nodes *dataloadgen.Loader[string, *schema.Node]
	// groupNodes loads the nodes of a whole sibling group.
	groupNodes *dataloadgen.Loader[*siblingGroup, map[string]schema.Node]

	// mu guards the maps below; most of its uses read them (every item
	// of a page looks up its group and edge sets), hence a RWMutex.
	mu         sync.RWMutex
	edges      map[schema.EdgeSet]*dataloadgen.Loader[string, []schema.Edge]
	groupEdges map[groupSet]*edgeFuture
	groups     map[string]*siblingGroup // node id -> the first group it was found in
	pages      map[string]*pageLoaders  // per-node pages by field and arguments
	attendees  map[string][]schema.Node // meeting id -> the people who attended it, when read with it
	degrees    *degreeLoaders
	formerIDs  *formerIDsLoaders
	moved      movedIDs // ids answered by the meeting that holds them (mergedids.go)
}

// degreeLoaders load nodes' degrees (schema.Store.Degrees): a sibling
// group's at once, else by id after the batch wait.
type degreeLoaders struct {
	byGroup *dataloadgen.Loader[*siblingGroup, map[string]int]
	byID    *dataloadgen.Loader[string, int]
}

// Degree loads the degree of node id: for the whole of its sibling group
// (a subgraph's or a path's nodes) in one store call.
func (l *Loaders) Degree(ctx context.Context, id string) (int, error) {
	if g := l.groupOf(id); g != nil {
		degrees, err := l.degrees.byGroup.Load(ctx, g)
		return degrees[id], err
	}
	return l.degrees.byID.Load(ctx, id)
}

// groupSet is one edge set of a sibling group.
type groupSet struct {
	group *siblingGroup
	set   schema.EdgeSet
}

// edgeFuture is the edges of one group and set, once read.
type edgeFuture struct {
	done  chan struct{}
	edges map[string][]schema.Edge
	err   error
}

// siblingGroup is a set of node ids found together, which the API will
// most likely load together. Its pointer is a loader key.
type siblingGroup struct {
	ids []string
}

// NewLoaders returns empty loaders over store; wait 0 means DefaultBatchWait.
// Their reads keep what proj keeps of texts and evidence.
func NewLoaders(store schema.Store, wait time.Duration, proj schema.Projection) *Loaders {
	if wait <= 0 {
		wait = DefaultBatchWait
	}
	l := &Loaders{
		store:      store,
		wait:       wait,
		proj:       proj,
		edges:      map[schema.EdgeSet]*dataloadgen.Loader[string, []schema.Edge]{},
		groupEdges: map[groupSet]*edgeFuture{},
		groups:     map[string]*siblingGroup{},
	}
	l.Nodes = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*schema.Node, []error) {
		found, err := l.nodes(ctx, ids)
		if err != nil {
			return nil, []error{err} // one error answers every key
		}
		out := make([]*schema.Node, len(ids))
		for i, id := range ids {
			if n, ok := found[id]; ok {
				out[i] = &n
			}
		}
		return out, nil
	}, dataloadgen.WithWait(wait))
	l.groupNodes = newGroupLoader(func(ctx context.Context, g *siblingGroup) (map[string]schema.Node, error) {
		return l.nodes(ctx, g.ids)
	})
	l.degrees = &degreeLoaders{
		byGroup: newGroupLoader(func(ctx context.Context, g *siblingGroup) (map[string]int, error) {
			return store.Degrees(ctx, g.ids)
		}),
		byID: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]int, []error) {
			found, err := store.Degrees(ctx, ids)
			if err != nil {
				return nil, []error{err}
			}
			out := make([]int, len(ids))
			for i, id := range ids {
				out[i] = found[id]
			}
			return out, nil
		}, dataloadgen.WithWait(wait)),
	}
	l.formerIDs = newFormerIDsLoaders(store, wait)
	return l
}

// nodes reads nodes with the operation's projection.
func (l *Loaders) nodes(ctx context.Context, ids []string) (map[string]schema.Node, error) {
	nb, err := l.store.Neighbours(ctx, ids, nil, l.proj)
	return nb.Nodes, err
}

// Projection is what the operation's reads keep of texts and evidence.
func (l *Loaders) Projection() schema.Projection { return l.proj }

// newGroupLoader returns a loader keyed by sibling group. Each group is
// fetched alone and at once (a batch of one): waiting could only merge
// unrelated groups, and by chance.
func newGroupLoader[V any](fetch func(ctx context.Context, g *siblingGroup) (V, error)) *dataloadgen.Loader[*siblingGroup, V] {
	return dataloadgen.NewLoader(func(ctx context.Context, groups []*siblingGroup) ([]V, []error) {
		values := make([]V, len(groups))
		errs := make([]error, len(groups))
		for i, g := range groups {
			values[i], errs[i] = fetch(ctx, g)
		}
		return values, errs
	}, dataloadgen.WithBatchCapacity(1))
}

// Group records that ids were found together, so that loading anything
// for one of them loads it for all. An id keeps the first group it was
// found in: that group may have been loaded already.
func (l *Loaders) Group(ids ...string) {
	l.group(ids)
}

func (l *Loaders) group(ids []string) *siblingGroup {
	l.mu.Lock()
	defer l.mu.Unlock()
	g := &siblingGroup{}
	for _, id := range ids {
		if _, ok := l.groups[id]; !ok {
			l.groups[id] = g
			g.ids = append(g.ids, id)
		}
	}
	return g
}

func (l *Loaders) groupOf(id string) *siblingGroup {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.groups[id]
}

// Prime caches nodes read some other way (a page of meetings, search
// hits) and groups them, so that resolving them again costs no store
// call and loads for any of them cover them all.
func (l *Loaders) Prime(nodes ...schema.Node) {
	l.prime(nodes)
}

// PrimeWithEdges is Prime for nodes read together with edge sets of
// theirs (nb, as Neighbours reads them: a page of meetings with its
// participants, place and sources): reading those sets for any of them
// then costs no store call, and what the edges lead to is cached and
// grouped as when EdgesOf reads them.
//
// Nodes that another page grouped first (sibling pages of one query can
// share a meeting) join this group: their edges are in hand, and which page
// resolved first was a race that sent a second, differently shaped
// statement for them, which the warm-up could not plan for sure.
func (l *Loaders) PrimeWithEdges(nodes []schema.Node, sets []schema.EdgeSet, nb schema.Neighbourhood) {
	g := l.regroup(nodes)
	if len(g.ids) == 0 {
		return
	}
	l.primeNeighbourhood(g.ids, sets, nb)
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, set := range sets {
		if _, ok := l.groupEdges[groupSet{g, set}]; !ok {
			f := &edgeFuture{done: make(chan struct{}), edges: nb.Edges[i]}
			close(f.done)
			l.groupEdges[groupSet{g, set}] = f
		}
	}
}

// regroup caches nodes and puts them all in one new group, taking them out
// of any group they were in: reads already started for the old group keep
// their own futures.
func (l *Loaders) regroup(nodes []schema.Node) *siblingGroup {
	byID := make(map[string]schema.Node, len(nodes))
	for _, n := range nodes {
		l.Nodes.Prime(n.ID, &n)
	}
	g := &siblingGroup{}
	l.mu.Lock()
	for _, n := range nodes {
		if _, dup := byID[n.ID]; !dup {
			byID[n.ID] = n
			l.groups[n.ID] = g
			g.ids = append(g.ids, n.ID)
		}
	}
	l.mu.Unlock()
	if len(g.ids) > 0 {
		l.groupNodes.Prime(g, byID)
	}
	return g
}

// prime is Prime, and returns the group of the nodes that were in none.
func (l *Loaders) prime(nodes []schema.Node) *siblingGroup {
	ids := make([]string, len(nodes))
	byID := make(map[string]schema.Node, len(nodes))
	for i, n := range nodes {
		l.Nodes.Prime(n.ID, &n)
		ids[i] = n.ID
		byID[n.ID] = n
	}
	g := l.group(ids)
	if len(g.ids) > 0 {
		l.groupNodes.Prime(g, byID)
	}
	return g
}

// PrimeAttendees caches the people who attended a meeting, read with it
// (Query.relations reads them so): its participants then cost no read.
func (l *Loaders) PrimeAttendees(meetingID string, people []schema.Node) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.attendees == nil {
		l.attendees = map[string][]schema.Node{}
	}
	l.attendees[meetingID] = people
}

// primedAttendees are the people primed as a meeting's attendees.
func (l *Loaders) primedAttendees(meetingID string) ([]schema.Node, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	people, ok := l.attendees[meetingID]
	return people, ok
}

// Ready reports whether field answers at once for every element of list
// (listmarshal.Readiness): a meeting's participants do when its attendees
// were primed. The list of a month's meetings is then marshalled on one
// goroutine instead of one a meeting.
func (l *Loaders) Ready(list any, typ, field string) bool {
	meetings, ok := list.([]*model.Meeting)
	if !ok || typ != "Meeting" || field != "participants" {
		return false
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	for _, m := range meetings {
		if _, ok := l.attendees[m.ID]; !ok {
			return false
		}
	}
	return true
}

// nodeThunk starts loading a node and returns the wait for it.
func (l *Loaders) nodeThunk(ctx context.Context, id string) func() (*schema.Node, error) {
	g := l.groupOf(id)
	if g == nil {
		return l.Nodes.LoadThunk(ctx, id)
	}
	groupThunk := l.groupNodes.LoadThunk(ctx, g)
	return func() (*schema.Node, error) {
		found, err := groupThunk()
		if n, ok := found[id]; ok && err == nil {
			return &n, nil
		}
		return nil, err
	}
}

// Node loads one node, nil when it does not exist.
func (l *Loaders) Node(ctx context.Context, id string) (*schema.Node, error) {
	return l.nodeThunk(ctx, id)()
}

// NodeList loads nodes in the order of ids, leaving out those that do not
// exist.
func (l *Loaders) NodeList(ctx context.Context, ids []string) ([]schema.Node, error) {
	thunks := make([]func() (*schema.Node, error), len(ids))
	for i, id := range ids {
		thunks[i] = l.nodeThunk(ctx, id)
	}
	out := make([]schema.Node, 0, len(ids))
	for _, thunk := range thunks {
		n, err := thunk()
		if err != nil {
			return nil, err
		}
		if n != nil {
			out = append(out, *n)
		}
	}
	return out, nil
}

// EdgesOf loads the edges of one type that start (Out) or end (In) at a
// node; a node without such edges has none. The nodes at their other ends
// come with them, into the node cache.
//
// For a node of a sibling group, the edges are read for the whole group,
// and together with every other edge set that the fields beside this one
// will read (see siblingSets): a page of meetings asked for its places,
// participants and sources costs one store call, not three. Each set of a
// group is read once, by the first resolver that needs it. A set already
// read or being read (primed with a page, or by a sibling resolver) is
// waited for without looking at the fields beside this one: collecting
// them for every item of a page cost the xi query about a tenth of the
// API's CPU.
func (l *Loaders) EdgesOf(ctx context.Context, id, relType string, dir schema.Direction) ([]schema.Edge, error) {
	set := schema.EdgeSet{Type: relType, Dir: dir}
	l.mu.RLock()
	g := l.groups[id]
	mine, ok := l.groupEdges[groupSet{g, set}]
	l.mu.RUnlock()
	if g == nil {
		return l.Edges(relType, dir).Load(ctx, id)
	}
	if !ok {
		mine = l.readGroupEdges(ctx, g, set)
	}
	select {
	case <-mine.done:
		return mine.edges[id], mine.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readGroupEdges reads set, and the sets of the fields beside the one
// being resolved that are not read yet, for group g; it returns set's
// future, which another resolver may have started meanwhile.
func (l *Loaders) readGroupEdges(ctx context.Context, g *siblingGroup, set schema.EdgeSet) *edgeFuture {
	sets := siblingSets(ctx, set)
	l.mu.Lock()
	var missing []schema.EdgeSet
	var futures []*edgeFuture
	for _, s := range sets {
		if _, ok := l.groupEdges[groupSet{g, s}]; !ok {
			f := &edgeFuture{done: make(chan struct{})}
			l.groupEdges[groupSet{g, s}] = f
			missing, futures = append(missing, s), append(futures, f)
		}
	}
	mine := l.groupEdges[groupSet{g, set}]
	l.mu.Unlock()
	if len(missing) > 0 {
		found, err := l.fetchEdges(ctx, g.ids, missing)
		for i, f := range futures {
			if err == nil {
				f.edges = found[i]
			}
			f.err = err
			close(f.done)
		}
	}
	return mine
}

// Edges returns the by-id loader of the edges of one type and direction.
func (l *Loaders) Edges(relType string, dir schema.Direction) *dataloadgen.Loader[string, []schema.Edge] {
	set := schema.EdgeSet{Type: relType, Dir: dir}
	l.mu.Lock()
	defer l.mu.Unlock()
	if loader, ok := l.edges[set]; ok {
		return loader
	}
	loader := dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]schema.Edge, []error) {
		found, err := l.fetchEdges(ctx, ids, []schema.EdgeSet{set})
		if err != nil {
			return nil, []error{err}
		}
		out := make([][]schema.Edge, len(ids))
		for i, id := range ids {
			out[i] = found[0][id]
		}
		return out, nil
	}, dataloadgen.WithWait(l.wait))
	l.edges[set] = loader
	return loader
}

// fetchEdges reads edge sets with the nodes at their other ends, caches
// those nodes, and groups what the edges lead to: the other ends of each
// set, and the articles of their evidence.
func (l *Loaders) fetchEdges(ctx context.Context, ids []string, sets []schema.EdgeSet) ([]map[string][]schema.Edge, error) {
	nb, err := l.store.Neighbours(ctx, ids, sets, l.proj)
	if err != nil {
		return nil, err
	}
	l.primeNeighbourhood(ids, sets, nb)
	return nb.Edges, nil
}

// primeNeighbourhood caches the nodes that edge sets of ids lead to and
// groups them: the other ends of each set, and the articles of their
// evidence.
func (l *Loaders) primeNeighbourhood(ids []string, sets []schema.EdgeSet, nb schema.Neighbourhood) {
	for i, set := range sets {
		var ends, articles idSet
		for _, id := range ids {
			for _, e := range nb.Edges[i][id] {
				ends.add(otherEnd(e, set.Dir))
				for _, ev := range e.Evidence {
					articles.add(schema.ArticleID(ev.ArticleID))
				}
			}
		}
		l.primeGroup(l.group(ends.ids), nb.Nodes)
		l.group(articles.ids)
	}
	for id, n := range nb.Nodes {
		l.Nodes.Prime(id, &n)
	}
}

// primeGroup caches the nodes of a new group, read along with the edges
// that found them: loading them costs no store call.
func (l *Loaders) primeGroup(g *siblingGroup, found map[string]schema.Node) {
	if len(g.ids) == 0 {
		return
	}
	byID := make(map[string]schema.Node, len(g.ids))
	for _, id := range g.ids {
		if n, ok := found[id]; ok {
			byID[id] = n
		}
	}
	l.groupNodes.Prime(g, byID)
}

// idSet collects ids once each, in the order first seen.
type idSet struct {
	ids  []string
	seen map[string]bool
}

func (s *idSet) add(id string) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if !s.seen[id] {
		s.seen[id] = true
		s.ids = append(s.ids, id)
	}
}

type loadersKey struct{}

// WithLoaders returns a context that carries l.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// LoadersFrom returns the loaders of the operation that ctx belongs to.
// It panics without them: that is a wiring bug, which the recover func
// reports as INTERNAL.
func LoadersFrom(ctx context.Context) *Loaders {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		panic("graph: no dataloaders in context; serve the schema through NewServer or NewHandler")
	}
	return l
}

// pageLoaders batch one kind of per-node page (a field and its arguments,
// such as every person's meetings(first: 5)): by sibling group when the
// node is in one, else by id after the batch wait.
type pageLoaders struct {
	byGroup *dataloadgen.Loader[*siblingGroup, map[string]schema.Page]
	byID    *dataloadgen.Loader[string, schema.Page]
}

// PageOf loads the page of one node for a kind of page: key names the
// field and its arguments, and fetch reads the pages of many nodes in one
// store call. The nodes of every page fetched together form one sibling
// group, so what is read of them next is batched across all the pages.
func (l *Loaders) PageOf(ctx context.Context, id, key string, fetch func(ctx context.Context, ids []string) (map[string]schema.Page, error)) (schema.Page, error) {
	l.mu.Lock()
	if l.pages == nil {
		l.pages = map[string]*pageLoaders{}
	}
	pl, ok := l.pages[key]
	if !ok {
		fetchAndPrime := func(ctx context.Context, ids []string) (map[string]schema.Page, error) {
			pages, err := fetch(ctx, ids)
			if err != nil {
				return nil, err
			}
			var nodes []schema.Node
			for _, id := range ids {
				nodes = append(nodes, pages[id].Nodes...)
			}
			l.Prime(nodes...)
			return pages, nil
		}
		pl = &pageLoaders{
			byGroup: newGroupLoader(func(ctx context.Context, g *siblingGroup) (map[string]schema.Page, error) {
				return fetchAndPrime(ctx, g.ids)
			}),
			byID: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]schema.Page, []error) {
				pages, err := fetchAndPrime(ctx, ids)
				if err != nil {
					return nil, []error{err}
				}
				out := make([]schema.Page, len(ids))
				for i, id := range ids {
					out[i] = pages[id]
				}
				return out, nil
			}, dataloadgen.WithWait(l.wait)),
		}
		l.pages[key] = pl
	}
	l.mu.Unlock()
	if g := l.groupOf(id); g != nil {
		pages, err := pl.byGroup.Load(ctx, g)
		return pages[id], err
	}
	return pl.byID.Load(ctx, id)
}
