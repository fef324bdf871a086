package schema

import (
	"strings"
	"unicode"
)

// SearchWords splits search text into lower-case words of letters and
// digits, the way both stores' search indexes see text.
func SearchWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// SearchScore scores a node against the words of a query: every query word
// must be a word, or the start of a word, of the node's name or of one
// alias, or the score is 0. Whole words count more than prefixes, and
// shorter names more than longer ones, so "xi" ranks "Xi Jinping" above
// "Xi Jinping Thought on Diplomacy".
func SearchScore(n Node, query []string) float64 {
	best := scoreText(n.Name, query)
	for _, a := range n.Aliases {
		best = max(best, scoreText(a, query))
	}
	return best
}

func scoreText(text string, query []string) float64 {
	words := SearchWords(text)
	if len(words) == 0 {
		return 0
	}
	var sum float64
	for _, q := range query {
		var w float64
		for _, t := range words {
			switch {
			case t == q:
				w = 2
			case strings.HasPrefix(t, q):
				w = max(w, 1)
			}
		}
		if w == 0 {
			return 0
		}
		sum += w
	}
	return sum / float64(len(query)*2) * (1 / (1 + 0.1*float64(len(words)-len(query))))
}

// SearchesByDefault reports whether a search without labels covers nodes
// of a label: entities and articles (by title and text, see ArticleScore)
// do; meetings, whose names only repeat their participants', do not.
func SearchesByDefault(label string) bool {
	return label != LabelMeeting
}
