package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// officialOfSurname is the one official the article names in full whose
// last name is the recogniser's one-word place ("Is the Zelenskyy visit a
// part of that deal", whitehouse-24701: a place "Zelenskyy" beside Volodymyr
// Zelenskyy): the place is that official's mention. "" where no official or
// two bear the word, or where the lists know a place of that name.
func officialOfSurname(r *resolver, name string) string {
	if strings.Contains(name, " ") {
		return ""
	}
	if _, ok := gazetteer.PlaceByName(name); ok {
		return ""
	}
	found := ""
	for _, p := range r.people {
		if !p.official || !strings.Contains(p.name, " ") || lastField(p.name) != name {
			continue
		}
		if found != "" && found != p.name {
			return ""
		}
		found = p.name
	}
	return found
}
