// Package graph is newsgraph's GraphQL API: the resolvers over a
// schema.Store, the per-request dataloaders that batch their reads, and the
// HTTP handler (NewHandler) that serves the API, a playground and the SDL.
// The schema is schema.graphqls; gqlgen generates graph/generated and
// graph/model/models_gen.go from it (see gqlgen.yml at the repository root),
// then internal/inlinelists makes its lists of plain objects marshal on one
// goroutine (see package listmarshal): run both with go generate ./graph.
package graph

//go:generate go run github.com/99designs/gqlgen generate
//go:generate go run ./internal/inlinelists generated/generated.go generated/concurrent_fields.go

import (
	"log/slog"

	"newsgraph/schema"
)

// Resolver holds what the resolvers depend on. It is made once per
// handler; per-request state (the dataloaders) lives in the context.
type Resolver struct {
	Store  schema.Store
	Logger *slog.Logger
	// APIKey is the key that writes and cypher need; "" refuses them all.
	APIKey string
	// Changes receives what each ingest added, for graphChanged.
	Changes *Broadcaster
	// Ingested, when set, is told the outcome of each ingest.
	Ingested func(loaded, skipped, rejected int)
}
