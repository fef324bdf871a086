package ner

import (
	"testing"
	"unicode"
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
