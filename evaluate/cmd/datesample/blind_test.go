package main

import (
	"bytes"
	"testing"
)

// The date hider rewrites whole lines, in whatever pieces they are written,
// and flush writes a last record that ended without a newline, hidden as the
// others (it was dropped before flush).
func TestDateHiderHidesALastLineWithoutNewline(t *testing.T) {
	var out bytes.Buffer
	w, flush := hidingDate(true, &out)
	for _, piece := range []string{`{"id":"a","date":"2022-01-0`, "2\"}\n{\"id\":\"b\",", `"date":"2022-01-03"}`} {
		if _, err := w.Write([]byte(piece)); err != nil {
			t.Fatal(err)
		}
	}
	if err := flush(); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{`"id":"a"`, `"id":"b"`} {
		if !bytes.Contains(out.Bytes(), []byte(want)) {
			t.Errorf("%s missing from %q", want, got)
		}
	}
	if n := bytes.Count(out.Bytes(), []byte(`"date":"`+hiddenDate+`"`)); n != 2 || bytes.Contains(out.Bytes(), []byte("2022")) {
		t.Errorf("want both dates hidden, got %q", got)
	}
	if !bytes.HasSuffix(out.Bytes(), []byte("}")) {
		t.Errorf("want the output to end as the last record did, with no newline: %q", got)
	}
}
