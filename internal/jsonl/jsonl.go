// Package jsonl reads JSON Lines files line by line, for every reader of
// articles and gold answers, so that each handles long lines, a missing
// final newline and a byte-order mark alike.
package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"iter"
)

// Line is one non-blank line: its 1-based number and its bytes, trimmed of
// surrounding white space.
type Line struct {
	Number int
	Bytes  []byte
}

// Lines yields the non-blank lines of r. Lines have no length limit, so a
// 10 MB article is one line. A UTF-8 byte-order mark before the first line
// is dropped. A read error is yielded once, with the number of the line it
// cut (no part of which is yielded), and ends the sequence.
func Lines(r io.Reader) iter.Seq2[Line, error] {
	return func(yield func(Line, error) bool) {
		br := bufio.NewReaderSize(r, 1<<20)
		for n := 1; ; n++ {
			b, err := br.ReadBytes('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				// The line was cut: yield no part of it.
				yield(Line{Number: n}, err)
				return
			}
			if n == 1 {
				b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
			}
			if t := bytes.TrimSpace(b); len(t) > 0 {
				if !yield(Line{Number: n, Bytes: t}, nil) {
					return
				}
			}
			if err != nil { // io.EOF, after a last line without a newline
				return
			}
		}
	}
}
