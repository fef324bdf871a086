package loader

import (
	"errors"
	"io/fs"
	"path/filepath"
	"testing"
)

func TestMissingFileIsReportedWithItsPathAndTheOSError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.jsonl")
	var recs []Record
	for r := range ReadFile(path, ReadOptions{}) {
		recs = append(recs, r)
	}
	if len(recs) != 1 || recs[0].Err == nil {
		t.Fatalf("records = %+v, want one error", recs)
	}
	err := recs[0].Err
	if want := path + ": cannot open: no such file or directory"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not wrap fs.ErrNotExist", err)
	}
}

func TestInputErrorNamesFileLineAndArticle(t *testing.T) {
	tests := []struct {
		err  InputError
		want string
	}{
		{InputError{File: "a.jsonl", Line: 3, ArticleID: "x", Err: errors.New("article has no text")}, `a.jsonl:3: article "x": article has no text`},
		{InputError{File: "a.jsonl", Line: 6, Err: errors.New("malformed JSON")}, `a.jsonl:6: malformed JSON`},
		{InputError{File: "a.txt", Err: &fs.PathError{Op: "open", Path: "a.txt", Err: fs.ErrPermission}}, `a.txt: cannot open: permission denied`},
		{InputError{File: "a.txt", Line: 1, Err: &fs.PathError{Op: "read", Path: "other", Err: fs.ErrInvalid}}, `a.txt:1: read other: invalid argument`},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}
