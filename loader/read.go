// Package loader turns news articles into graph rows and writes them to a
// store: it reads articles from JSON Lines and plain-text files, runs the
// extraction pipeline (package loader/extract) on each, builds one
// schema.ArticleGraph per article, and writes them in batches, each batch in
// one transaction. A bad article is reported with its file, line and id, and
// the rest still load.
package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// InputError is a problem with one article of an input file. The loader
// reports it and carries on with the rest of the file.
type InputError struct {
	File      string
	Line      int    // 1-based line of the JSON record, or of the text file's title
	ArticleID string // "" when the record could not be read far enough to tell
	Err       error
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 { // 0: the file as a whole, such as one that cannot be opened
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.ArticleID != "" {
		fmt.Fprintf(&b, ": article %q", e.ArticleID)
	}
	// An OS error about this file names it again; say it once.
	var pathErr *fs.PathError
	if errors.As(e.Err, &pathErr) && pathErr.Path == e.File {
		fmt.Fprintf(&b, ": cannot %s: %v", pathErr.Op, pathErr.Err)
	} else {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// Record is one article read from a file, or the error that stopped it.
type Record struct {
	Article extract.Article
	File    string
	Line    int
	Err     *InputError
}

// ReadOptions say how to read plain-text files.
type ReadOptions struct {
	// Date is the publication date of text files that carry none in a
	// header or their file name (YYYY-MM-DD).
	Date string
}

// ReadFile streams the articles of one file: JSON Lines when the name ends
// in .jsonl or .json, a plain-text article otherwise. Articles are yielded
// one at a time and never all held in memory.
func ReadFile(path string, opts ReadOptions) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(Record{File: path, Err: &InputError{File: path, Err: err}})
			return
		}
		defer f.Close()
		switch strings.ToLower(filepath.Ext(path)) {
		case ".jsonl", ".json", ".ndjson":
			readJSONLines(path, f, yield)
		default:
			yield(readText(path, f, opts))
		}
	}
}

// ReadJSONLines streams the articles of JSON Lines read from r; name is the
// file name that errors report.
func ReadJSONLines(name string, r io.Reader) iter.Seq[Record] {
	return func(yield func(Record) bool) { readJSONLines(name, r, yield) }
}

func readJSONLines(path string, r io.Reader, yield func(Record) bool) {
	for l, err := range jsonl.Lines(r) {
		rec := Record{File: path, Line: l.Number}
		if err != nil {
			rec.Err = &InputError{File: path, Line: l.Number, Err: err}
			yield(rec)
			return
		}
		a, perr := parseJSONArticle(l.Bytes)
		rec.Article = a
		if perr != nil {
			rec.Err = &InputError{File: path, Line: l.Number, ArticleID: a.ID, Err: perr}
		}
		if !yield(rec) {
			return
		}
	}
}

func parseJSONArticle(b []byte) (extract.Article, error) {
	if !utf8.Valid(b) {
		// Decoding would silently turn bad bytes into U+FFFD; refuse instead.
		var probe struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(bytes.ToValidUTF8(b, nil), &probe)
		return extract.Article{ID: probe.ID}, errors.New("record is not valid UTF-8")
	}
	var a extract.Article
	if err := json.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("malformed JSON: %s", jsonProblem(err))
	}
	return a, CheckArticle(a)
}

// jsonProblem says what is wrong with a line that json.Unmarshal refused,
// in the terms of the input format rather than of Go's types: a line that
// is not an object ("json: cannot unmarshal array into Go value of type
// extract.Article" was the message) or a field that is not a string.
func jsonProblem(err error) string {
	var typeErr *json.UnmarshalTypeError
	if !errors.As(err, &typeErr) {
		return err.Error()
	}
	if typeErr.Field == "" {
		return "a line must be one JSON object ({\"id\", \"title\", \"date\", \"url\", \"source\", \"text\"}), not " + jsonValueKind(typeErr.Value)
	}
	return fmt.Sprintf("%q must be a string, not %s", typeErr.Field, jsonValueKind(typeErr.Value))
}

// jsonValueKind is the kind of JSON value encoding/json names ("array",
// "number", "bool", "object"), with its article.
func jsonValueKind(v string) string {
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "true or false"
	}
	return "a " + v
}

// CheckArticle reports what makes an article unloadable: no id, no text, or
// a publication date that is missing or not a real YYYY-MM-DD day.
func CheckArticle(a extract.Article) error {
	if strings.TrimSpace(a.ID) == "" {
		return errors.New("article has no id")
	}
	if strings.TrimSpace(a.Text) == "" {
		return errors.New("article has no text")
	}
	if a.Date == "" {
		return errors.New("article has no date (relative dates need one)")
	}
	if _, err := time.Parse(time.DateOnly, a.Date); err != nil {
		return fmt.Errorf("invalid date %q: want a real day as YYYY-MM-DD", a.Date)
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		return errors.New("text is not valid UTF-8")
	}
	return nil
}

var fileNameDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// readText reads a plain-text article: the title on the first line, then
// optional "Key: value" header lines (Date, ID, URL, Source) up to a blank
// line, then the text. The date comes from the header, else from a
// YYYY-MM-DD in the file name, else from opts.Date. The id is the header's,
// else the file name without its extension.
func readText(path string, r io.Reader, opts ReadOptions) Record {
	rec := Record{File: path, Line: 1}
	b, err := io.ReadAll(r)
	if err != nil {
		rec.Err = &InputError{File: path, Line: 1, Err: err}
		return rec
	}
	base := filepath.Base(path)
	a := extract.Article{ID: strings.TrimSuffix(base, filepath.Ext(base))}
	if !utf8.Valid(b) {
		rec.Article = a
		rec.Err = &InputError{File: path, Line: 1, ArticleID: a.ID, Err: errors.New("file is not valid UTF-8")}
		return rec
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	title, rest, _ := strings.Cut(s, "\n")
	a.Title = strings.TrimSpace(title)
	// Header lines, if any, directly follow the title.
	for {
		line, after, ok := strings.Cut(rest, "\n")
		key, val, isHeader := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !isHeader || !ok || !slices.Contains([]string{"date", "id", "url", "source"}, key) {
			break
		}
		val = strings.TrimSpace(val)
		switch key {
		case "date":
			a.Date = val
		case "id":
			a.ID = val
		case "url":
			a.URL = val
		case "source":
			a.Source = val
		}
		rest = after
	}
	a.Text = strings.TrimLeft(rest, "\n")
	if a.Date == "" {
		a.Date = fileNameDate.FindString(base)
	}
	if a.Date == "" {
		a.Date = opts.Date
	}
	rec.Article = a
	err = CheckArticle(a)
	if a.Date == "" && strings.TrimSpace(a.ID) != "" && strings.TrimSpace(a.Text) != "" {
		// A text file's date can come from three places; say them, as the
		// bare "no date" left a new user guessing.
		err = errors.New(`text file has no date: give it a "Date: YYYY-MM-DD" line after the title, a YYYY-MM-DD in its name, or --date`)
	}
	if err != nil {
		rec.Err = &InputError{File: path, Line: 1, ArticleID: a.ID, Err: err}
	}
	return rec
}
