package extract

import (
	"strings"
	"time"

	"newsgraph/gazetteer"
)

// committeeTitles are a legislature's committee offices, which the lists do
// not hold: "Chairman Durbin", "Ranking Member McCaul", "Chair Tester".
var committeeTitles = setOf("chairman", "chair", "chairwoman", "chairperson", "ranking member",
	"vice chair", "vice chairman", "vice chairwoman")

// byCommitteeTitle resolves a surname after a committee title in a US
// release to the one member of Congress of that surname in office on the
// date ("Chairman Meeks" is Representative Gregory Meeks). Two members of
// the surname ("Chairman Brown": a senator and a representative) give no
// one; so does a title the text gives a country of its own.
func (r *resolver) byCommitteeTitle(surname, role, country string) (gazetteer.Official, bool) {
	if !r.usSource || country != "" && country != "US" || !committeeTitles[strings.ToLower(role)] {
		return gazetteer.Official{}, false
	}
	return r.onlyActive(surname, func(o gazetteer.Official) bool {
		return o.Country == "US" && (o.Role == "Senator" || o.Role == "Representative")
	})
}

// envoyHeads are the offices whose US holders bear the rank of ambassador.
var envoyHeads = setOf("envoy", "representative", "coordinator", "negotiator", "ambassador")

// byAmbassadorRank resolves "Ambassador Khalilzad" in a US release: a US
// envoy bears the rank of ambassador, which names no office, so the title
// finds the one US official of that surname in office on the date whose
// office is an envoy's ("Special Representative for Afghanistan
// Reconciliation"). Only the bare title: "Ambassador to X" is an office.
func (r *resolver) byAmbassadorRank(surname, role, country string) (gazetteer.Official, bool) {
	if !r.usSource || country != "" && country != "US" || !strings.EqualFold(role, "Ambassador") {
		return gazetteer.Official{}, false
	}
	return r.onlyActive(surname, func(o gazetteer.Official) bool {
		return o.Country == "US" && envoyHeads[roleHead(o.Role)] && o.Role != "Representative" // not a member of Congress
	})
}

// onlyActive is the one official of the surname in office on the date whom
// keep accepts; several people, or none, give no one.
func (r *resolver) onlyActive(surname string, keep func(gazetteer.Official) bool) (gazetteer.Official, bool) {
	return onlyOf(r.activeOfficials(surname), keep)
}

// onlyOf is the one person of the terms whom keep accepts (onePerson).
func onlyOf(terms []gazetteer.Official, keep func(gazetteer.Official) bool) (gazetteer.Official, bool) {
	var found []gazetteer.Official
	for _, o := range terms {
		if keep(o) {
			found = append(found, o)
		}
	}
	return onePerson(found)
}

// byElect resolves "President-elect Raisi": the one official of that
// surname whose term of the office the title names without "-elect" begins
// within six months after the date, or has begun by it (a term the lists
// give to the year only). The office must be that very one: a "Vice
// President-elect" is no president.
func (r *resolver) byElect(surname, role, country string) (gazetteer.Official, bool) {
	low := strings.ToLower(role)
	if !strings.HasSuffix(low, "-elect") {
		return gazetteer.Official{}, false
	}
	office := role[:len(role)-len("-elect")]
	day, err := time.Parse("2006-01-02", r.date)
	if err != nil {
		return gazetteer.Official{}, false
	}
	limit := day.AddDate(0, 6, 0).Format("2006-01-02")
	cands := gazetteer.OfficialsBySurname(surname)
	for _, o := range gazetteer.OfficialsByGivenName(surname) {
		if gazetteer.FamilyNameFirst(o.Country) {
			cands = append(cands, o) // "President-elect Yoon" for Yoon Suk Yeol
		}
	}
	var found []gazetteer.Official
	for _, o := range cands {
		soon := o.ActiveOn(r.date) || o.Start > r.date && o.Start <= limit
		if soon && (country == "" || o.Country == country) && (strings.EqualFold(o.Role, office) || sameOffice(o.Role, office)) {
			found = append(found, o)
		}
	}
	return onePerson(found)
}
