// Package gcpolicy sets the Go garbage collector's target for the API
// process when its data lives in Neo4j. That process keeps little live
// heap (tens of MB) but allocates a lot per request: at Go's default
// GOGC=100 it collects every few tens of MB, so a large answer (the
// relations of two countries at 100×: ~700,000 allocations) pays for
// several collections. A higher target trades a few hundred MB of peak
// heap for that CPU. The embedded store's process is left alone: its live
// heap is the archive, and five times that is memory a laptop notices.
package gcpolicy

import (
	"os"
	"runtime/debug"
)

// DatabaseAPIPercent is the GOGC target of an API process over Neo4j. 400
// lets the heap grow to five times the live data between collections: on
// BenchmarkRelationsAPI it cut the API's CPU per request by ~19% (149 → 120
// cpu-ms/op, 4 alternated runs each), see BENCHMARKS.md.
const DatabaseAPIPercent = 400

// ForDatabaseAPI sets the GC target to DatabaseAPIPercent, unless the
// operator chose one with the GOGC environment variable, which then wins.
// A GOMEMLIMIT (the compose file sets one) still bounds the heap: the
// collector runs early when the limit nears, whatever the target. It
// returns the target in force afterwards.
func ForDatabaseAPI() int {
	if _, set := os.LookupEnv("GOGC"); set {
		return current()
	}
	debug.SetGCPercent(DatabaseAPIPercent)
	return DatabaseAPIPercent
}

// current reads the GC target without changing it.
func current() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}
