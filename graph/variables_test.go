package graph_test

import (
	"io"
	"testing"

	"newsgraph/graph"
)

// TestAVariableErrorNamesTheVariable: a request whose variables do not fit
// the operation's declarations is refused with a message that names the
// variable and its declared type, where gqlgen's said "must be defined" of
// nothing and put the name only in the path (analyst43's question 13).
func TestAVariableErrorNamesTheVariable(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{Logger: newLogger(io.Discard)})
	for _, c := range []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"a declared variable not sent", `query($id: ID!) { node(id: $id) { id } }`, nil,
			`variable $id (ID!) must be defined: the operation declares it and the request's "variables" do not give it`},
		{"a variable of the wrong type", `query($f: Int) { meetings(first: $f) { totalCount } }`, map[string]any{"f": "x"},
			`variable $f (Int): cannot use string as Int`},
		{"a null for a non-null variable", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": nil},
			`variable $id (ID!): cannot be null`},
		{"an unknown field of an input variable", `query($w: MeetingWhere) { meetings(where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"participantz": "Xi"}}, `variable $w.participantz: unknown field`},
		{"a bad element of a list variable", `query($s: [ID!]!) { subgraph(seeds: $s) { truncated } }`,
			map[string]any{"s": []any{"person:xi-jinping", nil}}, `variable $s[1]: cannot be null`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, code, message, body := postKeyed(t, h, c.query, c.vars, "")
			if code != "GRAPHQL_VALIDATION_FAILED" || message != c.want {
				t.Errorf("got %s %q, want GRAPHQL_VALIDATION_FAILED %q\n%s", code, message, c.want, body)
			}
		})
	}
}
