package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinFold maps accented Latin letters to ASCII ("é" → "e", "ß" → "ss").
var latinFold = map[rune]string{}

func init() {
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "A": "ÀÁÂÃÄÅĀĂĄǍ", "c": "çćĉċč", "C": "ÇĆĈĊČ", "d": "ďđ", "D": "ĎĐ",
		"e": "èéêëēĕėęě", "E": "ÈÉÊËĒĔĖĘĚ", "g": "ĝğġģ", "G": "ĜĞĠĢ", "h": "ĥħ", "H": "ĤĦ",
		"i": "ìíîïĩīĭįı", "I": "ÌÍÎÏĨĪĬĮİ", "j": "ĵ", "J": "Ĵ", "k": "ķ", "K": "Ķ", "l": "ĺļľŀł",
		"L": "ĹĻĽĿŁ", "n": "ñńņňŉ", "N": "ÑŃŅŇ", "o": "òóôõöøōŏőǒ", "O": "ÒÓÔÕÖØŌŎŐǑ", "r": "ŕŗř",
		"R": "ŔŖŘ", "s": "śŝşšș", "S": "ŚŜŞŠȘ", "t": "ţťŧț", "T": "ŢŤŦȚ", "u": "ùúûüũūŭůűųǔ",
		"U": "ÙÚÛÜŨŪŬŮŰŲǓ", "w": "ŵ", "W": "Ŵ", "y": "ýÿŷ", "Y": "ÝŸŶ", "z": "źżž", "Z": "ŹŻŽ",
		"ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "th": "þ", "TH": "Þ", "dh": "ð",
	}
	for ascii, letters := range groups {
		for _, r := range letters {
			latinFold[r] = ascii
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

// Slug makes an id part: ASCII-folded, lower case, words joined by hyphens
// ("Great Hall of the People" → "great-hall-of-the-people").
func Slug(s string) string {
	s = Fold(s)
	var b strings.Builder
	pendingDash := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '.':
			// "People's" → "peoples", "U.S." → "us"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pendingDash && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pendingDash = true
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
