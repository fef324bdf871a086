package gazetteer

import (
	"strings"
	"sync"
)

// Actor is a person of the Phoenix political actors' dictionary
// (actors.tsv): a name and the one state the person acted for. It gives no
// office or date.
type Actor struct {
	Name    string
	Country string
}

var (
	actorsOnce      sync.Once
	actorsBySurname map[string][]Actor
)

// actorTitleWords mark an actors' entry that is a title and a surname, not
// a name ("Russian President Yeltsin", "Foreign Minister Abdullah").
var actorTitleWords = map[string]bool{"president": true, "vice-president": true, "minister": true, "secretary": true,
	"general": true, "king": true, "prime": true, "chairman": true, "leader": true, "ambassador": true}

// actorSurname is the name key of the surname an actor goes by: the last
// word of a name of two words or more, the father's surname of a name of
// three or more from a two-surname country ("Diego Palacio Betancourt" is
// Palacio, not Betancourt); "" for a name of one word or a title's.
func actorSurname(a Actor) string {
	toks := strings.Fields(a.Name)
	if len(toks) < 2 || a.Country == "" {
		return ""
	}
	for _, t := range toks {
		if actorTitleWords[strings.ToLower(t)] {
			return ""
		}
	}
	if k := paternalSurname(a.Country, toks); k != "" {
		return k
	}
	words := strings.Fields(NameKey(a.Name))
	return words[len(words)-1]
}

// ActorsBySurname are the political actors who go by the word surname
// (actorSurname; accents and case folded, as NameKey folds them): "Osmani"
// gives Bujar Osmani (MK), not Osmani Cienfuegos (CU), whose given name it
// is. The index is built at the first ask: only a titled
// surname the officials lists do not hold asks (hosts46).
func ActorsBySurname(surname string) []Actor {
	actorsOnce.Do(func() {
		actorsBySurname = map[string][]Actor{}
		for _, r := range rows("actors.tsv") {
			a := Actor{Name: field(r, 0), Country: field(r, 1)}
			if k := actorSurname(a); k != "" {
				actorsBySurname[k] = append(actorsBySurname[k], a)
			}
		}
	})
	return actorsBySurname[NameKey(surname)]
}
