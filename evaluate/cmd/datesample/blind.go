package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

// sampleIDs are the article ids of the comma-separated sample files (JSON
// Lines, each with an "id"), so that a new draw leaves out the articles an
// earlier sample read.
func sampleIDs(files string) (map[string]bool, error) {
	ids := map[string]bool{}
	for _, f := range strings.Split(files, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		recs, err := jsonl.ReadFile[struct{ ID string }](f)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			ids[r.ID] = true
		}
	}
	return ids, nil
}

// leaveOut drops the articles in ids, with their results.
func leaveOut(arts []extract.Article, res []extract.Result, ids map[string]bool) ([]extract.Article, []extract.Result) {
	var a2 []extract.Article
	var r2 []extract.Result
	for i, a := range arts {
		if !ids[a.ID] {
			a2 = append(a2, a)
			r2 = append(r2, res[i])
		}
	}
	return a2, r2
}

// hiddenDate stands for the extractor's date in a record printed for a
// reader who writes the right date before seeing the extractor's.
const hiddenDate = "hidden"

// dateHider rewrites each JSON line written to it with its "date" hidden.
type dateHider struct {
	w   io.Writer
	buf bytes.Buffer
}

// hidingDate is w, or with hide a writer that hides each record's date;
// flush writes the last record where it ended without a newline (the hider
// rewrites whole lines only, so it is kept until then).
func hidingDate(hide bool, w io.Writer) (out io.Writer, flush func() error) {
	if !hide {
		return w, func() error { return nil }
	}
	h := &dateHider{w: w}
	return h, h.flush
}

func (h *dateHider) Write(p []byte) (int, error) {
	h.buf.Write(p)
	for {
		line, err := h.buf.ReadBytes('\n')
		if err != nil { // an unfinished line: keep it for the next write
			h.buf.Write(line)
			return len(p), nil
		}
		if err := h.hide(line, "\n"); err != nil {
			return 0, err
		}
	}
}

// flush writes the unfinished last line, hidden, as it ended.
func (h *dateHider) flush() error {
	line := h.buf.Bytes()
	h.buf.Reset()
	if len(bytes.TrimSpace(line)) == 0 {
		_, err := h.w.Write(line)
		return err
	}
	return h.hide(line, "")
}

// hide writes one JSON record with its date hidden, then end.
func (h *dateHider) hide(line []byte, end string) error {
	var r Record
	if err := json.Unmarshal(line, &r); err != nil {
		return err
	}
	r.Date = hiddenDate
	out, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = h.w.Write(append(out, end...))
	return err
}
