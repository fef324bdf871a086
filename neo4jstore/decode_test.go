package neo4jstore

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// record is a record with the keys and values of m.
func record(m map[string]any) *neo4j.Record {
	r := &neo4j.Record{}
	for k, v := range m {
		r.Keys = append(r.Keys, k)
		r.Values = append(r.Values, v)
	}
	return r
}

// TestDecoderReadsWellFormedRecords checks the decoding of a record as the
// reads return them: a labelled node and an edge with evidence.
func TestDecoderReadsWellFormedRecords(t *testing.T) {
	rec := record(map[string]any{
		"n": map[string]any{"label": "Person", "props": map[string]any{
			"id": "person:x", "name": "X", "aliases": []any{"Mr X"}, "aliasText": "Mr X", "title": "Dr", "score": int64(3)}},
		"r": map[string]any{"type": "AFFILIATED_WITH", "from": "person:x", "to": "country:US", "props": map[string]any{
			"key": "envoy", "since": "2020", "until": nil, "articles": []any{"a1", "a2"}, "sentences": []any{"s1", "s2"}}},
		"total": int64(7),
	})
	var d decoder
	n := d.labelled(column[map[string]any](&d, rec, "n"), "props")
	e := d.endsEdge(column[map[string]any](&d, rec, "r"), "props")
	total := column[int64](&d, rec, "total")
	if err := d.result("test"); err != nil {
		t.Fatal(err)
	}
	wantNode := schema.Node{ID: "person:x", Label: "Person", Name: "X", Aliases: []string{"Mr X"}, Props: map[string]string{"title": "Dr"}}
	wantEdge := schema.Edge{Type: "AFFILIATED_WITH", From: "person:x", To: "country:US", Key: "envoy", Since: "2020",
		Evidence: []schema.Evidence{{ArticleID: "a1", Sentence: "s1"}, {ArticleID: "a2", Sentence: "s2"}}}
	if diff := cmp.Diff(wantNode, n); diff != "" {
		t.Errorf("node (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantEdge, e); diff != "" {
		t.Errorf("edge (-want +got):\n%s", diff)
	}
	if total != 7 {
		t.Errorf("total = %d, want 7", total)
	}
}

// TestMalformedRecordsAreErrorsNotPanics feeds the decoder records that no
// read of this store returns; each must end in an error that names what
// was wrong, and none may panic.
func TestMalformedRecordsAreErrorsNotPanics(t *testing.T) {
	tests := []struct {
		name string
		read func(d *decoder)
		want string
	}{
		{"a column of the wrong type", func(d *decoder) { column[int64](d, record(map[string]any{"total": "7"}), "total") }, "column total"},
		{"a missing column", func(d *decoder) { column[string](d, record(map[string]any{"id": "x"}), "name") }, "column name"},
		{"a list element of the wrong type", func(d *decoder) {
			each(d, []any{map[string]any{}, "x"}, "edge", func(int, map[string]any) {})
		}, "edge: string"},
		{"an index out of range", func(d *decoder) { d.index(5, 2, "idx") }, "idx 5 out of range"},
		{"a node without an id", func(d *decoder) { d.node("Person", map[string]any{"name": "X"}) }, "Person node without an id"},
		{"aliases that are not strings", func(d *decoder) { d.node("Person", map[string]any{"id": "p", "aliases": []any{int64(1)}}) }, "alias"},
		{"evidence that is not a list", func(d *decoder) { d.edge("MENTIONS", "article:a1", "person:x", map[string]any{"articles": "a1"}) }, "articles"},
		{"a labelled node whose label is missing", func(d *decoder) { d.labelled(map[string]any{"props": map[string]any{}}, "props") }, "node without an id"},
		{"a listed meeting of fewer values than keys", func(d *decoder) { d.nodeValues("Meeting", listedMeetingKeys, []any{"meeting:m"}) }, "Meeting node of 1 values, want 6"},
		{"a listed meeting without an id", func(d *decoder) {
			d.nodeValues("Meeting", listedMeetingKeys, []any{nil, "M", nil, "summit", "2024", "held"})
		}, "Meeting node without an id"},
		{"a labelled pair of three values", func(d *decoder) { d.labelledPair([]any{"Person", map[string]any{"id": "p"}, "x"}) }, "labelled node of 3 values"},
		{"a labelled pair whose properties are not a map", func(d *decoder) { d.labelledPair([]any{"Person", "p"}) }, "node properties"},
		{"an edge of five values", func(d *decoder) {
			decodeEdges(d, []any{[]any{"m", int64(0), "p", nil, nil}}, []schema.EdgeSet{{Type: "ATTENDED"}}, newNeighbourhood([]schema.EdgeSet{{Type: "ATTENDED"}}))
		}, "edge of 5 values"},
		{"an edge of an unknown set", func(d *decoder) {
			decodeEdges(d, []any{[]any{"m", int64(1), "p", map[string]any{}}}, []schema.EdgeSet{{Type: "ATTENDED"}}, newNeighbourhood([]schema.EdgeSet{{Type: "ATTENDED"}}))
		}, "edge set 1 out of range"},
		{"an edge whose properties are not a map", func(d *decoder) {
			decodeEdges(d, []any{[]any{"m", int64(0), "p", "k"}}, []schema.EdgeSet{{Type: "ATTENDED"}}, newNeighbourhood([]schema.EdgeSet{{Type: "ATTENDED"}}))
		}, "edge properties"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decoder
			tt.read(&d)
			err := d.result("test")
			if err == nil || !strings.Contains(err.Error(), "malformed record") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want a malformed record naming %q", err, tt.want)
			}
		})
	}
}

// TestDecodeEdgesPutsEndsBySet checks that an edge decodes with its
// properties and its ends as its set's direction puts them.
func TestDecodeEdgesPutsEndsBySet(t *testing.T) {
	sets := []schema.EdgeSet{{Type: "ATTENDED", Dir: schema.In}, {Type: "HELD_IN", Dir: schema.Out}}
	tests := []struct {
		name string
		edge []any
		set  int
		want schema.Edge
	}{
		{"in, without evidence", []any{"meeting:m", int64(0), "person:p", map[string]any{"key": nil, "since": "2020", "until": nil}}, 0,
			schema.Edge{Type: "ATTENDED", From: "person:p", To: "meeting:m", Since: "2020"}},
		{"out, without evidence", []any{"meeting:m", int64(1), "place:x", map[string]any{"key": "k", "since": nil, "until": "2021"}}, 1,
			schema.Edge{Type: "HELD_IN", From: "meeting:m", To: "place:x", Key: "k", Until: "2021"}},
		{"in, with evidence", []any{"meeting:m", int64(0), "person:p", map[string]any{"since": "2020", "articles": []any{"a1"}, "sentences": []any{"s"}}}, 0,
			schema.Edge{Type: "ATTENDED", From: "person:p", To: "meeting:m", Since: "2020", Evidence: []schema.Evidence{{ArticleID: "a1", Sentence: "s"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decoder
			nb := newNeighbourhood(sets)
			decodeEdges(&d, []any{tt.edge}, sets, nb)
			if err := d.result("test"); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]schema.Edge{tt.want}, nb.Edges[tt.set]["meeting:m"]); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
		})
	}
}

// TestArticleEdgeEvidenceIsItsStartArticle checks the evidence that an
// edge from an article decodes to, stored as fold stores it now (no
// articles list when the article is its only evidence, no empty key) and
// as databases written before kept it (both lists, the key ""): the same
// edge either way, and a list that names another article is read as it
// is.
func TestArticleEdgeEvidenceIsItsStartArticle(t *testing.T) {
	own := schema.Edge{Type: "MENTIONS", From: "article:a1", To: "person:x", Evidence: []schema.Evidence{{ArticleID: "a1", Sentence: "s1"}}}
	tests := []struct {
		name  string
		from  string
		props map[string]any
		want  schema.Edge
	}{
		{"without articles and key", "article:a1", map[string]any{"sentences": []any{"s1"}}, own},
		{"with both lists and an empty key", "article:a1", map[string]any{"key": "", "articles": []any{"a1"}, "sentences": []any{"s1"}}, own},
		{"with another article's evidence", "article:a1", map[string]any{"articles": []any{"a2"}, "sentences": []any{"s2"}},
			schema.Edge{Type: "MENTIONS", From: "article:a1", To: "person:x", Evidence: []schema.Evidence{{ArticleID: "a2", Sentence: "s2"}}}},
		{"without evidence", "article:a1", map[string]any{"sentences": []any{}},
			schema.Edge{Type: "MENTIONS", From: "article:a1", To: "person:x"}},
		{"not from an article, without articles", "meeting:m", map[string]any{"sentences": []any{"s1"}},
			schema.Edge{Type: "MENTIONS", From: "meeting:m", To: "person:x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decoder
			got := d.edge("MENTIONS", tt.from, "person:x", tt.props)
			if err := d.result("test"); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("edge (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNodeValuesReadsAsNode checks that a listed meeting's values decode to
// the node its property map decodes to, nulls left out as there.
func TestNodeValuesReadsAsNode(t *testing.T) {
	tests := []struct {
		name   string
		values []any
	}{
		{"every property", []any{"meeting:m", "M", []any{"the talks"}, "summit", "2024-05", "held"}},
		{"undated, without aliases", []any{"meeting:m", "M", nil, "meeting", nil, "planned"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decoder
			props := map[string]any{}
			for i, k := range listedMeetingKeys {
				props[k] = tt.values[i]
			}
			want := d.node("Meeting", props)
			got := d.nodeValues("Meeting", listedMeetingKeys, tt.values)
			if err := d.result("test"); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("node (-map +values):\n%s", diff)
			}
		})
	}
}
