package main

import (
	"bytes"
	"fmt"
	"iter"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"newsgraph/loader"
	"newsgraph/loader/extract"
	"newsgraph/samples"
)

// corpus is the set of input files the benchmark reads, and how many times
// it replays them.
type corpus struct {
	files []string // JSON Lines or text files; empty means the bundled samples
}

// defaultCorpusGlob is where the project's shared corpus sits next to the
// repository. The benchmark never needs it: without it, the bundled samples
// are used.
const defaultCorpusGlob = "../shared/corpus/*.jsonl"

func resolveCorpus(spec string) (corpus, error) {
	if spec == "samples" {
		return corpus{}, nil
	}
	if spec == "" {
		m, _ := filepath.Glob(defaultCorpusGlob)
		if len(m) == 0 {
			// Run from bench/, as go test does.
			m, _ = filepath.Glob(filepath.Join("..", defaultCorpusGlob))
		}
		return corpus{files: m}, nil
	}
	var files []string
	for _, pat := range strings.Split(spec, ",") {
		m, err := filepath.Glob(strings.TrimSpace(pat))
		if err != nil {
			return corpus{}, err
		}
		if len(m) == 0 {
			return corpus{}, fmt.Errorf("corpus: %q matches no file", pat)
		}
		files = append(files, m...)
	}
	return corpus{files: files}, nil
}

func (c corpus) String() string {
	if len(c.files) == 0 {
		return samples.FileName + " (bundled)"
	}
	return strings.Join(c.files, ", ")
}

// base streams the real articles once.
func (c corpus) base() iter.Seq[loader.Record] {
	return func(yield func(loader.Record) bool) {
		if len(c.files) == 0 {
			for rec := range loader.ReadJSONLines(samples.FileName, bytes.NewReader(samples.ArticlesJSONL)) {
				if !yield(rec) {
					return
				}
			}
			return
		}
		for _, f := range c.files {
			for rec := range loader.ReadFile(f, loader.ReadOptions{}) {
				if !yield(rec) {
					return
				}
			}
		}
	}
}

// records streams the corpus scale times. Replay 0 is the real articles.
// Replay k > 0 is every real article again with a fresh id ("<id>~rk"), its
// publication date shifted forward by k years, and every year in its title
// and text (1950 to 2099) shifted by the same k years, so that each replay
// reports new meetings (a meeting's id is its date and participants) among
// the same people, countries and places: the archive grows the way a
// newsroom's does, in articles, meetings and evidence, not in the number of
// heads of state. Years keep four digits, so byte offsets are unchanged.
// Replays are made on the fly, never held in memory.
func (c corpus) records(scale int) iter.Seq[loader.Record] {
	return func(yield func(loader.Record) bool) {
		for k := range scale {
			for rec := range c.base() {
				if k > 0 && rec.Err == nil {
					rec.Article = replay(rec.Article, k)
					rec.File = fmt.Sprintf("%s#replay%d", rec.File, k)
				}
				if !yield(rec) {
					return
				}
			}
		}
	}
}

var yearRe = regexp.MustCompile(`\b(19[5-9][0-9]|20[0-9][0-9])\b`)

func shiftYears(s string, k int) string {
	return yearRe.ReplaceAllStringFunc(s, func(y string) string {
		n, _ := strconv.Atoi(y)
		return strconv.Itoa(n + k)
	})
}

func replay(a extract.Article, k int) extract.Article {
	a.ID = fmt.Sprintf("%s~r%d", a.ID, k)
	if d, err := time.Parse(time.DateOnly, a.Date); err == nil {
		a.Date = d.AddDate(k, 0, 0).Format(time.DateOnly)
	}
	a.Title = shiftYears(a.Title, k)
	a.Text = shiftYears(a.Text, k)
	if a.URL != "" {
		a.URL += "#replay" + strconv.Itoa(k)
	}
	return a
}

// articles reads the real articles once into memory, skipping unreadable
// ones (the extraction benchmark needs them in memory to time only
// extraction).
func (c corpus) articles() []extract.Article {
	var out []extract.Article
	for rec := range c.base() {
		if rec.Err == nil {
			out = append(out, rec.Article)
		}
	}
	return out
}
