// Package samples bundles the sample articles that the embedded store loads
// when it starts empty, so that `go run .` has something to answer with on a
// fresh machine. See README.md for their sources and licences.
package samples

import _ "embed"

// ArticlesJSONL holds the bundled articles as JSON Lines.
//
//go:embed articles.jsonl
var ArticlesJSONL []byte

// FileName is the name under which errors report the bundled file.
const FileName = "samples/articles.jsonl"
