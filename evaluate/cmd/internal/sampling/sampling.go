// Package sampling holds what the corpus samplers (datesample, plansample)
// share: reading the articles with newsgraph extract's output on them, with
// no closed article among them, and an evidence's paragraph.
package sampling

import (
	"fmt"
	"strings"

	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// Read reads the articles given to newsgraph extract and its output on them,
// line by line in the same order, and refuses a closed article (a test or
// unseen one, evaluate.ClosedIDs).
func Read(articlesPath, extractedPath string, closed map[string]bool) ([]extract.Article, []extract.Result, error) {
	arts, err := jsonl.ReadFile[extract.Article](articlesPath)
	if err != nil {
		return nil, nil, err
	}
	res, err := jsonl.ReadFile[extract.Result](extractedPath)
	if err != nil {
		return nil, nil, err
	}
	if len(arts) != len(res) {
		return nil, nil, fmt.Errorf("%d articles but %d results", len(arts), len(res))
	}
	for i, a := range arts {
		if res[i].ID != a.ID {
			return nil, nil, fmt.Errorf("result %d is %s, article %s", i, res[i].ID, a.ID)
		}
		if closed[a.ID] {
			return nil, nil, fmt.Errorf("%s is a test or unseen article", a.ID)
		}
	}
	return arts, res, nil
}

// ParagraphBounds are the line breaks around text[start:end].
func ParagraphBounds(text string, start, end int) (int, int) {
	lo := strings.LastIndexByte(text[:start], '\n') + 1
	hi := strings.IndexByte(text[end:], '\n')
	if hi < 0 {
		return lo, len(text)
	}
	return lo, end + hi
}

// Paragraph is the text between the line breaks around text[start:end],
// or "" where the range is empty or out of the text.
func Paragraph(text string, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	lo, hi := ParagraphBounds(text, start, end)
	return strings.TrimSpace(text[lo:hi])
}
