package extract

// ownBodyJoin: a list's joint, tokens [a, b) before the next name, holds an
// acronym the gazetteer does not know ("and EEAS Secretary General Stefano
// Sannino"): that name's title opens with a body of its own, so the country
// or organisation that opens the list ("NATO Deputy Secretary General Mircea
// Geoană") is not shared with it (sharedDemonym). Unknown to the lists, the
// acronym gives the name no country itself.
func ownBodyJoin(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.agencyAcronym(k) {
			return true
		}
	}
	return false
}
