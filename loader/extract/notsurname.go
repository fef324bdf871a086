package extract

import "newsgraph/gazetteer"

// A bare capitalised word that no title vouches for may stand for a listed
// official by surname ("Putin's war", "Blinken said"), but not where the text
// shows it is something else: a US city given with its state ("Austin, TX" in
// a list of jurisdictions is no Lloyd Austin), or the given name of someone
// the text names in full ("Austin Tice … secure Austin's release").

// usStateCodes are the postal codes of the US states and DC, as a city's
// state is given after it ("Austin, TX").
var usStateCodes = setOf("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
	"IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
	"ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY")

// cityWithState: the bare word ending at token e is followed by a comma and
// a US state, by its postal code or by a place the gazetteer lists in the
// US ("Austin, TX", "Austin, Texas"): the word is a city.
func (d *doc) cityWithState(e, s1 int) bool {
	if e+1 >= s1 || d.toks[e].text != "," {
		return false
	}
	if usStateCodes[d.toks[e+1].text] {
		return true
	}
	si := d.spanAt[e+1]
	if si < 0 {
		return false
	}
	p := d.spans[si].phrase
	return p.Kind == gazetteer.KindPlace && p.Country == "US" && d.spans[si].t0 == e+1
}

// givenNameOfOther: the bare word w opens a name of two or more words that
// the text gives and that is nobody's the lists know (keyOf[mi] are the
// mentions' name keys; unresolved ones are no listed official's): the word
// is that person's given name ("Austin Tice" … "Austin"), not a surname.
func (r *resolver) givenNameOfOther(w string, keyOf [][]string) bool {
	for mi, k := range keyOf {
		if len(k) >= 2 && k[0] == w && r.mentionOf[mi] < 0 && len(gazetteer.OfficialsNamed(r.mentions[mi].name)) == 0 {
			return true
		}
	}
	return false
}
