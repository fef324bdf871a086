package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/internal/sharedcorpus"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/neo4jstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// The explorer's expansion, before and after known: the old page asked each
// expansion's whole neighbourhood with every node's and edge's properties
// (the edges' evidence), and merged it; the page now names the nodes it
// draws (known), asks no edge properties (an edge's evidence is read when
// it is selected) and asks each node's degree, which sizes it. "elements"
// is a page that draws from elements(degree: true) with known.
var expansionForms = []struct{ name, query string }{
	{"before", `query($seeds: [ID!]!) { subgraph(seeds: $seeds, depth: 1, limit: 200) {
		nodes { id label type properties } edges { id source target type properties } truncated } }`},
	{"after", `query($seeds: [ID!]!, $known: [ID!]) { subgraph(seeds: $seeds, depth: 1, limit: 200, known: $known) {
		nodes { id label type properties degree } edges { id source target type } truncated } }`},
	{"elements", `query($seeds: [ID!]!, $known: [ID!]) { subgraph(seeds: $seeds, depth: 1, limit: 200, known: $known) {
		truncated elements(degree: true) } }`},
}

// expansionSeed is the page's first view, and expansionTargets how many of
// its nodes the page then expands, one after another: the first people and
// meetings of the view after the seed, in the answer's order.
const (
	expansionSeed    = "person:joe-biden"
	expansionTargets = 6
)

// BenchmarkExpansion replays an explorer page: Joe Biden's neighbourhood
// (depth 1, limit 200, with properties), then six expansions of its first
// people and meetings, each merged before the next, in each form of
// expansionForms, on the embedded store and, with NEO4J_URI set, on Neo4j.
// B/expansion is the response's bytes, ms/expansion the wall time of one
// request through the handler, new/expansion and drawn/expansion the nodes
// answered that the page lacked and already drew. Before the loop, each
// page's final drawing is checked: the same nodes in every form, and with
// known every edge among them; and the stores' answers byte for byte.
//
// Over the shared corpus (NEWSGRAPH_BENCH_CORPUS=1: both stores load it
// once per process, a minute or two), else over storetest.SubgraphHub(330,
// 10), as CI's smoke run:
//
//	NEWSGRAPH_BENCH_CORPUS=1 go test -run '^$' -bench Expansion -count 6 ./graph/ | tee x.txt
//	benchstat -col /form x.txt
func BenchmarkExpansion(b *testing.B) {
	seed, stores := expansionStores(b)
	answers := map[string][][]byte{} // form -> the answers of the first store, for the others to match
	for _, st := range stores {
		h := graph.NewHandler(st.store, graph.Options{Timeout: time.Minute})
		first := askExpansion(b, h, expansionForms[0].query, map[string]any{"seeds": []string{seed}})
		var view expansionAnswer
		decodeExpansion(b, first, &view)
		targets := view.targets(seed)
		drawn := map[string][]string{} // form -> the final page's node ids
		for _, form := range expansionForms {
			b.Run("store="+st.name+"/form="+form.name, func(b *testing.B) {
				replay := func() (pg *expansionPage, bytesSum, newSum, drawnSum int, bodies [][]byte) {
					pg = newExpansionPage(view)
					for _, id := range targets {
						vars := map[string]any{"seeds": []string{id}}
						if form.name != "before" {
							vars["known"] = pg.ids()
						}
						body := askExpansion(b, h, form.query, vars)
						var a expansionAnswer
						decodeExpansion(b, body, &a)
						n, d := pg.merge(a)
						bytesSum, newSum, drawnSum = bytesSum+len(body), newSum+n, drawnSum+d
						bodies = append(bodies, body)
					}
					return
				}
				pg, bytesSum, newSum, drawnSum, bodies := replay()
				checkExpansionPage(b, st.store, form.name, pg, drawn)
				if want, ok := answers[form.name]; !ok {
					answers[form.name] = bodies
				} else {
					for i := range want {
						if !bytes.Equal(want[i], bodies[i]) {
							b.Fatalf("expansion %d (%s) differs between the stores:\n%.300s\n%.300s", i, targets[i], want[i], bodies[i])
						}
					}
				}
				var wall time.Duration
				for b.Loop() {
					start := time.Now()
					replay()
					wall += time.Since(start)
				}
				per := float64(b.N * len(targets))
				b.ReportMetric(float64(bytesSum)/float64(len(targets)), "B/expansion")
				b.ReportMetric(float64(wall.Microseconds())/1000/per, "ms/expansion")
				b.ReportMetric(float64(newSum)/float64(len(targets)), "new/expansion")
				b.ReportMetric(float64(drawnSum)/float64(len(targets)), "drawn/expansion")
			})
		}
	}
}

type expansionStore struct {
	name  string
	store schema.Store
}

var expansionLoad struct {
	once   sync.Once
	seed   string
	stores []expansionStore
	err    error
}

// expansionStores is the seed and the stores the benchmark replays its page
// on, loaded once per process.
func expansionStores(b *testing.B) (string, []expansionStore) {
	l := &expansionLoad
	l.once.Do(func() {
		ctx := context.Background()
		write := func(s schema.Store) error {
			if os.Getenv("NEWSGRAPH_BENCH_CORPUS") != "1" {
				return storetest.Write(ctx, s, storetest.SubgraphHub(330, 10))
			}
			_, err := (&loader.Loader{Store: s, BatchSize: 500}).LoadFiles(ctx, sharedcorpus.Files(b)...)
			return err
		}
		l.seed = "person:hub"
		if os.Getenv("NEWSGRAPH_BENCH_CORPUS") == "1" {
			l.seed = expansionSeed
		}
		mem, err := memstore.Open("")
		if err == nil {
			err = write(mem)
		}
		if err != nil {
			l.err = err
			return
		}
		l.stores = append(l.stores, expansionStore{"embedded", mem})
		if cfg, ok := neo4jstore.ConfigFromEnv(); ok {
			neo4jtest.Open(b) // empties the database; its store closes with this benchmark, the data stays
			s, err := neo4jstore.Open(ctx, cfg)
			if err == nil {
				err = write(s)
			}
			if err != nil {
				l.err = err
				return
			}
			l.stores = append(l.stores, expansionStore{"neo4j", s})
		}
	})
	if l.err != nil {
		b.Fatal(l.err)
	}
	return l.seed, l.stores
}

func askExpansion(b *testing.B, h http.Handler, query string, vars map[string]any) []byte {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		b.Fatal(err)
	}
	return postBody(b, h, body)
}

type expansionNode struct{ ID, Type string }
type expansionEdge struct{ ID, Source, Target string }

// expansionAnswer is a subgraph answer in any form of expansionForms.
type expansionAnswer struct {
	Nodes    []expansionNode
	Edges    []expansionEdge
	Elements *struct {
		Nodes []expansionNode
		Edges []expansionEdge
	}
}

func decodeExpansion(b *testing.B, body []byte, out *expansionAnswer) {
	var resp struct {
		Data   struct{ Subgraph expansionAnswer }
		Errors []any
	}
	if err := json.Unmarshal(body, &resp); err != nil || len(resp.Errors) > 0 {
		b.Fatalf("%v %v: %.300s", err, resp.Errors, body)
	}
	*out = resp.Data.Subgraph
	if e := out.Elements; e != nil {
		out.Nodes, out.Edges = e.Nodes, e.Edges
	}
}

// targets are the nodes a page expands after the seed: its first people
// and meetings, in the answer's order.
func (a expansionAnswer) targets(seed string) []string {
	var out []string
	for _, n := range a.Nodes {
		if n.ID != seed && (n.Type == schema.LabelPerson || n.Type == schema.LabelMeeting) && len(out) < expansionTargets {
			out = append(out, n.ID)
		}
	}
	return out
}

// expansionPage is what a page draws: node and edge ids.
type expansionPage struct{ nodes, edges map[string]bool }

func newExpansionPage(a expansionAnswer) *expansionPage {
	pg := &expansionPage{nodes: map[string]bool{}, edges: map[string]bool{}}
	pg.merge(a)
	return pg
}

// merge adds an answer, as the explorer does (an edge whose ends are both
// drawn), and says how many of its nodes were new and how many drawn.
func (pg *expansionPage) merge(a expansionAnswer) (fresh, drawn int) {
	for _, n := range a.Nodes {
		if pg.nodes[n.ID] {
			drawn++
		} else {
			fresh++
			pg.nodes[n.ID] = true
		}
	}
	for _, e := range a.Edges {
		if pg.nodes[e.Source] && pg.nodes[e.Target] {
			pg.edges[e.ID] = true
		}
	}
	return fresh, drawn
}

func (pg *expansionPage) ids() []string {
	out := make([]string, 0, len(pg.nodes))
	for id := range pg.nodes {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// checkExpansionPage: every form ends with the same nodes drawn, and a
// page that sends known draws every edge among them.
func checkExpansionPage(b *testing.B, s schema.Store, form string, pg *expansionPage, drawn map[string][]string) {
	ids := pg.ids()
	if want, ok := drawn["before"]; ok && !slices.Equal(want, ids) {
		b.Fatalf("form %s drew %d nodes, before %d", form, len(ids), len(want))
	}
	drawn[form] = ids
	if form == "before" {
		return
	}
	among, err := s.EdgesAmong(context.Background(), ids, schema.Projection{})
	if err != nil {
		b.Fatal(err)
	}
	if len(among) != len(pg.edges) {
		b.Fatalf("form %s drew %d edges among its %d nodes; the store has %d", form, len(pg.edges), len(ids), len(among))
	}
}
