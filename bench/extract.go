package main

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"newsgraph/loader/extract"
)

// ExtractResult is the extraction section: words per second per core.
type ExtractResult struct {
	Articles int `json:"articles"`
	Words    int `json:"words"` // whitespace-separated words of the texts
	Bytes    int `json:"bytes"`
	Rounds   int `json:"rounds"` // passes over the corpus per measurement
	// One goroutine: words per second on one core.
	SingleSeconds     float64 `json:"singleSeconds"`
	WordsPerSecCore   float64 `json:"wordsPerSecondPerCore"`
	ArticlesPerSecond float64 `json:"articlesPerSecond"`
	// GOMAXPROCS goroutines: the machine's total, and that total per core.
	Workers             int     `json:"workers"`
	ParallelSeconds     float64 `json:"parallelSeconds"`
	WordsPerSecTotal    float64 `json:"wordsPerSecondTotal"`
	WordsPerSecPerCoreP float64 `json:"wordsPerSecondPerCoreParallel"`
	Errors              int     `json:"errors"`
}

func benchExtract(arts []extract.Article, rounds int) ExtractResult {
	r := ExtractResult{Articles: len(arts), Rounds: rounds}
	for _, a := range arts {
		r.Words += len(strings.Fields(a.Text))
		r.Bytes += len(a.Text)
	}
	if len(arts) == 0 {
		return r
	}
	_, _ = extract.Extract(arts[0]) // build the gazetteer indexes outside the timing
	var errs atomic.Int64
	start := time.Now()
	for range rounds {
		for _, a := range arts {
			if _, err := extract.Extract(a); err != nil {
				errs.Add(1)
			}
		}
	}
	d := time.Since(start).Seconds()
	r.SingleSeconds = d
	r.WordsPerSecCore = float64(r.Words*rounds) / d
	r.ArticlesPerSecond = float64(len(arts)*rounds) / d

	r.Workers = runtime.GOMAXPROCS(0)
	var next atomic.Int64
	var wg sync.WaitGroup
	start = time.Now()
	total := int64(len(arts) * rounds)
	for range r.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= total {
					return
				}
				if _, err := extract.Extract(arts[i%int64(len(arts))]); err != nil {
					errs.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	d = time.Since(start).Seconds()
	r.ParallelSeconds = d
	r.WordsPerSecTotal = float64(r.Words*rounds) / d
	r.WordsPerSecPerCoreP = r.WordsPerSecTotal / float64(r.Workers)
	r.Errors = int(errs.Load()) / 2
	return r
}
