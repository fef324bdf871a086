// Package listmarshal marshals the elements of a GraphQL list on the
// calling goroutine when nothing selected on them can wait.
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
// selection has a field that gqlgen resolves concurrently.
package listmarshal

import (
	"context"

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

// MarshalSlice is graphql.MarshalSliceConcurrently with its arguments, plus
// the list's selection sel and the schema's concurrent fields: when sel
// selects one of them, it is MarshalSliceConcurrently; otherwise the
// elements are marshalled one after the other on this goroutine, each with
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
	if length > 1 && concurrent.Selects(sel) {
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	ret := make(graphql.Array, length)
	// One allocation for every element's FieldContext and index: each
	// element's context keeps its own (an error's path reads Index).
	fcs := make([]graphql.FieldContext, length)
	indexes := make([]int, length)
	for i := range length {
		indexes[i] = i
		fcs[i].Index = &indexes[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		ret[i] = marshalRecovering(childCtx, i, marshalElement)
	}
	return ret
}

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
