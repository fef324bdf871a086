// Command inlinelists rewrites the executable schema that gqlgen generates
// so that lists of objects are marshalled by listmarshal.MarshalSlice: on
// the calling goroutine when their selection has no field that gqlgen
// resolves concurrently, with gqlgen's goroutine per element otherwise.
// gqlgen has no setting for this (its exec.worker_limit only bounds the
// goroutines). It runs from go generate in package graph, right after
// gqlgen:
//
//	go run ./internal/inlinelists generated/generated.go generated/concurrent_fields.go
//
// It rewrites every graphql.MarshalSliceConcurrently call in the first file
// and writes, to the second, the table of fields that gqlgen resolves
// concurrently, read from the same generated code. It fails, and writes
// nothing, when the code is not shaped as it expects (a gqlgen upgrade
// that changed it), rather than leave the calls as they were.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: inlinelists generated.go concurrent_fields.go")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "inlinelists:", err)
		os.Exit(1)
	}
}

func run(generatedPath, tablePath string) error {
	src, err := os.ReadFile(generatedPath)
	if err != nil {
		return err
	}
	out, table, err := rewrite(src)
	if err != nil {
		return fmt.Errorf("%s: %w", generatedPath, err)
	}
	if err := os.WriteFile(generatedPath, out, 0o644); err != nil {
		return err
	}
	return os.WriteFile(tablePath, table, 0o644)
}
