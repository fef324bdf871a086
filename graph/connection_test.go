package graph

import (
	"strings"
	"testing"

	"newsgraph/schema"
)

func TestCursorsRoundTripAndRejectForeignInput(t *testing.T) {
	for _, i := range []int{0, 1, 19, 12345} {
		got, err := decodeCursor(encodeCursor(i, "list"), "list")
		if err != nil || got != i {
			t.Errorf("decodeCursor(encodeCursor(%d)) = %d, %v", i, got, err)
		}
	}
	// "offset:4" (a cursor of no list), "offset:-1:list", "offset:12a:list", "offset:99999999999999999999:list".
	for _, bad := range []string{"", "12", "!!", encodeCursor(-1, "list"), "b2Zmc2V0OjQ", "b2Zmc2V0Oi0xOmxpc3Q", "b2Zmc2V0OjEyYTpsaXN0",
		"b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5Omxpc3Q"} {
		if i, err := decodeCursor(bad, "list"); err == nil || !strings.Contains(err.Error(), "invalid cursor") {
			t.Errorf("decodeCursor(%q) = %d, %v; want an invalid cursor", bad, i, err)
		}
	}
}

// analyst45's 11: people(after:) with a cursor of meetings by SOURCES was
// read as a position in people.
func TestCursorsOfAnotherListAreRefused(t *testing.T) {
	for _, c := range []struct{ name, cursor string }{
		{"another list's offset", encodeCursor(4, "meetings")},
		{"a timeline's item", encodeTimelineCursor(schema.TimelineKey{Date: "2022", Kind: schema.TimelineMeeting, ID: "meeting:x"}, "people")},
	} {
		if i, err := decodeCursor(c.cursor, "people"); err == nil || !strings.Contains(err.Error(), "is of another list") {
			t.Errorf("%s: decodeCursor = %d, %v; want a cursor of another list", c.name, i, err)
		}
	}
	key := schema.TimelineKey{Date: "", Kind: schema.TimelineMention, ID: "article:a:b"}
	if got, err := decodeTimelineCursor(encodeTimelineCursor(key, "xi"), "xi"); err != nil || got != key {
		t.Errorf("a timeline cursor came back as %+v, %v; want %+v", got, err, key)
	}
	for _, c := range []struct{ name, cursor string }{
		{"another timeline's item", encodeTimelineCursor(key, "wang")},
		{"a connection's offset", encodeCursor(4, "xi")},
	} {
		if k, err := decodeTimelineCursor(c.cursor, "xi"); err == nil || !strings.Contains(err.Error(), "is of another list") {
			t.Errorf("%s: decodeTimelineCursor = %+v, %v; want a cursor of another list", c.name, k, err)
		}
	}
	if k, err := decodeTimelineCursor("dGltZWxpbmU6eGk6WyIiXQ", "xi"); err == nil || !strings.Contains(err.Error(), "invalid cursor") { // timeline:xi:[""]
		t.Errorf("a timeline cursor of one string: %+v, %v; want an invalid cursor", k, err)
	}
}

func TestPageArgsDefaultAndBounds(t *testing.T) {
	intp := func(i int) *int { return &i }
	after, other := encodeCursor(4, "list"), encodeCursor(4, "other")
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
		{"after a cursor of another list", intp(5), &other, 0, 0, true},
		{"the maximum", intp(MaxPageSize), nil, 0, MaxPageSize, false},
		{"above the maximum", intp(MaxPageSize + 1), nil, 0, 0, true},
		{"negative", intp(-1), nil, 0, 0, true},
	}
	for _, tt := range tests {
		offset, limit, err := pageArgs("list", tt.first, tt.after, 20)
		if (err != nil) != tt.wantErr || offset != tt.offset || limit != tt.limit {
			t.Errorf("%s: pageArgs = %d, %d, %v; want %d, %d, error %v", tt.name, offset, limit, err, tt.offset, tt.limit, tt.wantErr)
		}
	}
}
