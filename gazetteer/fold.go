package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinFold maps accented Latin letters to ASCII ("é" → "e", "Ø" → "O",
// "ß" → "ss"). The standard library has no Unicode normalisation, so the
// letters that occur in European, Turkish, pinyin and Vietnamese names are
// listed by hand, lower case; the upper-case forms are derived. It is the
// one such table: the extractor, the gazetteers and the scorer
// (package evaluate) all fold through Fold.
var latinFold = map[rune]string{}

func init() {
	groups := map[string]string{
		"a":  "àáâãäåāăąǎǻạảấầẩẫậắằẳẵặ",
		"ae": "æǽ",
		"c":  "çćĉċč",
		"d":  "ďđð",
		"e":  "èéêëēĕėęěẹẻẽếềểễệ",
		"g":  "ĝğġģǧ",
		"h":  "ĥħ",
		"i":  "ìíîïĩīĭįıǐỉị",
		"ij": "ĳ",
		"j":  "ĵ",
		"k":  "ķĸǩ",
		"l":  "ĺļľŀł",
		"n":  "ñńņňŉŋ",
		"o":  "òóôõöøōŏőǒǿơọỏốồổỗộớờởỡợ",
		"oe": "œ",
		"r":  "ŕŗř",
		"s":  "śŝşšſș",
		"ss": "ß",
		"t":  "ţťŧț",
		"th": "þ",
		"u":  "ùúûüũūŭůűųǔǖǘǚǜưụủứừửữự",
		"w":  "ŵ",
		"y":  "ýÿŷỳỵỷỹ",
		"z":  "źżž",
	}
	for plain, letters := range groups {
		for _, r := range letters {
			latinFold[r] = plain
			if u := unicode.ToUpper(r); u != r && u >= utf8.RuneSelf {
				latinFold[u] = strings.ToUpper(plain)
			}
		}
	}
}

// Fold replaces accented Latin letters by their ASCII base letters and
// typographic apostrophes and dashes by ASCII ones.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			b.WriteByte('\'')
		case r == '–' || r == '—' || r == '‐' || r == '‑':
			b.WriteByte('-')
		default:
			if f, ok := latinFold[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// NameKey normalises a person's name for lookup: folded, lower case, without
// middle initials, suffixes ("Jr.") or punctuation. "Joseph R. Biden, Jr."
// and "joseph biden" have the same key.
func NameKey(name string) string {
	name = Fold(name)
	words := strings.FieldsFunc(name, func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\n'
	})
	var kept []string
	for i, w := range words {
		w = strings.ToLower(strings.Trim(w, ".'\""))
		if w == "" || nameSuffixes[w] {
			continue
		}
		// a single letter or "J." is an initial unless it is the only word
		if len(w) == 1 && len(words) > 1 && i > 0 {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}
