package loader_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/schema"
	"newsgraph/storetest"
)

// dumpGraph is a canonical dump of a whole graph: every node (with every
// property, article texts included) and every edge (with its dates and
// evidence), one JSON line each, nodes by id, then edges by EdgeID. Two
// graphs are equal when their dumps are byte for byte.
func dumpGraph(t *testing.T, s schema.Store) []byte {
	t.Helper()
	ctx := context.Background()
	const all = 1 << 30
	var ids []string
	var queries []schema.EntityQuery
	for _, label := range schema.Labels {
		if label != schema.LabelMeeting {
			queries = append(queries, schema.EntityQuery{Label: label})
		}
	}
	pages, err := s.Entities(ctx, queries, 0, all)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		for _, n := range p.Nodes {
			ids = append(ids, n.ID)
		}
	}
	meetings, _, err := storetest.Meetings(ctx, s, schema.MeetingFilter{}, 0, all)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range meetings {
		ids = append(ids, m.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	nodes, err := s.Nodes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, id := range ids {
		if err := enc.Encode(nodes[id]); err != nil {
			t.Fatal(err)
		}
	}
	var edges []schema.Edge
	for _, rel := range schema.RelTypes {
		out, err := storetest.Edges(ctx, s, ids, rel, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		for _, list := range out {
			edges = append(edges, list...)
		}
	}
	slices.SortFunc(edges, func(a, b schema.Edge) int { return strings.Compare(a.EdgeID(), b.EdgeID()) })
	for _, e := range edges {
		if err := enc.Encode(e); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != len(ids) || c.Relationships != len(edges) {
		t.Fatalf("dump holds %d nodes and %d edges, the store counts %d and %d: the dump misses some", len(ids), len(edges), c.Nodes, c.Relationships)
	}
	// The ids merged away, each with the meeting that holds it, by id.
	former, err := s.FormerIDs(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	var merged []mergedLine
	for into, list := range former {
		for _, id := range list {
			merged = append(merged, mergedLine{id, into})
		}
	}
	slices.SortFunc(merged, func(a, b mergedLine) int { return strings.Compare(a.MergedID, b.MergedID) })
	for _, m := range merged {
		if err := enc.Encode(m); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// mergedLine is a dump's line of an id merged away (schema.MergedIDs).
type mergedLine struct {
	MergedID string `json:"mergedId"`
	Into     string `json:"into"`
}

// withoutMergedIDs is a dump without its lines of merged ids: which ids
// a load merged away depends on the order it met the reports in (a
// report after its meeting joins it; one before is merged into it), where
// the graph does not.
func withoutMergedIDs(dump []byte) []byte {
	var b bytes.Buffer
	for line := range bytes.Lines(dump) {
		if !bytes.HasPrefix(line, []byte(`{"mergedId":`)) {
			b.Write(line)
		}
	}
	return b.Bytes()
}

// withoutIngestStamps is a dump (dumpGraph's) with every article's
// ingestedAt stamp replaced by a mark, after checking that each article
// has one: the graph of two loads at different times, such as a clean
// load and a killed and resumed one, is the same but for when each
// article was ingested. Whether a reload keeps the stamps is checked on
// the whole dump; the stamps' own rules in the contract suite
// (storetest's ArticlesStampWhenTheirTextWasIngested).
func withoutIngestStamps(t *testing.T, dump []byte) []byte {
	t.Helper()
	rest, _ := ingestStamps(t, dump)
	return rest
}

// ingestStamps is withoutIngestStamps's dump, and the stamps it replaced
// by article node id.
func ingestStamps(t *testing.T, dump []byte) ([]byte, map[string]string) {
	t.Helper()
	stamps := map[string]string{}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for line := range bytes.Lines(dump) {
		if !bytes.HasPrefix(line, []byte(`{"id":"article:`)) {
			b.Write(line)
			continue
		}
		var n schema.Node
		if err := json.Unmarshal(line, &n); err != nil {
			t.Fatal(err)
		}
		stamp := n.Props[schema.PropIngestedAt]
		if _, err := time.Parse(time.RFC3339, stamp); err != nil {
			t.Fatalf("article %s has no ingestedAt stamp (%q): %v", n.ID, stamp, err)
		}
		stamps[n.ID] = stamp
		n.Props[schema.PropIngestedAt] = "(stamped)"
		if err := enc.Encode(n); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes(), stamps
}

// uncitedEdges are the edges of a dump with no evidence sentence, as "TYPE
// from -> to": the promise is that every edge is traced to a sentence.
func uncitedEdges(t *testing.T, dump []byte) []string {
	t.Helper()
	var out []string
	for line := range bytes.Lines(dump) {
		var e schema.Edge
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatal(err)
		}
		if e.Type != "" && len(e.Evidence) == 0 {
			out = append(out, e.Type+" "+e.From+" -> "+e.To)
		}
	}
	return out
}

// diffDumps fails with the first lines where two dumps differ.
func diffDumps(t *testing.T, what string, want, got []byte) {
	t.Helper()
	if bytes.Equal(want, got) {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 5; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("%s: line %d:\n want %.300s\n  got %.300s", what, i+1, w, g)
			shown++
		}
	}
	t.Fatalf("%s: the graphs differ (%d and %d lines)", what, len(wl), len(gl))
}
