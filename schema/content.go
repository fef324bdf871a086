package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
)

// PropContentHash is an Article's content hash (ArticleContentHash): what
// tells a store that an article it is asked to write again is unchanged,
// so that a reload skips it instead of resolving its meetings anew.
const PropContentHash = "contentHash"

// ArticleContentHash is the hash of everything a loader reads from an
// article: two loads of the same text give the same hash. Each field is
// length-prefixed, so that moving text from one field to the next changes
// the hash.
func ArticleContentHash(title, date, url, source, text string) string {
	h := sha256.New()
	for _, f := range []string{title, date, url, source, text} {
		var n [8]byte
		for i, l := 0, uint64(len(f)); i < 8; i++ {
			n[i] = byte(l >> (8 * i))
		}
		h.Write(n[:])
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// GraphContentHash is the content hash on the article node of g, or "".
func GraphContentHash(g ArticleGraph) string {
	id := ArticleID(g.ArticleID)
	for _, n := range g.Nodes {
		if n.ID == id {
			return n.Props[PropContentHash]
		}
	}
	return ""
}

// SplitByContent sorts a batch by what the store holds (stored maps an
// article id to the content hash of the stored article, "" when it has
// none): graphs whose article is stored with the same hash are skipped;
// those whose article is stored with another hash (or none) replace it
// (replace lists their article ids, see Store.WriteResolved); the rest are
// new. A graph without a hash is merged as before hashes existed: never
// skipped, never replacing. write keeps the order of graphs.
func SplitByContent(graphs []ArticleGraph, stored map[string]string) (write []ArticleGraph, replace []string) {
	write = make([]ArticleGraph, 0, len(graphs))
	for _, g := range graphs {
		old, ok := stored[g.ArticleID]
		if !ok {
			write = append(write, g)
			continue
		}
		h := GraphContentHash(g)
		if h != "" && h == old {
			continue
		}
		write = append(write, g)
		if h != "" {
			replace = AppendNew(replace, g.ArticleID)
		}
	}
	return write, replace
}

// RetractEvidence returns evidence without the entries of the given
// articles (raw article ids, as Evidence.ArticleID), and whether it held
// any. It is the edge step of retracting an article whose text changed,
// which every store does by the same rules, in the write's transaction:
//  1. the edges from the article node (MENTIONS, REPORTS, DISCUSSED) are
//     deleted, and so is the article node;
//  2. every other edge loses the article's evidence, and an edge left with
//     none is deleted;
//  3. a meeting that no article reports any more is deleted with its edges;
//  4. a node (not an article) that one of these steps touched and that is
//     left without any edge is deleted.
//
// What merges cannot undo stays: a node's name and aliases, a meeting's
// refined date or held status, an affiliation's since and until. The
// article's new graph is then written as if it were new.
func RetractEvidence(evidence []Evidence, articles []string) ([]Evidence, bool) {
	out := evidence[:0:0]
	found := false
	for _, ev := range evidence {
		if slices.Contains(articles, ev.ArticleID) {
			found = true
			continue
		}
		out = append(out, ev)
	}
	if !found {
		return evidence, false
	}
	return out, true
}
