package listmarshal

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

var concurrent = Concurrent{
	"Meeting": {"participants": true},
	"Entity":  {"participants": true},
}

// field is a selection of name on the type named on, with children.
func field(on, name string, children ...ast.Selection) *ast.Field {
	return &ast.Field{Name: name, Alias: name, ObjectDefinition: &ast.Definition{Name: on}, SelectionSet: children}
}

func TestSelectsFindsConcurrentFieldsAnywhereInTheSelection(t *testing.T) {
	for _, tc := range []struct {
		name string
		sel  ast.SelectionSet
		want bool
	}{
		{"plain fields", ast.SelectionSet{field("Meeting", "id"), field("Meeting", "name")}, false},
		{"no fields", nil, false},
		{"a concurrent field", ast.SelectionSet{field("Meeting", "id"), field("Meeting", "participants", field("Participant", "name"))}, true},
		{"a field of that name on another type", ast.SelectionSet{field("Place", "participants")}, false},
		{"a concurrent field under a plain one", ast.SelectionSet{field("Pair", "meeting", field("Meeting", "participants"))}, true},
		{"a concurrent field on an interface", ast.SelectionSet{field("Entity", "participants")}, true},
		{"a concurrent field in an inline fragment", ast.SelectionSet{&ast.InlineFragment{SelectionSet: ast.SelectionSet{field("Meeting", "participants")}}}, true},
		{"plain fields in an inline fragment", ast.SelectionSet{&ast.InlineFragment{SelectionSet: ast.SelectionSet{field("Meeting", "id")}}}, false},
		{"a concurrent field in a fragment", ast.SelectionSet{&ast.FragmentSpread{Definition: &ast.FragmentDefinition{SelectionSet: ast.SelectionSet{field("Meeting", "participants")}}}}, true},
		{"plain fields in a fragment", ast.SelectionSet{&ast.FragmentSpread{Definition: &ast.FragmentDefinition{SelectionSet: ast.SelectionSet{field("Meeting", "id")}}}}, false},
		{"a fragment without its definition", ast.SelectionSet{&ast.FragmentSpread{Name: "F"}}, true},
		{"a field without its type", ast.SelectionSet{&ast.Field{Name: "id"}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := concurrent.Selects(tc.sel); got != tc.want {
				t.Errorf("Selects = %v, want %v", got, tc.want)
			}
		})
	}
}

// listContext is the context of a list field named items in a request
// whose recover func reports the panic's value.
func listContext() context.Context {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter,
		func(ctx context.Context, err any) error { return fmt.Errorf("recovered: %v", err) })
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "items"}}})
}

// goroutineID is the id of the goroutine that calls it.
func goroutineID() string {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	id, _, _ := bytes.Cut(bytes.TrimPrefix(buf, []byte("goroutine ")), []byte(" "))
	return string(id)
}

func TestMarshalSliceMarshalsPlainSelectionsInOrderOnTheCallingGoroutine(t *testing.T) {
	ctx := listContext()
	caller := goroutineID()
	const n = 50
	var order []int
	ret := MarshalSlice(ctx, ast.SelectionSet{field("Meeting", "id")}, concurrent, n, 0, false,
		func(ctx context.Context, i int) graphql.Marshaler {
			if g := goroutineID(); g != caller {
				t.Errorf("element %d marshalled on goroutine %s, not the caller's %s", i, g, caller)
			}
			fc := graphql.GetFieldContext(ctx)
			if fc.Index == nil || *fc.Index != i {
				t.Errorf("element %d: FieldContext.Index = %v", i, fc.Index)
			}
			if got := fc.Path().String(); got != fmt.Sprintf("items[%d]", i) {
				t.Errorf("element %d: path %q", i, got)
			}
			order = append(order, i)
			return graphql.MarshalInt(i)
		})
	if len(ret) != n || len(order) != n {
		t.Fatalf("%d results, %d calls; want %d", len(ret), len(order), n)
	}
	for i := range n {
		var b bytes.Buffer
		ret[i].MarshalGQL(&b)
		if order[i] != i || b.String() != fmt.Sprint(i) {
			t.Fatalf("call %d was element %d, result %d is %s", i, order[i], i, b.String())
		}
	}
}

func TestMarshalSliceKeepsAGoroutinePerElementForConcurrentSelections(t *testing.T) {
	// Every element waits until all have started: marshalled one after
	// another, the first would wait for ever.
	const n = 8
	var started sync.WaitGroup
	started.Add(n)
	all := make(chan struct{})
	go func() { started.Wait(); close(all) }()
	deadline, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ret := MarshalSlice(listContext(), ast.SelectionSet{field("Meeting", "participants")}, concurrent, n, 0, false,
		func(ctx context.Context, i int) graphql.Marshaler {
			started.Done()
			select {
			case <-all:
				return graphql.MarshalInt(i)
			case <-deadline.Done():
				t.Errorf("element %d: the others did not start alongside it", i)
				return graphql.Null
			}
		})
	if len(ret) != n {
		t.Fatalf("%d results, want %d", len(ret), n)
	}
}

func TestMarshalSliceRecoversAnElementsPanicAsNullWithAnError(t *testing.T) {
	ctx := listContext()
	ret := MarshalSlice(ctx, ast.SelectionSet{field("Meeting", "id")}, concurrent, 3, 0, false,
		func(ctx context.Context, i int) graphql.Marshaler {
			if i == 1 {
				panic("boom")
			}
			return graphql.MarshalInt(i)
		})
	if ret[0] == graphql.Null || ret[1] != graphql.Null || ret[2] == graphql.Null {
		t.Errorf("results = %v, want only the second Null", ret)
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || errs[0].Message != "recovered: boom" || errs[0].Path.String() != "items[1]" {
		t.Fatalf("errors = %v, want one, recovered: boom at items[1]", errs)
	}
}
