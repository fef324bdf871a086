package extract

import (
	"strings"
	"testing"
)

// A keyFilter lets through every key of its set (the rules that read it
// would lose words otherwise), and turns away keys whose length or first
// byte no key of the set has. The filters checked are the ones the rules
// read, built at package initialisation: a key added to a set after its
// filter was made (in an init, say) would be turned away unseen.
func TestKeyFilterPassesItsSetsKeys(t *testing.T) {
	for name, c := range map[string]struct {
		set map[string]bool
		f   *keyFilter
	}{
		"sentenceCueWords": {sentenceCueWords, sentenceCueFilter}, "gratitudeVerbs": {gratitudeVerbs, gratitudeFilter},
		"jointActVerbs": {jointActVerbs, jointActFilter}, "hostVerbs": {hostVerbs, hostFilter}, "signWords": {signWords, signFilter},
		"issueIndex": {issueKeys(), issueFilter}, "roleHeads": {roleHeads, roleHeadFilter}, "stopCaps": {stopCaps, stopCapsFilter},
		"futureWords": {futureWords, futureFilter}, "pastVerbs": {pastVerbs, pastVerbFilter},
		"odd": {setOf("", "a", "Émile", strings.Repeat("x", 40), "co-hosted"), nil},
	} {
		f := c.f
		if f == nil {
			f = filterOf(c.set)
		}
		for k := range c.set {
			if !f.may(k) {
				t.Errorf("%s: filter turns away its own key %q", name, k)
			}
		}
	}
	f := filterOf(setOf("thanked", "signed"))
	for _, tt := range []struct {
		key string
		may bool
	}{
		{"thanked", true}, {"signed", true},
		{"tricked", true}, // same length, first and last letter: the set decides
		{"thank", false}, {"signing", false}, {"", false}, {"the", false},
		{"thanker", false}, // length and first letter of one key, but no key of 7 ends in "r"
	} {
		if got := f.may(tt.key); got != tt.may {
			t.Errorf("may(%q) = %v, want %v", tt.key, got, tt.may)
		}
	}
	if !filterOf(setOf(strings.Repeat("y", 31))).may(strings.Repeat("y", 45)) {
		t.Errorf("keys of 31 bytes or more share a length: a long key must pass")
	}
	if !filterOf(setOf("")).may("") {
		t.Errorf("the empty key of a set must pass")
	}
}

// Each rule's filter turns away at least a third of the bundled articles'
// word tokens: a filter that lets nearly every word through costs a check
// and saves no lookup (stopCaps lets about 63% through, the verb sets 0.3-5%).
func TestKeyFilterTurnsAwayWords(t *testing.T) {
	initIndexes() // issueFilter is built with issueIndex
	arts := readArticles(t, "testdata/articles.jsonl")
	for name, f := range map[string]*keyFilter{
		"sentenceCueWords": sentenceCueFilter, "gratitudeVerbs": gratitudeFilter, "jointActVerbs": jointActFilter,
		"hostVerbs": hostFilter, "signWords": signFilter, "issueIndex": issueFilter, "roleHeads": roleHeadFilter,
		"stopCaps": stopCapsFilter, "futureWords": futureFilter, "pastVerbs": pastVerbFilter,
	} {
		words, passed := 0, 0
		for _, a := range arts {
			for _, tk := range tokenize(a.Text, 0) {
				if tk.kind != tokWord {
					continue
				}
				words++
				if f.may(tk.key) {
					passed++
				}
			}
		}
		if words == 0 || 3*passed > 2*words {
			t.Errorf("%s: %d of %d words pass its filter, more than two in three", name, passed, words)
		}
	}
}

// issueKeys are the keys of issueIndex, as a set.
func issueKeys() map[string]bool {
	initIndexes()
	m := map[string]bool{}
	for k := range issueIndex {
		m[k] = true
	}
	return m
}
