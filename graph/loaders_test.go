package graph

import (
	"testing"

	"newsgraph/graph/model"
	"newsgraph/schema"
)

func TestLoadersVouchForTheParticipantsOfMeetingsWhoseAttendeesArePrimed(t *testing.T) {
	l := NewLoaders(nil, 0, schema.Projection{})
	l.PrimeAttendees("meeting:a", []schema.Node{{ID: "person:x"}})
	l.PrimeAttendees("meeting:b", nil)
	meeting := func(id string) *model.Meeting { return &model.Meeting{Node: schema.Node{ID: id}} }
	for _, tc := range []struct {
		name  string
		list  any
		typ   string
		field string
		want  bool
	}{
		{"primed meetings", []*model.Meeting{meeting("meeting:a"), meeting("meeting:b")}, "Meeting", "participants", true},
		{"no meetings", []*model.Meeting{}, "Meeting", "participants", true},
		{"one meeting not primed", []*model.Meeting{meeting("meeting:a"), meeting("meeting:c")}, "Meeting", "participants", false},
		{"another field", []*model.Meeting{meeting("meeting:a")}, "Meeting", "place", false},
		{"another list", []*model.Person{{Node: schema.Node{ID: "meeting:a"}}}, "Meeting", "participants", false},
		{"no list", nil, "Meeting", "participants", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Ready(tc.list, tc.typ, tc.field); got != tc.want {
				t.Errorf("Ready = %v, want %v", got, tc.want)
			}
		})
	}
}

// A meeting that a bare sibling page grouped first (b: meetings { nodes { id } })
// still has the edges that another page read with it (a: meetings { nodes {
// place … } }): reading them costs no store call, whichever page resolved
// first. The store is nil, so a call would panic.
func TestLoadersKeepEdgesReadWithAPageForNodesAnotherPageGroupedFirst(t *testing.T) {
	heldIn := schema.EdgeSet{Type: "HELD_IN", Dir: schema.Out}
	place := schema.Edge{Type: "HELD_IN", From: "meeting:a", To: "place:geneva"}
	nb := schema.Neighbourhood{
		Edges: []map[string][]schema.Edge{{"meeting:a": {place}}},
		Nodes: map[string]schema.Node{"place:geneva": {ID: "place:geneva"}},
	}
	for _, tc := range []struct {
		name      string
		bareFirst bool
	}{
		{"bare page first", true},
		{"page with edges first", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLoaders(nil, 0, schema.Projection{})
			if tc.bareFirst {
				l.Prime(schema.Node{ID: "meeting:a"}, schema.Node{ID: "meeting:z"})
			}
			l.PrimeWithEdges([]schema.Node{{ID: "meeting:a"}}, []schema.EdgeSet{heldIn}, nb)
			if !tc.bareFirst {
				l.Prime(schema.Node{ID: "meeting:a"}, schema.Node{ID: "meeting:z"})
			}
			var got []schema.Edge
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("EdgesOf went to the store: %v", r)
					}
				}()
				var err error
				if got, err = l.EdgesOf(t.Context(), "meeting:a", "HELD_IN", schema.Out); err != nil {
					t.Fatal(err)
				}
			}()
			if len(got) != 1 || got[0].To != "place:geneva" {
				t.Errorf("EdgesOf = %v, want the edge read with the page", got)
			}
		})
	}
}
