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
