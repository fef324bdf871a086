package graph

import "testing"

func TestCursorsRoundTripAndRejectForeignInput(t *testing.T) {
	for _, i := range []int{0, 1, 19, 12345} {
		got, err := decodeCursor(encodeCursor(i))
		if err != nil || got != i {
			t.Errorf("decodeCursor(encodeCursor(%d)) = %d, %v", i, got, err)
		}
	}
	for _, bad := range []string{"", "12", "!!", encodeCursor(-1), "b2Zmc2V0Oi0x", "b2Zmc2V0OjEyYQ", "b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5"} {
		if i, err := decodeCursor(bad); err == nil {
			t.Errorf("decodeCursor(%q) = %d, want an error", bad, i)
		}
	}
}

func TestPageArgsDefaultAndBounds(t *testing.T) {
	intp := func(i int) *int { return &i }
	after := encodeCursor(4)
	tests := []struct {
		name          string
		first         *int
		after         *string
		offset, limit int
		wantErr       bool
	}{
		{"defaults", nil, nil, 0, 20, false},
		{"first", intp(5), nil, 0, 5, false},
		{"zero rows", intp(0), nil, 0, 0, false},
		{"after a cursor", intp(5), &after, 5, 5, false},
		{"the maximum", intp(MaxPageSize), nil, 0, MaxPageSize, false},
		{"above the maximum", intp(MaxPageSize + 1), nil, 0, 0, true},
		{"negative", intp(-1), nil, 0, 0, true},
	}
	for _, tt := range tests {
		offset, limit, err := pageArgs(tt.first, tt.after, 20)
		if (err != nil) != tt.wantErr || offset != tt.offset || limit != tt.limit {
			t.Errorf("%s: pageArgs = %d, %d, %v; want %d, %d, error %v", tt.name, offset, limit, err, tt.offset, tt.limit, tt.wantErr)
		}
	}
}
