package loader

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ProgressInterval is how often a long load reports its progress on a
// log (as opposed to a terminal, where a bar is redrawn every second).
const ProgressInterval = 10 * time.Second

// Progress counts what a load has done, for a progress report that runs
// beside it (Report). Its zero value counts; Total, when known, gives the
// report a percentage and an ETA.
type Progress struct {
	Total int64 // articles the load will read, 0 when unknown

	loaded, skipped, rejected atomic.Int64
	start                     time.Time
}

// add counts articles as they are loaded, skipped and rejected.
func (p *Progress) add(loaded, skipped, rejected int) {
	if p == nil {
		return
	}
	p.loaded.Add(int64(loaded))
	p.skipped.Add(int64(skipped))
	p.rejected.Add(int64(rejected))
}

// Report writes the progress to w until the returned stop is called:
// a line every interval, or, when bar is true (w is a terminal), a bar
// redrawn every second. stop writes the last state and ends the line.
func (p *Progress) Report(w io.Writer, interval time.Duration, bar bool) (stop func()) {
	p.start = time.Now()
	tick := interval
	if bar {
		tick = time.Second
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-done:
				if bar {
					fmt.Fprintf(w, "\r%s\n", p.bar(time.Now()))
				}
				return
			case now := <-t.C:
				if bar {
					fmt.Fprintf(w, "\r%s", p.bar(now))
				} else {
					fmt.Fprintln(w, p.Line(now))
				}
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); wg.Wait() }) }
}

// Line is the progress as one log line: articles done, the rate, the ETA
// and the counts so far.
func (p *Progress) Line(now time.Time) string {
	done, rate, eta := p.state(now)
	var b strings.Builder
	fmt.Fprintf(&b, "load: %d", done)
	if p.Total > 0 {
		fmt.Fprintf(&b, " of %d articles (%d%%)", p.Total, 100*done/p.Total)
	} else {
		b.WriteString(" articles")
	}
	fmt.Fprintf(&b, ", %.1f articles/s", rate)
	if eta >= 0 {
		fmt.Fprintf(&b, ", ETA %s", eta)
	}
	fmt.Fprintf(&b, "; loaded %d, skipped %d, rejected %d", p.loaded.Load(), p.skipped.Load(), p.rejected.Load())
	return b.String()
}

// bar is the progress as a terminal bar.
func (p *Progress) bar(now time.Time) string {
	done, rate, eta := p.state(now)
	const width = 30
	filled := 0
	if p.Total > 0 {
		filled = int(min(width, width*done/p.Total))
	}
	s := fmt.Sprintf("[%s%s] %d", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done)
	if p.Total > 0 {
		s += fmt.Sprintf("/%d", p.Total)
	}
	s += fmt.Sprintf(" %.0f/s", rate)
	if eta >= 0 {
		s += " ETA " + eta.String()
	}
	return s + "   "
}

// state is the articles done, the rate per second, and the time left (-1
// when unknown).
func (p *Progress) state(now time.Time) (done int64, rate float64, eta time.Duration) {
	done = p.loaded.Load() + p.skipped.Load() + p.rejected.Load()
	elapsed := now.Sub(p.start).Seconds()
	if elapsed > 0 {
		rate = float64(done) / elapsed
	}
	eta = -1
	if p.Total > 0 && rate > 0 {
		eta = time.Duration(float64(max(p.Total-done, 0)) / rate * float64(time.Second)).Round(time.Second)
	}
	return done, rate, eta
}

// CountArticles counts the articles that files hold, for Progress.Total:
// the non-blank lines of JSON Lines files, one per text file. A file it
// cannot read counts as one article (the load will reject it).
func CountArticles(paths ...string) int64 {
	var n int64
	for _, path := range paths {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".jsonl", ".json", ".ndjson":
			n += countLines(path)
		default:
			n++
		}
	}
	return n
}

func countLines(path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	var n int64
	blank := true
	buf := make([]byte, 1<<20)
	for {
		k, err := f.Read(buf)
		for _, c := range buf[:k] {
			switch c {
			case '\n':
				if !blank {
					n++
				}
				blank = true
			case ' ', '\t', '\r':
			default:
				blank = false
			}
		}
		if err != nil {
			if !blank {
				n++
			}
			return n
		}
	}
}
