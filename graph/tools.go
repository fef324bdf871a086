//go:build tools

// This file keeps the gqlgen generator and its dependencies in go.mod, so
// that `go run github.com/99designs/gqlgen generate` works; the build tag
// keeps it out of every build.
package graph

import (
	_ "github.com/99designs/gqlgen"
)
