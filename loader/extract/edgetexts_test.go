package extract

import "testing"

// TestTextsEndingAtARulesWordDoNotPanic: a text cut right after the word a
// rule reads the next token of (a truncated feed item, a pasted fragment)
// is read without an index out of range. Each fails without its rule's
// bounds check (a mutation pass switched each off: health41).
func TestTextsEndingAtARulesWordDoNotPanic(t *testing.T) {
	for _, c := range []struct{ rule, text string }{
		{"laterToday: 'later this' at the end", "President Biden will meet Prime Minister Kishida of Japan later this"},
		{"toldAsLater: 'again' opens the text", "Again, President Biden will meet Prime Minister Kishida of Japan in Tokyo."},
		{"clericalStyleAt: a style at the end", "The President met Rabbi"},
		{"personNameWords: a styled name at the end", "The President met Dr. Randy Hamilton"},
		{"speakerAsObject: the verb at the end", "President Xi Jinping called"},
		{"gatheredByConvening: the verb at the end", "President Biden and Prime Minister Kishida convened"},
	} {
		t.Run(c.rule, func(t *testing.T) {
			if _, err := Extract(Article{Date: "2022-06-01", Source: "whitehouse.gov", Title: "Remarks", Text: c.text}); err != nil {
				t.Fatal(err)
			}
		})
	}
}
