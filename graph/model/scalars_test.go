package model

import (
	"bytes"
	"errors"
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
