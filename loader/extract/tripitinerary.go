package extract

// tripItineraryOff switches the itinerary's stops off, for the test that
// every case needs them.
var tripItineraryOff = false

// noteItinerary notes the cities of a trip of several stops, each the one
// city it names in its country ("Nuland will travel to Asuncion, Paraguay;
// Panama City, Panama; and San Salvador, El Salvador"); a country with two
// cities of the article's itineraries gets none (hosts46).
func (b *relationBuilder) noteItinerary(places []span) {
	if tripItineraryOff {
		return
	}
	if b.itinerary == nil {
		b.itinerary = map[string]string{}
	}
	for _, sp := range places {
		p, c := placeName(sp)
		if c == "" {
			continue
		}
		if prev, seen := b.itinerary[c]; seen && prev != p {
			b.itinerary[c] = ""
			continue
		}
		b.itinerary[c] = p
	}
}

// itineraryStop is the city an itinerary noted before names in the one
// country other than the person's own (home) that a sentence about the
// future names and that names no city: "During their trip to Paraguay,
// Under Secretary Nuland … will meet with Paraguayan President Mario Abdo
// Benitez", "In Panama, the delegation will meet with President Cortizo"
// are in Asuncion and Panama City. False if the sentence names no such
// country or several, or the itineraries give that country no one city.
func (b *relationBuilder) itineraryStop(countries []string, home string) (place, cc string, ok bool) {
	if len(b.itinerary) == 0 {
		return "", "", false
	}
	for _, c := range countries {
		if c == home || c == cc {
			continue
		}
		if cc != "" {
			return "", "", false
		}
		cc = c
	}
	place = b.itinerary[cc]
	return place, cc, cc != "" && place != ""
}
