package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/schema"
)

// Fold replaces accented Latin letters by their base letters
// (schema.FoldLetters) and typographic apostrophes and dashes by ASCII
// ones, and drops invisible format characters (a word joiner, a
// zero-width space), which a word keeps when they fall inside it.
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
	for _, r := range schema.FoldLetters(s) {
		switch {
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			b.WriteByte('\'')
		case r == '–' || r == '—' || r == '‐' || r == '‑':
			b.WriteByte('-')
		case Invisible(r):
			// "Biden-\u2060Harris" folds as "Biden-Harris"
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Invisible reports a format character of Unicode category Cf (a word
// joiner, a zero-width space, a soft hyphen, a direction mark): no text a
// reader sees. Fold drops them, and the name recogniser's tokens read
// through them (ner.JoinInvisible).
func Invisible(r rune) bool { return r >= 0xAD && unicode.Is(unicode.Cf, r) }

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// NameKey normalises a person's name for lookup: folded, lower case, without
// middle initials, suffixes ("Jr.") or punctuation. "Joseph R. Biden, Jr."
// and "joseph biden" have the same key. Initials written together are one
// word however they are spaced: "J. B. Pritzker" and "J.B. Pritzker" are
// "j.b pritzker" (schema.CloseInitials). The periods inside stay, so that
// "J.R." is no suffix and "B.A." no surname Ba.
func NameKey(name string) string {
	name = schema.CloseInitials(Fold(name))
	if key, ok := asciiNameKey(name); ok {
		return key
	}
	return nameKeyOfWords(name)
}

// isNameKeySpace separates the words of a name for NameKey.
func isNameKeySpace(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' }

// asciiNameKey is nameKeyOfWords for a name of ASCII bytes, most names,
// written into one string with no slice of words (ok is false for another
// name).
func asciiNameKey(name string) (key string, ok bool) {
	n := 0 // words
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return "", false
		}
		if !isNameKeySpace(rune(name[i])) && (i == 0 || isNameKeySpace(rune(name[i-1]))) {
			n++
		}
	}
	var b strings.Builder
	b.Grow(len(name))
	i := 0
	for k := 0; k < n; k++ {
		for isNameKeySpace(rune(name[i])) {
			i++
		}
		j := i
		for j < len(name) && !isNameKeySpace(rune(name[j])) {
			j++
		}
		w := strings.Trim(name[i:j], ".'\"")
		i = j
		if w == "" || len(w) == 1 && n > 1 && k > 0 || asciiSuffix(w) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for p := 0; p < len(w); p++ {
			c := w[p]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// asciiSuffix: the ASCII word w is a name suffix in any case ("Jr"),
// read with no allocation (nameSuffixes are at most 3 bytes).
func asciiSuffix(w string) bool {
	var lw [3]byte
	if len(w) > len(lw) {
		return false
	}
	for p := 0; p < len(w); p++ {
		c := w[p]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lw[p] = c
	}
	return nameSuffixes[string(lw[:len(w)])]
}

// nameKeyOfWords is NameKey of a folded name with its initials closed.
func nameKeyOfWords(name string) string {
	words := strings.FieldsFunc(name, isNameKeySpace)
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
