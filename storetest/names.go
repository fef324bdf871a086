package storetest

import (
	"context"
	"slices"
	"testing"

	"newsgraph/schema"
)

// testParticipantNames checks that a meeting filter finds a participant by
// id, name or alias with case folded, whatever characters the name holds
// (quotes, backslashes, a search engine's operators, none that make a
// word), and by nothing else: not by words that only run across two
// aliases.
func testParticipantNames(t *testing.T, s schema.Store) {
	people := []schema.Node{
		{ID: "person:obrien", Label: schema.LabelPerson, Name: `Jean-Claude O'Brien "Jr."`, Aliases: []string{`J.C. \ OB`, "Anna", "Bell"}},
		{ID: "person:ops", Label: schema.LabelPerson, Name: "AND OR NOT*", Aliases: []string{"Ölaf (x)~2"}},
		{ID: "person:bang", Label: schema.LabelPerson, Name: "!!!"},
		{ID: "person:us", Label: schema.LabelPerson, Name: "U.S. Envoy"},
	}
	var edges []schema.Edge
	var nodes []schema.Node
	for _, p := range people {
		m := "meeting:2024:" + p.ID[len("person:"):]
		nodes = append(nodes, p, schema.Node{ID: m, Label: schema.LabelMeeting, Name: m,
			Props: map[string]string{schema.PropDate: "2024", schema.PropKind: "meeting", schema.PropStatus: "held"}})
		edges = append(edges, schema.Edge{Type: schema.RelAttended, From: p.ID, To: m, Evidence: []schema.Evidence{{ArticleID: "names", Sentence: "met"}}})
	}
	write(t, s, schema.ArticleGraph{ArticleID: "names", Nodes: nodes, Edges: edges})
	tests := []struct {
		text string
		want []string // the meetings found
	}{
		{"person:obrien", []string{"meeting:2024:obrien"}},
		{`jean-claude o'brien "JR."`, []string{"meeting:2024:obrien"}},
		{`j.c. \ ob`, []string{"meeting:2024:obrien"}},
		{"ANNA", []string{"meeting:2024:obrien"}},
		{"Anna Bell", nil}, // two aliases, not one
		{"Jean-Claude", nil},
		{"and or not*", []string{"meeting:2024:ops"}},
		{"ölaf (X)~2", []string{"meeting:2024:ops"}},
		{"!!!", []string{"meeting:2024:bang"}},
		{"u.s. envoy", []string{"meeting:2024:us"}},
		{"U S Envoy", nil},
		{`"`, nil},
		{"*", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, f := range []schema.MeetingFilter{{Participant: tt.text}, {Participants: []string{tt.text}}} {
				page, _, err := Meetings(context.Background(), s, f, 0, 10)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, m := range page {
					got = append(got, m.ID)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("%+v: got %q, want %q", f, got, tt.want)
				}
			}
		})
	}
}
