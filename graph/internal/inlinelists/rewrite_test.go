package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedGeneratedCodeIsRewritten fails when graph/generated is not
// what go generate ./graph gives: gqlgen run alone leaves its
// MarshalSliceConcurrently calls, and a changed schema a stale table.
func TestCommittedGeneratedCodeIsRewritten(t *testing.T) {
	dir := filepath.Join("..", "..", "generated")
	src, err := os.ReadFile(filepath.Join(dir, "generated.go"))
	if err != nil {
		t.Fatal(err)
	}
	committedTable, err := os.ReadFile(filepath.Join(dir, "concurrent_fields.go"))
	if err != nil {
		t.Fatal(err)
	}
	out, table, err := rewrite(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, src) {
		t.Error("graph/generated/generated.go has calls to rewrite: run go generate ./graph")
	}
	if !bytes.Equal(table, committedTable) {
		t.Errorf("graph/generated/concurrent_fields.go is stale: run go generate ./graph; want\n%s", table)
	}
}

// generated is the shape of gqlgen's code that rewrite reads: an object
// marshaller with a plain and a concurrent field, and a list marshaller.
const generated = `package generated

import (
	"context"
	"newsgraph/graph/model"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

var meetingImplementors = []string{"Meeting", "Entity"}

func (ec *executionContext) _Meeting(ctx context.Context, sel ast.SelectionSet, obj *model.Meeting) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, meetingImplementors)
	out := graphql.NewFieldSet(fields)
	for i, field := range fields {
		switch field.Name {
		case "id":
			out.Values[i] = ec._Meeting_id(ctx, field, obj)
		case "place":
			out.ResolveConcurrently(ec.OperationContext, &deferred, i, true, false,
				func(ctx context.Context) graphql.Marshaler {
					return ec._Meeting_place(ctx, field, obj)
				})
		}
	}
	out.Dispatch(ctx)
	return out
}

func (ec *executionContext) marshalNMeeting(ctx context.Context, sel ast.SelectionSet, v []*model.Meeting) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return ec._Meeting(ctx, sel, v[i])
	})
	return ret
}
`

func TestRewrite(t *testing.T) {
	for _, tc := range []struct {
		name      string
		src       string
		wantCode  []string // in the rewritten code
		wantTable []string // in the table
		wantErr   string
	}{
		{
			name: "a list call is rewritten and the concurrent field tabled, for the type and its interface",
			src:  generated,
			wantCode: []string{
				"listmarshal.MarshalSlice(ctx, sel, concurrentFields, len(v), 0, false, func(",
				`"newsgraph/graph/internal/listmarshal"`,
			},
			wantTable: []string{`"Entity":  {"place": true}`, `"Meeting": {"place": true}`},
		},
		{
			name:     "a rewritten file is left as it is",
			src:      strings.Replace(generated, "graphql.MarshalSliceConcurrently(ctx,", "listmarshal.MarshalSlice(ctx, sel, concurrentFields,", 1),
			wantCode: []string{"listmarshal.MarshalSlice(ctx, sel, concurrentFields, len(v)"},
		},
		{
			name:    "no list call at all",
			src:     strings.Replace(generated, "graphql.MarshalSliceConcurrently(", "graphql.MarshalSliceSomehow(", 1),
			wantErr: "no graphql.MarshalSliceConcurrently call",
		},
		{
			name:    "a list call of another shape",
			src:     strings.Replace(generated, "len(v), 0, false,", "len(v), 0,", 1),
			wantErr: "has 4 arguments",
		},
		{
			name:    "a list marshaller without sel",
			src:     strings.Replace(generated, "marshalNMeeting(ctx context.Context, sel ast.SelectionSet", "marshalNMeeting(ctx context.Context, s ast.SelectionSet", 1),
			wantErr: "no parameter sel",
		},
		{
			name:    "resolvers scheduled some other way",
			src:     strings.Replace(generated, "out.ResolveConcurrently(", "out.Resolve(", 1),
			wantErr: "none of the 1 object marshallers resolves a field concurrently",
		},
		{
			name:    "no object marshaller",
			src:     strings.Replace(generated, "graphql.CollectFields(", "graphql.Collect(", 1),
			wantErr: "no object marshaller",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, table, err := rewrite([]byte(tc.src))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(out), "MarshalSliceConcurrently") {
				t.Errorf("a MarshalSliceConcurrently call is left:\n%s", out)
			}
			for _, want := range tc.wantCode {
				if !strings.Contains(string(out), want) {
					t.Errorf("the code has no %q:\n%s", want, out)
				}
			}
			for _, want := range tc.wantTable {
				if !strings.Contains(string(table), want) {
					t.Errorf("the table has no %q:\n%s", want, table)
				}
			}
			again, _, err := rewrite(out)
			if err != nil || !bytes.Equal(again, out) {
				t.Errorf("rewriting the rewritten code again changed it (err %v)", err)
			}
		})
	}
}
