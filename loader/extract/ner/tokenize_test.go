package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNoMarkBelowFirstMark: isWordRune skips the marks' table below
// firstMark, so no rune below it may be a mark, and firstMark must be one.
func TestNoMarkBelowFirstMark(t *testing.T) {
	for r := rune(0); r < firstMark; r++ {
		if unicode.IsMark(r) {
			t.Fatalf("%U is a mark, below firstMark %U", r, firstMark)
		}
	}
	if !unicode.IsMark(firstMark) {
		t.Errorf("firstMark %U is no mark", firstMark)
	}
}

// TestInLowerIsTheLowerCaseLookup: inLower answers as a lookup of the
// lower-cased word, for ASCII words, longer ones and others.
func TestInLowerIsTheLowerCaseLookup(t *testing.T) {
	set := map[string]bool{"mr.": true, "chargé": true, "secretary": true, strings.Repeat("a", 40): true}
	for _, w := range []string{"Mr.", "MR.", "mr.", "Mr", "Chargé", "CHARGÉ", "Secretary", "SECRETARY", "Secretaries",
		strings.Repeat("A", 40), strings.Repeat("A", 32), "", "İ"} {
		if got, want := inLower(set, w), set[strings.ToLower(w)]; got != want {
			t.Errorf("%q: %v, want %v", w, got, want)
		}
	}
}

// wordEnd's ASCII fast path reads the same bytes as words that isWordRune
// does: the letters and digits, and no other ASCII byte.
func TestASCIIWordBytesAreLettersAndDigits(t *testing.T) {
	for c := range utf8.RuneSelf {
		want := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if asciiWordByte[c] != want || isWordRune(rune(c)) != want {
			t.Errorf("%q: asciiWordByte %v, isWordRune %v, want %v", rune(c), asciiWordByte[c], isWordRune(rune(c)), want)
		}
	}
}
