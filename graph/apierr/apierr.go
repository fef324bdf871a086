// Package apierr defines the errors the GraphQL API reports to clients: a
// stable code in extensions.code and a message safe to show. Resolvers and
// scalars return these; the error presenter (package graph) turns every
// other error into INTERNAL or UNAVAILABLE without leaking its text.
package apierr

import "fmt"

// Codes reported in a GraphQL error's extensions.code. They are part of the
// API: clients switch on them, so they never change meaning.
const (
	NotFound        = "NOT_FOUND"        // a named thing does not exist
	InvalidArgument = "INVALID_ARGUMENT" // the request is malformed: a bad Date, cursor or argument combination
	Unauthenticated = "UNAUTHENTICATED"  // a write (or cypher) without a valid API key, or on a server without one
	Unavailable     = "UNAVAILABLE"      // the store could not be reached, or the request ran out of time; retrying may help
	Internal        = "INTERNAL"         // a bug or an unexpected store failure; details are in the server log
)

// Error is an error meant for the client: its Message is shown as is.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// New returns an error with a code and a client-safe message.
func New(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an INVALID_ARGUMENT error.
func Invalid(format string, args ...any) *Error {
	return New(InvalidArgument, format, args...)
}

// NotFoundf returns a NOT_FOUND error.
func NotFoundf(format string, args ...any) *Error {
	return New(NotFound, format, args...)
}
