package loader_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/sharedcorpus"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

// Ceilings on how far the corpus's graph still depends on the order its
// articles come in (file order against reverse, docs/extraction-quality.md
// "Load order"): reports whose meeting node holds other reports, and
// reports whose node holds the same ones under another id. Lower them as
// resolution improves; never raise them to land.
const (
	corpusOrderMoved   = 145 // 135 at order44 (batches of 50)
	corpusOrderRenamed = 55  // 48 at order44
	corpusOrderFolds   = 6   // 5 at order44
)

// TestCorpusMeetingsInEitherOrder loads the whole corpus on the embedded
// store in file order and in reverse (an archive back-filled), and counts
// the meeting reports that sit with other reports, or under another id, in
// one order than in the other, and the undated reports that fold into a
// meeting in one order and not in the other: at most the ceilings (issue
// 10: a plan or an undated past meeting loaded before the meeting it tells
// of stayed a node of its own; the folds left differ by the meeting's kind
// or places when the report was resolved). People, countries,
// organisations, places and the edges among them are the same set.
func TestCorpusMeetingsInEitherOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: loads the whole corpus twice")
	}
	records := corpusRecords(t)
	forward := loadInOrder(t, memstoreInMemory(t), records)
	slices.Reverse(records)
	backward := loadInOrder(t, memstoreInMemory(t), records)
	if a, b := nonMeetingIDs(t, forward), nonMeetingIDs(t, backward); !slices.Equal(a, b) {
		t.Errorf("the orders' graphs differ outside meetings: %d and %d nodes and edges", len(a), len(b))
	}
	undated := undatedReports(t, records)
	nodeF, _ := reportGroups(t, forward)
	nodeB, _ := reportGroups(t, backward)
	folds := 0
	for r, own := range undated {
		if folded := nodeF[r] != own; folded != (nodeB[r] != own) {
			folds++
			t.Logf("undated report %q: folded %v in file order, %v in reverse (%s, %s)", r, folded, !folded, nodeF[r], nodeB[r])
		}
	}
	if folds > corpusOrderFolds {
		t.Errorf("%d undated reports fold in one order only; ceiling %d", folds, corpusOrderFolds)
	}
	moved, renamed := compareReports(t, forward, backward)
	t.Logf("reports under other reports' node: %d, under another id: %d", len(moved), len(renamed))
	if len(moved) > corpusOrderMoved || len(renamed) > corpusOrderRenamed {
		t.Errorf("%d reports moved and %d renamed by the order; ceilings %d and %d", len(moved), len(renamed), corpusOrderMoved, corpusOrderRenamed)
	}
}

// TestSubsetInReverseIsOneGraphOnBothStores loads a slice of the corpus
// in reverse order (each article older than the one before, so an
// undated past meeting or a month comes before the meeting it tells of)
// on both stores, in batches of 50, and wants the same graph: Neo4j merges
// the meetings it absorbs as the embedded store does.
func TestSubsetInReverseIsOneGraphOnBothStores(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: loads 400 articles on Neo4j")
	}
	records := corpusRecords(t)[:400]
	slices.Reverse(records)
	embedded := loadInOrder(t, memstoreInMemory(t), records)
	want := withoutIngestStamps(t, dumpGraph(t, embedded)) // each store ingests at its own time
	node, _ := reportGroups(t, embedded)
	folded := 0
	for r, own := range undatedReports(t, records) {
		if node[r] != own {
			folded++
		}
	}
	if folded == 0 {
		t.Fatalf("no undated report of the slice folded: it tests no absorb")
	}
	t.Logf("%d undated reports folded", folded)
	diffDumps(t, "Neo4j against the embedded store", want, withoutIngestStamps(t, dumpGraph(t, loadInOrder(t, neo4jtest.Open(t), records))))
}

// corpusRecords reads the shared corpus's articles in file order.
func corpusRecords(t *testing.T) []loader.Record {
	t.Helper()
	var out []loader.Record
	for _, f := range sharedcorpus.Files(t) {
		for rec := range loader.ReadFile(f, loader.ReadOptions{}) {
			out = append(out, rec)
		}
	}
	return out
}

func memstoreInMemory(t *testing.T) schema.Store {
	t.Helper()
	s, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// loadInOrder loads records into s in their order, in batches of 50.
func loadInOrder(t *testing.T, s schema.Store, records []loader.Record) schema.Store {
	t.Helper()
	l := loader.Loader{Store: s, BatchSize: 50}
	rep, err := l.Load(context.Background(), slices.Values(records))
	if err != nil || len(rep.Rejected) > 0 {
		t.Fatalf("load: %v %v", err, rep.Rejected)
	}
	return s
}

// nonMeetingIDs lists the ids of the nodes and edges of s that are no
// meeting and touch none.
func nonMeetingIDs(t *testing.T, s schema.Store) []string {
	t.Helper()
	var out []string
	for line := range bytes.Lines(withoutMergedIDs(dumpGraph(t, s))) {
		var x struct {
			ID    string `json:"id"`
			Type  string `json:"type"`
			From  string `json:"from"`
			To    string `json:"to"`
			Key   string `json:"key"`
			Label string `json:"label"`
		}
		if err := json.Unmarshal(line, &x); err != nil {
			t.Fatal(err)
		}
		if x.Label == schema.LabelMeeting || schema.LabelOf(x.From) == schema.LabelMeeting || schema.LabelOf(x.To) == schema.LabelMeeting {
			continue
		}
		out = append(out, x.ID+"|"+x.Type+"|"+x.From+"|"+x.To+"|"+x.Key)
	}
	return out
}

// reportGroups maps each meeting report of s (reportKey) to its meeting
// node's id and to the reports of that node.
func reportGroups(t *testing.T, s schema.Store) (node, group map[string]string) {
	t.Helper()
	byMeeting := map[string][]string{}
	for line := range bytes.Lines(dumpGraph(t, s)) {
		var e schema.Edge
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatal(err)
		}
		if e.Type != schema.RelReports {
			continue
		}
		for _, ev := range e.Evidence {
			byMeeting[e.To] = append(byMeeting[e.To], reportKey(ev, e.To))
		}
	}
	node, group = map[string]string{}, map[string]string{}
	for id, reports := range byMeeting {
		slices.Sort(reports)
		members := strings.Join(reports, "\n")
		for _, r := range reports {
			node[r], group[r] = id, members
		}
	}
	return node, group
}

// reportKey names a report by its article, its sentence and its meeting's
// participants (the end of the meeting's id, schema.MeetingID): one
// sentence may tell two meetings.
func reportKey(ev schema.Evidence, meeting string) string {
	return ev.ArticleID + "|" + ev.Sentence + "|" + meeting[strings.LastIndexByte(meeting, ':')+1:]
}

// compareReports lists the reports of a that sit with other reports in b
// (moved), and those with the same reports under another id (renamed).
func compareReports(t *testing.T, a, b schema.Store) (moved, renamed []string) {
	t.Helper()
	nodeA, groupA := reportGroups(t, a)
	nodeB, groupB := reportGroups(t, b)
	for r, g := range groupA {
		switch {
		case groupB[r] != g:
			moved = append(moved, r)
		case nodeB[r] != nodeA[r]:
			renamed = append(renamed, r)
		}
	}
	slices.Sort(moved)
	slices.Sort(renamed)
	return moved, renamed
}

// undatedReports are the reports (reportKey) of meetings that their
// article does not date, each with its meeting's own id.
func undatedReports(t *testing.T, records []loader.Record) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, rec := range records {
		g, err := loader.Prepare(rec)
		if err != nil {
			t.Fatal(err)
		}
		undated := map[string]bool{}
		for _, n := range g.Nodes {
			if n.Label == schema.LabelMeeting && n.Props[schema.PropDate] == "" {
				undated[n.ID] = true
			}
		}
		for _, e := range g.Edges {
			if e.Type == schema.RelReports && undated[e.To] {
				for _, ev := range e.Evidence {
					out[reportKey(ev, e.To)] = e.To
				}
			}
		}
	}
	return out
}
