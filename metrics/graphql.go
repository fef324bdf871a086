package metrics

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// GraphQL returns a gqlgen handler extension that times each query and
// mutation by its operation name and counts the errors of every response
// by their code (extensions.code, which the API's error presenter sets).
// Subscriptions are counted for errors only: they last as long as the
// client wants.
func (m *Metrics) GraphQL() graphql.HandlerExtension { return gqlExtension{m} }

type gqlExtension struct{ m *Metrics }

var (
	_ graphql.OperationInterceptor = gqlExtension{}
	_ graphql.ResponseInterceptor  = gqlExtension{}
)

func (gqlExtension) ExtensionName() string                          { return "Metrics" }
func (gqlExtension) Validate(schema graphql.ExecutableSchema) error { return nil }

func (e gqlExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	start := oc.Stats.OperationStart
	if start.IsZero() {
		start = time.Now()
	}
	handle := next(ctx)
	if oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return handle
	}
	name := oc.OperationName
	if name == "" {
		name = oc.Operation.Name
	}
	if name == "" {
		name = "anonymous"
	} else {
		name = e.m.opNames.admit(name)
	}
	kind := string(oc.Operation.Operation)
	var once sync.Once
	return func(ctx context.Context) *graphql.Response {
		resp := handle(ctx)
		once.Do(func() { e.m.opDuration.WithLabelValues(name, kind).Observe(time.Since(start).Seconds()) })
		return resp
	}
}

// InterceptResponse sees every response, also the ones of requests that
// failed to parse or validate, after the error presenter gave each error
// its code.
func (e gqlExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	for _, err := range resp.Errors {
		code, _ := err.Extensions["code"].(string)
		if code == "" {
			code = "UNKNOWN"
		}
		e.m.gqlErrors.WithLabelValues(code).Inc()
	}
	return resp
}
