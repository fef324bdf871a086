package loader

import (
	"errors"
	"strings"
	"testing"
)

func TestReadJSONLinesReportsEachBadRecordAndKeepsTheRest(t *testing.T) {
	type row struct {
		line    int
		id      string
		errPart string // "" for a good record
	}
	want := []row{
		{1, "good-1", ""},
		{2, "no-text", "no text"},
		{3, "bad-date", `invalid date "2022-02-30"`},
		{4, "missing-date", "no date"},
		{5, "not-utf8", "not valid UTF-8"},
		{6, "", "malformed JSON"},
		{8, "good-2", ""},
	}
	var got []row
	for rec := range ReadFile("testdata/mixed.jsonl", ReadOptions{}) {
		r := row{line: rec.Line, id: rec.Article.ID}
		if rec.Err != nil {
			r.errPart = rec.Err.Error()
			if !strings.HasPrefix(r.errPart, "testdata/mixed.jsonl:") {
				t.Errorf("error %q does not name the file first", r.errPart)
			}
			if rec.Err.Line != rec.Line {
				t.Errorf("error line %d, record line %d", rec.Err.Line, rec.Line)
			}
		}
		got = append(got, r)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d records %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.line != w.line || g.id != w.id || (w.errPart == "") != (g.errPart == "") || !strings.Contains(g.errPart, w.errPart) {
			t.Errorf("record %d = %+v, want line %d id %q error containing %q", i, g, w.line, w.id, w.errPart)
		}
	}
}

func TestReadTextFile(t *testing.T) {
	tests := []struct {
		name, path, flagDate     string
		wantID, wantDate, wantTo string
		wantErr                  string
	}{
		{"date and url from header", "testdata/header.txt", "", "header", "2022-03-22", "Secretary of State", ""},
		{"date from file name", "testdata/call-2022-03-22.txt", "", "call-2022-03-22", "2022-03-22", "Secretary of State", ""},
		{"header wins over flag", "testdata/header.txt", "2020-01-01", "header", "2022-03-22", "Secretary of State", ""},
		{"missing file", "testdata/none.txt", "", "", "", "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var recs []Record
			for rec := range ReadFile(tt.path, ReadOptions{Date: tt.flagDate}) {
				recs = append(recs, rec)
			}
			if len(recs) != 1 {
				t.Fatalf("got %d records, want 1", len(recs))
			}
			rec := recs[0]
			if tt.wantErr != "" {
				if rec.Err == nil || !strings.Contains(rec.Err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", rec.Err, tt.wantErr)
				}
				return
			}
			if rec.Err != nil {
				t.Fatal(rec.Err)
			}
			a := rec.Article
			if a.ID != tt.wantID || a.Date != tt.wantDate || !strings.HasPrefix(a.Text, tt.wantTo) || a.Title != "Secretary Blinken Meets Foreign Minister Le Drian" {
				t.Errorf("article = %+v", a)
			}
		})
	}
}

func TestReadTextFileWithoutAnyDateIsRejected(t *testing.T) {
	for rec := range ReadFile("testdata/call-2022-03-22.txt", ReadOptions{}) {
		if rec.Err != nil {
			t.Fatalf("file-name date ignored: %v", rec.Err)
		}
	}
	var ie *InputError
	rec := readText("nodate.txt", strings.NewReader("Title\n\nSome text."), ReadOptions{})
	if rec.Err == nil || !errors.As(error(rec.Err), &ie) || !strings.Contains(rec.Err.Error(), "no date") {
		t.Errorf("err = %v, want a missing-date error", rec.Err)
	}
}

// TestTextFileWithoutADateSaysWhereOneGoes: the three places a text file's
// date comes from are named, where "article has no date (relative dates
// need one)" left a new user guessing that --date existed.
func TestTextFileWithoutADateSaysWhereOneGoes(t *testing.T) {
	rec := readText("nodate.txt", strings.NewReader("Title\n\nSome text."), ReadOptions{})
	for _, want := range []string{`"Date: YYYY-MM-DD"`, "its name", "--date"} {
		if rec.Err == nil || !strings.Contains(rec.Err.Error(), want) {
			t.Errorf("err = %v, want it to name %s", rec.Err, want)
		}
	}
}

// TestMalformedJSONSaysWhatTheLineShouldBe: a line that is JSON but not an
// article object, or whose field is not a string, is rejected with what the
// input format wants, not with Go's type names ("cannot unmarshal array
// into Go value of type extract.Article").
func TestMalformedJSONSaysWhatTheLineShouldBe(t *testing.T) {
	for line, want := range map[string]string{
		`[1, 2]`: `malformed JSON: a line must be one JSON object ({"id", "title", "date", "url", "source", "text"}), not an array`,
		`"text"`: `malformed JSON: a line must be one JSON object ({"id", "title", "date", "url", "source", "text"}), not a string`,
		`{"id": "a", "date": 20220101, "text": "x"}`:      `malformed JSON: "date" must be a string, not a number`,
		`{"id": true, "date": "2022-01-01", "text": "x"}`: `malformed JSON: "id" must be a string, not true or false`,
		`{"id": "a", "text": ["x"]}`:                      `malformed JSON: "text" must be a string, not an array`,
		`{"id": "a", "text": "x"`:                         `malformed JSON: unexpected end of JSON input`,
	} {
		_, err := parseJSONArticle([]byte(line))
		if err == nil || err.Error() != want || strings.Contains(err.Error(), "Go ") {
			t.Errorf("%s: %v, want %s", line, err, want)
		}
	}
}
