package gazetteer

import (
	"slices"
	"testing"
)

func TestActorsBySurname(t *testing.T) {
	for _, tc := range []struct {
		surname string
		want    Actor  // one of the answers ("" Name: none wanted)
		not     string // an actor who must not be one
	}{
		{"Osmani", Actor{"Bujar Osmani", "MK"}, "Osmani Cienfuegos Gorriaran"}, // a given name is no surname
		{"Vásquez", Actor{"Ricaurte Vasquez", "PA"}, ""},                       // accents folded
		{"ACEVEDO", Actor{"Euclides Acevedo", "PY"}, ""},                       // case folded
		{"Arias", Actor{"Oscar Arias Sanchez", "CR"}, ""},                      // a two-surname country's father's surname
		{"Sanchez", Actor{"Jeannette Sanchez", "EC"}, "Oscar Arias Sanchez"},   // not its mother's
		{"Betancourt", Actor{}, "Diego Palacio Betancourt"},                    // nor Colombia's
		{"Yeltsin", Actor{}, "Russian President Yeltsin"},                      // a title's entry is no name
		{"Zzyzxq", Actor{}, ""},
	} {
		got := ActorsBySurname(tc.surname)
		if tc.want.Name != "" && !slices.Contains(got, tc.want) {
			t.Errorf("ActorsBySurname(%q) = %v, want %v among them", tc.surname, got, tc.want)
		}
		if tc.not != "" && slices.ContainsFunc(got, func(a Actor) bool { return a.Name == tc.not }) {
			t.Errorf("ActorsBySurname(%q) holds %q, who does not go by it", tc.surname, tc.not)
		}
	}
}
