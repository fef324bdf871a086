// Package sampling holds what the corpus samplers (datesample, plansample,
// heldsample) share: reading the articles with newsgraph extract's output on
// them, with no closed article among them, an evidence's paragraph, the
// officials of a result and the one-per-article draw.
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

// Official is a person the output gives a country, with the sentences that
// name them (sentence start -> sentence end).
type Official struct {
	Name, Country string
	At            map[int]int
}

// Officials are the people of r with a country, in the order of r.Entities.
func Officials(r extract.Result) []Official {
	country := map[string]string{}
	for _, p := range r.People {
		if p.Country != "" {
			country[p.ID] = p.Country
		}
	}
	var offs []Official
	for _, e := range r.Entities {
		c, ok := country[e.ID]
		if e.Type != "Person" || !ok {
			continue
		}
		o := Official{Name: e.Name, Country: c, At: map[int]int{}}
		for _, m := range e.Mentions {
			o.At[m.SentenceStart] = m.SentenceEnd
		}
		offs = append(offs, o)
	}
	return offs
}

// Describe is a meeting as a reader checks it: "status kind date: A + B".
func Describe(m extract.Meeting) string {
	date := m.Date
	if date == "" {
		date = "null"
	}
	return fmt.Sprintf("%s %s %s: %s", m.Status, m.Kind, date, strings.Join(m.Participants, " + "))
}

// OnePerArticle are the indexes of up to n items of perm's order, at most one
// per article (id(i) is item i's article).
func OnePerArticle(perm []int, n int, id func(int) string) []int {
	seen := map[string]bool{}
	var out []int
	for _, j := range perm {
		if len(out) == n {
			break
		}
		if seen[id(j)] {
			continue
		}
		seen[id(j)] = true
		out = append(out, j)
	}
	return out
}

// Articles counts the distinct articles of n items (id(i) is item i's).
func Articles(n int, id func(int) string) int {
	ids := map[string]bool{}
	for i := range n {
		ids[id(i)] = true
	}
	return len(ids)
}
