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
	"Meeting":     {"participants": true, "place": true},
	"Entity":      {"participants": true},
	"Participant": {"role": true},
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

// marshalOn marshals n elements with selection sel and returns the
// goroutines that marshalled them, each with its elements in the order it
// marshalled them, checking each element's FieldContext and result.
func marshalOn(t *testing.T, ctx context.Context, sel ast.SelectionSet, n int) map[string][]int {
	t.Helper()
	var mu sync.Mutex
	on := map[string][]int{}
	ret := MarshalSlice(ctx, sel, concurrent, n, 0, false,
		func(ctx context.Context, i int) graphql.Marshaler {
			fc := graphql.GetFieldContext(ctx)
			if fc.Index == nil || *fc.Index != i {
				t.Errorf("element %d: FieldContext.Index = %v", i, fc.Index)
			}
			if got := fc.Path().String(); got != fmt.Sprintf("items[%d]", i) {
				t.Errorf("element %d: path %q", i, got)
			}
			mu.Lock()
			on[goroutineID()] = append(on[goroutineID()], i)
			mu.Unlock()
			return graphql.MarshalInt(i)
		})
	if len(ret) != n {
		t.Fatalf("%d results, want %d", len(ret), n)
	}
	for i := range n {
		var b bytes.Buffer
		ret[i].MarshalGQL(&b)
		if b.String() != fmt.Sprint(i) {
			t.Fatalf("result %d is %s", i, b.String())
		}
	}
	return on
}

func TestMarshalSliceMarshalsAShortPlainListInOrderOnTheCallingGoroutine(t *testing.T) {
	n := 2*MinRun - 1
	on := marshalOn(t, listContext(), ast.SelectionSet{field("Meeting", "id")}, n)
	mine := on[goroutineID()]
	if len(on) != 1 || len(mine) != n {
		t.Fatalf("marshalled on %d goroutines, %d elements on the caller's; want all %d on the caller's", len(on), len(mine), n)
	}
	for i, got := range mine {
		if got != i {
			t.Fatalf("call %d was element %d", i, got)
		}
	}
}

func TestMarshalSliceMarshalsALongPlainListInARunPerCore(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	n := 10 * MinRun
	on := marshalOn(t, listContext(), ast.SelectionSet{field("Meeting", "id")}, n)
	if len(on) != 2 || len(on[goroutineID()]) == 0 {
		t.Fatalf("marshalled on %d goroutines (the caller's among them: %v); want 2 with 2 cores", len(on), len(on[goroutineID()]) > 0)
	}
	seen := 0
	for g, run := range on {
		for k := 1; k < len(run); k++ {
			if run[k] != run[k-1]+1 {
				t.Fatalf("goroutine %s marshalled %d after %d: not one run", g, run[k], run[k-1])
			}
		}
		seen += len(run)
	}
	if seen != n {
		t.Fatalf("%d elements marshalled, want %d", seen, n)
	}
}

// marshalledTogether reports whether n elements with selection sel are
// marshalled at the same time, each on its own goroutine: every element
// waits until all have started, for at most a second.
func marshalledTogether(ctx context.Context, sel ast.SelectionSet, n int) bool {
	var started sync.WaitGroup
	started.Add(n)
	all := make(chan struct{})
	go func() { started.Wait(); close(all) }()
	deadline, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var mu sync.Mutex
	together := true
	MarshalSlice(ctx, sel, concurrent, n, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		started.Done()
		select {
		case <-all:
		case <-deadline.Done():
			mu.Lock()
			together = false
			mu.Unlock()
		}
		return graphql.MarshalInt(i)
	})
	return together
}

// vouching is a Readiness that vouches for one field on lists of len n.
type vouching struct {
	typ, field string
	n          int
}

func (v vouching) Ready(list any, typ, field string) bool {
	l, ok := list.([]int)
	return ok && len(l) == v.n && typ == v.typ && field == v.field
}

func TestMarshalSliceKeepsAGoroutinePerElementWhenElementsMayWait(t *testing.T) {
	const n = 8
	participants := ast.SelectionSet{field("Meeting", "id"), field("Meeting", "participants", field("Participant", "name"))}
	// The list field's context, with its value as its resolver returned it.
	withList := func(ctx context.Context, r Readiness) context.Context {
		fc := graphql.GetFieldContext(ctx)
		fc.Result = make([]int, n)
		if r != nil {
			ctx = WithReadiness(ctx, r)
		}
		return ctx
	}
	for _, tc := range []struct {
		name      string
		sel       ast.SelectionSet
		readiness Readiness
		together  bool
	}{
		{"a concurrent field", participants, nil, true},
		{"a concurrent field below the elements' fields", ast.SelectionSet{field("Pair", "meeting", field("Meeting", "participants"))}, nil, true},
		{"a concurrent field the readiness vouches for", participants, vouching{"Meeting", "participants", n}, false},
		{"a concurrent field the readiness vouches for on another list", participants, vouching{"Meeting", "participants", n + 1}, true},
		{"a concurrent field the readiness does not vouch for", participants, vouching{"Meeting", "place", n}, true},
		{"a vouched-for field with a concurrent field below it", ast.SelectionSet{field("Meeting", "participants", field("Participant", "role"))},
			vouching{"Meeting", "participants", n}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := marshalledTogether(withList(listContext(), tc.readiness), tc.sel, n); got != tc.together {
				t.Errorf("marshalled together = %v, want %v", got, tc.together)
			}
		})
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
