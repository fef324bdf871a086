package schema

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// wordSamples mixes what tokenizing has to agree on: case, digits,
// punctuation, non-ASCII letters and digits, runes whose lower case is
// special, and invalid UTF-8.
var wordSamples = []string{
	"", "  ", "Xi Jinping", "Xi's talks, U.S.-China: 2023-06-19!", "ÉLYSÉE Palace", "İstanbul KELVIN \u212a",
	"Ωmega σοφία ΣΟΦΙΑ", "北京 talks", "٣ digits ٤٥", "a_b-c.d", "\xff\xfeXI\xc3", "ǅemal ǈ", "trailing word",
}

func TestEachWordSplitsAsSearchWords(t *testing.T) {
	check := func(text string) {
		t.Helper()
		var got []string
		EachWord(text, nil, func(w []byte) { got = append(got, string(w)) })
		if want := SearchWords(text); !slices.Equal(got, want) {
			t.Errorf("EachWord(%q) = %q, SearchWords gives %q", text, got, want)
		}
	}
	for _, s := range wordSamples {
		check(s)
	}
	// Random strings of runes from the samples, and of random runes.
	var pool []rune
	for _, s := range wordSamples {
		pool = append(pool, []rune(s)...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range r.IntN(30) {
			if r.IntN(4) == 0 {
				b.WriteRune(rune(r.IntN(0x3000)))
			} else {
				b.WriteRune(pool[r.IntN(len(pool))])
			}
		}
		check(b.String())
	}
}

// naiveHits counts query words in a text the obvious way.
func naiveHits(text string, query []string) []WordHits {
	out := make([]WordHits, len(query))
	for _, w := range SearchWords(text) {
		for i, q := range query {
			switch {
			case w == q:
				out[i].Whole++
			case strings.HasPrefix(w, q):
				out[i].Prefix++
			}
		}
	}
	return out
}

func TestWordsHitsCountWholeWordsAndPrefixes(t *testing.T) {
	text := "Xi met Xie; Xi's aides met Xinhua. Mete out. 2023 and 20 twenty. İstanbul"
	words := TextWords(text)
	for _, query := range [][]string{{"xi"}, {"met"}, {"me"}, {"xi", "met"}, {"2023"}, {"20"}, {"zzz"}, {"a"}, {"xinhua", "xi"}, {"i̇stanbul"}, {"z"}, {""}} {
		if got, want := words.Hits(query), naiveHits(text, query); !slices.Equal(got, want) {
			t.Errorf("Hits(%q) = %v, want %v", query, got, want)
		}
	}
	if words.Len() != len(slices.Compact(slices.Sorted(slices.Values(SearchWords(text))))) {
		t.Errorf("Len() = %d", words.Len())
	}
	if got := TextWords("").Hits([]string{"x"}); got[0] != (WordHits{}) {
		t.Errorf("empty text hits %v", got)
	}
}

func TestTextScoreNeedsEveryWordAndPrefersWholeWordsAndMoreHits(t *testing.T) {
	if TextScore(nil) != 0 || TextScore([]WordHits{{Whole: 3}, {}}) != 0 {
		t.Error("a query word without hits must give 0")
	}
	whole, prefix := TextScore([]WordHits{{Whole: 1}}), TextScore([]WordHits{{Prefix: 1}})
	if !(whole > prefix && prefix > 0) {
		t.Errorf("whole %v, prefix %v", whole, prefix)
	}
	if more := TextScore([]WordHits{{Whole: 9}}); !(more > whole && more < 0.5) {
		t.Errorf("9 hits %v, 1 hit %v: want more, below 0.5", more, whole)
	}
}

func TestArticleScoreIsTheBetterOfTitleAndText(t *testing.T) {
	a := Node{Label: LabelArticle, Name: "n", Props: map[string]string{PropTitle: "Blinken in Beijing", PropText: "Wang met Blinken. Wang spoke."}}
	for _, q := range [][]string{{"blinken"}, {"wang"}, {"beijing"}, {"bl"}, {"wang", "blinken"}, {"putin"}} {
		want := max(TitleScore(a, q), TextScore(naiveHits(a.Props[PropText], q)))
		if got := ArticleScore(a, q); got != want || Score(a, q) != want {
			t.Errorf("ArticleScore(%q) = %v, want %v", q, got, want)
		}
	}
	if TitleScore(Node{Label: LabelArticle, Name: "Untitled Xi"}, []string{"xi"}) == 0 {
		t.Error("an article without a title must score by its name")
	}
}

func BenchmarkTextWords(b *testing.B) {
	text := strings.Repeat("Chinese President Xi Jinping expressed satisfaction with the “progress” made after meeting with Blinken. ", 60)
	for b.Loop() {
		TextWords(text)
	}
}

func TestSearchQueryDropsRepeatsAndBoundsTheText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		tooLong    bool
	}{
		{"repeats dropped, first order kept", "Xi xi Biden XI", []string{"xi", "biden"}, false},
		{"one word 5,000 times is one word", strings.Repeat("a ", 5000)[:MaxSearchBytes], []string{"a"}, false},
		{"as many distinct words as allowed", wordList(MaxSearchWords), strings.Fields(wordList(MaxSearchWords)), false},
		{"one distinct word too many", wordList(MaxSearchWords + 1), nil, true},
		{"longer than the byte limit", strings.Repeat("x", MaxSearchBytes+1), nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SearchQuery(tt.text)
			if tt.tooLong {
				if !errors.Is(err, ErrSearchTooLong) {
					t.Fatalf("SearchQuery = %q, %v; want ErrSearchTooLong", got, err)
				}
				return
			}
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("SearchQuery = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func wordList(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", i)
	}
	return strings.Join(w, " ")
}

func TestTextTallyScoresAsTextScore(t *testing.T) {
	hits := [][]WordHits{
		{{Whole: 1}},
		{{Whole: 3}, {Prefix: 2}},
		{{Prefix: 1}, {Whole: 1, Prefix: 4}, {Whole: 7}},
		{{Whole: 1}, {}},
		nil,
	}
	for _, h := range hits {
		var tally TextTally
		ok := true
		for _, w := range h {
			ok = ok && tally.Add(w)
		}
		got := 0.0
		if ok {
			got = tally.Score()
		}
		if want := TextScore(h); got != want {
			t.Errorf("hits %v: tally scores %v, TextScore %v", h, got, want)
		}
	}
}

func TestEditsWithin(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want int
	}{
		{"zelenskiy", "zelenskyy", 2, 1}, // a letter changed
		{"zelenskiy", "zelenska", 2, 2},  // changed and dropped
		{"blinkin", "blinken", 1, 1},
		{"lavorv", "lavrov", 1, 1},      // two neighbours swapped
		{"zelensky", "zelenskyy", 2, 1}, // a letter added
		{"blinkoff", "blinken", 2, -1},
		{"blankan", "blinken", 1, -1},
		{"lopez", "lópez", 1, 1}, // runes, not bytes
		{"kim", "kim", 0, 0},
		{"kim", "kin", 0, -1},
		{"ab", "abcd", 1, -1}, // lengths too far apart
	}
	for _, tt := range tests {
		if got := editsWithin(tt.a, tt.b, tt.k); got != tt.want {
			t.Errorf("editsWithin(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
}

func TestSpellingScore(t *testing.T) {
	zelenskyy := Node{Name: "Volodymyr Zelenskyy"}
	tests := []struct {
		name  string
		node  Node
		query []string
		want  float64
	}{
		{"as typed, as SearchScore", zelenskyy, []string{"zelenskyy"}, SearchScore(zelenskyy, []string{"zelenskyy"})},
		{"a prefix, as SearchScore", zelenskyy, []string{"zelensky"}, SearchScore(zelenskyy, []string{"zelensky"})},
		{"one edit: a quarter of a whole word", zelenskyy, []string{"zelenskiy"}, 0.5 / 2 / 1.1},
		{"two edits: an eighth", Node{Name: "Olena Zelenska"}, []string{"zelenskiy"}, 0.25 / 2 / 1.1},
		{"one word as typed, one misspelt", zelenskyy, []string{"volodymyr", "zelenskiy"}, (2 + 0.5) / 4},
		{"by an alias", Node{Name: "Joseph R. Biden", Aliases: []string{"Joe Biden"}}, []string{"bidden"}, 0.5 / 2 / 1.1},
		{"a short word must be as typed", Node{Name: "Xi Jinping"}, []string{"xo"}, 0},
		{"every word must match", zelenskyy, []string{"zelenskiy", "putin"}, 0},
	}
	for _, tt := range tests {
		if got := SpellingScore(tt.node, tt.query); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: SpellingScore(%q, %q) = %v, want %v", tt.name, tt.node.Name, tt.query, got, tt.want)
		}
	}
}
