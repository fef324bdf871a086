// Package inline parses documents whose names are marked inline
// ({p:…}, {o:…}, {l:…}) into gum-open records, and renders records back into
// the markup, so that a conversion can be checked to lose nothing.
package inline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Record is a gum-open record (see /work/shared/eval/ner/README.md): offsets
// count code points. A mention's full span is its core: the markup holds
// cores only.
type Record struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Date     *string   `json:"date"`
	URL      string    `json:"url"`
	Source   string    `json:"source"`
	License  string    `json:"license"`
	Text     string    `json:"text"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one name, typed person, place or organization.
type Mention struct {
	Type      string `json:"type"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	NameText  string `json:"name_text"`
	NameStart int    `json:"name_start"`
	NameEnd   int    `json:"name_end"`
	Nested    bool   `json:"nested_in_other_name"`
}

const (
	source  = "newsgraph: news-style documents written for the project, with invented names (testdata/own-news.txt)"
	license = "the project's own text and annotation (the project's licence)"
)

var typeOfTag = map[string]string{"p": "person", "o": "organization", "l": "place"}

// Parse reads the documents of a source (see cmd/inline-names). It fails,
// naming the document and line, on an unknown tag, an unclosed or nested
// name, a name with space at its edges, stray braces, or a repeated id.
func Parse(src string) ([]Record, error) {
	var recs []Record
	seen := map[string]bool{}
	var id string
	var body []string
	flush := func() error {
		if id == "" {
			return nil
		}
		r, err := parseDoc(id, strings.Trim(strings.Join(body, "\n"), "\n"))
		if err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
		recs = append(recs, r)
		return nil
	}
	for n, line := range strings.Split(src, "\n") {
		if rest, ok := strings.CutPrefix(line, "=== "); ok {
			if err := flush(); err != nil {
				return nil, err
			}
			id, body = strings.TrimSpace(rest), nil
			if seen[id] || len(strings.Split(id, "_")) < 3 {
				return nil, fmt.Errorf("line %d: id %q repeated or not GENRE-prefixed (own_GENRE_NAME)", n+1, id)
			}
			seen[id] = true
			continue
		}
		if id == "" {
			if strings.TrimSpace(line) != "" {
				return nil, fmt.Errorf("line %d: text before the first \"=== ID\" line", n+1)
			}
			continue
		}
		body = append(body, strings.TrimRight(line, " \t"))
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return recs, nil
}

func parseDoc(id, marked string) (Record, error) {
	r := Record{ID: id, Source: source, License: license, Mentions: []Mention{}}
	var text strings.Builder
	runes := 0 // code points written to text
	for rest := marked; rest != ""; {
		i := strings.IndexAny(rest, "{}")
		if i < 0 {
			text.WriteString(rest)
			runes += utf8.RuneCountInString(rest)
			break
		}
		if rest[i] == '}' {
			return r, fmt.Errorf("stray '}' after %q", tail(text.String()))
		}
		text.WriteString(rest[:i])
		runes += utf8.RuneCountInString(rest[:i])
		rest = rest[i+1:]
		tag, name, ok := strings.Cut(rest, ":")
		typ := typeOfTag[tag]
		if !ok || typ == "" {
			return r, fmt.Errorf("unknown tag after %q", tail(text.String()))
		}
		j := strings.IndexAny(name, "{}\n")
		if j < 0 || name[j] != '}' {
			return r, fmt.Errorf("name not closed on its line after %q", tail(text.String()))
		}
		name, rest = name[:j], name[j+1:]
		if name == "" || strings.TrimSpace(name) != name {
			return r, fmt.Errorf("empty name or space at its edges: %q", name)
		}
		n := utf8.RuneCountInString(name)
		r.Mentions = append(r.Mentions, Mention{Type: typ, Text: name, Start: runes, End: runes + n,
			NameText: name, NameStart: runes, NameEnd: runes + n})
		text.WriteString(name)
		runes += n
	}
	r.Text = text.String()
	r.Title, _, _ = strings.Cut(r.Text, "\n")
	return r, nil
}

func tail(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}

// Render writes a record back in the markup (without its "=== ID" line):
// Render(Parse(x)) gives x's documents back.
func Render(r Record) (string, error) {
	tagOf := map[string]string{}
	for t, typ := range typeOfTag {
		tagOf[typ] = t
	}
	runes := []rune(r.Text)
	var b strings.Builder
	at := 0
	for _, m := range r.Mentions {
		if m.NameStart < at || m.NameEnd > len(runes) || m.NameStart >= m.NameEnd {
			return "", fmt.Errorf("document %s: mention [%d,%d) out of order or outside the text", r.ID, m.NameStart, m.NameEnd)
		}
		if got := string(runes[m.NameStart:m.NameEnd]); got != m.NameText {
			return "", fmt.Errorf("document %s: mention [%d,%d) is %q in the text, %q in the record", r.ID, m.NameStart, m.NameEnd, got, m.NameText)
		}
		b.WriteString(string(runes[at:m.NameStart]))
		fmt.Fprintf(&b, "{%s:%s}", tagOf[m.Type], m.NameText)
		at = m.NameEnd
	}
	b.WriteString(string(runes[at:]))
	return b.String(), nil
}

// Marshal writes records as JSON Lines, without HTML escaping.
func Marshal(recs []Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}
