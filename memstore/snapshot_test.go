package memstore

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
	"newsgraph/storetest"
)

// storeDump is everything a store holds, texts read back, in a form that
// cmp can compare.
type storeDump struct {
	Nodes    map[string]schema.Node
	Edges    map[string]schema.Edge
	Out, In  map[string]map[string][]string
	Written  map[string][32]byte
	Search   map[string][]schema.SearchHit
	IndexIDs []string
}

func dumpStore(t *testing.T, s *Store) storeDump {
	t.Helper()
	s.mu.RLock()
	d := storeDump{Nodes: map[string]schema.Node{}, Edges: map[string]schema.Edge{}, Out: edgeIDs(s.out), In: edgeIDs(s.in), Written: s.written,
		Search: map[string][]schema.SearchHit{}, IndexIDs: s.search.ids}
	for id, n := range s.nodes {
		c, err := s.copyNode(n, true)
		if err != nil {
			t.Fatal(err)
		}
		d.Nodes[id] = c
	}
	// Each edge is once in the out lists, and the same edge (not a copy,
	// which a merge would leave behind) in the in lists.
	byID := map[string]*schema.Edge{}
	for _, a := range s.out {
		for _, typed := range a {
			for _, e := range typed.edges {
				if byID[e.EdgeID()] != nil {
					t.Errorf("edge %s is twice in the out lists", e.EdgeID())
				}
				byID[e.EdgeID()] = e
				d.Edges[e.EdgeID()] = cloneEdge(e)
			}
		}
	}
	in := 0
	for node, a := range s.in {
		for _, typed := range a {
			for _, e := range typed.edges {
				in++
				if byID[e.EdgeID()] != e {
					t.Errorf("the in list of %s holds a copy of edge %s, not the edge", node, e.EdgeID())
				}
			}
		}
	}
	if len(byID) != s.edgeCount || in != s.edgeCount {
		t.Errorf("%d edges out and %d in, but edgeCount %d", len(byID), in, s.edgeCount)
	}
	s.mu.RUnlock()
	for _, text := range []string{"xi", "b", "talks 2023", "élysée", "北", "blinken"} {
		hits, err := s.Search(context.Background(), text, []string{schema.LabelArticle, schema.LabelPerson, schema.LabelCountry}, 1000, schema.Projection{Text: true})
		if err != nil {
			t.Fatal(err)
		}
		d.Search[text] = hits
	}
	return d
}

// edgeIDs is an index with edge ids for the edges, in its order.
func edgeIDs(idx map[string]adjacency) map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for node, a := range idx {
		out[node] = map[string][]string{}
		for _, t := range a {
			for _, e := range t.edges {
				out[node][t.typ] = append(out[node][t.typ], e.EdgeID())
			}
		}
	}
	return out
}

// snapshotGraphs are the seed, random articles, and a changed version of one
// of them (which retracts the old one).
func snapshotGraphs() (first, second []schema.ArticleGraph) {
	random := randomGraphs(rand.New(rand.NewPCG(5, 6)), 80)
	changed := random[3]
	changed.Nodes = append([]schema.Node(nil), changed.Nodes...)
	for i, n := range changed.Nodes {
		if n.Label == schema.LabelArticle {
			n.Props = map[string]string{schema.PropTitle: "Changed", schema.PropText: "A changed text about Blinken", schema.PropContentHash: "changed"}
			changed.Nodes[i] = n
		}
	}
	// An article with no props but its text, and an edge with no evidence
	// (as an affiliation from the officials lists has).
	bare := schema.ArticleGraph{ArticleID: "bare", Nodes: []schema.Node{
		{ID: schema.ArticleID("bare"), Label: schema.LabelArticle, Name: "Bare", Props: map[string]string{schema.PropText: "Only a text"}},
		{ID: "person:bare", Label: schema.LabelPerson, Name: "Bare Person"},
		{ID: "country:BA", Label: schema.LabelCountry, Name: "Bareland"},
	}, Edges: []schema.Edge{
		{Type: schema.RelMentions, From: schema.ArticleID("bare"), To: "person:bare", Evidence: []schema.Evidence{{ArticleID: "bare", Sentence: "Only a text"}}},
		{Type: schema.RelAffiliatedWith, From: "person:bare", To: "country:BA", Since: "2020", Until: "2021"},
	}}
	first = append(append(storetest.Seed(), bare), random[:40]...)
	second = append(random[40:], changed)
	return first, second
}

// copyFiles copies the named files of the data folder src to a new folder,
// as a crash would leave them (the store in src may still be open).
func copyFiles(t *testing.T, src string, names ...string) string {
	t.Helper()
	dst := t.TempDir()
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestSnapshotLoadsWhatTheJournalReplays checks that a store opened from
// its snapshot holds exactly what a replay of its whole journal builds,
// after writes over two sessions and a retraction.
func TestSnapshotLoadsWhatTheJournalReplays(t *testing.T) {
	dir := t.TempDir()
	s := secondSession(t, dir)
	live := dumpStore(t, s)
	closeStore(t, s)
	if _, err := os.Stat(filepath.Join(dir, SnapshotFile)); err != nil {
		t.Fatalf("no snapshot after Close: %v", err)
	}

	opensAs(t, dir, live, "opened from the snapshot")
	opensAs(t, copyFiles(t, dir, JournalFile), live, "replayed from the journal alone")
}

// secondSession writes snapshotGraphs' first graphs to a store in dir
// and closes it, so that a snapshot is written, then opens it again and
// writes the second graphs. The store is left open.
func secondSession(t *testing.T, dir string) *Store {
	t.Helper()
	first, second := snapshotGraphs()
	s := open(t, dir)
	write(t, s, first)
	closeStore(t, s)
	s = open(t, dir)
	write(t, s, second)
	return s
}

// opensAs opens the store in dir and checks that it holds want; what says
// how it was opened.
func opensAs(t *testing.T, dir string, want storeDump, what string) {
	t.Helper()
	s := open(t, dir)
	defer closeStore(t, s)
	if diff := cmp.Diff(want, dumpStore(t, s)); diff != "" {
		t.Errorf("%s (-want +opened):\n%s", what, diff)
	}
}

// TestLongReplayWritesASnapshotAtOnce checks that Open, having replayed
// more journal than snapshotAfterReplay, writes a snapshot without waiting
// for Close, and removes the files of a snapshot left unfinished.
func TestLongReplayWritesASnapshotAtOnce(t *testing.T) {
	dir := t.TempDir()
	first, _ := snapshotGraphs()
	s := open(t, dir)
	write(t, s, first)
	want := dumpStore(t, s)
	// The process dies here: no Close, no snapshot; and an earlier one died
	// while it wrote one.
	crashed := copyFiles(t, dir, JournalFile)
	closeStore(t, s)
	unfinished := filepath.Join(crashed, SnapshotFile+".123")
	if err := os.WriteFile(unfinished, []byte("half a snapshot"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := snapshotAfterReplay
	snapshotAfterReplay = 100
	defer func() { snapshotAfterReplay = old }()
	replayed := open(t, crashed)
	if replayed.snapshotOf != replayed.journalSize {
		t.Errorf("the store was not loaded back from the snapshot it wrote")
	}
	if diff := cmp.Diff(want, dumpStore(t, replayed)); diff != "" {
		t.Errorf("replayed, then loaded back from its snapshot (-written +opened):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(crashed, SnapshotFile)); err != nil {
		t.Errorf("no snapshot after a long replay: %v", err)
	}
	if _, err := os.Stat(unfinished); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the unfinished snapshot is still there (%v)", err)
	}
	// Copied while open, as a crash leaves the folder.
	opensAs(t, copyFiles(t, crashed, JournalFile, SnapshotFile, TextsFile), want, "opened from the snapshot written at open")
	closeStore(t, replayed)
}

// TestWritesAfterTheSnapshotAreReplayed checks a crash after a snapshot:
// the journal's entries after it are replayed on top of it.
func TestWritesAfterTheSnapshotAreReplayed(t *testing.T) {
	dir := t.TempDir()
	s := secondSession(t, dir)
	defer closeStore(t, s)
	// The process dies here: no Close, so the snapshot is of first only.
	crashed := copyFiles(t, dir, JournalFile, SnapshotFile, TextsFile)
	opensAs(t, crashed, dumpStore(t, s), "reopened after a crash")
}

// TestSnapshotThatDoesNotMatchTheJournalIsIgnored checks that Open falls
// back to the journal when the snapshot is not of it: another journal put
// in its place, a journal cut short, the texts file gone, a corrupt
// snapshot.
func TestSnapshotThatDoesNotMatchTheJournalIsIgnored(t *testing.T) {
	first, second := snapshotGraphs()
	// Longer than the journal of first alone, so that only its bytes tell.
	other := t.TempDir()
	s := open(t, other)
	write(t, s, second)
	write(t, s, first)
	closeStore(t, s)

	otherJournal, err := os.ReadFile(filepath.Join(other, JournalFile))
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name string
		file string
		// spoil gives the file's new bytes from its old ones; nil removes it.
		spoil func(b []byte) []byte
	}{
		{"another journal", JournalFile, func([]byte) []byte { return otherJournal }},
		{"journal cut short", JournalFile, func([]byte) []byte { return []byte{} }},
		{"texts file gone", TextsFile, nil},
		{"snapshot cut short", SnapshotFile, func(b []byte) []byte { return b[:len(b)*2/3] }},
		{"a byte of the snapshot changed", SnapshotFile, func(b []byte) []byte { b[len(b)/2] ^= 1; return b }},
		{"corrupt snapshot", SnapshotFile, func([]byte) []byte { return []byte("not a snapshot") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s := open(t, dir)
			write(t, s, first)
			closeStore(t, s)
			spoilFile(t, filepath.Join(dir, tc.file), tc.spoil)
			replayed := open(t, copyFiles(t, dir, JournalFile))
			want := dumpStore(t, replayed)
			closeStore(t, replayed)
			opensAs(t, dir, want, "opened with a spoilt snapshot, against the journal replayed")
		})
	}
}

// spoilFile replaces the file at path with what spoil makes of its bytes,
// or removes it when spoil is nil.
func spoilFile(t *testing.T, path string, spoil func([]byte) []byte) {
	t.Helper()
	if spoil == nil {
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, spoil(b), 0o644); err != nil {
		t.Fatal(err)
	}
}
