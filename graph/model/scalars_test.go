package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"newsgraph/graph/apierr"
)

func TestParseDateAcceptsThreePrecisions(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2023", true}, {"2023-06", true}, {"2023-06-19", true}, {"2024-02-29", true},
		{"", false}, {"23", false}, {"2023-6", false}, {"2023-13", false}, {"2023-02-29", false},
		{"2023-06-19T00:00:00Z", false}, {"2023/06/19", false}, {"last week", false}, {"+2023", false},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok %v", tt.in, err, tt.ok)
		}
		var apiErr *apierr.Error
		if err != nil && (!errors.As(err, &apiErr) || apiErr.Code != apierr.InvalidArgument) {
			t.Errorf("ParseDate(%q) error %v is not INVALID_ARGUMENT", tt.in, err)
		}
	}
}

func TestEnumsAreLowerCaseInTheStoreAndUpperCaseInGraphQL(t *testing.T) {
	var k MeetingKind
	if err := k.UnmarshalGQL("SUMMIT"); err != nil || k != MeetingKindSummit {
		t.Errorf("UnmarshalGQL(SUMMIT) = %q, %v", k, err)
	}
	for _, bad := range []any{"summit", "PARTY", 3} {
		if err := k.UnmarshalGQL(bad); err == nil {
			t.Errorf("UnmarshalGQL(%v) accepted", bad)
		}
	}
	var buf bytes.Buffer
	MeetingStatusPlanned.MarshalGQL(&buf)
	if buf.String() != `"PLANNED"` {
		t.Errorf("MarshalGQL(planned) = %s", buf.String())
	}
	var s MeetingStatus
	if err := s.UnmarshalGQL("HELD"); err != nil || s != MeetingStatusHeld {
		t.Errorf("UnmarshalGQL(HELD) = %q, %v", s, err)
	}
}

// The JSON scalar is written as compact JSON: no newline after it (the
// response's data is written as the executor wrote it), and the object
// reads back as it was.
func TestJSONObjectIsWrittenCompactly(t *testing.T) {
	tests := []struct {
		name string
		in   map[string]any
		want string
	}{
		{"flat", map[string]any{"n": 42}, `{"n":42}`},
		{"nested", map[string]any{"evidence": []any{map[string]any{"article": "a1", "sentence": "They met."}}}, `{"evidence":[{"article":"a1","sentence":"They met."}]}`},
		{"empty", map[string]any{}, `{}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			MarshalJSONObject(tt.in).MarshalGQL(&b)
			if b.String() != tt.want {
				t.Errorf("MarshalJSONObject(%v) wrote %q, want %q", tt.in, b.String(), tt.want)
			}
			back, err := UnmarshalJSONObject(tt.in)
			if err != nil || len(back) != len(tt.in) {
				t.Errorf("UnmarshalJSONObject(%v) = %v, %v", tt.in, back, err)
			}
		})
	}
}

// TestParseDateSaysWhatIsWrong: a date of the right shape that the calendar
// lacks is refused as such, not with the shape the client already gave,
// and a value that is not a string is named by its JSON kind.
func TestParseDateSaysWhatIsWrong(t *testing.T) {
	for in, want := range map[string]string{
		"2023-02-29": `invalid Date "2023-02-29": the calendar has no such month or day`,
		"2023-13":    `invalid Date "2023-13": the calendar has no such month or day`,
		"2023-6":     `invalid Date "2023-6": want YYYY, YYYY-MM or YYYY-MM-DD`,
		"2023/06/19": `invalid Date "2023/06/19": want YYYY, YYYY-MM or YYYY-MM-DD`,
		"20230619xx": `invalid Date "20230619xx": want YYYY, YYYY-MM or YYYY-MM-DD`,
		"last":       `invalid Date "last": want YYYY, YYYY-MM or YYYY-MM-DD`,
	} {
		if _, err := ParseDate(in); err == nil || err.Error() != want {
			t.Errorf("ParseDate(%q) = %v, want %s", in, err, want)
		}
	}
	var d Date
	for _, v := range []any{json.Number("2023"), 2023, true, []any{"2023"}} {
		err := d.UnmarshalGQL(v)
		if err == nil || strings.Contains(err.Error(), "json.") || !strings.Contains(err.Error(), "got a") {
			t.Errorf("UnmarshalGQL(%#v) = %v, want it to name the kind of value", v, err)
		}
	}
}

// A property map is written byte for byte as json.Marshal writes it: keys
// in order, strings with its escapes (quotes, control characters, HTML's
// <, > and &, U+2028, invalid UTF-8), nil lists and maps as null; values of
// other types are left to json.Marshal itself.
func TestJSONObjectIsWhatJSONMarshalWrites(t *testing.T) {
	objects := []map[string]any{
		{"name": "Xi Jinping", "aliases": []string{"Xi", "President Xi"}, "date": "2023-06-19", "kind": "meeting"},
		{"evidence": []any{map[string]any{"article": "a-1", "sentence": `He said "yes" <then> & left.`}, map[string]any{"sentence": "Tab\there\nnewline", "article": "b"}}, "role": "President"},
		{"z": "last", "a": "first", "M": "upper", "é": "accent", "": "empty key"},
		{"unicode": "Wang Yi 王毅 – Blinken", "line": "a\u2028b\u2029c", "bad": "\xff\xfe", "control": "\x01\x1f\x7f"},
		{"nilList": []string(nil), "nilAny": []any(nil), "nilMap": map[string]any(nil), "empty": []string{}, "emptyAny": []any{}, "emptyMap": map[string]any{}},
		{"nested": map[string]any{"b": []any{"x", []string{"y", "<z>"}}, "a": map[string]any{"k": "v"}}},
		{"key <&>": "v", "quote\"key": "w"},
		{"number": 3, "bool": true, "null": nil, "float": 1.5},
		{"list": []any{"a", 2, false}},
		{"evidence": []EvidenceRef{{Article: "a-1", Sentence: `He said "yes" <then> & left.`}, {Article: "b\u2028", Sentence: "\xff"}}},
		{"evidence": []EvidenceRef{}, "nilEvidence": []EvidenceRef(nil)},
		{"k1": "1", "k2": "2", "k3": "3", "k4": "4", "k5": "5", "k6": "6", "k7": "7", "k8": "8", "k9": "9", "k0": "0"},
		{},
	}
	for _, o := range objects {
		want, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		MarshalJSONObject(o).MarshalGQL(&got)
		if got.String() != string(want) {
			t.Errorf("MarshalJSONObject(%#v) =\n%s\nwant\n%s", o, got.String(), want)
		}
	}
}

// Every byte alone, and after and before text, with truncated and
// overlong UTF-8 among them, is escaped as json.Marshal escapes it.
func TestJSONStringIsWhatJSONMarshalWrites(t *testing.T) {
	var texts []string
	for c := range 256 {
		texts = append(texts, string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"b")
	}
	texts = append(texts, "\b\f\r\n\t", "\xe2\x80", "\xe2\x80\xa8x", "\xc0\xaf", "\xed\xa0\x80", "日本\xf0\x9f\x98\x80", "\u2029", "")
	for _, s := range texts {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := AppendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("AppendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

// FuzzJSONStringIsWhatJSONMarshalWrites checks the hand-written string
// escaper against json.Marshal on any input: the API writes evidence
// sentences with it, and one byte escaped otherwise would break a client's
// parser or differ from the store's own JSON. The table test above runs every
// byte; `go test -fuzz FuzzJSONStringIsWhatJSONMarshalWrites ./graph/model/`
// searches further.
func FuzzJSONStringIsWhatJSONMarshalWrites(f *testing.F) {
	for _, s := range []string{"", "plain", "quote \" and \\ back", "<&>", "\u2028\u2029", "\xff\xfe", "日本\xf0\x9f\x98\x80", "\x00\x1f\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := AppendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("AppendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
