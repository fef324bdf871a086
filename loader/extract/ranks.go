package extract

import (
	"slices"
	"strings"

	"newsgraph/gazetteer"
)

// rankWords are the words of a military rank before a surname ("General
// Milley", "Rear Admiral Kelly", "Lt. Gen. Sklenka"); rankHeads end one.
var (
	rankWords = setOf("general", "admiral", "gen.", "adm.", "gen", "adm", "lt.", "lt", "lieutenant", "vice",
		"rear", "major", "maj.", "brigadier", "brig.", "brig")
	rankHeads = setOf("general", "admiral", "gen.", "adm.", "gen", "adm")
)

// generalOffices are the offices whose last word is "General" and which are
// no rank: "Attorney General Garland", "Director General Funakoshi".
var generalOffices = setOf("attorney", "inspector", "surgeon", "solicitor", "comptroller", "postmaster",
	"secretary", "director", "governor", "consul", "commissioner", "adjutant", "advocate", "auditor",
	"procurator", "accountant", "vicar", "superior", "secretary-general", "director-general")

// rankOffice splits a role that ends in a military rank into the office
// before the rank ("Sovereign Council Chair General" → "Sovereign Council
// Chair") and reports whether it ends in one. A rank alone gives "".
func rankOffice(role string) (string, bool) {
	w := strings.Fields(role)
	if len(w) == 0 || !rankHeads[strings.ToLower(w[len(w)-1])] {
		return "", false
	}
	k := len(w) - 1
	for k > 0 && rankWords[strings.ToLower(w[k-1])] {
		k--
	}
	if k > 0 && generalOffices[strings.ToLower(w[k-1])] {
		return "", false // "Attorney General": an office, not a rank
	}
	return strings.Join(w[:k], " "), true
}

// militaryOfficeWords name the offices that an officer holds: a service's
// chief, a command's commander, a general staff.
var militaryOfficeWords = []string{"joint chiefs", "naval operations", "chief of staff of the army",
	"chief of staff of the air force", "commandant", "space operations", "national guard bureau",
	"commander of", "general staff", "joint staff", "chief of defence", "chief of defense"}

// militaryOffice reports whether a listed office is an officer's.
func militaryOffice(role string) bool {
	low := strings.ToLower(role)
	for _, w := range militaryOfficeWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// byRank resolves a surname after a military rank, which names no office
// (so bySurname, which matches title to office, finds no one): with an
// office before the rank, by that office ("Sovereign Council Chair General
// Burhan"); with the rank alone, the one official in office on the date
// with that surname who holds an officer's office ("General Milley" is the
// Chairman of the Joint Chiefs). Where the lists hold no such officer the
// surname stays unresolved: the gold names people in full, and a surname
// alone matches no one.
func (r *resolver) byRank(surname, role, country string) (gazetteer.Official, bool) {
	office, ok := rankOffice(role)
	if !ok {
		return gazetteer.Official{}, false
	}
	if office != "" {
		return r.bySurname(surname, office, country, false)
	}
	// slices.Concat, not append: activeOfficials returns its cache's slice
	terms := slices.Concat(r.activeOfficials(surname), gazetteer.OfficialsBySurnameWithoutArticle(surname))
	return onlyOf(terms, func(o gazetteer.Official) bool { // two officers of one surname: no guess
		return o.ActiveOn(r.date) && militaryOffice(o.Role) && (country == "" || o.Country == country)
	})
}

// officerRole: a role that is a military rank alone ("General", "Rear
// Admiral") or an officer's office, whose counterpart is another officer.
func officerRole(role string) bool {
	return rankOnly(role) || militaryOffice(role)
}
