package jsonl

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLinesNumbersNonBlankLinesAndDropsTheBOM(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Line
	}{
		{"plain", "{\"a\":1}\n{\"b\":2}\n", []Line{{1, []byte(`{"a":1}`)}, {2, []byte(`{"b":2}`)}}},
		{"no final newline", "{\"a\":1}\n{\"b\":2}", []Line{{1, []byte(`{"a":1}`)}, {2, []byte(`{"b":2}`)}}},
		{"blank lines keep the numbering", "\n  \n{\"a\":1}\r\n\n", []Line{{3, []byte(`{"a":1}`)}}},
		{"byte-order mark", "\xef\xbb\xbf{\"a\":1}\n", []Line{{1, []byte(`{"a":1}`)}}},
		{"a long line is one line", strings.Repeat("x", 1<<20+7), []Line{{1, []byte(strings.Repeat("x", 1<<20+7))}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Line
			for l, err := range Lines(strings.NewReader(tt.in)) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, l)
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(bytes.Equal)); diff != "" {
				t.Errorf("Lines (-want +got):\n%s", diff)
			}
		})
	}
}

type failAfter struct {
	data string
	err  error
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestLinesYieldsAReadErrorWithTheLineItCut(t *testing.T) {
	boom := errors.New("disk gone")
	var lines []int
	var gotErr error
	var errLine int
	for l, err := range Lines(&failAfter{data: "{\"a\":1}\n{\"b\"", err: boom}) {
		if err != nil {
			gotErr, errLine = err, l.Number
			continue
		}
		lines = append(lines, l.Number)
	}
	if !errors.Is(gotErr, boom) || errLine != 2 {
		t.Errorf("error = %v on line %d, want %v on line 2", gotErr, errLine, boom)
	}
	if diff := cmp.Diff([]int{1}, lines); diff != "" {
		t.Errorf("lines before the error, and no part of the cut one (-want +got):\n%s", diff)
	}
}
