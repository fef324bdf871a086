package extract

import (
	"slices"
	"strings"

	"newsgraph/gazetteer"
)

// A person's country needs a cue that belongs to that person: a demonym or
// "of X" in the person's own noun phrase (read with the mention), an
// official list valid on the article's date (resolveIn), or the voice of the
// publisher. A country named elsewhere in the sentence belongs to someone or
// something else ("Secretary Rubio met Chinese Foreign Minister Wang Yi"),
// so it is no cue: wrong is worse than unknown. The rules below add the
// cues that the mention stage cannot see from one noun phrase alone; each
// runs only for people still without a country.

// addOwnCues gives people without a country the cues that belong to them
// beyond their own noun phrase, in order of strength. Each pass runs over
// everyone before the next begins, as a later cue may read the countries
// an earlier one gave others (metColleagues, listmateCountry).
func addOwnCues(d *doc, r *resolver, nBody int) {
	for _, p := range r.people {
		if c := ledDelegationCountry(d, r, p, nBody); c != "" {
			p.country = c // "Director General Rakesh Asthana, …, led the Indian delegation"
		}
		if foreignTitleNotUS(r, p, nBody) {
			// "European External Action Service Deputy Secretary General Enrique Mora":
			// no default; the cues below may still give the country
			p.country = ""
		}
	}
	starts := newMentionStarts(r)
	for _, p := range r.people {
		if c := appositionCue(d, r, p, nBody, starts); c != "" {
			p.country = c
		}
		if p.country == "" {
			p.country = earlyBodyCue(p, nBody, func(mi int) string { return sentenceCue(d, r, p, mi, nBody) })
		}
	}
	for _, p := range r.people {
		if c := colleaguesCountry(d, r, p, nBody); c != "" {
			p.country = c
		}
	}
	for _, p := range r.people {
		if c := signatoryLineCountry(d, r, p, nBody); c != "" {
			p.country = c
		}
	}
	listOverLocalPlace(r)
	for _, p := range r.people {
		if p.country == "" {
			p.country = roleNamedCountry(p.role)
		}
	}
	listmateCountry(d, r, nBody)
	spouseCountry(r)
}

// openToCues: no mention states the person's country and no official list
// names them, so a cue beyond their own noun phrase may give it; a stated
// country or a list is stronger than any such cue.
func openToCues(r *resolver, p *personEntity) bool {
	return !statedCountry(r, p) && len(r.officialsNamed(p.name)) == 0
}

// ledDelegationCountry is the country of the delegation a person open to
// cues led or was listed in (ledDelegation), read from any of their
// mentions, or "".
func ledDelegationCountry(d *doc, r *resolver, p *personEntity, nBody int) string {
	if !openToCues(r, p) {
		return ""
	}
	for _, mi := range p.mentions {
		if c := ledDelegation(d, r.mentions[mi], mi < nBody); c != "" {
			return c
		}
	}
	return ""
}

// foreignTitleNotUS: a person given the US with no country stated, whom
// the lists do not make a US official, holds the title of a foreign or
// international body, or a title no US publisher gives its own people and
// no US office: the US was a default, and is wrong.
func foreignTitleNotUS(r *resolver, p *personEntity, nBody int) bool {
	if p.country != "US" || statedCountry(r, p) || onlyListCountry(p.name) == "US" {
		return false
	}
	return foreignOrgTitle(r, p, nBody) || notPublisherTitle(p.role) && !holdsUSOffice(r, p)
}

// appositionCue is the country an apposition after one of the first four
// body mentions states ("Political Director Jernej Müller, Slovenian
// Ministry of Foreign Affairs"), over a default, where no mention states
// one; else "".
func appositionCue(d *doc, r *resolver, p *personEntity, nBody int, starts mentionStarts) string {
	if statedCountry(r, p) {
		return ""
	}
	return earlyBodyCue(p, nBody, func(mi int) string { return appositionCountry(d, r, r.mentions[mi], starts) })
}

// sentenceCue is the country mention mi's sentence gives the person, the
// cues tried from the strongest: an "of X" or a demonym shared with those
// named beside them, the publisher's voice, the stop of a trip; or "".
func sentenceCue(d *doc, r *resolver, p *personEntity, mi, nBody int) string {
	if c := sharedOfCountry(d, r, mi, nBody); c != "" {
		return c
	}
	if c := sharedDemonym(d, r, mi, nBody); c != "" {
		return c
	}
	if c := publisherVoice(d, r, mi); c != "" {
		return c
	}
	return tripStopCountry(d, r, p, mi)
}

// colleaguesCountry is the country of the officials met beside a person
// whom a US release gave the US by default alone ("met with Foreign
// Minister Cavusoglu, …, and Chief Presidential Advisor Ibrahim Kalin"),
// or "".
func colleaguesCountry(d *doc, r *resolver, p *personEntity, nBody int) string {
	if !p.usDefault || p.country != "US" || !openToCues(r, p) {
		return ""
	}
	return earlyBodyCue(p, nBody, func(mi int) string { return metColleagues(d, r, mi, nBody) })
}

// signatoryLineCountry is the state a signatory's line names ("Italy:
// Valentina Vezzali, Secretary of State for Sport"), for a person open to
// cues with no country or only a default, or "".
func signatoryLineCountry(d *doc, r *resolver, p *personEntity, nBody int) string {
	if p.country != "" && !p.usDefault || !openToCues(r, p) {
		return ""
	}
	for _, mi := range p.mentions {
		if mi >= nBody {
			continue
		}
		if c := signatoryCountry(d, r.mentions[mi]); c != "" {
			return c
		}
	}
	return ""
}

// roleNamedCountry is the country a role names as the one it serves
// ("National Security Advisor to the Latvian President"), or the EU for a
// title of its bodies ("European External Action Service Secretary General
// Stefano Sannino"), or "": the last cue, for people still without one.
func roleNamedCountry(role string) string {
	if c := servedCountry(role); c != "" {
		return c
	}
	if euBodyTitle(role) {
		return "EU"
	}
	return ""
}

// ledDelegation reads the country of the delegation a person led:
// "Director General Rakesh Asthana, Narcotics Control Bureau, Ministry of
// Home Affairs, led the Indian delegation", "Sergey Ryabkov headed the
// Russian delegation". An apposition may stand between the name and the verb.
func ledDelegation(d *doc, m personMention, inBody bool) string {
	if !inBody {
		return ""
	}
	// the delegation before the name, whatever follows it ("The Armenian
	// delegation included …, and Deputy Central Bank Governor Nerses
	// Yeritsyan, and Ministry of Defense officials")
	if c := delegationLedBy(d, m); c != "" {
		return c
	}
	if c := delegationIncluded(d, m); c != "" {
		return c
	}
	if c := headOfDelegationCountry(d, m); c != "" {
		return c
	}
	s := d.sents[m.sent]
	k := m.t1
	if k < s.t1 && d.toks[k].text == "," { // an apposition up to its closing comma
		j := k + 1
		for j < s.t1 && j < k+20 && d.toks[j].text != "," || j+1 < s.t1 && d.toks[j].text == "," && d.toks[j+1].cap && j < k+20 {
			j++
		}
		if j >= s.t1 || d.toks[j].text != "," {
			return ""
		}
		k = j + 1
	}
	if k+3 >= s.t1 || d.toks[k].key != "led" && d.toks[k].key != "headed" || d.toks[k+1].key != "the" {
		return ""
	}
	sp := d.spanOf(k + 2)
	if sp == nil || sp.t0 != k+2 || !isCountryish(sp.phrase) || sp.t1 >= s.t1 || d.toks[sp.t1].key != "delegation" {
		return ""
	}
	return affiliationCode(sp.phrase)
}

// delegationLedBy reads "The Vietnamese delegation, led by Dao Ngoc Chien":
// the country of the delegation just before "led by" and the name.
func delegationLedBy(d *doc, m personMention) string {
	k := m.t0
	if k < 4 || d.toks[k-1].key != "by" || d.toks[k-2].key != "led" && d.toks[k-2].key != "headed" {
		return ""
	}
	j := k - 3
	if d.toks[j].text == "," {
		j--
	}
	if j < 1 || d.toks[j].key != "delegation" {
		return ""
	}
	if sp := d.spanOf(j - 1); sp != nil && sp.t1 == j && isCountryish(sp.phrase) {
		return affiliationCode(sp.phrase)
	}
	return ""
}

// euBodies are bodies of the EU that the gazetteer's phrases for the EU
// ("European Commission", "European Council") leave out.
var euBodies = []string{"european external action service", "eeas", "european parliament", "european commissioner"}

// euBodyTitle: a title that opens with the name of an EU body.
func euBodyTitle(role string) bool {
	low := strings.ToLower(role)
	for _, b := range euBodies {
		if strings.HasPrefix(low, b+" ") || low == b {
			return true
		}
	}
	return false
}

// delegationIncluded reads a person listed as a member of a country's
// delegation: "The Armenian delegation included Deputy Minister of Justice
// Grigor Minasyan, Deputy Central Bank Governor Nerses Yeritsyan, …", "a
// Zambian government delegation that included Foreign Minister Stanley
// Kakubo". No other country may be named between the delegation and the
// person.
func delegationIncluded(d *doc, m personMention) string {
	s := d.sents[m.sent]
	for k := m.t0 - 1; k > s.t0+1; k-- {
		if sp := d.spanOf(k); sp != nil && isCountryish(sp.phrase) {
			return "" // another country, nearer the person
		}
		key := d.toks[k].key
		if key != "included" && key != "including" && key != "includes" {
			continue
		}
		j := k - 1
		if d.toks[j].key == "that" || d.toks[j].key == "which" {
			j--
		}
		if j < s.t0+1 || d.toks[j].key != "delegation" {
			return ""
		}
		j--
		if d.toks[j].key == "government" {
			j--
		}
		if sp := d.spanOf(j); sp != nil && sp.t1 == j+1 && isCountryish(sp.phrase) {
			return affiliationCode(sp.phrase)
		}
		return ""
	}
	return ""
}

// usOrgWords mark an organisation named in a title as a US one:
// "Department of Commerce Under Secretary", "National Security Council
// Senior Director", "U.S. Trade Representative".
var usOrgWords = setOf("u.s.", "us", "united", "american", "department", "white", "national", "federal",
	"usaid", "nsc", "pentagon", "treasury", "commerce", "congress", "senate", "house", "army", "navy",
	"air", "marine", "coast", "state", "states", "embassy", "consulate", "mission", "office", "bureau")

// internationalWords name bodies of other states in an organisation's name
// that the gazetteer does not hold as a phrase of its own ("European
// External Action Service").
var internationalWords = setOf("european", "eu", "un", "nato", "african", "asean", "arab", "osce", "oas", "iaea")

// titleModifiers open a title without naming an organisation.
var titleModifiers = setOf("deputy", "under", "acting", "senior", "assistant", "special", "principal", "vice",
	"first", "associate", "executive", "chief", "presidential", "personal", "high", "lead", "interim", "permanent")

// foreignOrgTitle: the person's title in a US release opens with the name
// of a foreign organisation, one that names another state or body ("European
// External Action Service Deputy Secretary General Enrique Mora"); a US
// agency's name ("Homeland Security Advisor") is no such name. The publisher's voice
// then does not vouch for the title: such a person is not a US official by
// default.
func foreignOrgTitle(r *resolver, p *personEntity, nBody int) bool {
	for _, mi := range p.mentions {
		if mi >= nBody {
			continue
		}
		var prefix []string
		for _, w := range strings.Fields(r.mentions[mi].role) {
			if lw := strings.ToLower(w); roleHeads[lw] || titleModifiers[lw] {
				break
			}
			prefix = append(prefix, w)
		}
		if len(prefix) < 2 {
			continue
		}
		us, foreign := false, false
		for _, w := range prefix {
			us = us || usOrgWords[strings.ToLower(w)]
			foreign = foreign || internationalWords[strings.ToLower(w)]
		}
		toks := tokenize(strings.Join(prefix, " "), 0)
		for _, sp := range matchPhrases(toks) {
			if c := affiliationCode(sp.phrase); c != "" && c != "US" {
				foreign = true
			}
		}
		if foreign && !us {
			return true
		}
	}
	return false
}

// sharedOfCountry reads an "of X" that closes a coordination of titled
// names and so belongs to each of them: "Head of Presidential
// Administration Andriy Yermak and Foreign Minister Dmytro Kuleba of
// Ukraine". Between the names stand only "and", commas and the capitalised
// words of the next title.
func sharedOfCountry(d *doc, r *resolver, mi, nBody int) string {
	m := r.mentions[mi]
	s := d.sents[m.sent]
	end := m.t1
	for hops := 0; hops < 4; hops++ {
		next := -1
		for mj := 0; mj < nBody; mj++ {
			o := r.mentions[mj]
			if o.sent == m.sent && o.t0 >= end && (next < 0 || o.t0 < r.mentions[next].t0) {
				next = mj
			}
		}
		if next < 0 || !onlyTitleJoin(d, end, r.mentions[next].t0) {
			return ""
		}
		o := r.mentions[next]
		if c := d.countryAfter(o.t1, s.t1); c != "" {
			return c
		}
		end = o.t1
	}
	return ""
}

// sharedDemonym reads a country that opens a list of titled names and so
// belongs to each of them: "met with Ukrainian Prime Minister Denys Shmyhal,
// Foreign Minister Dmytro Kuleba, and Deputy Foreign Minister Yevhenii
// Yenin". The list's first name must have the country in its own noun
// phrase, and no name of the list another one ("Polish Foreign Minister
// Rau, Foreign Minister Landsbergis, and Estonian Foreign Minister Liimets"
// gives Landsbergis nothing).
func sharedDemonym(d *doc, r *resolver, mi, nBody int) string {
	if m := r.mentions[mi]; m.role == "" || m.inTitle {
		return ""
	}
	country, first := "", mi
	for hops := 0; hops < 6; hops++ {
		prev := listNeighbour(d, r, first, nBody, true)
		if prev < 0 {
			break
		}
		if ownBodyJoin(d, r.mentions[prev].t1, r.mentions[first].t0) {
			return "" // "NATO Deputy Secretary General Geoană and EEAS Secretary General Sannino"
		}
		first = prev
		if c := ownCountry(r, prev); c != "" {
			if country != "" && country != c {
				return "" // the list names several countries
			}
			country = c
		} else if country != "" {
			return "" // the country does not open the list
		}
	}
	if country == "" || country == "US" || ownCountry(r, first) != country {
		return "" // "U.S." marks a release's own officials, and the foreign ones after them go unmarked
	}
	for cur, hops := mi, 0; hops < 6; hops++ { // and none after it names another
		if cur = listNeighbour(d, r, cur, nBody, false); cur < 0 {
			break
		}
		if c := ownCountry(r, cur); c != "" && c != country {
			return ""
		}
	}
	return country
}

// listNeighbour is the titled mention of cur's list just before (or after)
// it in the same sentence, joined to it by a list's comma or "and", or -1.
func listNeighbour(d *doc, r *resolver, cur, nBody int, before bool) int {
	m, best := r.mentions[cur], -1
	for mj := 0; mj < nBody; mj++ {
		o := r.mentions[mj]
		if o.sent != m.sent || o.role == "" {
			continue
		}
		if before && o.t1 <= m.t0 && (best < 0 || o.t1 > r.mentions[best].t1) && listJoin(d, o.t1, m.t0) ||
			!before && o.t0 >= m.t1 && (best < 0 || o.t0 < r.mentions[best].t0) && listJoin(d, m.t1, o.t0) {
			best = mj
		}
	}
	return best
}

// ownCountry is the country of mention mi's noun phrase, or one its title
// names outside a "to"/"for" complement ("the Amir of Kuwait Sheikh Nawaf
// …"); not the person's default or list country, which a list of names
// does not share ("Secretary Blinken, Foreign Minister Shoukry, …").
func ownCountry(r *resolver, mi int) string {
	if c := r.mentions[mi].country; c != "" {
		return c
	}
	toks := tokenize(r.mentions[mi].role, 0)
	k := 0
	for _, sp := range matchPhrases(toks) {
		for ; k < sp.t0; k++ {
			if toks[k].key == "to" || toks[k].key == "for" {
				return ""
			}
		}
		if c := affiliationCode(sp.phrase); c != "" {
			return c
		}
	}
	return ""
}

// listJoin: tokens [a, b) are a list's joint ("," or "and", or both)
// followed by the capitalised words of the next name's title.
func listJoin(d *doc, a, b int) bool {
	k := a
	if k < b && d.toks[k].text == "," {
		k++
	}
	if k < b && d.toks[k].key == "and" {
		k++
	}
	if k == a || k >= b {
		return false
	}
	for ; k < b; k++ {
		t := &d.toks[k]
		if honorifics[t.key] || t.key == "highness" || t.key == "majesty" || t.key == "royal" {
			continue // "His Highness the Crown Prince Sheikh Mishal …"
		}
		if t.kind != tokWord || !(t.cap || t.key == "of" || t.key == "for" || t.key == "the" || t.key == "and") ||
			stopCaps[t.key] && t.key != "of" && t.key != "for" && t.key != "the" && t.key != "and" {
			return false // "…, and Deputy Minister of International Relations and Cooperation Alvin Botes"
		}
	}
	return true
}

// onlyTitleJoin: tokens [a, b) are a joint ("and", ",") followed by
// capitalised title words, with at least one "and".
func onlyTitleJoin(d *doc, a, b int) bool {
	and := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		switch {
		case t.key == "and":
			and = true
		case t.text == ",":
		case t.kind == tokWord && (t.cap || t.key == "of" || t.key == "for" || t.key == "the"):
			if !and {
				return false
			}
		default:
			return false
		}
	}
	return and
}

// publisherWords speak in the publisher's voice: "Our Undersecretary …",
// "the Department's Special Envoy …".
var publisherWords = setOf("our", "department's", "administration's")

// publisherVoice gives a US government release's own officials the US: a
// title introduced by "our" or "the Department's".
func publisherVoice(d *doc, r *resolver, mi int) string {
	if !r.usSource {
		return ""
	}
	m := r.mentions[mi]
	if d.ourAppositionFollows(m) {
		return "US" // "Roger Carstens, our Special Presidential Envoy for Hostage Affairs"
	}
	s := d.sents[m.sent]
	k := m.t0 - 1
	for k >= s.t0 && k >= m.t0-8 && d.toks[k].kind == tokWord && (d.toks[k].cap || d.toks[k].key == "for" || d.toks[k].key == "of") && !publisherWords[d.toks[k].key] {
		k--
	}
	if k < s.t0 {
		return ""
	}
	if publisherWords[d.toks[k].key] || d.toks[k].key == "'s" && k > s.t0 && d.toks[k-1].key == "department" {
		return "US"
	}
	return ""
}

// tripStopCountry reads the stop of a trip a US release announces: "In
// Cambodia, Assistant Secretary Kritenbrink will meet with Deputy Prime
// Minister and Foreign Minister Prak Sokhonn". A foreign office held by
// someone the traveller meets at that stop is an office of that country.
// Only a sentence that opens with "In <Country>," sets the stop, and only
// people with a foreign office (no US title) take it.
func tripStopCountry(d *doc, r *resolver, p *personEntity, mi int) string {
	if !r.usSource || p.role == "" || usRoleHeads[roleHead(p.role)] || usLocalHeads[roleHead(p.role)] {
		return ""
	}
	m := r.mentions[mi]
	if c := stopOf(d, d.sents[m.sent]); c != "" {
		return c
	}
	if c := signatoryCountry(d, m); c != "" {
		return c
	}
	return travelStop(d, d.sents[m.sent], m.t0)
}

// travelWords name a trip to the place that follows.
var travelWords = setOf("travel", "travels", "traveled", "travelled", "traveling", "travelling", "trip",
	"visit", "visits", "visited", "visiting")

// signatoryCountry reads a line that opens with a country and a colon
// before the person's name, as lists of signatories or delegations give
// them: "Poland: Kamil Bortniczuk, Minister of Sport and Tourism".
func signatoryCountry(d *doc, m personMention) string {
	s := d.sents[m.sent]
	sp := d.spanOf(s.t0)
	if sp == nil || sp.t0 != s.t0 || sp.phrase.Kind != gazetteer.KindCountry || sp.t1+1 >= s.t1 || d.toks[sp.t1].text != ":" {
		return ""
	}
	k := sp.t1 + 1
	for k < m.t0 && k < sp.t1+6 && (honorifics[d.toks[k].key] || d.toks[k].kind == tokWord && d.toks[k].cap) {
		k++ // "Austria: Vice-Chancellor Werner Kogler", "Australia: The Hon Anika Wells MP"
	}
	if k != m.t0 || sp.phrase.Code == "US" {
		return ""
	}
	return sp.phrase.Code
}

// multilateralWords mark a gathering of many states, where the people met
// come from anywhere, not from the host.
var multilateralWords = setOf("summit", "conference", "ministerial", "forum", "assembly", "session", "gathering", "convening", "g7", "g20")

// travelStop is the one foreign country a sentence sends a traveller to
// before the person at token t0 is named: "Secretary Blinken will travel to
// Rabat, Morocco, where he will meet with Prime Minister Aziz Akhanouch".
// A sentence naming two countries, an organisation or a multilateral
// gathering has no such stop.
func travelStop(d *doc, s sentence, t0 int) string {
	return travelStopBy(d, s, t0, travelWords)
}

// travelStopBy is travelStop with the words that tell the trip.
func travelStopBy(d *doc, s sentence, t0 int, words map[string]bool) string {
	trip := -1
	for k := s.t0; k < t0; k++ {
		if words[d.toks[k].key] {
			trip = k
			break
		}
	}
	if trip < 0 {
		return ""
	}
	stop := ""
	for _, sp := range d.spansIn(s.t0, s.t1) {
		code := ""
		switch sp.phrase.Kind {
		case gazetteer.KindCountry:
			code = sp.phrase.Code
		case gazetteer.KindPlace:
			code = sp.phrase.Country
		case gazetteer.KindOrg:
			return ""
		default:
			continue
		}
		if code == "" || code == "US" {
			continue
		}
		if stop != "" && stop != code || sp.t0 < trip {
			return ""
		}
		stop = code
	}
	for k := s.t0; k < s.t1; k++ {
		if multilateralWords[d.toks[k].key] {
			return ""
		}
	}
	return stop
}

// stopOf is the country of a sentence that opens "In <Country>,".
func stopOf(d *doc, s sentence) string {
	k := s.t0
	for k < s.t1 && d.toks[k].kind != tokWord {
		k++
	}
	if k+3 < s.t1 && d.toks[k].key == "while" && d.toks[k+1].key == "in" {
		k++ // "While in Panama, Secretary Blinken will meet with …"
	}
	if k+2 >= s.t1 || d.toks[k].key != "in" {
		return ""
	}
	if d.toks[k+1].key == "the" {
		k++ // "In the Arab Republic of Egypt, …"
	}
	sp := d.spanOf(k + 1)
	if sp == nil || sp.t0 != k+1 || sp.t1 >= s.t1 || d.toks[sp.t1].text != "," {
		return ""
	}
	code := ""
	switch {
	case sp.phrase.Kind == gazetteer.KindCountry:
		code = sp.phrase.Code
	case sp.phrase.Kind == gazetteer.KindPlace && sp.phrase.IsCapital:
		code = sp.phrase.Country // "In Vientiane, Deputy Secretary Sherman will meet with …"
	}
	if code == "US" {
		return ""
	}
	return code
}

// listOverLocalPlace: a governor's or mayor's place names a state or city,
// and such a name can also be a country's ("Georgia Governor Brian Kemp",
// "San Jose Mayor Sam Liccardo"). Where the official lists know the person
// under one state only, the list wins over that place.
func listOverLocalPlace(r *resolver) {
	for _, p := range r.people {
		if !usLocalHeads[roleHead(p.role)] {
			continue
		}
		if c := onlyListCountry(p.name); c != "" && c != p.country {
			p.country = c
		}
	}
}

// onlyListCountry is the one state the official lists give a name, "" when
// none or more than one.
func onlyListCountry(name string) string {
	c := ""
	for _, o := range gazetteer.OfficialsNamed(name) {
		if c != "" && o.Country != c {
			return ""
		}
		c = o.Country
	}
	return c
}

// statedCountry: one of the person's mentions states a country in its own
// noun phrase; otherwise any country came from a list or a default.
func statedCountry(r *resolver, p *personEntity) bool {
	for _, mi := range p.mentions {
		if r.mentions[mi].country != "" {
			return true
		}
	}
	return false
}

// appositionCountry reads a country in an apposition of capitalised words
// after the name: "Anže Logar, Minister of Foreign Affairs of Slovenia,",
// "Jernej Müller, Slovenian Ministry of Foreign Affairs,". The apposition
// ends at the next comma or the end of the sentence and holds no verb and
// no other person ("Sherman, Japanese Vice Foreign Minister Mori Takeo, and
// …" is a list).
func appositionCountry(d *doc, r *resolver, m personMention, starts mentionStarts) string {
	s := d.sents[m.sent]
	if m.t1 >= s.t1 || d.toks[m.t1].text != "," {
		return ""
	}
	c := ""
	k := m.t1 + 1
	if k < s.t1 && d.toks[k].key == "of" {
		return "" // "Calvin Smyre, of Georgia, to be Ambassador": where a nominee lives
	}
	for ; k < s.t1 && k <= m.t1+10; k++ {
		t := &d.toks[k]
		if t.text == "," || t.kind == tokPunct && (t.text == "." || t.text == ";") {
			break
		}
		if sp := d.spanOf(k); sp != nil {
			switch sp.phrase.Kind {
			case gazetteer.KindCountry, gazetteer.KindDemonym:
				if c != "" && c != sp.phrase.Code {
					return ""
				}
				c = sp.phrase.Code
				k = sp.t1 - 1
				continue
			}
		}
		if t.kind != tokWord || !t.cap && t.key != "of" && t.key != "for" && t.key != "the" && t.key != "and" {
			return ""
		}
	}
	if k > m.t1+10 {
		return ""
	}
	for t := m.t1 + 1; t < k; t++ {
		for _, oi := range starts[mentionStart{m.inTitle, t}] {
			if r.mentions[oi].sent == m.sent {
				return ""
			}
		}
	}
	return c
}

// mentionStart is where a mention begins: in the headline or the body, and
// the token.
type mentionStart struct {
	inTitle bool
	t0      int
}

// mentionStarts indexes the resolver's mentions by where they begin, so
// that a rule asks for those in a few tokens without walking all of an
// article's mentions (appositionCountry did for each person: quadratic in
// a list of thousands of names).
type mentionStarts map[mentionStart][]int32

func newMentionStarts(r *resolver) mentionStarts {
	starts := mentionStarts{}
	for mi := range r.mentions {
		m := &r.mentions[mi]
		starts[mentionStart{m.inTitle, m.t0}] = append(starts[mentionStart{m.inTitle, m.t0}], int32(mi))
	}
	return starts
}

// singleUSOffices have one holder at a time, whom the official lists know:
// in a US release "President Yoon" or "Attorney General Porras" is someone
// else's president or attorney general, not a US official.
var singleUSOffices = setOf("president", "vice president", "secretary of state", "attorney general",
	"secretary of defense", "national security advisor", "first lady", "second gentleman",
	"secretary of the treasury", "treasury secretary", "secretary of homeland security", "chief of staff",
	"speaker of the house", "speaker", "majority leader", "president-elect", "interim president")

// notPublisherTitle: a title that a US release does not give its own
// officials, whatever its head word: a single US office the person does not
// hold (the lists would know them), a minister or prosecutor, another
// government's "Secretary of Foreign Affairs" or "State Secretary", or a
// title that names a foreign body as its own ("Head of Cabinet of the
// President of the European Commission"; not "Ambassador to Costa Rica").
func notPublisherTitle(role string) bool {
	low := strings.ToLower(strings.TrimSpace(role))
	if singleUSOffices[low] || slices.Contains(strings.Fields(low), "sport") {
		return true // the US government has no office of sport ("Valentina Vezzali, Secretary of State for Sport")
	}
	for _, w := range []string{"minister", "prosecutor", "foreign affairs", "foreign secretary", "state secretary", "interim president",
		"national assembly", "parliament", "knesset", "duma", "majlis", "bundestag", "verkhovna rada"} {
		if strings.Contains(low, w) && !strings.Contains(low, "committee") {
			return true
		}
	}
	if c := servedCountry(role); c != "" && c != "US" {
		return true
	}
	toks := tokenize(role, 0)
	spans := matchPhrases(toks)
	complement := 0 // tokens before here may open a complement ("Envoy for Israeli and Palestinian Affairs")
	for _, sp := range spans {
		for ; complement < sp.t0; complement++ {
			switch toks[complement].key {
			case "to", "for", "on", "in", "toward", "towards", "against", "with":
				return false
			}
		}
		if c := affiliationCode(sp.phrase); c != "" && c != "US" {
			return true
		}
	}
	return false
}

// servedCountry is the state whose office or ministry a title says the
// person serves: "Advisor to the Lithuanian President" (LT), "Secretary for
// the Singapore Ministry of Sustainability" (SG); "" for "Ambassador to
// Lithuania" or "Envoy for Afghan Women".
func servedCountry(role string) string {
	toks := tokenize(role, 0)
	for _, sp := range matchPhrases(toks) {
		if c := affiliationCode(sp.phrase); c != "" && sp.t1 < len(toks) &&
			(roleHeads[toks[sp.t1].key] && toks[sp.t1].key != "representative" || toks[sp.t1].key == "ministry" || toks[sp.t1].key == "government") {
			return c
		}
	}
	return ""
}

// holdsUSOffice: the lists give the US holder of the person's office on the
// article's date under the person's surname ("Secretary of State Tony
// Blinken" for Antony Blinken).
func holdsUSOffice(r *resolver, p *personEntity) bool {
	low := strings.ToLower(p.role)
	for _, o := range gazetteer.Officials() {
		if o.Country == "US" && strings.ToLower(o.Role) == low && o.ActiveOn(r.date) &&
			lastWord(gazetteer.NameKey(o.Name)) == lastWord(gazetteer.NameKey(p.name)) {
			return true
		}
	}
	return false
}

// headlineMinisters gives a minister or premier whom no cue placed the one
// foreign country a US release's headline names ("Secretary Blinken's
// Travel to Costa Rica", "U.S.-Turkmenistan Annual Bilateral
// Consultations"): the publisher has no ministers, so the office is the
// other party's. So does any other title a US release does not give its own
// officials ("Foreign Secretary", "Permanent Secretary of the Ministry of
// Foreign Affairs"), but not a bare single office ("President"), which
// remarks use for anyone's. A headline naming two foreign countries or none
// gives nothing, nor does a former minister's office or a listed official.
func headlineMinisters(title *doc, r *resolver) {
	if !r.usSource {
		return
	}
	c := onlyForeignCountry(title)
	if c == "" {
		return
	}
	for _, p := range r.people {
		role := strings.ToLower(p.role)
		if p.country != "" || !strings.Contains(role, "minister") && !strings.Contains(role, "premier") && (singleUSOffices[role] || !notPublisherTitle(p.role)) ||
			strings.Contains(role, "former") || len(r.officialsNamed(p.name)) > 0 {
			continue
		}
		p.country = c
	}
}

// onlyForeignCountry is the one state other than the US that the doc names
// (by name or demonym), or "".
func onlyForeignCountry(d *doc) string {
	one := ""
	for _, sp := range d.spans {
		if sp.phrase.Kind != gazetteer.KindCountry && sp.phrase.Kind != gazetteer.KindDemonym {
			continue
		}
		if c := sp.phrase.Code; c != "US" && c != "" {
			if one != "" && one != c {
				return ""
			}
			one = c
		}
	}
	return one
}

// earlyBodyCue is the first country that cue gives for one of the person's
// first four mentions in the body, or "".
func earlyBodyCue(p *personEntity, nBody int, cue func(mi int) string) string {
	for n, mi := range p.mentions {
		if mi >= nBody || n > 3 {
			continue
		}
		if c := cue(mi); c != "" {
			return c
		}
	}
	return ""
}

// meetWords open the list of the people a traveller meets: "met with",
// "will meet", "meetings with".
var meetWords = setOf("met", "meet", "meets", "meeting", "meetings", "including", "included", "welcomed", "welcome", "welcoming", "hosted", "host", "hosting", "spoke", "speak", "called", "call", "talked")

// metColleagues reads the country of the officials a US release's
// traveller meets, for one of them whose title only looks American
// ("Deputy Secretary Sherman will … meet with Foreign Minister Cavusoglu,
// Deputy Foreign Minister Sedat Onal, and Chief Presidential Advisor Ibrahim
// Kalin"): the list right after a meeting verb holds the hosts, so a
// member whose country came only from the US default takes the one foreign
// country the other members hold. A member who is a US official by a cue
// or a list, or two foreign countries, give nothing.
func metColleagues(d *doc, r *resolver, mi, nBody int) string {
	m := r.mentions[mi]
	if m.inTitle || m.role == "" {
		return ""
	}
	members := []int{mi}
	first := mi
	for hops := 0; hops < 8; hops++ {
		prev := listNeighbour(d, r, first, nBody, true)
		if prev < 0 {
			break
		}
		first = prev
		members = append(members, prev)
	}
	for cur, hops := mi, 0; hops < 8; hops++ {
		if cur = listNeighbour(d, r, cur, nBody, false); cur < 0 {
			break
		}
		members = append(members, cur)
	}
	if !afterMeetVerb(d, r.mentions[first]) {
		return ""
	}
	country := ""
	for _, mj := range members[1:] {
		c := ownCountry(r, mj)
		if c == "" {
			if pi := r.mentionOf[mj]; pi >= 0 && !r.people[pi].usDefault {
				c = r.people[pi].country
			}
		}
		if c == "" {
			continue
		}
		if c == "US" || country != "" && country != c {
			return ""
		}
		country = c
	}
	return country
}

// meetAdverbs may stand between a meeting verb and its "with": the day or
// the manner of the encounter ("met today with", "spoke by phone yesterday
// with", "met separately with", "meeting earlier this morning with").
var meetAdverbs = setOf("today", "yesterday", "tonight", "tomorrow", "this", "morning", "afternoon", "evening",
	"earlier", "later", "last", "week", "again", "also", "briefly", "separately", "virtually", "jointly",
	"bilaterally", "trilaterally", "by", "phone", "telephone", "video")

// afterMeetVerb: the mention's title opens right after a meeting verb, or
// after its "with" ("met with", "will meet", "held meetings with", "met
// today with": up to four meetAdverbs between the verb and "with").
func afterMeetVerb(d *doc, m personMention) bool {
	s := d.sents[m.sent]
	k := m.t0 - 1
	for k > s.t0 && d.toks[k].kind == tokWord && (d.toks[k].cap || d.toks[k].key == "of" || d.toks[k].key == "for" || d.toks[k].key == "the" || d.toks[k].key == "and") && !meetWords[d.toks[k].key] && d.toks[k].key != "with" {
		k-- // back over the title's words
	}
	if k >= s.t0 && d.toks[k].key == "the" {
		k--
	}
	if k < s.t0 {
		return false
	}
	if d.toks[k].key == "with" && k > s.t0 {
		k--
		for j := k; j > s.t0 && j > k-4 && meetAdverbs[d.toks[j].key]; j-- {
			if meetWords[d.toks[j-1].key] {
				return true
			}
		}
	}
	return meetWords[d.toks[k].key]
}

// formerOffices gives a person whom no cue placed the state of an office the
// person held before 2015, where the text titles them with that office
// ("former Secretary of State Madeleine Albright", "Vice President
// Mondale"): a former term alone is no cue, since a namesake may bear the
// name ("Judge Alan B. Johnson" is no UK Home Secretary), but a name and
// its office together are. Terms of two states give nothing.
func formerOffices(r *resolver) {
	for _, p := range r.people {
		if p.country != "" || roleHead(p.role) == "" {
			continue
		}
		country := ""
		for _, o := range gazetteer.FormerOfficialsNamed(p.name) {
			if roleHead(o.Role) != roleHead(p.role) && !sameOffice(o.Role, p.role) {
				continue
			}
			if country != "" && country != o.Country {
				country = ""
				break
			}
			country = o.Country
		}
		p.country = country
	}
}

// formerActors gives a titled person whom no cue or list placed the state
// the Phoenix dictionary codes them for ("President Lech Kaczyński",
// "Chairman Abdullah Abdullah"): it ends in 2014, so it tells no office, but
// a state's politicians seldom change state. An office of an international
// body ("Commissioner for Justice Didier Reynders") is not the state's.
func formerActors(r *resolver) {
	for _, p := range r.people {
		if p.country == "" && roleHead(p.role) != "" && !internationalOffice(p.role) && !euBodyTitle(p.role) {
			p.country = gazetteer.ActorState(p.name)
		}
	}
}

// abroadWords tell a trip abroad whose stop follows them: travelWords and a
// delegation's ("led an interagency delegation to Paris, France").
var abroadWords = func() map[string]bool {
	m := setOf("delegation")
	for w := range travelWords {
		m[w] = true
	}
	return m
}()

// tripHosts gives an official whom a US release's travellers met on a trip
// to one foreign country that country, where the only cue was the US
// default of a title that looks American: "Assistant to the President …
// Liz Sherwood-Randall led an interagency delegation to Paris, France. They
// met with … Admiral Jean-Philippe Rolland and separately with National
// Intelligence and Counter-Terrorism Coordinator Laurent Nuñez". Those met
// abroad are the hosts. The stop is the one foreign country a trip word
// sends the travellers to, in the sentence, the two before it or the
// headline ("… Visit to France"); a multilateral gathering has guests from
// anywhere and gives none. Without a trip, a sentence that opens with a
// foreign place ("In Ho Chi Minh City, …") is the stop (cityStopOf). An
// ambassador or a legislator met there may be the US's own (travellingOffices).
func tripHosts(d, title *doc, r *resolver, nBody int) {
	if !r.usSource {
		return
	}
	for _, p := range r.people {
		if !p.usDefault || p.country != "US" || statedCountry(r, p) || len(r.officialsNamed(p.name)) > 0 ||
			travellingOffices[roleHead(p.role)] {
			continue
		}
		c := earlyBodyCue(p, nBody, func(mi int) string {
			if !metByTravellers(d, r, mi) {
				return ""
			}
			m := r.mentions[mi]
			if c := tripCountry(d, title, m); c != "" {
				return c
			}
			return cityStopOf(d, d.sents[m.sent]) // "In Ho Chi Minh City, Deputy Secretary Sherman will meet with …"
		})
		if c != "" {
			p.country = c
		}
	}
}

// travellingOffices are the US offices whose holders a US traveller meets
// abroad: the ambassador there, and members of Congress on a trip of their
// own ("met with … Senator Tom Caldwell in San José").
var travellingOffices = setOf("ambassador", "chargé", "charge", "affaires", "d'affaires", "senator", "congressman",
	"congresswoman", "representative", "speaker", "leader", "whip", "member")

// bodyWords name an international body in an officer's title ("Economic
// Commission for Latin America and the Caribbean Acting Executive Secretary
// Mario Cimoli", met in Santiago, is no Chilean official).
var bodyWords = setOf("commission", "organization", "organisation", "bank", "fund", "programme", "program",
	"union", "nations", "agency")

// metByTravellers: the mention is the object of "met with" (or "will meet
// with", "meets with"), maybe after "separately", "also" or "and", after
// the list's members before it (also over "…, as well as": asWellAsAfter;
// a group's "top UAE officials including": officialsIncluding; particles
// inside names: nameParticleIn; up to 80 tokens back, as such lists run
// long: withOfMetList) and one lower-case word after "with" ("municipal
// Party Secretary"), whose subject is a pronoun or "the delegation" just
// before the verb ("During the trip, they met with …": travellersSubject)
// or an official of the US, the release's own traveller (usOfficialBefore).
func metByTravellers(d *doc, r *resolver, mi int) bool {
	m := r.mentions[mi]
	t0 := d.sents[m.sent].t0
	with := withOfMetList(d, t0, m.t0)
	if with < 0 {
		return false
	}
	verb := meetVerbBefore(d, t0, with)
	if verb < 0 || purposeBetween(d, verb, with) {
		return false
	}
	return travellersSubject(d, t0, verb) || usOfficialBefore(r, mi, verb)
}

// withOfMetList returns the "with" before the mention that starts at token
// start, reached back over the mention's title and the list's members before it,
// up to 80 tokens, as such lists run long; or -1 where another word comes
// first, or where the title names an international body (bodyWords): its
// officer is the body's, met by no traveller of a country.
func withOfMetList(d *doc, t0, start int) int {
	k := start - 1
	for k > t0 && k > start-80 && d.toks[k].key != "with" {
		if j := asWellAsAfter(d, t0, k); j >= 0 {
			k = j // "met with A and B in a joint meeting, as well as C": over to B
			continue
		}
		if j := officialsIncluding(d, t0, k); j >= 0 {
			k = j // "met with …, as well as top UAE officials including A, B, and C"
			continue
		}
		if !inMetList(d, t0, k) {
			break
		}
		if bodyWords[d.toks[k].key] {
			return -1 // an officer of a body the title names is the body's
		}
		k-- // back over the title's words, and the list's names before it ("met with A, B, and C")
	}
	if k <= t0 || d.toks[k].key != "with" {
		return -1
	}
	return k
}

// inMetList: token k may stand in a list of titled names after "with": a
// capitalised word, a name's or title's small word ("of", "for", "the",
// "and", a particle), a comma, or one lower-case word after "with"
// ("municipal Party Secretary").
func inMetList(d *doc, t0, k int) bool {
	t := &d.toks[k]
	small := t.key == "of" || t.key == "for" || t.key == "the" || t.key == "and"
	return t.kind == tokWord && (t.cap || small || nameParticleIn(d, k, t0)) || t.text == "," || lowerModifierAfterWith(d, k)
}

// meetVerbBefore returns the "met", "meet" or "meets" nearest before "with"
// (token with), up to 30 tokens back in the sentence, or -1: only a meeting
// makes its object someone the travellers met.
func meetVerbBefore(d *doc, t0, with int) int {
	for j := with - 1; j >= t0 && j >= with-30; j-- {
		if key := d.toks[j].key; key == "met" || key == "meet" || key == "meets" {
			return j
		}
	}
	return -1
}

// purposeBetween: a word between the verb and "with" says a purpose or a
// topic ("met … to discuss cooperation with X"), so X is no one met.
func purposeBetween(d *doc, verb, with int) bool {
	for j := verb + 1; j < with; j++ {
		if key := d.toks[j].key; key == "to" || key == "discuss" || key == "about" {
			return true
		}
	}
	return false
}

// travellersSubject: the verb's subject, within three tokens before it, is
// a pronoun or "the delegation" ("They met with …", "During the trip, they
// met with …", "The delegation also met with …"), which in a release are
// its own travellers.
func travellersSubject(d *doc, t0, verb int) bool {
	for j := verb - 1; j >= t0 && j >= verb-3; j-- {
		if key := d.toks[j].key; key == "they" || key == "he" || key == "she" || key == "delegation" {
			return true
		}
	}
	return false
}

// usOfficialBefore: a mention of a US official stands before the verb in
// the mention's sentence, the release's own traveller. Every mention of the
// sentence is read, as they are not in text order ("Roger Carstens, our
// special presidential envoy …, did meet with General …": the titled
// General comes first).
func usOfficialBefore(r *resolver, mi, verb int) bool {
	lo, hi := r.sentenceMentions(mi)
	for j := lo; j < hi; j++ {
		if pi := r.mentionOf[j]; j != mi && pi >= 0 && r.mentions[j].t0 < verb && r.people[pi].country == "US" {
			return true
		}
	}
	return false
}

// tripCountry is the one foreign country of the trip told in the mention's
// sentence, in the two before it, or in the headline. A place in the US
// nearer to the mention ends the trip abroad ("In Honolulu, Hawaii, …
// Secretary Blinken also will meet with … Admiral John Aquilino", after
// the stop in Fiji).
func tripCountry(d, title *doc, m personMention) string {
	for si := m.sent; si >= 0 && si >= m.sent-2; si-- {
		t0 := d.sents[si].t1
		if si == m.sent {
			t0 = m.t0
		}
		for _, sp := range d.spansIn(d.sents[si].t0, t0) {
			if sp.phrase.Kind == gazetteer.KindPlace && sp.phrase.Country == "US" {
				return ""
			}
		}
		if c := travelStopBy(d, d.sents[si], t0, abroadWords); c != "" {
			return c
		}
	}
	if title != nil && len(title.sents) > 0 {
		s := sentence{t0: 0, t1: len(title.toks)}
		return travelStopBy(title, s, s.t1, abroadWords)
	}
	return ""
}

// asWellAsAfter reads back from token k over a list's joint ", as well as"
// and a short lower-case phrase before it that closes the previous member
// ("Acting Prime Minister Claude Joseph and Prime Minister-Designate Ariel
// Henry in a joint meeting, as well as Senate President Joseph Lambert"):
// it returns the last token of that member, or -1. A phrase that tells a
// purpose or a topic ("to discuss …", "about …") closes no list member.
func asWellAsAfter(d *doc, s0, k int) int {
	if k-3 < s0 || d.toks[k].key != "as" || d.toks[k-1].key != "well" || d.toks[k-2].key != "as" || d.toks[k-3].text != "," {
		return -1
	}
	j := k - 4
	for n := 0; j > s0 && n < 6 && d.toks[j].kind == tokWord && !d.toks[j].cap; n, j = n+1, j-1 {
		if key := d.toks[j].key; key == "to" || talkVerbs[key] || topicStops[key] || key == "who" || key == "which" || key == "that" {
			return -1
		}
	}
	if j <= s0 || !d.toks[j].cap {
		return -1
	}
	return j
}

// lowerModifierAfterWith: token k is one lower-case word between "with" and
// a capitalised title ("met with municipal Party Secretary Nguyen Van Nen").
func lowerModifierAfterWith(d *doc, k int) bool {
	return k > 0 && k+1 < len(d.toks) && d.toks[k-1].key == "with" && d.toks[k].kind == tokWord && !d.toks[k].cap &&
		d.toks[k+1].cap && !stopCaps[d.toks[k].key]
}

// cityStopOf is stopOf for any place of one foreign country, not only a
// capital: "In Ho Chi Minh City, Deputy Secretary Sherman will meet with
// municipal Party Secretary Nguyen Van Nen". Read only for the people the
// release's travellers meet there (metByTravellers), whose title only
// looked American.
func cityStopOf(d *doc, s sentence) string {
	if c := stopOf(d, s); c != "" {
		return c
	}
	k := s.t0
	for k < s.t1 && d.toks[k].kind != tokWord {
		k++
	}
	if k+2 >= s.t1 || d.toks[k].key != "in" {
		return ""
	}
	sp := d.spanOf(k + 1)
	if sp == nil || sp.t0 != k+1 || sp.t1 >= s.t1 || d.toks[sp.t1].text != "," || sp.phrase.Kind != gazetteer.KindPlace {
		return ""
	}
	if c := sp.phrase.Country; c != "US" {
		return c
	}
	return ""
}

// nameParticleIn: token k is a lower-case particle inside a name of the
// list of those met, between capitalised words ("Sheikh Mohamed bin Zayed
// bin Sultan Al Nahyan"), which the walk back to "with" passes over.
func nameParticleIn(d *doc, k, s0 int) bool {
	return k > s0 && k+1 < len(d.toks) && gazetteer.IsNameParticle(d.toks[k].key) && d.toks[k-1].cap && d.toks[k+1].cap
}

// groupNouns name the officials a list of those met is drawn from, and
// groupModifiers may stand before them ("top UAE officials including …").
var (
	groupNouns     = setOf("officials", "leaders", "ministers", "representatives", "counterparts", "interlocutors")
	groupModifiers = setOf("top", "senior", "other", "government", "key", "local")
)

// officialsIncluding: token k is "including" after a group of officials
// ("as well as top UAE officials including Foreign Minister …"), whose
// list the walk back to "with" passes over; it returns the token before the
// group's words, or -1.
func officialsIncluding(d *doc, s0, k int) int {
	if k-2 <= s0 || d.toks[k].key != "including" || !groupNouns[d.toks[k-1].key] {
		return -1
	}
	j := k - 2
	for n := 0; j > s0 && n < 3 && d.toks[j].kind == tokWord && (d.toks[j].cap || groupModifiers[d.toks[j].key]); n, j = n+1, j-1 {
	}
	return j
}
