package ner

import (
	"strings"
	"sync"
)

// commonSurnameRank is how many of the census surnames, most frequent
// first, CommonPersonWord counts as common: "Ford", "Collins", "Baker"
// (ranks 101, 49, 36) name many people, "Schumer" and "Walensky" (on no
// list) or "Leahy" (3,527) few.
const commonSurnameRank = 2000

var (
	commonWordsOnce sync.Once
	commonWords     map[string]bool
)

// CommonPersonWord reports whether a word alone may be many people's
// name: a given name of the census lists ("Simon", "Dean", "Paul") or one
// of their commonSurnameRank most frequent surnames ("Ford", "Martin").
// Case is ignored.
func CommonPersonWord(w string) bool {
	commonWordsOnce.Do(func() {
		commonWords = map[string]bool{}
		for _, n := range strings.Split(givenNames, "\n") {
			if n = strings.TrimSpace(n); n != "" {
				commonWords[strings.ToLower(n)] = true
			}
		}
		for i, n := range strings.Split(surnames, "\n") {
			if i >= commonSurnameRank {
				break
			}
			if n = strings.TrimSpace(n); n != "" {
				commonWords[strings.ToLower(n)] = true
			}
		}
	})
	return commonWords[strings.ToLower(w)]
}

// CensusNames are the census lists' given names and surnames, the surnames
// most frequent first: training's mention replacement (gum.Augment) makes
// people's names of them.
func CensusNames() (givenList, surnameList []string) {
	return nonEmptyLines(givenNames), nonEmptyLines(surnames)
}

// nonEmptyLines are the lines of s that hold something, trimmed.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
