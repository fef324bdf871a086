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

// How many of the bundled articles' word tokens each rule's filter turns
// away (the filter is worth its place only where most are).
func TestKeyFilterTurnsAwayMostWords(t *testing.T) {
	arts := readArticles(t, "testdata/articles.jsonl")
	for name, set := range map[string]map[string]bool{
		"sentenceCueWords": sentenceCueWords, "gratitudeVerbs": gratitudeVerbs, "jointActVerbs": jointActVerbs,
		"hostVerbs": hostVerbs, "signWords": signWords, "issueIndex": issueKeys(),
		"roleHeads": roleHeads, "stopCaps": stopCaps, "futureWords": futureWords, "pastVerbs": pastVerbs,
	} {
		f := filterOf(set)
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
		t.Logf("%s: %d of %d words pass (%.1f%%)", name, passed, words, 100*float64(passed)/float64(words))
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
