package graph

import (
	"context"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"newsgraph/graph/apierr"
)

// Defaults of the cost controls (see Options).
const (
	DefaultMaxDepth        = 10
	DefaultComplexityLimit = 10000
	DefaultTimeout         = 15 * time.Second
	DefaultIngestTimeout   = 2 * time.Minute
)

// costLimits refuses, before anything runs, an operation nested deeper
// than maxDepth fields or whose estimated cost is above maxCost. Both are
// INVALID_ARGUMENT errors, with a message that says the limit.
//
// The cost of a field is 1 plus the cost of its selections, times the
// number of rows it may return: first for a connection, search, timeline
// and coParticipants, limit/10 for a subgraph. So meetings(first: 100)
// with a nested people's meetings(first: 100) costs about 100 × 100.
// Introspection (__schema, __type) is neither counted nor limited: the
// playground needs it.
type costLimits struct {
	maxDepth, maxCost int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = costLimits{}

func (costLimits) ExtensionName() string                          { return "CostLimits" }
func (costLimits) Validate(schema graphql.ExecutableSchema) error { return nil }

func (c costLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Operation
	if op == nil {
		return nil
	}
	depth := selectionDepth(op.SelectionSet)
	if depth > c.maxDepth {
		return limitError("the query is nested %d fields deep; the limit is %d", depth, c.maxDepth)
	}
	if cost := selectionCost(op.SelectionSet, oc.Variables); cost > c.maxCost {
		return limitError("the query would cost %d; the limit is %d (lower first, limit or the nesting)", cost, c.maxCost)
	}
	return nil
}

func limitError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": apierr.InvalidArgument}
	return err
}

// selectionDepth is the depth of the deepest field of a selection set;
// fragments add no depth.
func selectionDepth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// selectionCost estimates the cost of a selection set (see costLimits).
func selectionCost(set ast.SelectionSet, vars map[string]any) int {
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			total = saturatingAdd(total, saturatingMul(rows(s, vars), 1+selectionCost(s.SelectionSet, vars)))
		case *ast.InlineFragment:
			total = saturatingAdd(total, selectionCost(s.SelectionSet, vars))
		case *ast.FragmentSpread:
			if s.Definition != nil {
				total = saturatingAdd(total, selectionCost(s.Definition.SelectionSet, vars))
			}
		}
	}
	return total
}

// rows is how many rows a field may return, for the cost estimate.
func rows(f *ast.Field, vars map[string]any) int {
	if f.Definition == nil {
		return 1
	}
	args := f.ArgumentMap(vars)
	n := func(name string) int {
		if v, ok := args[name].(int64); ok {
			return max(int(v), 1)
		}
		if v, ok := args[name].(int); ok {
			return max(v, 1)
		}
		return 1
	}
	switch {
	case strings.HasSuffix(f.Definition.Type.Name(), "Connection"):
		return n("first")
	case f.Name == "search" || f.Name == "timeline" || f.Name == "coParticipants":
		return n("first")
	case f.Name == "subgraph":
		return max(n("limit")/10, 1)
	}
	return 1
}

func saturatingAdd(a, b int) int {
	if a > 1<<40 || b > 1<<40 {
		return 1 << 40
	}
	return a + b
}

func saturatingMul(a, b int) int {
	if a != 0 && b > (1<<40)/a {
		return 1 << 40
	}
	return a * b
}

// withTimeout gives each query and mutation a deadline; subscriptions
// live as long as their connection. The deadline is cancelled once the
// response is made.
func withTimeout(queryTimeout, mutationTimeout time.Duration) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		d := queryTimeout
		if oc != nil && oc.Operation != nil {
			switch oc.Operation.Operation {
			case ast.Subscription:
				return next(ctx)
			case ast.Mutation:
				d = mutationTimeout
			}
		}
		if d <= 0 {
			return next(ctx)
		}
		ctx, cancel := context.WithTimeout(ctx, d)
		h := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			cancel()
			return resp
		}
	}
}
