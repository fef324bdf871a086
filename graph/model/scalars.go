package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"newsgraph/graph/apierr"
	"newsgraph/schema"
)

// Date is an ISO date at the precision the news gave it: "2023",
// "2023-06" or "2023-06-19", as the store keeps it. Input is validated;
// output is written as stored.
type Date string

// ParseDate validates an ISO date of year, month or day precision.
func ParseDate(s string) (Date, error) {
	layout := ""
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	}
	// time.Parse checks the calendar too: "2023-02-30" is refused.
	if layout == "" {
		return "", apierr.Invalid("invalid Date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if _, err := time.Parse(layout, s); err != nil {
		if dateShaped(s) {
			// The right shape, so the calendar refused it: say so, rather
			// than ask for the shape the client gave.
			return "", apierr.Invalid("invalid Date %q: the calendar has no such month or day", s)
		}
		return "", apierr.Invalid("invalid Date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return Date(s), nil
}

// dateShaped reports whether s has the digits and dashes of YYYY, YYYY-MM
// or YYYY-MM-DD (its length is one of theirs).
func dateShaped(s string) bool {
	for i, c := range []byte(s) {
		if (i == 4 || i == 7) != (c == '-') || c != '-' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// DatePtr returns the date s as a *Date, nil when s is empty.
func DatePtr(s string) *Date {
	if s == "" {
		return nil
	}
	d := Date(s)
	return &d
}

// UnmarshalGQL implements graphql.Unmarshaler.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apierr.Invalid("invalid Date: want a string such as \"2023-06\", got %s", jsonKind(v))
	}
	parsed, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// MarshalGQL implements graphql.Marshaler.
func (d Date) MarshalGQL(w io.Writer) {
	io.WriteString(w, strconv.Quote(string(d)))
}

// DateTime is an instant in RFC 3339, as the store keeps an article's
// ingestedAt: UTC to the millisecond ("2026-12-07T17:30:00.123Z"). Input
// of any offset and precision is read and written that way
// (schema.FormatIngestedAt); output is written as stored.
type DateTime string

// DateTimePtr returns the stamp s as a *DateTime, nil when s is empty.
func DateTimePtr(s string) *DateTime {
	if s == "" {
		return nil
	}
	d := DateTime(s)
	return &d
}

// UnmarshalGQL implements graphql.Unmarshaler.
func (d *DateTime) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apierr.Invalid("invalid DateTime: want a string such as \"2026-12-07T17:30:00Z\", got %s", jsonKind(v))
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return apierr.Invalid("invalid DateTime %q: want RFC 3339, such as \"2026-12-07T17:30:00Z\" or \"2026-12-07T18:30:00.123+01:00\"", s)
	}
	*d = DateTime(schema.FormatIngestedAt(t))
	return nil
}

// MarshalGQL implements graphql.Marshaler.
func (d DateTime) MarshalGQL(w io.Writer) {
	io.WriteString(w, strconv.Quote(string(d)))
}

// MeetingKind is a meeting's kind as the store keeps it, lower-case
// ("summit"); GraphQL shows it upper-case (SUMMIT).
type MeetingKind string

// Meeting kinds.
const (
	MeetingKindMeeting MeetingKind = "meeting"
	MeetingKindCall    MeetingKind = "call"
	MeetingKindVisit   MeetingKind = "visit"
	MeetingKindSummit  MeetingKind = "summit"
)

// AllMeetingKind lists every kind.
var AllMeetingKind = []MeetingKind{MeetingKindMeeting, MeetingKindCall, MeetingKindVisit, MeetingKindSummit}

// IsValid reports whether k is a kind the API knows.
func (k MeetingKind) IsValid() bool {
	switch k {
	case MeetingKindMeeting, MeetingKindCall, MeetingKindVisit, MeetingKindSummit:
		return true
	}
	return false
}

func (k MeetingKind) String() string { return string(k) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (k *MeetingKind) UnmarshalGQL(v any) error {
	return unmarshalEnum(v, "MeetingKind", func(s string) bool {
		*k = MeetingKind(s)
		return k.IsValid()
	})
}

// MarshalGQL implements graphql.Marshaler.
func (k MeetingKind) MarshalGQL(w io.Writer) { marshalEnum(w, string(k)) }

// MeetingStatus is a meeting's status as the store keeps it, lower-case
// ("held"); GraphQL shows it upper-case (HELD).
type MeetingStatus string

// Meeting statuses.
const (
	MeetingStatusHeld    MeetingStatus = "held"
	MeetingStatusPlanned MeetingStatus = "planned"
)

// AllMeetingStatus lists every status.
var AllMeetingStatus = []MeetingStatus{MeetingStatusHeld, MeetingStatusPlanned}

// IsValid reports whether s is a status the API knows.
func (s MeetingStatus) IsValid() bool {
	return s == MeetingStatusHeld || s == MeetingStatusPlanned
}

func (s MeetingStatus) String() string { return string(s) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (s *MeetingStatus) UnmarshalGQL(v any) error {
	return unmarshalEnum(v, "MeetingStatus", func(str string) bool {
		*s = MeetingStatus(str)
		return s.IsValid()
	})
}

// MarshalGQL implements graphql.Marshaler.
func (s MeetingStatus) MarshalGQL(w io.Writer) { marshalEnum(w, string(s)) }

// unmarshalEnum lower-cases a GraphQL enum value into its store form and
// lets set check it.
func unmarshalEnum(v any, enum string, set func(string) bool) error {
	str, ok := v.(string)
	if !ok || str != strings.ToUpper(str) || !set(strings.ToLower(str)) {
		return apierr.Invalid("%v is not a valid %s", v, enum)
	}
	return nil
}

func marshalEnum(w io.Writer, storeValue string) {
	fmt.Fprint(w, strconv.Quote(strings.ToUpper(storeValue)))
}

// GraphElements is a graph's nodes and edges already encoded as JSON (see
// the GraphElements scalar): written as it is, so that a large graph costs
// one write instead of GraphQL's work for each element of a list.
type GraphElements []byte

// MarshalGQL implements graphql.Marshaler.
func (g GraphElements) MarshalGQL(w io.Writer) {
	if len(g) == 0 {
		io.WriteString(w, `{"nodes":[],"edges":[]}`)
		return
	}
	w.Write(g)
}

// UnmarshalGQL implements graphql.Unmarshaler: GraphElements is output
// only.
func (g *GraphElements) UnmarshalGQL(any) error {
	return apierr.Invalid("GraphElements is output only")
}

// MeetingList is a list of meetings already encoded as a JSON array (see
// the MeetingList scalar): written as it is, like GraphElements.
type MeetingList []byte

// MarshalGQL implements graphql.Marshaler.
func (l MeetingList) MarshalGQL(w io.Writer) {
	if len(l) == 0 {
		io.WriteString(w, `[]`)
		return
	}
	w.Write(l)
}

// UnmarshalGQL implements graphql.Unmarshaler: MeetingList is output only.
func (l *MeetingList) UnmarshalGQL(any) error {
	return apierr.Invalid("MeetingList is output only")
}

// MarshalJSONObject writes the JSON scalar's object compactly. gqlgen's own
// (graphql.MarshalMap) writes it with a json.Encoder, whose newline after
// the value lands inside the response now that the transport no longer
// compacts the data a second time.
func MarshalJSONObject(v map[string]any) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		var b []byte
		if buf, ok := w.(*bytes.Buffer); ok {
			b = buf.AvailableBuffer() // the response's own spare room: no copy per object
		}
		if b, ok := appendJSONValue(b, v); ok {
			_, _ = w.Write(b)
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			panic(err) // gqlgen's recover func turns it into the field's error
		}
		_, _ = w.Write(b)
	})
}

// EvidenceRef is one evidence of an edge's properties, {article,
// sentence}, as appendJSONValue and encoding/json write it: a struct in
// one list per edge, where a map per evidence was a third of the memory a
// depth-2 graph's edges took to answer.
type EvidenceRef struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

// appendJSONValue appends v as json.Marshal writes it, byte for byte, when
// v is made of what graph nodes' and edges' properties hold: strings,
// lists of strings, lists and maps of those (keys in order, as
// encoding/json sorts them). ok is false for anything else, which the
// caller leaves to json.Marshal. Its reflection over every property map
// was a sixth of the API's CPU for a depth-2 graph with properties (Xi's
// 500 nodes and 1,000 edges with their evidence).
func appendJSONValue(b []byte, v any) (_ []byte, ok bool) {
	switch x := v.(type) {
	case string:
		return AppendJSONString(b, x), true
	case []string:
		return appendJSONList(b, x, func(b []byte, s string) ([]byte, bool) { return AppendJSONString(b, s), true })
	case []any:
		return appendJSONList(b, x, appendJSONValue)
	case []EvidenceRef:
		return appendJSONList(b, x, func(b []byte, e EvidenceRef) ([]byte, bool) {
			b = AppendJSONString(append(b, `{"article":`...), e.Article)
			return append(AppendJSONString(append(b, `,"sentence":`...), e.Sentence), '}'), true
		})
	case map[string]any:
		if x == nil {
			return append(b, "null"...), true
		}
		var few [8]string // a node's or an edge's property names, on the stack
		keys := few[:0]
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(AppendJSONString(b, k), ':')
			if b, ok = appendJSONValue(b, x[k]); !ok {
				return b, false
			}
		}
		return append(b, '}'), true
	}
	return b, false
}

// appendJSONList appends xs as json.Marshal writes a slice, each element
// by each; nil is null.
func appendJSONList[E any](b []byte, xs []E, each func([]byte, E) ([]byte, bool)) (_ []byte, ok bool) {
	if xs == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		if b, ok = each(b, x); !ok {
			return b, false
		}
	}
	return append(b, ']'), true
}

// AppendJSONString appends s as encoding/json writes a string, byte for
// byte: \" and \\, \b \f \n \r \t, \u00XX for the other control
// characters and for <, > and &, \u2028 and \u2029, and \ufffd for each
// byte that is not UTF-8; the rest as it is. Evidence sentences are
// seldom plain ASCII (quotes, dashes, names), and json.Marshal of each
// was most of writing them.
func AppendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(append(b, s[start:]...), '"')
}

const hexDigits = "0123456789abcdef"

// PlainJSON reports whether encoding/json writes s unchanged between
// quotes: printable ASCII but ", \, <, > and &.
func PlainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// UnmarshalJSONObject reads the JSON scalar's object, as gqlgen's own does.
func UnmarshalJSONObject(v any) (map[string]any, error) {
	return graphql.UnmarshalMap(v)
}

// jsonKind names the kind of a decoded GraphQL or JSON input value, for an
// error that tells a client what it sent ("a number", not "json.Number").
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, int, int32, int64, float32, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
