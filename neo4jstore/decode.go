package neo4jstore

import (
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// Every record is read through a decoder. A column or a field of the
// wrong type, a missing column, or an index out of range is a malformed
// record: the decoder keeps the first such error and reads zero values
// from then on, so a read goes on to its end and returns that error (which
// the API reports as INTERNAL, with the detail in its log) instead of
// panicking.
type decoder struct {
	err error
}

// fail keeps the first error.
func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("malformed record: "+format, args...)
	}
}

// result is what the read returns: the decoder's error, named for the
// read, or nil.
func (d *decoder) result(what string) error {
	if d.err != nil {
		return fmt.Errorf("neo4j: %s: %w", what, d.err)
	}
	return nil
}

// column reads a record's value by key, typed (neo4j.GetRecordValue); a
// null reads as T's zero value.
func column[T neo4j.RecordValue](d *decoder, rec *neo4j.Record, key string) T {
	if d.err != nil {
		return *new(T)
	}
	v, _, err := neo4j.GetRecordValue[T](rec, key)
	if err != nil {
		d.fail("column %s: %v", key, err)
	}
	return v
}

// field reads a map's value by key, typed; a missing key or a null reads
// as T's zero value.
func field[T neo4j.RecordValue](d *decoder, m map[string]any, key string) T {
	return as[T](d, m[key], key)
}

// as reads v as T; nil reads as T's zero value.
func as[T neo4j.RecordValue](d *decoder, v any, what string) T {
	if d.err != nil || v == nil {
		return *new(T)
	}
	t, ok := v.(T)
	if !ok {
		d.fail("%s: %T, want %T", what, v, t)
	}
	return t
}

// each calls fn with each element of list read as T.
func each[T neo4j.RecordValue](d *decoder, list []any, what string, fn func(int, T)) {
	for i, v := range list {
		t := as[T](d, v, what)
		if d.err != nil {
			return
		}
		fn(i, t)
	}
}

// strings reads a list of strings; an empty list reads as nil.
func (d *decoder) strings(list []any, what string) []string {
	var out []string
	each(d, list, what, func(_ int, s string) { out = append(out, s) })
	return out
}

// index reads an int64 that must index a slice of length n.
func (d *decoder) index(v int64, n int, what string) int {
	if d.err == nil && (v < 0 || v >= int64(n)) {
		d.fail("%s %d out of range [0, %d)", what, v, n)
	}
	if d.err != nil {
		return -1
	}
	return int(v)
}

// node turns a node's property map into a schema.Node.
func (d *decoder) node(label string, props map[string]any) schema.Node {
	n := schema.Node{Label: label}
	for k, v := range props {
		d.prop(&n, k, v)
	}
	if n.ID == "" {
		d.fail("%s node without an id", label)
	}
	return n
}

// nodeValues turns a node's property values, named by keys in order, into
// a schema.Node (see listedMeeting).
func (d *decoder) nodeValues(label string, keys []string, values []any) schema.Node {
	n := schema.Node{Label: label}
	if len(values) != len(keys) {
		d.fail("%s node of %d values, want %d", label, len(values), len(keys))
		return n
	}
	for i, k := range keys {
		d.prop(&n, k, values[i])
	}
	if n.ID == "" {
		d.fail("%s node without an id", label)
	}
	return n
}

// prop sets node property k to v.
func (d *decoder) prop(n *schema.Node, k string, v any) {
	switch k {
	case "id":
		n.ID = as[string](d, v, "node id")
	case "name":
		n.Name = as[string](d, v, "node name")
	case "aliases":
		n.Aliases = d.strings(as[[]any](d, v, "node aliases"), "alias")
	case "aliasText", propPartyText:
	default:
		// Only string properties belong to the model; any other is not
		// newsgraph's and is left out.
		if sv, ok := v.(string); ok {
			if n.Props == nil {
				n.Props = map[string]string{}
			}
			n.Props[k] = sv
		}
	}
}

// labelled reads a {label, <key>: properties} map as a node.
func (d *decoder) labelled(m map[string]any, key string) schema.Node {
	return d.node(field[string](d, m, "label"), field[map[string]any](d, m, key))
}

// labelledPair reads a [label, properties] list as a node: a list, not a
// map, so that no keys travel and are decoded with every node.
func (d *decoder) labelledPair(x []any) schema.Node {
	if d.err == nil && len(x) != 2 {
		d.fail("labelled node of %d values, want 2", len(x))
	}
	if d.err != nil {
		return schema.Node{}
	}
	return d.node(as[string](d, x[0], "label"), as[map[string]any](d, x[1], "node properties"))
}

// edge turns the property map of a relationship from from to to into a
// schema.Edge with its evidence, kept as two parallel lists (see
// mergeEdgesCypher). An edge from an article stored without its articles
// list has its start article as every sentence's article (ownEvidence).
func (d *decoder) edge(relType, from, to string, props map[string]any) schema.Edge {
	e := schema.Edge{Type: relType, From: from, To: to,
		Key:   field[string](d, props, "key"),
		Since: field[string](d, props, "since"),
		Until: field[string](d, props, "until"),
	}
	sentences := d.strings(field[[]any](d, props, "sentences"), "evidence sentence")
	var articles []string
	if list, ok := props["articles"]; ok && list != nil {
		articles = d.strings(as[[]any](d, list, "evidence articles"), "evidence article")
	} else if schema.LabelOf(from) == schema.LabelArticle {
		own := strings.TrimPrefix(from, schema.IDPrefix(schema.LabelArticle))
		for range sentences {
			articles = append(articles, own)
		}
	}
	for i, a := range articles {
		ev := schema.Evidence{ArticleID: a}
		if i < len(sentences) {
			ev.Sentence = sentences[i]
		}
		e.Evidence = append(e.Evidence, ev)
	}
	return e
}

// endsEdge reads a {type, from, to, <key>: properties} map as an edge.
func (d *decoder) endsEdge(m map[string]any, key string) schema.Edge {
	return d.edge(field[string](d, m, "type"), field[string](d, m, "from"), field[string](d, m, "to"), field[map[string]any](d, m, key))
}
