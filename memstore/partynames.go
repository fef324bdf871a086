package memstore

import (
	"strings"
	"sync"
	"unicode"

	"newsgraph/schema"
)

// partyNames indexes the countries and organisations by the texts that
// name them other than their ids (schema.PartyMatches: name, aliases, ISO
// code and short name, case folded), so that resolving a party's text
// does not compare it with every one of them: a page of 100 countries'
// officials resolved each country's id against the archive's 6,600
// countries and organisations. It is built on the first read after a
// write that touched one of them; readers share the store's read lock, so
// the index has its own.
type partyNames struct {
	mu     sync.Mutex
	byFold map[string][]string // foldKey of a text -> ids; nil until built
}

// isParty reports whether nodes of label are parties.
func isParty(label string) bool {
	return label == schema.LabelCountry || label == schema.LabelOrganization
}

// invalidate drops the index after a write of node n (nil for none). The
// caller holds the write lock.
func (p *partyNames) invalidate(n *schema.Node) {
	if n == nil || !isParty(n.Label) {
		return
	}
	p.mu.Lock()
	p.byFold = nil
	p.mu.Unlock()
}

// ids returns the ids of the parties whose name, an alias, code or short
// name is text with case folded, building the index if a write dropped
// it. The caller holds the read lock.
func (p *partyNames) ids(s *Store, text string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.byFold == nil {
		p.byFold = map[string][]string{}
		for _, label := range []string{schema.LabelCountry, schema.LabelOrganization} {
			for id := range s.byLabel[label] {
				p.add(s.nodes[id])
			}
		}
	}
	return p.byFold[foldKey(text)]
}

func (p *partyNames) add(n *schema.Node) {
	if n == nil || !isParty(n.Label) {
		return
	}
	texts := append([]string{n.Name, n.Props[schema.PropCode], n.Props[schema.PropShort]}, n.Aliases...)
	seen := map[string]bool{}
	for _, t := range texts {
		k := foldKey(t)
		if t == "" || seen[k] {
			continue
		}
		seen[k] = true
		p.byFold[k] = append(p.byFold[k], n.ID)
	}
}

// foldKey is the same for two strings exactly when strings.EqualFold
// holds: each rune becomes the least rune of its simple case-folding
// orbit, which is the equivalence EqualFold tests rune by rune (an
// invalid byte reads as utf8.RuneError in both).
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}
