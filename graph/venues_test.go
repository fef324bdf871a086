package graph

import (
	"testing"

	"newsgraph/schema"
)

// TestAtVenueAnswersAVenueAsItsCity: a place filter that names a venue of
// venues.tsv, by name, id or with "the", becomes the venue's city and the
// venue its articles must name; a city, a place no table holds and no
// place are as given.
func TestAtVenueAnswersAVenueAsItsCity(t *testing.T) {
	for _, tt := range []struct{ place, wantPlace, wantVenue string }{
		{"White House", "place:washington", "place:white-house"},
		{"the White House", "place:washington", "place:white-house"},
		{"white house", "place:washington", "place:white-house"},
		{"place:white-house", "place:washington", "place:white-house"},
		{" Kremlin ", "place:moscow", "place:kremlin"},
		{"Great Hall of the People", "place:beijing", "place:great-hall-of-the-people"},
		{"Washington", "Washington", ""},
		{"place:washington", "place:washington", ""},
		{"White House lawn", "White House lawn", ""},
		{"place:the-white-house", "place:the-white-house", ""},
		{"", "", ""},
	} {
		got := atVenue(schema.MeetingFilter{Place: tt.place})
		if got.Place != tt.wantPlace || got.Venue != tt.wantVenue {
			t.Errorf("%q: place %q venue %q, want %q %q", tt.place, got.Place, got.Venue, tt.wantPlace, tt.wantVenue)
		}
	}
}
