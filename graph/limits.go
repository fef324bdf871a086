package graph

import (
	"context"
	"reflect"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"newsgraph/graph/apierr"
	"newsgraph/graph/generated"
	"newsgraph/graph/model"
)

// Defaults of the cost controls (see Options).
const (
	DefaultMaxDepth        = 10
	DefaultComplexityLimit = 10000
	DefaultTimeout         = 15 * time.Second
	DefaultIngestTimeout   = 2 * time.Minute
)

// Parser and validation bounds: a request of many same-name fields makes
// gqlparser's overlapping-fields rule compare every pair of them and report
// each conflicting pair, so the token limit bounds the pairs and
// maxValidationErrors the report.
const (
	MaxQueryTokens      = 2000
	maxValidationErrors = 20
)

// boundedRules are gqlparser's default validation rules, of which all
// together report at most maxValidationErrors errors per document.
func boundedRules() *rules.Rules {
	r := rules.NewDefaultRules()
	reported := 0 // one rule set validates one document at a time
	for name, rule := range r.GetInner() {
		r.ReplaceRule(name, func(observers *core.Events, addError core.AddErrFunc) {
			rule(observers, func(options ...core.ErrorOption) {
				if reported < maxValidationErrors {
					reported++
					addError(options...)
				}
			})
		})
	}
	return r
}

// Costs that the complexity functions give (see complexity): a field that
// lists rows multiplies the cost of its selection by how many rows it may
// return; a shortest path search costs by the hops it may walk, as a
// breadth-first search from both ends reads up to every node that many
// hops away.
const (
	shortestPathCostPerHop = 250
	subgraphRowsPerCost    = 10
	maxCost                = 1 << 40
)

// complexity is the cost model of the API as gqlgen complexity functions
// (see costLimits): each field costs 1 plus the cost of its selection,
// times the number of rows it may return: first for a connection (or the
// number of ids its where names, when fewer), search, timeline and
// coParticipants, limit/10 for a subgraph. So meetings(first: 100) with a
// nested people's meetings(first: 100) costs about 100 × 100.
// shortestPath costs shortestPathCostPerHop per hop of maxHops.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	type officialsFunc = func(child int, _ *model.Date, _ *string, first *int, _ *string) int
	type analystFunc = func(child int, _ string, _, _ *model.Date, first *int) int
	meetings := connectionCost[*model.MeetingWhere, *model.MeetingOrder]
	var officials officialsFunc = func(child int, _ *model.Date, _ *string, first *int, _ *string) int { return listCost(child, first) }
	var analyst analystFunc = func(child int, _ string, _, _ *model.Date, first *int) int { return listCost(child, first) }
	timeline := func(child int, id string, _ []model.TimelineKind, from, to *model.Date, first *int, _ *string) int {
		return analyst(child, id, from, to, first)
	}

	c.Query.Meetings = meetings
	c.Person.Meetings = meetings
	c.Country.Meetings = meetings
	c.Organization.Meetings = meetings
	c.Place.Meetings = meetings
	c.Issue.Meetings = meetings
	c.Country.Officials = officials
	c.Organization.Officials = officials
	c.Query.Timeline = timeline
	c.Query.CoParticipants = analyst
	c.Query.People = connectionCost[*model.PersonWhere, *model.PersonOrder]
	c.Query.Countries = connectionCost[*model.EntityWhere, *model.PartyOrder]
	c.Query.Organizations = connectionCost[*model.OrganizationWhere, *model.PartyOrder]
	c.Query.Places = connectionCost[*model.PlaceWhere, *model.EntityOrder]
	c.Query.Issues = connectionCost[*model.EntityWhere, *model.EntityOrder]
	c.Query.Articles = connectionCost[*model.ArticleWhere, *model.ArticleOrder]
	c.Query.Search = func(child int, _ string, _ []model.EntityType, first *int) int { return listCost(child, first) }
	c.Query.Subgraph = func(child int, _ []string, _ *int, limit *int, _ *model.SubgraphWhere, _ []string) int {
		rows := 1
		if limit != nil {
			rows = max(*limit/subgraphRowsPerCost, 1)
		}
		return saturatingMul(rows, saturatingAdd(1, child))
	}
	c.Query.Edges = func(child int, ids []string) int { return saturatingMul(max(len(ids), 1), saturatingAdd(1, child)) }
	c.Query.ShortestPath = func(child int, _, _ string, maxHops *int, _ *model.PathWhere) int {
		hops := 1
		if maxHops != nil {
			// Past MaxPathHops the resolver refuses maxHops by name; costing
			// it refused the query as too costly, asking to lower first.
			hops = min(max(*maxHops, 1), MaxPathHops)
		}
		return saturatingAdd(saturatingMul(hops, shortestPathCostPerHop), child)
	}
	return c
}

// connectionCost is listCost as the complexity function of a paged list
// with a where and an order argument; one generic function serves every
// such field, whatever its filter and order types. A where that names ids
// returns at most that many rows, whatever first says: asking for one
// country's meetings and officials by its id is not priced as twenty
// countries'.
func connectionCost[Where, Order any](child int, where Where, _ Order, first *int, _ *string) int {
	if ids, ok := idsOf(where); ok && (first == nil || len(ids) < *first) {
		n := len(ids)
		first = &n
	}
	return listCost(child, first)
}

// idsOf is the ids a list's where argument names, and whether it names
// them (an empty list matches nothing, so it bounds the rows too). Every
// where type with ids has them as the field Ids.
func idsOf(where any) ([]string, bool) {
	v := reflect.ValueOf(where)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	f := v.Elem().FieldByName("Ids")
	if !f.IsValid() {
		return nil, false
	}
	ids, ok := f.Interface().([]string)
	return ids, ok && ids != nil
}

// listCost is the cost of a field that returns up to first rows.
func listCost(child int, first *int) int {
	rows := 1
	if first != nil {
		rows = max(*first, 1)
	}
	return saturatingMul(rows, saturatingAdd(1, child))
}

func saturatingAdd(a, b int) int {
	if a > maxCost || b > maxCost {
		return maxCost
	}
	return min(a+b, maxCost)
}

func saturatingMul(a, b int) int {
	if a != 0 && b > maxCost/a {
		return maxCost
	}
	return a * b
}

// costLimits refuses, before anything runs, an operation nested deeper
// than maxDepth fields or whose cost (see complexity) is above maxCost.
// Both are INVALID_ARGUMENT errors, with a message that says the limit.
// Introspection adds no depth, and __schema no cost: the playground needs
// it. A nil complexity means no cost limit.
//
// gqlgen's complexity extension prices the operation, but it walks a
// fragment again at every spread of it, so a fragment bomb (each fragment
// spreading the one before twice) would take 2^n steps. costLimits first
// measures the depth and size of the operation with each fragment
// measured once; an operation that selects more fields than maxCost costs
// more than maxCost (every field costs at least 1) and is refused without
// the walk.
type costLimits struct {
	maxDepth, maxCost int
	complexity        *extension.ComplexityLimit
}

// newCostLimits limits depth and cost; a limit of 0 or less means none.
func newCostLimits(maxDepth, maxCost int) *costLimits {
	c := &costLimits{maxDepth: maxDepth, maxCost: maxCost}
	if c.maxDepth <= 0 {
		c.maxDepth = 1 << 30
	}
	if maxCost > 0 {
		c.complexity = extension.FixedComplexityLimit(maxCost)
	}
	return c
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*costLimits)(nil)

func (*costLimits) ExtensionName() string { return "CostLimits" }

func (c *costLimits) Validate(schema graphql.ExecutableSchema) error {
	if c.complexity == nil {
		return nil
	}
	return c.complexity.Validate(schema)
}

func (c *costLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Operation
	if op == nil {
		return nil
	}
	s := shapeOf(op.SelectionSet)
	if s.depth > c.maxDepth {
		return limitError("the query is nested %d fields deep; the limit is %d", s.depth, c.maxDepth)
	}
	if c.complexity == nil {
		return nil
	}
	if s.fields > c.maxCost {
		return limitError("the query would cost at least %d; the limit is %d (lower first, limit or the nesting)", s.fields, c.maxCost)
	}
	if err := c.complexity.MutateOperationContext(ctx, oc); err != nil {
		cost := -1
		if stats := extension.GetComplexityStats(graphql.WithOperationContext(ctx, oc)); stats != nil {
			cost = stats.Complexity
		}
		return limitError("the query would cost %d; the limit is %d (lower first, limit or the nesting)", cost, c.maxCost)
	}
	return nil
}

func limitError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": apierr.InvalidArgument}
	return err
}

// shape is the size of a selection set with its fragments written out:
// the depth of its deepest field (introspection adds none) and how many
// fields it selects (as many as maxCost at most), leaving out __schema.
type shape struct{ depth, fields int }

// shapeOf measures a selection set, each named fragment once.
func shapeOf(set ast.SelectionSet) shape {
	return (&shaper{fragments: map[string]shape{}}).measure(set)
}

type shaper struct {
	fragments map[string]shape
}

func (sh *shaper) measure(set ast.SelectionSet) shape {
	var out shape
	for _, sel := range set {
		var s shape
		switch x := sel.(type) {
		case *ast.Field:
			if x.Name == "__schema" {
				continue // gqlgen's complexity skips it too
			}
			s = sh.measure(x.SelectionSet)
			s.fields = saturatingAdd(s.fields, 1)
			if strings.HasPrefix(x.Name, "__") {
				s.depth = 0 // __type and __typename add no depth
			} else {
				s.depth++
			}
		case *ast.InlineFragment:
			s = sh.measure(x.SelectionSet)
		case *ast.FragmentSpread:
			if x.Definition == nil {
				continue
			}
			var ok bool
			if s, ok = sh.fragments[x.Name]; !ok {
				// Validation refused cycles, so this recursion ends.
				s = sh.measure(x.Definition.SelectionSet)
				sh.fragments[x.Name] = s
			}
		}
		out.depth = max(out.depth, s.depth)
		out.fields = saturatingAdd(out.fields, s.fields)
	}
	return out
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
