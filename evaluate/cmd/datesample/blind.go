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

// hidingDate is w, or with hide a writer that hides each record's date.
func hidingDate(hide bool, w io.Writer) io.Writer {
	if !hide {
		return w
	}
	return &dateHider{w: w}
}

func (h *dateHider) Write(p []byte) (int, error) {
	h.buf.Write(p)
	for {
		line, err := h.buf.ReadBytes('\n')
		if err != nil { // an unfinished line: keep it for the next write
			h.buf.Write(line)
			return len(p), nil
		}
		var r Record
		if err := json.Unmarshal(line, &r); err != nil {
			return 0, err
		}
		r.Date = hiddenDate
		out, err := json.Marshal(r)
		if err != nil {
			return 0, err
		}
		if _, err := h.w.Write(append(out, '\n')); err != nil {
			return 0, err
		}
	}
}
