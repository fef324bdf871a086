package gazetteer

import (
	"fmt"
	"slices"
	"strings"
)

// The data files of the venues' cities and of the US states' codes.
const (
	venuesFile   = "venues.tsv"
	usStatesFile = "us_states.tsv"
)

// VenueCity is the city of the venue named place (a place's canonical
// name, "Great Hall of the People" → "Beijing"), where the table gives one.
func VenueCity(place string) (string, bool) {
	c, ok := load().venueCity[place]
	return c, ok
}

// Venues are the venues of venues.tsv, each with its city, in the table's
// venues' order: what the API reads to answer a venue as its city
// (graph/venues.go).
func Venues() []Venue {
	x := load()
	out := make([]Venue, 0, len(x.venueCity))
	for v, c := range x.venueCity {
		out = append(out, Venue{Name: v, City: c})
	}
	slices.SortFunc(out, func(a, b Venue) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Venue is a row of venues.tsv: a venue and the city it is in, both
// places' canonical names.
type Venue struct{ Name, City string }

// IsUSStateCode reports whether code, exactly as written, is the postal
// code of a US state or of DC ("TX" in "Austin, TX").
func IsUSStateCode(code string) bool {
	_, ok := load().usStates[code]
	return ok
}

// addPlaceFacts reads venues.tsv, after the places its rows name, and
// us_states.tsv.
func (x *index) addPlaceFacts() {
	known := func(name string) bool { _, ok := x.placeByName[name]; return ok }
	var err error
	x.venueCity, err = parseVenues(venuesFile, embeddedTable(venuesFile), known)
	mustRead(err)
	x.usStates, err = parseUSStates(usStatesFile, embeddedTable(usStatesFile))
	mustRead(err)
}

// parseVenues reads a venues' table: per line a venue and its city, both
// places' canonical names that known must know. A venue written twice or
// its own city is refused.
func parseVenues(file string, data []byte, known func(name string) bool) (map[string]string, error) {
	return parseKeyedMap(file, data, 2, 2, asWritten, func(cols []string) (string, error) {
		venue, city := cols[0], cols[1]
		for _, p := range cols {
			if !known(p) {
				return "", fmt.Errorf("%q is no place's name in places_manual.tsv or places.tsv", p)
			}
		}
		if city == venue {
			return "", fmt.Errorf("%s: a venue is not its own city", venue)
		}
		return city, nil
	})
}

// parseUSStates reads a US states' table: per line a postal code (two
// capital letters) and the state's name. A code or a name written twice is
// refused.
func parseUSStates(file string, data []byte) (map[string]string, error) {
	codeOf := map[string]string{} // a state's name → its code
	return parseKeyedMap(file, data, 2, 2, asWritten, func(cols []string) (string, error) {
		code, name := cols[0], cols[1]
		if len(code) != 2 || strings.ToUpper(code) != code || !isASCIILetters(code) {
			return "", fmt.Errorf("code %q is not two capital letters", code)
		}
		if name == "" {
			return "", fmt.Errorf("%s: no state's name", code)
		}
		if prev, dup := codeOf[name]; dup {
			return "", fmt.Errorf("%s: %q is already %s's name", code, name, prev)
		}
		codeOf[name] = code
		return name, nil
	})
}

// isASCIILetters: s is letters a to z in either case only.
func isASCIILetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}
