package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
	"newsgraph/schema"
)

// Organisation types, where the text or a list makes them plain.
const (
	OrgGovernment    = "government"    // a ministry, agency, legislature, court, army
	OrgCompany       = "company"       // a business
	OrgParty         = "party"         // a political party
	OrgInternational = "international" // an international organisation (the gazetteer's list)
	OrgOther         = "other"
)

// recognised adds to the entities the people, organisations and places that
// the learned recogniser (package ner) finds in the body and that no earlier
// stage covers: the gazetteers' spans (countries, organisations, places and
// nationality adjectives) and the officials' mentions win where they
// overlap. Within the article a surname or a first name alone resolves to
// the one full name it ends or starts ("Moreau" → "Nick Moreau"), and an
// acronym to the organisation it abbreviates. Names found only in a
// headline or in capitals are dropped: capitalisation there is no evidence.
// A full name after a personal style that the recogniser misses is a
// person too (styled).
func recognised(d *doc, r *resolver, nBody int, covered [][2]int, styled []styledPerson, add func(id, typ, name string, m Mention) *Entity) {
	model, err := ner.Default()
	if err != nil {
		return // the embedded model is checked by package ner's tests
	}
	people, others := recognisedNames(d, model, coveredBy(covered))
	people, others = withStyledPeople(d, people, others, styled) // "Rabbi Dara Frimmer" (styledperson.go)
	addRecognisedPeople(d, r, people, add)
	addRecognisedOthers(d, r, others, add)
}

// recognisedName is a span of the recogniser and the name it gives.
type recognisedName struct {
	sp   ner.Span
	name string
}

// coveredBy reports whether a byte range overlaps one of covered, the
// spans an earlier stage took (covered is sorted in place by start).
func coveredBy(covered [][2]int) func(s, e int) bool {
	sort.Slice(covered, func(i, j int) bool { return covered[i][0] < covered[j][0] })
	return func(s, e int) bool {
		k := sort.Search(len(covered), func(i int) bool { return covered[i][1] > s })
		return k < len(covered) && covered[k][0] < e
	}
}

// recognisedNames returns the recogniser's people apart from its
// organisations and places, leaving out the spans an earlier stage covers,
// those found only in a headline or capitals, and names that are no one
// thing the graph can hold: a generic name ("the Commission") or a group's
// acronym ("AAPI").
func recognisedNames(d *doc, model *ner.Model, overlaps func(s, e int) bool) (people, others []recognisedName) {
	orgOverlaps := d.orgOverlaps(overlaps) // "Haitian National Police" keeps its nationality (nationalbody.go)
	voted := map[[2]int]ner.Type{}
	spans := model.FindTokensVoted(d.words, voted)
	for i, sp := range spans {
		if v := voted[[2]int{sp.Start, sp.End}]; v == ner.Person {
			spans[i].Type = guardedType(cleanEntityName(d.text[sp.Start:sp.End]), v, sp.Type) // "Gabrielle Union" (personshape.go)
		}
	}
	spans = widenedOrgs(d.text, spans, orgOverlaps)
	spans = widenedPeoples(d.text, spans) // "Donetsk People’s Republic" (peoplesnames.go)
	surnames := personSurnames(d.text, spans)
	parties := caseParties(d.text, spans)     // "Roe v. Wade" (courtcases.go)
	bodies := appositiveBodies(d.text, spans) // "Millicom, a telecommunications company" (offlistforms.go)
	for _, sp := range spans {
		if sp.Uncertain {
			continue
		}
		name := cleanEntityName(d.text[sp.Start:sp.End])
		sp.Type = retyped(d.text, sp, name, surnames) // "the Taliban", "Korea" (listedorgs.go)
		sp.Type = headWordType(name, sp.Type)         // "Mohegan Tribe", "Cobb County" (personshape.go)
		sp.Type = bodyHeadedPlace(name, sp.Type)      // "the World Economic Forum" (offlistforms.go)
		if bodies[name] {
			sp.Type = ner.Organization // "Giffords, a nonprofit organization", "Showa Best Glove, Inc." (offlistforms.go)
		}
		if sp.Type != ner.Person && givenTheFloor(d.text, sp.Start, sp.End) {
			sp.Type = ner.Person // "Go ahead, Weijia.": a reporter (offlistnames.go)
		}
		if chamberName(name) {
			sp.Type = ner.Organization // "the House passed a bill" (peoplesnames.go)
		}
		name = peoplesNodeName(name)
		if sp.Type == ner.Organization && orgOverlaps(sp.Start, sp.End) || sp.Type != ner.Organization && overlaps(sp.Start, sp.End) {
			continue
		}
		if namesNoOne(d.text, sp, name, parties, surnames) {
			continue // "Roe v. Wade", "the Gerald R. Ford School", "the Tribe" (personshape.go)
		}
		if ellipticModifier(d.text, sp.Start, sp.End) || titleOrDegree(d.text, sp.Start, sp.End, surnames) || namesCounty(d.text, sp.End) {
			continue // "Central and Eastern Europe", "Nominee for", "his B.S.", "Prince George’s County": no name alone (offlistnames.go)
		}
		if brokenOff(d.text, sp.End) || sp.Type != ner.Person && stateWordAlone(name) {
			continue // "the Pr- — the President", "back in the States": a broken word, a state's word alone (offlistforms.go)
		}
		if name == "" || sp.Type != ner.Person && ner.GenericName(name) {
			continue // "the Commission" names no one body the graph can hold
		}
		if sp.Type == ner.Organization && notOrganisation(name) {
			continue // "Nuclear Nonproliferation Treaty", "State of the Union": no body (notorgs.go)
		}
		if sp.Type == ner.Organization && groupAcronym(name) {
			continue // "AAPI", "LGBTQ+", "DACA": a group or programme (groupacronyms.go)
		}
		if sp.Type != ner.Organization && !strings.Contains(name, " ") && (administrationAfter(d.text, sp.End) || administrationsShared(d.text, sp.End)) {
			continue // "the Biden-Harris Administration", "the Clinton and Obama Administrations" name no one and no place (administration.go, offlistnames.go)
		}
		if sp.Type != ner.Organization && variantLetter(d.text, name) {
			continue // "through Delta and Omicron": a virus variant (offlistnames.go)
		}
		if sp.Type == ner.Person && strings.ContainsAny(name, "0123456789") {
			continue // "000Sri Lanka1", "Burkina Faso302" of a table, "Memorandum M-14-06": no one's name has a digit
		}
		if sp.Type == ner.Person && surnamePair(name) {
			continue // "the Biden-Xi call": two officials' surnames name no one person (surnamepair.go)
		}
		if sp.Type == ner.Person && nameSuffixTok[strings.ToLower(name)] {
			continue // "Dr. Martin Luther King, Jr.": the suffix the recogniser tags apart names no one
		}
		if sp.Type == ner.Person {
			people = append(people, recognisedName{sp, name})
		} else {
			others = append(others, recognisedName{sp, name})
		}
	}
	return people, others
}

// addRecognisedPeople adds the people, each under the official lists'
// spelling of its name, and a one-word name under the one full name of the
// article (an official's or the recogniser's) that ends or starts with it;
// where two do, it stays as it is, since it could be either. A head word
// left alone ("Hill", "Board") is no person, as it is no place or
// organisation (recognisedNames).
func addRecognisedPeople(d *doc, r *resolver, people []recognisedName, add func(id, typ, name string, m Mention) *Entity) {
	for i, f := range people {
		people[i].name = listedSpelling(r, f.name)
	}
	textFirst := shortFormNames(r, people) // "Tony Blinken" is Antony Blinken (stubnames.go)
	full := fullNamesByWord(r, people, textFirst)
	fulls := newFullsByFirst(fullNamesOf(full))
	byStart := map[int]string{} // the full names by where they start, for coupleSurname
	for _, f := range people {
		byStart[f.sp.Start] = f.name
	}
	for _, f := range people {
		name := f.name
		if l := full[name]; !strings.Contains(name, " ") && len(l) == 1 {
			if r.reporterAddress(d.text, f.sp.Start, f.sp.End, l[0]) {
				continue // "Go ahead, Jeff.": a reporter, no Jeff Zients (reporterstub.go)
			}
			name = l[0] // one full name ends or starts with it; two leave it as it is
		} else if len(l) == 0 {
			if o := r.soleOfficialBySurname(d, name, f.sp.Start); o != "" {
				name = o // the one official in office of that surname (surnamealone.go)
			} else if o := shortFormFull(name, fulls); o != "" {
				name = o // "Tony" of Antony Blinken (stubnames.go)
			} else if o := coupleSurname(d.text, f, byStart); o != "" {
				name = o // "Kim and John Johnson" (stubnames.go)
			}
		}
		if !strings.Contains(name, " ") && stubNoOne(d.text, f.sp.Start, f.sp.End) {
			continue // "The Biden family", "So, Kim, first": no one person (stubnames.go)
		}
		if ner.GenericName(name) {
			continue // "the Hill", "the Board", "Justice Department": a head word alone is no one's name, as no place's
		}
		add(schema.PersonID(name), "Person", name, mentionOfBytes(d, f.sp.Start, f.sp.End))
	}
}

// fullNamesByWord maps the first and the last word of each full name of
// the article, the officials' and then the recogniser's, to the names, up
// to two: two are enough to say a short form is ambiguous. The first word
// the text gave a renamed name (textFirst, shortFormNames) maps to the name
// too.
func fullNamesByWord(r *resolver, people []recognisedName, textFirst [][2]string) map[string][]string {
	full := map[string][]string{}
	addWord := func(w, name string) {
		if l := full[w]; len(l) < 2 && !slices.Contains(l, name) {
			full[w] = append(l, name)
		}
	}
	addFull := func(name string) {
		words := strings.Fields(name)
		addWord(words[0], name)
		addWord(words[len(words)-1], name)
	}
	for _, tf := range textFirst {
		addWord(tf[0], tf[1])
	}
	for _, p := range r.people {
		if p.official && strings.Contains(p.name, " ") {
			addFull(p.name)
		}
	}
	for _, f := range people {
		if strings.Contains(f.name, " ") {
			addFull(f.name)
		}
	}
	return full
}

// addRecognisedOthers adds the organisations and places: a place that is a
// country's name, cased as the gazetteer matches it, is that country; an
// acronym joins the organisation it abbreviates in the article ("WHO" → "World
// Health Organization"), and an organisation whose type no earlier stage knew
// is typed from its name and context (orgType).
func addRecognisedOthers(d *doc, r *resolver, others []recognisedName, add func(id, typ, name string, m Mention) *Entity) {
	acronyms := map[string]string{}
	for _, f := range others {
		if f.sp.Type == ner.Organization && strings.Contains(f.name, " ") {
			if a := acronymOf(f.name); len(a) >= 2 {
				acronyms[a] = f.name
			}
		}
	}
	for _, f := range others {
		name := f.name
		m := mentionOfBytes(d, f.sp.Start, f.sp.End)
		if f.sp.Type == ner.Place {
			c, ok := recognisedCountry(name)
			if cc, news := newsCountry(d.text, f.sp.End, name); news {
				c, ok = gazetteer.CountryByCode(cc) // "Korea", "United State" (listedorgs.go)
			}
			if ok {
				add(schema.CountryID(c.Code), "Country", c.Name, m)
				continue
			}
			if p := personOfSurname(r, name); p != "" {
				add(schema.PersonID(p), "Person", p, m) // "the Zelenskyy visit" (placesurname.go)
				continue
			}
			add(schema.PlaceID(name), "Place", name, m)
			continue
		}
		if long, ok := acronyms[name]; ok {
			name = long
		}
		name = usBodyName(name) // one node for a body's forms (usbodies.go)
		if o, ok := gazetteer.NamedOrgByForm(name); ok {
			add(schema.OrgID(o.Name), "Organization", o.Name, m).OrgType = o.Type // "Houthi" → the Houthis (listedorgs.go)
			continue
		}
		e := add(schema.OrgID(name), "Organization", name, m)
		if e.OrgType == "" || e.OrgType == OrgOther {
			e.OrgType = orgType(name, d, f.sp.Start, f.sp.End)
		}
	}
}

// cleanEntityName joins a span's words with single spaces and turns an
// all-capitals name of several words into title case.
func cleanEntityName(s string) string {
	if spaced, lower, upper, ok := plainASCIIName(s); ok {
		// most names: already single-spaced, so no words to split and join
		if spaced && upper && !lower {
			return titleWord(strings.ToLower(s))
		}
		if spaced {
			return strings.Clone(s) // a copy, as the join made: a name kept does not hold the article's text
		}
		return s
	}
	s = strings.Join(strings.Fields(s), " ")
	if strings.ContainsRune(s, ' ') && strings.ToUpper(s) == s && strings.ToLower(s) != s {
		s = titleWord(strings.ToLower(s))
	}
	return s
}

// plainASCIIName reports (ok) an ASCII name that strings.Fields and a join
// with single spaces leave as it is: no white space but single spaces
// between words. It says too whether the name has a space and any
// lower-case and upper-case letters, which for ASCII is what comparing it
// with strings.ToUpper and strings.ToLower of it says.
func plainASCIIName(s string) (spaced, lower, upper, ok bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false, false, false, false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false, false, false, false
			}
			spaced = true
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return spaced, lower, upper, true
}

// acronymOf is the initials of a name's capitalised words ("World Health
// Organization" → "WHO").
func acronymOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// recognisedCountry finds the country a place of the recogniser's names,
// matched whole as the gazetteer matches text (matchPhrases): a short form
// kept in capitals must be in capitals, so "Car" of a cut-off word ("Richard
// [Roger] Car- — … Carstens"), "Pr-" and "Vi-" of "President", and "Us" of
// "Think of Us" stay places, not the Central African Republic, Puerto Rico,
// the Virgin Islands and the United States.
func recognisedCountry(name string) (gazetteer.Country, bool) {
	toks := tokenize(name, 0)
	sp := matchPhrases(toks)
	if len(sp) != 1 || sp[0].t0 != 0 || sp[0].t1 != len(toks) || sp[0].phrase.Kind != gazetteer.KindCountry {
		return gazetteer.Country{}, false
	}
	return gazetteer.CountryByCode(sp[0].phrase.Code)
}

// Words of organisation names that say what kind of body it is.
var (
	partyWords   = setOf("party", "democrats", "republicans", "labour", "tories")
	companyWords = setOf("inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc", "llp", "pllc",
		"plc", "ag", "gmbh", "s.a.", "airlines", "airways", "motors", "holdings", "technologies", "industries",
		"pharmaceuticals", "enterprises", "bancorp")
	// governmentWords type a whole name as a state's body: stateBodyWords
	// and words that only a state's body holds. The heads a private body
	// shares ("Committee", "Service", "Board", "Office": "American Jewish
	// Committee", "Jesuit Refugee Service") stay out, unlike
	// publicBodyWords, which read a body after a public office.
	governmentWords = unionOf(stateBodyWords, setOf("cabinet", "police", "military", "force", "forces",
		"authority", "secretariat", "treasury", "legislature", "judiciary", "pentagon", "kremlin", "whitehall"))
	// companyCues before or after a name in its sentence mark a business
	companyCues = setOf("company", "firm", "giant", "maker", "manufacturer", "retailer", "startup",
		"start-up", "carrier", "conglomerate", "ceo", "shares", "subsidiary", "brand", "chain", "bank")
)

// sharedBodyHeads end the names of a state's bodies and of private ones
// ("Service", "Board"), so governmentWords leave them out; after
// nationalBodyOpeners they name a state's ("National Park Service",
// "National Mediation Board", "Federal Security Service": orgs11's samples,
// about 80 open-corpus mentions in 45 articles typed other).
var (
	sharedBodyHeads     = setOf("service", "services", "board", "office", "corps")
	nationalBodyOpeners = setOf("national", "federal", "u.s.")
)

// orgType classifies an organisation by its name, a list of well-known
// government bodies and the gazetteer's international organisations, and
// words just before or after the mention ("tech giant Microsoft",
// "Microsoft's CEO").
func orgType(name string, d *doc, start, end int) string {
	lower := strings.ToLower(name)
	if _, ok := gazetteer.OrgByCode(strings.ToUpper(name)); ok {
		return OrgInternational
	}
	for _, o := range gazetteer.Orgs() {
		if strings.EqualFold(o.Name, name) {
			return OrgInternational
		}
	}
	if b, ok := gazetteer.TypedBodyNamed(name); ok {
		return b.Type // "Security Council": no ministry's council (bodies_typed.tsv)
	}
	if isUSBody(name) {
		return OrgGovernment // usBodyName gave "CDC" its full name, which has no government word
	}
	words := strings.Fields(lower)
	for _, w := range words {
		if partyWords[w] {
			return OrgParty
		}
	}
	if companyWords[words[len(words)-1]] {
		return OrgCompany
	}
	for _, w := range words {
		if governmentWords[w] {
			return OrgGovernment
		}
	}
	if nationalBodyOpeners[words[0]] && sharedBodyHeads[words[len(words)-1]] {
		return OrgGovernment // "National Park Service", "National Mediation Board"
	}
	if chamberCommittee(name) {
		return OrgGovernment // "the House Foreign Affairs Committee" (offlistforms.go)
	}
	if ok, company := bodyAppositive(d.text, start, end); ok && company {
		return OrgCompany // "Millicom, a telecommunications company", "Bailey Glasser LLP" (offlistforms.go)
	}
	// the words around the mention
	before := strings.Fields(strings.ToLower(d.text[max(0, start-40):start]))
	after := strings.Fields(strings.ToLower(d.text[end:min(len(d.text), end+30)]))
	if n := len(before); n > 0 && companyCues[strings.Trim(before[n-1], ",")] {
		return OrgCompany
	}
	if len(after) > 0 && possessiveMark(after[0]) && len(after) > 1 {
		after = after[1:]
	}
	if len(after) > 0 && companyCues[strings.Trim(after[0], ",.")] {
		return OrgCompany
	}
	return OrgOther
}

// listedSpelling is the lists' name of the official whose name or alias
// the full name is, letter for letter ("Mary Gay Scanlon" → Mary Scanlon,
// "J. B. Pritzker" → J.B. Pritzker), so that the recogniser's people get
// the id the resolver gives the same person; else name. Every term the
// lists find must be so spelt: "John F. Kennedy" is no Senator John
// Kennedy, whom the lists find under the same key.
func listedSpelling(r *resolver, name string) string {
	if !strings.Contains(name, " ") {
		return name
	}
	listed := r.officialsNamed(name)
	if len(listed) == 0 {
		return name
	}
	want := letterKey(name)
	for _, o := range listed {
		if o.Name != listed[0].Name || letterKey(o.Name) != want && !slices.ContainsFunc(o.Aliases, func(a string) bool { return letterKey(a) == want }) {
			return name
		}
	}
	return commonName(listed[0].Name)
}

// letterKey is a name's letters and digits alone, folded and in lower case:
// its slug (schema.Slug, the person id's) without the breaks between words,
// so "J. B. Pritzker" and "J.B. Pritzker" are one.
func letterKey(name string) string { return strings.ReplaceAll(schema.Slug(name), "-", "") }
