package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/memstore/memtest"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// Loaders can run as parallel workers because every write is an idempotent
// merge: two loaders over overlapping articles, at the same time, leave the
// same graph as one loader that reads each article once. SCALING.md rests
// on this test.

func TestConcurrentLoadersMem(t *testing.T) {
	open := func() schema.Store {
		return memtest.OpenDir(t, t.TempDir())
	}
	testConcurrentLoaders(t, open)
}

func TestConcurrentLoadersNeo4j(t *testing.T) {
	testConcurrentLoaders(t, func() schema.Store { return neo4jtest.Open(t) })
}

func testConcurrentLoaders(t *testing.T, open func() schema.Store) {
	ctx := context.Background()
	var recs []loader.Record
	for r := range (corpus{}).records(1) {
		recs = append(recs, r)
	}
	n := len(recs)
	// Two overlapping shards: the first two thirds and the last two thirds,
	// so the middle third is loaded by both loaders at once. The second is
	// reversed, so that the two meet in the middle at the same time.
	a := recs[:2*n/3]
	b := slices.Clone(recs[n/3:])
	slices.Reverse(b)
	const batch = 4 // small batches: many interleaved transactions

	seq := open()
	if _, err := (&loader.Loader{Store: seq, BatchSize: batch, Log: quietLog}).Load(ctx, slices.Values(recs)); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, seq, recs)

	for round := range 3 {
		par := open()
		var wg sync.WaitGroup
		reps := make([]loader.Report, 2)
		errs := make([]error, 2)
		for i, shard := range [][]loader.Record{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				reps[i], errs[i] = (&loader.Loader{Store: par, BatchSize: batch, Log: quietLog}).Load(ctx, slices.Values(shard))
			}()
		}
		wg.Wait()
		for i := range 2 {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			for _, r := range reps[i].Rejected {
				t.Errorf("round %d, loader %d: rejected: %v", round, i, r)
			}
		}
		got := snapshot(t, par, recs)
		if diff := diffSnapshots(want, got); diff != "" {
			t.Fatalf("round %d: two concurrent loaders over overlapping articles left a different graph than one sequential load:\n%s", round, diff)
		}
		t.Logf("round %d: %d nodes, %d relationships, same as one sequential load", round, got.counts.Nodes, got.counts.Relationships)
		if _, ok := par.(*memstore.Store); !ok {
			break // Neo4j: one round (each costs a wipe and two loads)
		}
	}
}

// graphSnapshot is what the test compares: the graph's size, and every node
// and edge around the entities the articles name (ids, names, aliases,
// properties, and each edge's dates and evidence).
type graphSnapshot struct {
	counts schema.Counts
	lines  []string
}

func snapshot(t *testing.T, s schema.Store, recs []loader.Record) graphSnapshot {
	t.Helper()
	ctx := context.Background()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Every node id any article produces (meetings may be renamed by
	// resolution; their edges are reached from the people below).
	ids := map[string]bool{}
	for _, r := range recs {
		g, err := loader.Prepare(r)
		if err != nil {
			continue
		}
		for _, n := range g.Nodes {
			if n.Label != schema.LabelMeeting {
				ids[n.ID] = true
			}
		}
	}
	list := keys(ids)
	nodes, err := s.Nodes(ctx, list)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	meetings := map[string]bool{}
	for _, id := range list {
		n, ok := nodes[id]
		if !ok {
			lines = append(lines, "missing node "+id)
			continue
		}
		lines = append(lines, nodeLine(n))
	}
	for _, rel := range schema.RelTypes {
		out, err := storetest.Edges(ctx, s, list, rel, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range list {
			for _, e := range out[id] {
				lines = append(lines, edgeLine(e))
				if schema.LabelOf(e.To) == schema.LabelMeeting {
					meetings[e.To] = true
				}
			}
		}
	}
	// The meetings, and their own edges.
	mlist := keys(meetings)
	mnodes, err := s.Nodes(ctx, mlist)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range mlist {
		lines = append(lines, nodeLine(mnodes[id]))
	}
	for _, rel := range []string{schema.RelHeldIn, schema.RelDiscussed} {
		out, err := storetest.Edges(ctx, s, mlist, rel, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range mlist {
			for _, e := range out[id] {
				lines = append(lines, edgeLine(e))
			}
		}
	}
	slices.Sort(lines)
	return graphSnapshot{counts: c, lines: lines}
}

func nodeLine(n schema.Node) string {
	aliases := slices.Clone(n.Aliases)
	slices.Sort(aliases) // order of first sight depends on which loader came first
	var props []string
	for k, v := range n.Props {
		if k == schema.PropIngestedAt && n.Label == schema.LabelArticle && v != "" {
			v = "(stamped)" // when each load wrote it: the graphs are the same but for it
		}
		props = append(props, k+"="+v)
	}
	slices.Sort(props)
	return fmt.Sprintf("node %s %q aliases=%q %s", n.ID, n.Name, aliases, strings.Join(props, " "))
}

func edgeLine(e schema.Edge) string {
	var ev []string
	for _, x := range e.Evidence {
		ev = append(ev, x.ArticleID)
	}
	slices.Sort(ev)
	return fmt.Sprintf("edge %s since=%s until=%s evidence=%v", e.EdgeID(), e.Since, e.Until, ev)
}

func diffSnapshots(want, got graphSnapshot) string {
	var b strings.Builder
	if want.counts != got.counts {
		fmt.Fprintf(&b, "counts: sequential %+v, concurrent %+v\n", want.counts, got.counts)
	}
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range want.lines {
		w[l] = true
	}
	for _, l := range got.lines {
		g[l] = true
	}
	shown := 0
	for _, l := range want.lines {
		if !g[l] && shown < 20 {
			fmt.Fprintf(&b, "- %s\n", l)
			shown++
		}
	}
	for _, l := range got.lines {
		if !w[l] && shown < 40 {
			fmt.Fprintf(&b, "+ %s\n", l)
			shown++
		}
	}
	return b.String()
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
