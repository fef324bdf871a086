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
