package graphtest

import (
	"slices"
	"strings"
	"testing"
)

// A name in a meeting filter that names nothing was answered with no
// meetings, so a typo read as "they never met"; it is NOT_FOUND, naming
// the name and its argument.
func testMeetingFilterUnknownNames(t *testing.T, api *apiClient) {
	tests := []struct {
		name  string
		where string
		want  []string // in the message
	}{
		{"participant", `{participant: "Xi Jinpng"}`, []string{`no person is named "Xi Jinpng" (where.participant)`}},
		{"one of the participants", `{participants: ["Xi Jinping", "Joe Bidn"]}`, []string{`"Joe Bidn" (where.participants[1])`}},
		{"one of the countries", `{countries: ["US", "Chna"]}`, []string{`no country or organization is named "Chna" (where.countries[1])`}},
		{"officials of", `{withOfficialsOf: "Atlantis"}`, []string{`"Atlantis" (where.withOfficialsOf)`}},
		{"issue", `{issue: "Climat"}`, []string{`no issue is named "Climat" (where.issue)`}},
		{"place", `{place: "Genva"}`, []string{`no place is named "Genva" (where.place)`}},
		// analyst45: a country's meetings held there were only "no place is named".
		{"a country as the place", `{place: "China"}`, []string{`no place is named "China" (where.place): China is a country (country:CN), and a meeting's place is a city: ` +
			`places(where: {countries: ["country:CN"]}, orderBy: {field: MEETINGS}) lists the places in it with their meetings`}},
		{"every unknown name at once", `{participant: "Nobody", withOfficialsOf: "Atlantis"}`,
			[]string{`"Nobody" (where.participant)`, `"Atlantis" (where.withOfficialsOf)`}},
		{"a title before an unknown name", `{participant: "President Nobody"}`, []string{`"President Nobody" (where.participant)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := api.post(t, `{ meetings(where: `+tt.where+`) { totalCount nodes { id } } }`, nil)
			if len(resp.Errors) != 1 || resp.Errors[0].code() != "NOT_FOUND" {
				t.Fatalf("where %s: %s; want one NOT_FOUND error", tt.where, resp.Body)
			}
			for _, w := range tt.want {
				if !strings.Contains(resp.Errors[0].Message, w) {
					t.Errorf("where %s: message %q lacks %q", tt.where, resp.Errors[0].Message, w)
				}
			}
			if strings.Contains(resp.Errors[0].Message, `named "Xi Jinping"`) || strings.Contains(resp.Errors[0].Message, `"US"`) {
				t.Errorf("where %s: message %q names a known name", tt.where, resp.Errors[0].Message)
			}
		})
	}

	// Names that each name something, with no meeting that has them all,
	// are no meetings, not an error.
	// (Filters of the shapes the warm-up plans: TestWarmUpPlansTheStatementsTheAPISends.)
	for _, where := range []string{`{participant: "Xi Jinping", from: "2030"}`, `{participant: "Vladimir Putin", withOfficialsOf: "US"}`} {
		var got struct{ Meetings struct{ TotalCount int } }
		api.query(t, `{ meetings(where: `+where+`) { totalCount } }`, nil, &got)
		if got.Meetings.TotalCount != 0 {
			t.Errorf("where %s: totalCount %d, want 0", where, got.Meetings.TotalCount)
		}
	}
}

// Names in the graph hold no titles, and an analyst types them: a
// participant's name that names no one is taken without the titles the
// gazetteer knows that lead it, when that names someone.
func testMeetingFilterTitledNames(t *testing.T, api *apiClient) {
	meetingsOf := func(where string) []string {
		t.Helper()
		var got struct {
			Meetings struct {
				TotalCount int
				Nodes      []identified
			}
		}
		api.query(t, `{ meetings(where: `+where+`) { totalCount nodes { id } } }`, nil, &got)
		if got.Meetings.TotalCount != len(got.Meetings.Nodes) {
			t.Errorf("where %s: totalCount %d for %d nodes", where, got.Meetings.TotalCount, len(got.Meetings.Nodes))
		}
		return ids(got.Meetings.Nodes)
	}
	tests := []struct{ titled, bare string }{
		{`{participant: "Secretary of State Antony Blinken"}`, `{participant: "Antony Blinken"}`},
		{`{participant: "Mr. Kerry", withOfficialsOf: "CN"}`, `{participant: "Kerry", withOfficialsOf: "CN"}`},
		{`{participants: ["Xi Jinping", "Secretary Blinken"]}`, `{participants: ["Xi Jinping", "Blinken"]}`},
		{`{participant: "Chinese President Xi Jinping", withOfficialsOf: "US"}`, `{participant: "Xi Jinping", withOfficialsOf: "US"}`},
	}
	for _, tt := range tests {
		want := meetingsOf(tt.bare)
		if len(want) == 0 {
			t.Fatalf("where %s: no meetings; the fixture changed", tt.bare)
		}
		if have := meetingsOf(tt.titled); !slices.Equal(have, want) {
			t.Errorf("where %s: %v, want %v (as %s)", tt.titled, have, want, tt.bare)
		}
	}
}

// The top-level lists' country filters and an ordering's "with" answered a
// typo with an empty list or an order of zeros, as meetings' filters did: a
// name that names no country or organization is NOT_FOUND, naming it and its
// argument; a known name with nothing to list is still an empty list.
func testListFilterUnknownNames(t *testing.T, api *apiClient) {
	tests := []struct{ name, query, want string }{
		{"officials of", `{ list: people(where: {officialsOf: ["Atlantis"], asOf: "2011"}) { totalCount edges { count node { id } } } }`,
			`no country or organization is named "Atlantis" (where.officialsOf[0])`},
		{"places in the country", `{ list: places(where: {countries: ["Chna"]}) { totalCount edges { count node { id } } } }`,
			`"Chna" (where.countries[0])`},
		{"countries by meetings with", `{ list: countries(orderBy: {field: MEETINGS, with: "Chna"}) { totalCount edges { count node { id } } } }`,
			`no country or organization is named "Chna" (orderBy.with)`},
		{"people by meetings with", `{ list: people(orderBy: {field: MEETINGS, with: "Atlantis"}) { totalCount edges { count node { id } } } }`,
			`"Atlantis" (orderBy.with)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := api.post(t, tt.query, nil)
			if len(resp.Errors) != 1 || resp.Errors[0].code() != "NOT_FOUND" {
				t.Fatalf("%s: %s; want one NOT_FOUND error", tt.query, resp.Body)
			}
			if !strings.Contains(resp.Errors[0].Message, tt.want) {
				t.Errorf("%s: message %q lacks %q", tt.query, resp.Errors[0].Message, tt.want)
			}
			if strings.Contains(resp.Errors[0].Message, `"US"`) {
				t.Errorf("%s: message %q names a known name", tt.query, resp.Errors[0].Message)
			}
		})
	}
	var got struct{ List struct{ TotalCount int } }
	api.query(t, `{ list: people(where: {officialsOf: ["United States"], asOf: "1900"}) { totalCount edges { count node { id } } } }`, nil, &got)
	if got.List.TotalCount != 0 {
		t.Errorf("officials of the US in 1900: totalCount %d, want 0", got.List.TotalCount)
	}
}

// A node's meetings(where:) answered an empty list for a name that names
// nothing, where the top-level list answers NOT_FOUND: a typo in a
// person's or a country's meetings read as "they never met". The nested
// lists answer as the top-level one: NOT_FOUND naming the name and its
// argument, a titled person's name as the person it stands for, and an
// empty list for known names that never meet together.
func testNestedMeetingFilterUnknownNames(t *testing.T, api *apiClient) {
	tests := []struct{ name, query, want string }{
		{"a person's meetings with a misspelt participant",
			`{ person(name: "Xi Jinping") { meetings(where: {participant: "Joe Bidn"}) { totalCount nodes { id } } } }`,
			`no person is named "Joe Bidn" (where.participant)`},
		{"a country's meetings with a misspelt country",
			`{ countries(where: {ids: ["country:US"]}) { nodes { meetings(where: {countries: ["Chna"]}) { totalCount } } } }`,
			`no country or organization is named "Chna" (where.countries[0])`},
		{"a person's meetings with a misspelt officials' country",
			`{ person(name: "Xi Jinping") { meetings(where: {withOfficialsOf: "Amerca"}) { totalCount } } }`,
			`no country or organization is named "Amerca" (where.withOfficialsOf)`},
		{"a person's meetings at a misspelt place",
			`{ person(name: "Xi Jinping") { meetings(where: {place: "Bejing"}) { totalCount } } }`,
			`no place is named "Bejing" (where.place)`},
		{"a person's meetings about a misspelt issue",
			`{ person(name: "Xi Jinping") { meetings(where: {issue: "Taiwn"}) { nodes { id } } } }`,
			`no issue is named "Taiwn" (where.issue)`},
		{"an organization's meetings with a misspelt country",
			`{ organizations(first: 5) { nodes { meetings(where: {countries: ["Chna"]}) { totalCount } } } }`,
			`"Chna" (where.countries[0])`},
		{"a place's meetings with a misspelt participant",
			`{ places(where: {ids: ["place:beijing"]}) { nodes { meetings(where: {participant: "Xi Jinpng"}) { nodes { id } } } } }`,
			`no person is named "Xi Jinpng" (where.participant)`},
		{"an issue's meetings with a misspelt participant",
			`{ issues(where: {ids: ["issue:climate"]}) { nodes { meetings(where: {participant: "Jon Kerry"}) { totalCount } } } }`,
			`no person is named "Jon Kerry" (where.participant)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := api.post(t, tt.query, nil)
			if len(resp.Errors) == 0 {
				t.Fatalf("%s: %s; want NOT_FOUND", tt.query, resp.Body)
			}
			for _, e := range resp.Errors {
				if e.code() != "NOT_FOUND" || !strings.Contains(e.Message, tt.want) {
					t.Errorf("%s: error %q (%s); want NOT_FOUND naming %s", tt.query, e.Message, e.code(), tt.want)
				}
			}
		})
	}

	nested := func(where string) (int, []string) {
		t.Helper()
		var got struct {
			Person struct {
				Meetings struct {
					TotalCount int
					Nodes      []identified
				}
			}
		}
		api.query(t, `{ person(name: "Xi Jinping") { meetings(where: `+where+`) { totalCount nodes { id } } } }`, nil, &got)
		return got.Person.Meetings.TotalCount, ids(got.Person.Meetings.Nodes)
	}
	n, want := nested(`{participant: "Antony Blinken"}`)
	if n == 0 {
		t.Fatal("Xi's meetings with Antony Blinken: none; the fixture changed")
	}
	if _, have := nested(`{participant: "Secretary of State Antony Blinken"}`); !slices.Equal(have, want) {
		t.Errorf("Xi's meetings with Secretary of State Antony Blinken: %v, want %v (as Antony Blinken)", have, want)
	}
	// Known names that never met Xi together: no meetings, no error.
	for _, where := range []string{`{participant: "Jens Stoltenberg"}`, `{place: "Vilnius"}`, `{withOfficialsOf: "FR"}`, `{issue: "Climate change", from: "2030"}`} {
		if n, _ := nested(where); n != 0 {
			t.Errorf("Xi's meetings where %s: totalCount %d, want 0", where, n)
		}
	}
}
