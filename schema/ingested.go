package schema

import (
	"maps"
	"slices"
	"time"
)

// PropIngestedAt is when a store wrote an Article's present text: set when
// the article is first stored, and again when it is written with another
// content hash (its old statements retracted, see SplitByContent). A
// reload of the same content skips the article and leaves it, so that
// loading again changes nothing. Articles stored before stamps existed
// have none, as have articles written without a content hash (see
// StampIngested). The value is FormatIngestedAt's: UTC, to the millisecond, of
// fixed width, so that stamps compare as strings in time order.
const PropIngestedAt = "ingestedAt"

// ingestedAtLayout is FormatIngestedAt's layout.
const ingestedAtLayout = "2006-01-02T15:04:05.000Z"

// FormatIngestedAt is t as an ingestedAt stamp (PropIngestedAt):
// "2026-12-07T17:30:00.123Z". It truncates to the millisecond, so that a
// stamp is after t exactly when it is after FormatIngestedAt(t).
func FormatIngestedAt(t time.Time) string {
	return t.UTC().Truncate(time.Millisecond).Format(ingestedAtLayout)
}

// StampIngested returns graphs (a batch that SplitByContent kept to write)
// with the article node of each that has a content hash stamped at: such an
// article is new to the store or replaces a stored text, as SplitByContent
// dropped the unchanged ones. Every store calls it in its write's
// transaction. A graph without a content hash (written as before hashes
// existed, merged into what is stored) is left unstamped, and an article
// node that already carries a stamp (a graph restored from elsewhere)
// keeps it. The caller's graphs are not changed, nor shared with a
// stamped one.
func StampIngested(graphs []ArticleGraph, at time.Time) []ArticleGraph {
	stamp := FormatIngestedAt(at)
	out := slices.Clone(graphs)
	for i, g := range out {
		if GraphContentHash(g) == "" {
			continue
		}
		id := ArticleID(g.ArticleID)
		j := slices.IndexFunc(g.Nodes, func(n Node) bool { return n.ID == id })
		if j < 0 || g.Nodes[j].Props[PropIngestedAt] != "" {
			continue
		}
		nodes := slices.Clone(g.Nodes)
		props := maps.Clone(nodes[j].Props)
		if props == nil {
			props = map[string]string{}
		}
		props[PropIngestedAt] = stamp
		nodes[j].Props = props
		// The edges are copied with the nodes: a resolver that renames a
		// meeting in place renames both in the stamped copy, not one of
		// them in the caller's graph.
		out[i].Nodes, out[i].Edges = nodes, slices.Clone(g.Edges)
	}
	return out
}

// IngestedAfter reports whether an article with the stamp ingestedAt (its
// PropIngestedAt, "" when it has none) was ingested after the stamp after
// (FormatIngestedAt's), strictly; "" admits every article. An article
// without a stamp is never after a bound.
func IngestedAfter(ingestedAt, after string) bool {
	return after == "" || ingestedAt != "" && ingestedAt > after
}
