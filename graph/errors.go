package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"newsgraph/graph/apierr"
	"newsgraph/schema"
)

// Client-facing messages for errors whose own text stays in the log: a
// store or driver error can hold hostnames, queries or credentials.
const (
	internalMessage      = "internal error"
	unavailableMessage   = "the graph store is unavailable; try again later"
	timeoutMessage       = "the request took longer than the server allows; ask for less, or try again later"
	searchTooLongMessage = "the search text is too long for the full-text index; use fewer words"
)

// errorPresenter gives every error a stable code in extensions.code:
//
//   - an *apierr.Error keeps its code and message (they are written for
//     the client);
//   - a request that ran out of time (its deadline passed) is UNAVAILABLE;
//   - a store error wrapping schema.ErrUnavailable becomes UNAVAILABLE;
//   - a store error wrapping schema.ErrSearchTooLong is INVALID_ARGUMENT;
//   - gqlgen's own request errors (parse and validation failures, an
//     unreadable body) keep their message, and their code when gqlgen set
//     one (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, which also
//     give HTTP 422), else INVALID_ARGUMENT; a variable's error names
//     the variable and its declared type in its message (variableMessage);
//   - anything else is INTERNAL.
//
// UNAVAILABLE and INTERNAL errors are logged with their real text, which
// the client never sees.
func errorPresenter(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		presented := graphql.DefaultErrorPresenter(ctx, err) // has the path and locations
		var apiErr *apierr.Error
		if errors.As(err, &apiErr) {
			return withCode(presented, apiErr.Code, apiErr.Message)
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			logger.WarnContext(ctx, "graphql: request timed out", "path", presented.Path.String(), "err", err)
			return withCode(presented, apierr.Unavailable, timeoutMessage)
		}
		if errors.Is(err, schema.ErrSearchTooLong) {
			// The resolver refuses such texts; this is the store refusing
			// one that passed (Lucene's clause limit).
			logger.InfoContext(ctx, "graphql: search refused by the store", "path", presented.Path.String(), "err", err)
			return withCode(presented, apierr.InvalidArgument, searchTooLongMessage)
		}
		if errors.Is(err, schema.ErrUnavailable) {
			logger.ErrorContext(ctx, "graphql: store unavailable", "path", presented.Path.String(), "err", err)
			return withCode(presented, apierr.Unavailable, unavailableMessage)
		}
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Unwrap() == nil {
			if code, ok := gqlErr.Extensions["code"].(string); ok && code != "" {
				if message, ok := variableMessage(ctx, gqlErr); ok {
					return withCode(presented, code, message)
				}
				return gqlErr
			}
			return withCode(presented, apierr.InvalidArgument, gqlErr.Message)
		}
		logger.ErrorContext(ctx, "graphql: internal error", "path", presented.Path.String(), "err", err)
		return withCode(presented, apierr.Internal, internalMessage)
	}
}

// withCode returns a new error at the same place with a message and code,
// dropping the wrapped cause so nothing else of it can reach the response.
func withCode(at *gqlerror.Error, code, message string) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    message,
		Path:       at.Path,
		Locations:  at.Locations,
		Extensions: map[string]any{"code": code},
	}
}

// recoverFunc turns a panic in a resolver into an INTERNAL error, logging
// the panic and its stack.
func recoverFunc(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		var path string
		if fc := graphql.GetFieldContext(ctx); fc != nil {
			path = fc.Path().String()
		}
		logger.ErrorContext(ctx, "graphql: panic", "path", path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return apierr.New(apierr.Internal, internalMessage)
	}
}
