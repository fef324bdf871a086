// Package generated is the executable GraphQL schema that gqlgen generates
// from graph/schema.graphqls (see gqlgen.yml). Do not edit it: change the
// schema or the resolvers in package graph and run `go generate ./graph`,
// which also runs graph/internal/inlinelists over generated.go and writes
// concurrent_fields.go.
package generated
