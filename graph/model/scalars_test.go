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
