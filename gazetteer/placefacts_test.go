package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// wantRefused checks that parse refuses each table with an error that
// starts with its want (the file, the line, what is wrong).
func wantRefused(t *testing.T, parse func(data []byte) error, cases map[string]string) {
	t.Helper()
	for table, want := range cases {
		if err := parse([]byte(table)); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: error %v, want it to start %q", table, err, want)
		}
	}
}

// TestParseVenuesRefusesABadRow: a venue or city that is no place, a
// venue that is its own city and a venue written twice are refused.
func TestParseVenuesRefusesABadRow(t *testing.T) {
	known := func(name string) bool { return name == "Kremlin" || name == "Moscow" || name == "Elmau" }
	wantRefused(t, func(data []byte) error { _, err := parseVenues("t.tsv", data, known); return err }, map[string]string{
		"# c\nKremlin\tMoskva\n":             `t.tsv:2: "Moskva" is no place's name`,
		"Nusa Dua\tMoscow\n":                 `t.tsv:1: "Nusa Dua" is no place's name`,
		"Elmau\tElmau\n":                     "t.tsv:1: Elmau: a venue is not its own city",
		"Kremlin\tMoscow\nKremlin\tMoscow\n": `t.tsv:2: "Kremlin" is already a row`,
		"Kremlin\n":                          "t.tsv:1: 1 columns, want 2 to 2",
	})
}

// TestParseUSStatesRefusesABadRow: a code that is not two capital
// letters, a code or a state written twice are refused.
func TestParseUSStatesRefusesABadRow(t *testing.T) {
	wantRefused(t, func(data []byte) error { _, err := parseUSStates("t.tsv", data); return err }, map[string]string{
		"Tx\tTexas\n":             `t.tsv:1: code "Tx" is not two capital letters`,
		"TEX\tTexas\n":            `t.tsv:1: code "TEX" is not two capital letters`,
		"T.\tTexas\n":             `t.tsv:1: code "T." is not two capital letters`,
		"TX\tTexas\nTX\tTexas\n":  `t.tsv:2: "TX" is already a row`,
		"TX\tTexas\nTE\tTexas\n":  `t.tsv:2: TE: "Texas" is already TX's name`,
		"\n\nTX\tTexas\tAustin\n": "t.tsv:3: 3 columns, want 2 to 2",
	})
}

// TestEmbeddedPlaceFactsParse: the embedded tables read without error,
// the venues against the places of the phrase lists.
func TestEmbeddedPlaceFactsParse(t *testing.T) {
	known := func(name string) bool { _, ok := PlaceByName(name); return ok }
	if _, err := parseVenues(venuesFile, embeddedTable(venuesFile), known); err != nil {
		t.Error(err)
	}
	states, err := parseUSStates(usStatesFile, embeddedTable(usStatesFile))
	if err != nil {
		t.Error(err)
	}
	if len(states) != 51 {
		t.Errorf("%d states and DC, want 51", len(states))
	}
}

// TestVenueCity finds a venue's city by the venue's place name, and none
// for a city or a place's alias.
func TestVenueCity(t *testing.T) {
	for place, want := range map[string]string{"Great Hall of the People": "Beijing", "Kremlin": "Moscow",
		"Camp David": "", "Moscow": "", "Nusa Dua": "", "Elmau": ""} {
		if got, ok := VenueCity(place); got != want || ok != (want != "") {
			t.Errorf("%q: %q %v, want %q", place, got, ok, want)
		}
	}
}

// TestIsUSStateCode knows the codes as written only.
func TestIsUSStateCode(t *testing.T) {
	for code, want := range map[string]bool{"TX": true, "DC": true, "WY": true, "tx": false, "UK": false, "Texas": false} {
		if got := IsUSStateCode(code); got != want {
			t.Errorf("%q: %v, want %v", code, got, want)
		}
	}
}

// TestVenuesListsTheTableByName lists every venue of venues.tsv with its
// city, in the venues' order, as VenueCity answers each.
func TestVenuesListsTheTableByName(t *testing.T) {
	got := Venues()
	want := []Venue{{"Great Hall of the People", "Beijing"}, {"Kremlin", "Moscow"}, {"White House", "Washington"}}
	if !slices.Equal(got, want) {
		t.Errorf("Venues() = %v, want %v", got, want)
	}
	for _, v := range got {
		if c, ok := VenueCity(v.Name); !ok || c != v.City {
			t.Errorf("VenueCity(%q) = %q %v, want %q", v.Name, c, ok, v.City)
		}
	}
}
