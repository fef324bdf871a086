// Package listmarshal marshals the elements of a GraphQL list without a
// goroutine each when nothing selected on them can wait.
//
// gqlgen marshals every list of objects with a goroutine per element
// (graphql.MarshalSliceConcurrently), so that resolvers of many elements
// wait together and the dataloaders batch their keys. An element whose
// selected fields are all plain (struct fields, methods without a context)
// never waits, and then the goroutine, its stack growth and the wait group
// are most of what its marshalling costs: a relations answer has thousands
// of such elements. The code that gqlgen generates calls MarshalSlice
// instead (graph/internal/inlinelists rewrites the calls after gqlgen, see
// go generate in package graph), which takes the goroutines only when the
// selection has a field that gqlgen resolves concurrently and that the
// operation's Readiness (if any) does not know to answer at once; a long
// list is marshalled in one run of elements per core instead.
package listmarshal

import (
	"context"
	"runtime"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// Concurrent names, by type, the fields that gqlgen resolves concurrently
// (those with a resolver or a method that takes a context): for an
// interface, the fields that are concurrent on any of its object types.
type Concurrent map[string]map[string]bool

// Selects reports whether sel, or any selection under it, asks for a field
// that is resolved concurrently. A selection it cannot place (a field
// without its definition, an unknown kind of selection) counts as one.
// Directives (@skip, @include) are not evaluated: a skipped field counts.
func (c Concurrent) Selects(sel ast.SelectionSet) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if s.ObjectDefinition == nil || c[s.ObjectDefinition.Name][s.Name] || c.Selects(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if c.Selects(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || c.Selects(s.Definition.SelectionSet) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// Readiness knows, for one operation, which concurrently resolved fields
// answer at once, such as from what an earlier resolver read.
type Readiness interface {
	// Ready reports whether field of the type named typ answers without
	// waiting for every element of list, the list field's value as its
	// resolver returned it.
	Ready(list any, typ, field string) bool
}

type readinessKey struct{}

// WithReadiness is ctx with r, which MarshalSlice asks about the
// concurrent fields selected on a list's elements.
func WithReadiness(ctx context.Context, r Readiness) context.Context {
	return context.WithValue(ctx, readinessKey{}, r)
}

// elementsMayWait reports whether marshalling an element of a list with
// selection sel may wait: sel selects a concurrent field of the elements
// that the context's Readiness does not vouch for, or any concurrent field
// below them (a vouched-for field's own selection counts: the lists under
// it would wait one element of this list after another).
func (c Concurrent) elementsMayWait(ctx context.Context, sel ast.SelectionSet) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if s.ObjectDefinition == nil || c.Selects(s.SelectionSet) {
				return true
			}
			if c[s.ObjectDefinition.Name][s.Name] && !ready(ctx, s.ObjectDefinition.Name, s.Name) {
				return true
			}
		case *ast.InlineFragment:
			if c.elementsMayWait(ctx, s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition == nil || c.elementsMayWait(ctx, s.Definition.SelectionSet) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// ready reports whether the context's Readiness vouches for field on the
// list of the context's field.
func ready(ctx context.Context, typ, field string) bool {
	r, _ := ctx.Value(readinessKey{}).(Readiness)
	if r == nil {
		return false
	}
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && r.Ready(fc.Result, typ, field)
}

// MarshalSlice is graphql.MarshalSliceConcurrently with its arguments, plus
// the list's selection sel and the schema's concurrent fields: when sel
// selects one of them (one that the context's Readiness does not vouch
// for), it is MarshalSliceConcurrently; otherwise the elements are
// marshalled one after the other on this goroutine (a long list in a run
// per core, see MinRun), each with
// the FieldContext (Index set) and, unless omitPanicHandler, the panic
// recovery that MarshalSliceConcurrently gives it: an element that panics
// is Null, and its error is added to the response.
func MarshalSlice(
	ctx context.Context,
	sel ast.SelectionSet,
	concurrent Concurrent,
	length int,
	workerLimit int64,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	if length > 1 && concurrent.elementsMayWait(ctx, sel) {
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	ret := make(graphql.Array, length)
	// One allocation for every element's FieldContext and index: each
	// element's context keeps its own (an error's path reads Index).
	fcs := make([]graphql.FieldContext, length)
	indexes := make([]int, length)
	// A long list is cut into a run per core, so that one request still
	// uses every core as it did with a goroutine per element.
	runs := min(runtime.GOMAXPROCS(0), length/MinRun)
	if runs <= 1 {
		marshalRun(ctx, ret, fcs, indexes, 0, length, omitPanicHandler, marshalElement)
		return ret
	}
	per := (length + runs - 1) / runs
	var wg sync.WaitGroup
	for from := per; from < length; from += per {
		wg.Go(func() {
			marshalRun(ctx, ret, fcs, indexes, from, min(from+per, length), omitPanicHandler, marshalElement)
		})
	}
	marshalRun(ctx, ret, fcs, indexes, 0, per, omitPanicHandler, marshalElement)
	wg.Wait()
	return ret
}

// marshalRun marshals the elements from up to to into ret, each with its
// FieldContext (fcs) and index (indexes).
func marshalRun(
	ctx context.Context,
	ret graphql.Array,
	fcs []graphql.FieldContext,
	indexes []int,
	from, to int,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) {
	for i := from; i < to; i++ {
		indexes[i] = i
		fcs[i].Index = &indexes[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		ret[i] = marshalRecovering(childCtx, i, marshalElement)
	}
}

// MinRun is the fewest elements that MarshalSlice marshals on a goroutine
// of their own: a list shorter than twice as long is marshalled on the
// calling goroutine.
const MinRun = 32

// marshalRecovering is marshalElement(ctx, i), or Null with the panic's
// error added to the response when it panics.
func marshalRecovering(ctx context.Context, i int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(ctx, i)
}
