package schema

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SearchWords splits search text into lower-case words of letters and
// digits, the way both stores' search indexes see text.
func SearchWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Bounds of a search text. A search is a name or a few words: longer
// texts only make the stores work harder (every word is looked up in the
// index, and on Neo4j is two Lucene clauses).
const (
	MaxSearchBytes = 1000
	MaxSearchWords = 32
)

// ErrSearchTooLong is wrapped by the error of a search whose text is past
// the bounds; the API maps it to INVALID_ARGUMENT.
var ErrSearchTooLong = errors.New("the search text is too long")

// SearchQuery is the words of a search text (SearchWords) without repeats,
// in their first order: a word that comes twice asks nothing more. A text
// longer than MaxSearchBytes, or of more than MaxSearchWords distinct
// words, is an error that wraps ErrSearchTooLong and says the bound.
func SearchQuery(text string) ([]string, error) {
	if len(text) > MaxSearchBytes {
		return nil, fmt.Errorf("%w: it is %d bytes; the limit is %d", ErrSearchTooLong, len(text), MaxSearchBytes)
	}
	var query []string
	for _, w := range SearchWords(text) {
		if !slices.Contains(query, w) {
			query = append(query, w)
		}
	}
	if len(query) > MaxSearchWords {
		return nil, fmt.Errorf("%w: it has %d distinct words; the limit is %d", ErrSearchTooLong, len(query), MaxSearchWords)
	}
	return query, nil
}

// EachWord calls fn with each word of text, as SearchWords splits it,
// without allocating: the word is built in buf (which it reuses and
// returns) and is valid only during the call. Indexes of long texts use it.
func EachWord(text string, buf []byte, fn func(word []byte)) []byte {
	buf = buf[:0]
	for _, r := range text {
		// strings.ToLower maps every rune with unicode.ToLower (an
		// invalid byte becomes utf8.RuneError, as range gives it here),
		// and SearchWords classifies the lowered runes.
		l := r
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				l = r + 'a' - 'A'
			}
		} else {
			l = unicode.ToLower(r)
		}
		if l < utf8.RuneSelf && ('a' <= l && l <= 'z' || '0' <= l && l <= '9') || l >= utf8.RuneSelf && (unicode.IsLetter(l) || unicode.IsDigit(l)) {
			buf = utf8.AppendRune(buf, l)
			continue
		}
		if len(buf) > 0 {
			fn(buf)
			buf = buf[:0]
		}
	}
	if len(buf) > 0 {
		fn(buf)
	}
	return buf[:0]
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

func scoreText(text string, query []string) float64 { return scoreWords(text, query, false) }

// scoreWords is scoreText, and with spelling SpellingScore's scoring of one
// name: a word within SpellingEdits of a query word weighs 0.5 an edit.
func scoreWords(text string, query []string, spelling bool) float64 {
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
			case spelling:
				if d := editsWithin(q, t, SpellingEdits(q)); d > 0 {
					w = max(w, 0.5/float64(d))
				}
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

// Score is how search ranks a node: ArticleScore for articles, SearchScore
// for every other label.
func Score(n Node, query []string) float64 {
	if n.Label == LabelArticle {
		return ArticleScore(n, query)
	}
	return SearchScore(n, query)
}

// ArticleScore scores an article against the words of a query, by its
// title and its text: the larger of TitleScore and TextScore. So an entity
// whose name matches ranks above an article whose title matches as well,
// and titles rank above texts.
func ArticleScore(n Node, query []string) float64 {
	return max(TitleScore(n, query), TextScore(TextWords(n.Props[PropText]).Hits(query)))
}

// TitleScore is the part of ArticleScore that the title gives (the name
// when there is no title): it scores as a name does (SearchScore), times
// 0.8.
func TitleScore(n Node, query []string) float64 {
	title := n.Props[PropTitle]
	if title == "" {
		title = n.Name
	}
	return 0.8 * scoreText(title, query)
}

// WordHits is how often one query word occurs in a text: as a whole word,
// and as the start of a longer word.
type WordHits struct {
	Whole, Prefix int
}

// TextScore is the part of ArticleScore that the text gives, from the hits
// of each query word in it (one WordHits per query word): 0 unless every
// query word hits, at most 0.5, more for whole words and for more hits.
// Stores that index texts compute the hits their own way and call it, so
// that both rank alike.
func TextScore(hits []WordHits) float64 {
	var t TextTally
	for _, h := range hits {
		if !t.Add(h) {
			return 0
		}
	}
	return t.Score()
}

// TextTally is TextScore taken one query word at a time, in constant
// space: what a store that scores many texts keeps for each.
type TextTally struct {
	words, sum, total int
}

// Add counts the hits of the next query word; it is false, and the text
// scores 0, when the word does not hit.
func (t *TextTally) Add(h WordHits) bool {
	switch {
	case h.Whole > 0:
		t.sum += 2
	case h.Prefix > 0:
		t.sum++
	default:
		return false
	}
	t.words++
	t.total += h.Whole + h.Prefix
	return true
}

// Score is TextScore of the hits added.
func (t TextTally) Score() float64 {
	if t.words == 0 {
		return 0
	}
	return 0.5 * float64(t.sum) / float64(2*t.words) * float64(t.total) / float64(t.total+3)
}

// Words is a compact index of one text: its distinct words (see
// SearchWords), sorted, with how often each occurs. It holds the words in
// one string, so that a cache of many texts' words costs little memory.
type Words struct {
	words  string   // the distinct words, sorted, one after the other
	ends   []uint32 // ends[i] is where word i ends in words
	counts []uint32 // counts[i] is how often word i occurs
}

// TextWords indexes the words of a text.
func TextWords(text string) Words {
	index := map[string]int{} // word -> its place in counts
	var counts []uint32
	size := 0
	EachWord(text, make([]byte, 0, 64), func(w []byte) {
		if i, ok := index[string(w)]; ok { // a lookup by string(w) does not allocate
			counts[i]++
			return
		}
		index[string(w)] = len(counts)
		counts = append(counts, 1)
		size += len(w)
	})
	keys := make([]string, 0, len(index))
	for w := range index {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.Grow(size)
	out := Words{ends: make([]uint32, len(keys)), counts: make([]uint32, len(keys))}
	for i, w := range keys {
		b.WriteString(w)
		out.ends[i] = uint32(b.Len())
		out.counts[i] = counts[index[w]]
	}
	out.words = b.String()
	return out
}

// Len is the number of distinct words.
func (w Words) Len() int { return len(w.ends) }

// Bytes is roughly the memory the index holds.
func (w Words) Bytes() int { return len(w.words) + 8*len(w.ends) + 64 }

func (w Words) word(i int) string {
	start := uint32(0)
	if i > 0 {
		start = w.ends[i-1]
	}
	return w.words[start:w.ends[i]]
}

// Hits counts each query word in the text, for TextScore.
func (w Words) Hits(query []string) []WordHits {
	out := make([]WordHits, len(query))
	for qi, q := range query {
		lo, hi := 0, len(w.ends)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if w.word(m) < q {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for j := lo; j < len(w.ends); j++ {
			t := w.word(j)
			if !strings.HasPrefix(t, q) {
				break
			}
			if len(t) == len(q) {
				out[qi].Whole += int(w.counts[j])
			} else {
				out[qi].Prefix += int(w.counts[j])
			}
		}
	}
	return out
}

// SpellingScore scores a node against the words of a query as SearchScore
// does, but also lets a query word match a word of the name or of one
// alias that is within SpellingEdits of it (letters changed, added, dropped
// or swapped: "zelenskiy" for "zelenskyy", "blinkin" for "blinken"): one
// edit at a quarter of a whole word's weight, two at an eighth, below a
// prefix. So it is never above
// SearchScore for a node that SearchScore finds, and it finds the names a
// search misspelt, by which search's spelling fallback ranks them.
func SpellingScore(n Node, query []string) float64 {
	best := scoreWords(n.Name, query, true)
	for _, a := range n.Aliases {
		best = max(best, scoreWords(a, query, true))
	}
	return best
}

// SpellingEdits is how many edits a query word may be from a name's word
// for SpellingScore: none for a word of up to 4 letters (a short word
// misspelt is another word: "xi", "kim", "wang"), one for 5 to 7, two
// from 8.
func SpellingEdits(word string) int {
	switch n := utf8.RuneCountInString(word); {
	case n <= 4:
		return 0
	case n <= 7:
		return 1
	default:
		return 2
	}
}

// editsWithin is how many edits apart a and b are, an edit being a letter
// changed, added or dropped, or two neighbours swapped (optimal string
// alignment distance), when that is at most k; else -1.
func editsWithin(a, b string, k int) int {
	if a == b {
		return 0
	}
	if k <= 0 {
		return -1
	}
	x, y := []rune(a), []rune(b)
	if d := len(x) - len(y); d > k || -d > k {
		return -1
	}
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > k {
			return -1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if d := prev[len(y)]; d <= k {
		return d
	}
	return -1
}
