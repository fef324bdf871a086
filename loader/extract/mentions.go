package extract

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract/ner"
)

// span is a gazetteer phrase found in the text, over tokens [t0, t1).
type span struct {
	t0, t1 int
	phrase gazetteer.Phrase
}

type phraseEntry struct {
	keys   []string
	cased  []uint8 // 0 any case, 1 capitalised, 2 exact upper case
	phrase gazetteer.Phrase
}

type phraseMatcher struct {
	byFirst map[string][]phraseEntry // longest first
}

var (
	matcherOnce sync.Once
	matcher     *phraseMatcher
)

func getMatcher() *phraseMatcher {
	matcherOnce.Do(func() {
		m := &phraseMatcher{byFirst: map[string][]phraseEntry{}}
		for _, p := range gazetteer.Phrases() {
			toks := tokenize(p.Text, 0)
			if len(toks) == 0 || !toks[0].cap && toks[0].kind == tokWord {
				continue // phrases must start capitalised ("the United States" is matched from "United")
			}
			e := phraseEntry{phrase: p}
			for _, t := range toks {
				e.keys = append(e.keys, t.key)
				c := uint8(0)
				switch {
				case t.upper && !strings.Contains(t.text, "."):
					c = 2
				case t.cap:
					c = 1
				}
				e.cased = append(e.cased, c)
			}
			m.byFirst[e.keys[0]] = append(m.byFirst[e.keys[0]], e)
		}
		for k, es := range m.byFirst {
			sort.SliceStable(es, func(i, j int) bool {
				if len(es[i].keys) != len(es[j].keys) {
					return len(es[i].keys) > len(es[j].keys)
				}
				return es[i].phrase.Kind < es[j].phrase.Kind // a country before its demonym
			})
			m.byFirst[k] = es
		}
		matcher = m
	})
	return matcher
}

// matchPhrases finds the longest gazetteer phrase at each position, left to
// right, without overlaps. Time is linear in the tokens (bounded phrase length).
func matchPhrases(toks []token) []span {
	m := getMatcher()
	var out []span
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.kind != tokWord || !t.cap {
			i++
			continue
		}
		best := -1
		var bestE phraseEntry
		for _, e := range m.byFirst[t.key] {
			if i+len(e.keys) > len(toks) || len(e.keys) <= best {
				continue
			}
			ok := true
			for k, key := range e.keys {
				tk := &toks[i+k]
				if tk.key != key || e.cased[k] == 1 && !tk.cap || e.cased[k] == 2 && !tk.upper {
					ok = false
					break
				}
			}
			if ok {
				best, bestE = len(e.keys), e
			}
		}
		if best > 0 {
			out = append(out, span{t0: i, t1: i + best, phrase: bestE.phrase})
			i += best
			continue
		}
		i++
	}
	return out
}

// Role vocabulary. Heads name an office; modifiers narrow it.
var roleHeads = withTermForms(setOf(
	"president", "minister", "secretary", "secretary-general", "premier", "chancellor", "king", "queen",
	"emir", "amir", "sultan", "prince", "taoiseach", "ambassador", "envoy", "representative", "spokesperson",
	"spokesman", "spokeswoman", "advisor", "adviser", "director", "director-general", "administrator",
	"commissioner", "counselor", "counsellor", "councilor", "councillor", "chairman", "chairwoman", "chair",
	"chairperson", "speaker", "leader", "senator", "governor", "mayor", "general", "admiral", "commander",
	"chief", "head", "diplomat", "coordinator", "negotiator", "delegate", "consul", "chargé", "charge",
	"attorney", "prosecutor", "congressman", "congresswoman", "undersecretary", "president-elect", "minister-designate",
	"designate", "foreign-minister", "co-chair", "vice-president", "monarch", "emperor", "pope", "sheikh",
	"crown", "assistant", "member", "lieutenant", "colonel", "major", "captain", "officer", "justice",
	"judge", "judges", "magistrate", "whip", "official",
	"prime", "ministers", "presidents", "secretaries", "ambassadors", "leaders", "senators",
	"representatives", "congressmen", "congresswomen", "governors", "generals", "admirals", "envoys",
	// abbreviated and compound titles: "Sen. Amy Klobuchar", "Ambassador-at-Large Rashad Hussain"
	"sen.", "rep.", "gov.", "amb.", "ambassador-at-large", "senator-elect", "governor-elect",
	"ambassador-designate", "secretary-designate",
	// hyphenated offices: "Vice-Chancellor Werner Kogler", "Prime Minister-Elect Anthony Albanese"
	"vice-chancellor", "vice-premier", "vice-minister", "minister-elect", "chancellor-elect",
))

// withTermForms adds to a set of office heads each one's form for an office
// about to be taken, written as one word: "National Security
// Advisor-designate Dr. Eyal Hulata", "Prime Minister-Elect Anthony Albanese".
func withTermForms(heads map[string]bool) map[string]bool {
	var forms []string
	for h := range heads {
		if !strings.Contains(h, "-") && !strings.HasSuffix(h, ".") {
			forms = append(forms, h+"-designate", h+"-elect")
		}
	}
	for _, f := range forms {
		heads[f] = true
	}
	return heads
}

// honorificTitles are heads that style a person rather than name an office.
var honorificTitles = setOf("sheikh", "his excellency", "her excellency", "excellency")

// titleAbbrevs are the offices that abbreviated titles stand for, so that a
// role reads as the office ("Sen." is a Senator).
var titleAbbrevs = map[string]string{"sen.": "Senator", "rep.": "Representative", "gov.": "Governor",
	"amb.": "Ambassador", "lt.": "Lieutenant"}

var roleModifiers = setOf(
	"prime", "foreign", "vice", "deputy", "assistant", "under", "acting", "alternate", "special", "senior", "principal",
	"chief", "first", "executive", "interim", "top", "defense", "defence", "finance", "trade", "interior",
	"health", "state", "national", "security", "presidential", "permanent", "high", "supreme", "majority",
	"minority", "house", "senate", "external", "affairs", "home", "federal", "cabinet", "grand", "crown",
	"lieutenant", "press", "former", "economy", "economic", "advisers", "advisors", "development", "energy", "environment",
	"justice", "court", "circuit", "district", "agriculture", "education", "labor", "commerce", "treasury", "climate", "army", "navy",
	"military", "armed", "forces", "joint", "chiefs", "staff", "intelligence", "cooperation", "relations",
	"international", "political", "public", "diplomacy", "global", "regional", "the", "united", "states",
	"ranking", "whip", "vice-chairman", "co", "ministry", "department", "government", "office", "embassy",
	"mfa", "nsc", "white", "pro", "tempore", "then", "new", "incoming", "outgoing", "newly", "appointed",
	"designated", "elected", "de", "facto", "transitional", "chargé", "d'affaires", "affaires", "general",
	// words of bureau and command names: "for East Asian and Pacific Affairs", "Marine Corps Forces"
	"east", "west", "north", "south", "eastern", "western", "northern", "southern", "central", "near",
	"middle", "asian", "african", "european", "eurasian", "pacific", "atlantic", "arctic", "americas",
	"hemisphere", "indo-pacific", "command", "corps", "marine", "marines", "council", "committee",
	"agency", "bureau", "mission", "delegation", "consulate", "administration", "union", "peninsula",
	"nations", "operations", "programs", "policy", "planning", "management", "resources", "oceans",
	"environmental", "scientific", "counterterrorism", "democracy", "human", "rights", "labor",
	"population", "refugees", "narcotics", "law", "enforcement", "arms", "control", "verification",
	"compliance", "nonproliferation", "conflict", "stabilization", "consular", "legislative",
	"multilateral", "organization", "organizations", "women's", "issues", "youth", "religious", "freedom",
	"cyberspace", "digital", "sanctions", "coordination", "hostage", "iran", "climate", "food",
	"assembly", "parliament", "congress", "kingdom", "republic", "emirates", "staff", "homeland",
	// parliaments by their own names: "Speaker of the Knesset", "President of the Bundestag"
	"knesset", "bundestag", "duma", "sejm", "storting", "riksdag", "folketing", "verkhovna", "rada",
	// a head of government's office: "German Chancellery Chief of Division …"
	"chancellery", "presidency",
	"lt.",
	// the first word of an office whose head is "General": "Inspector General", "Surgeon General"
	"inspector", "surgeon", "solicitor", "comptroller", "postmaster",
	// a ministry's subjects the common words lack, which cut its office to "Minister" ("Kamil Bortniczuk,
	// Minister of Sport and Tourism", "Unification Minister Kwon Young-se", "Minister of Arts and Culture";
	// roles44: 18 mentions of 10 people in the open corpus)
	"sport", "unification", "arts",
)

// lowerModifiers may precede a lower-case head ("top diplomat", "foreign minister").
var lowerModifiers = setOf("top", "foreign", "prime", "deputy", "vice", "defense", "defence", "finance",
	"senior", "former", "chief", "trade", "interior", "acting", "special", "economy", "health", "energy",
	"state", "assistant")

// stopCaps are capitalised words that never belong to a name or role.
var stopCaps = setOf("the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "with", "by",
	"from", "as", "he", "she", "they", "we", "i", "it", "his", "her", "their", "our", "this", "that", "these",
	"today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr.", "both", "after",
	"before", "during", "while", "when", "thank", "thanks", "you", "yes", "no", "good", "well", "so", "all",
	"q", "his", "excellency", "readout", "statement", "remarks", "joint", "meeting", "call", "travel", "trip",
	"visit", "press", "secretary's", "has", "have", "had", "is", "are", "was", "were", "will", "would",
	"not", "also", "said", "says", "told", "met", "spoke", "under", "my", "your", "its", "each", "other",
	"more", "many", "new", "sir", "madam", "ladies", "gentlemen", "everyone", "everybody", "hello", "again",
	"there", "here", "what", "why", "how", "who", "we're", "it's", "that's", "i'm", "let", "if", "one",
	// prepositions that title-case headlines capitalise: "Meeting Between President Biden and …"
	"between", "among", "about", "into", "toward", "towards", "against", "across", "through", "via",
	"over", "near", "amid", "upon", "without", "within", "alongside", "following",
)

// stopCapsFilter turns away most words before nameWord looks them up in
// stopCaps.
var stopCapsFilter = filterOf(stopCaps)

var honorifics = setOf("mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "h.e.", "sir", "dame", "madam",
	"lt.", "gen.", "col.", "adm.", "maj.", "capt.", "sgt.", "brig.", "cmdr.", "rear", "vice-admiral",
	"lord", "lady", "his", "her", "excellency", "hon.", "honorable", "honourable", "sheikh", "sheikha", "ambassador",
	// styles that are no part of the name: "Rev. Jim Wallis", "Judge Brendan Murphy", "Rt Hon Nadine
	// Dorries", "Professor Ibrahim Gambari", "Cardinal Pietro Parolin"
	"rev.", "rev", "reverend", "hon", "rt", "rt.", "professor", "prof.", "cardinal", "sayyid", "sayyida",
	// Malay and Bruneian styles: "Foreign Minister II Dato Erywan Yusof", "Datuk …", "Datin …"
	"dato", "dato'", "datuk", "datin")

var prepositions = setOf("in", "at", "from", "to", "of", "for", "near", "into", "via", "during", "on", "outside", "inside", "across", "around")

// ranks are military honorifics: a name after one is an officer's ("Lt. Gen. Stephen Sklenka").
var ranks = setOf("lt.", "gen.", "col.", "adm.", "maj.", "capt.", "sgt.", "brig.", "cmdr.", "vice-admiral",
	"lt", "gen", "col", "adm", "maj", "brig", "cmdr")

// surnameParticles may open a surname written alone ("von der Leyen", "de
// Mistura"); "bin Zayed" or "al-Sabah" alone is a father's or family name.
var surnameParticles = setOf("de", "da", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "le", "la", "ter")

// orgWords name organisations, events and documents; a capitalised run
// holding one is no person ("Major League Baseball", "Advisory Council"):
// the head words that end an organisation's name (andHeads), the words that
// end a document's, an award's or an address's (documentWords), and words
// of events, places, firms and programmes. Words that are also common
// surnames (Hall, House, Park, Church) are left out.
var orgWords = unionOf(andHeads, documentWords, setOf(
	"forum", "baseball", "initiative", "company", "corporation",
	"party", "summit", "conference", "dialogue", "strategy", "plan", "building", "station", "airport", "museum",
	"library", "hospital", "clinic", "cathedral", "team", "club", "convention", "festival", "olympics",
	"caucus", "embassy", "consulate", "parliament", "congress", "senate", "assembly", "reserve", "academy",
	"inc.", "inc", "llc", "ltd", "corp.", "airlines", "project", "fellowship", "initiatives",
	// bodies, programmes and things that follow an office word in releases ("Antitrust Division",
	// "Kurdistan Region", "Geological Survey", "Major Non-NATO Ally", "Two Holy Mosques")
	"region", "survey", "response", "market", "complex", "archives", "technologies", "counties", "mosques",
	"ally", "allies", "organizations", "development", "assistance", "ministerial", "moonshot", "homeland",
	"security", "teachers", "parameters", "advisers", "advisors",
))

// documentWords end the name of a document, an award or an address, which
// is no organisation however the recogniser types it ("Nuclear
// Nonproliferation Treaty", "Congressional Gold Medal", "the State of the
// Union Address": notOrganisation).
var documentWords = setOf("act", "declaration", "treaty", "accords", "agreement", "prize", "award", "awards",
	"medal", "medals", "address")

// unionOf is one set of the words of every set given.
func unionOf(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// officeAcronyms stand for a State Department office before a surname
// ("PDAS Bachus", "DAS Ruiz", "SBO Kamian").
var officeAcronyms = setOf("pdas", "das", "sbo", "dcm", "cda")

var nameSuffixTok = setOf("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "mp", "m.p.")

// shipPrefixes open a ship's name, which may hold a title and a name ("HMS
// Queen Elizabeth", "USS President Lincoln").
var shipPrefixes = setOf("hms", "uss", "hmas", "hmcs", "hmnzs", "rfa", "ins", "usns")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// personMention is a name in the text, with what its context says.
type personMention struct {
	t0, t1     int    // token range of the name (title mentions: range in the title's tokens)
	name       string // surface name, titles and honorifics removed
	role       string
	country    string // affiliation the text states, "" if none
	sent       int
	possessive bool // followed by 's
	inTitle    bool
	strong     bool   // a role, apposition or gazetteer name vouches for a person
	titleRef   bool   // a bare title standing for a person ("the Secretary")
	roleHint   string // a title shared with a coordinated name ("Leader Schumer and McConnell")
	// afterPatronymic: a "bin" or "ibn" the name leaves out comes right before it
	afterPatronymic bool
	cut             bool // the first word of a longer name that a style inside it cut off
	label           bool // the surname of a transcript's speaker label, "MR. ZIENTS:" (speakerlabel.go)
	// pastTitle: the title is an office held before the article's date: it follows "then" or "former"
	// (gluedtime.go), or it is the seat a nomination fills, "vice Name, resigned" (vicenominee.go)
	pastTitle bool
	// nominated: the title is an office the person is nominated to, not yet held ("Name, of State, to
	// be Role", "Name, Nominee for Role"; nomination.go)
	nominated bool
	// besideSpouseTitle: a one-word name in a sentence holding "First Lady" (spousegiven.go)
	besideSpouseTitle bool
	nominee           bool // named right after a nominating verb, to lead a body (nomination.go)
	// publisherEmbassy: the title follows "Embassy <City>", the publisher's embassy there (publisherembassy.go)
	publisherEmbassy bool
	regime           bool // a surname before "regime": its ruler, if the lists hold one (regime.go)
}

// doc is one text being analysed (the article body or its title).
type doc struct {
	text        string
	toks        []token
	words       []ner.Token // the recogniser's tokens of the same text
	sents       []sentence
	spans       []span
	spanAt      []int32 // token index → index in spans, or -1
	inTitle     bool
	date        string  // the article's date, once findPeople reads it: who holds an office then (acronymofficial.go)
	spouseHeads []int32 // spouseHeads[i]: spouse's titles' heads before token i, built at the first ask (spouseTitleIn)
}

func newDoc(text string, inTitle bool) *doc {
	d := &doc{text: text, inTitle: inTitle}
	buf, _ := tokenPool.Get().(*tokenBuffers)
	if buf == nil {
		buf = &tokenBuffers{}
	}
	d.toks, d.words = tokenizeWordsInto(buf, text, 0)
	d.sents = splitSentences(d.toks)
	d.spans = matchPhrases(d.toks)
	d.spanAt = make([]int32, len(d.toks))
	for i := range d.spanAt {
		d.spanAt[i] = -1
	}
	for si, s := range d.spans {
		for k := s.t0; k < s.t1; k++ {
			d.spanAt[k] = int32(si)
		}
	}
	return d
}

// release hands the doc's token slices to the next newDoc: no token of
// the doc may be read after it (Extract releases its docs as it returns).
// A huge text's are let go: kept, they went from article to article for
// the rest of a load (a 10 MB article's, with the recogniser's, 400 MB).
func (d *doc) release() {
	if cap(d.toks) <= ner.MaxPooledTokens && cap(d.words) <= ner.MaxPooledTokens {
		tokenPool.Put(&tokenBuffers{toks: d.toks[:0], words: d.words[:0]})
	}
	d.toks, d.words = nil, nil
}

// spansIn returns the spans inside tokens [t0, t1); spans are sorted, so
// this is a binary search, not a scan.
func (d *doc) spansIn(t0, t1 int) []span {
	lo := sort.Search(len(d.spans), func(k int) bool { return d.spans[k].t0 >= t0 })
	hi := lo
	for hi < len(d.spans) && d.spans[hi].t1 <= t1 {
		hi++
	}
	return d.spans[lo:hi]
}

func (d *doc) spanOf(i int) *span {
	if i < 0 || i >= len(d.toks) || d.spanAt[i] < 0 {
		return nil
	}
	return &d.spans[d.spanAt[i]]
}

func isCountryish(p gazetteer.Phrase) bool {
	return p.Kind == gazetteer.KindCountry || p.Kind == gazetteer.KindDemonym || p.Kind == gazetteer.KindOrg
}

// affiliationCode is the country (or organisation) code a phrase stands for.
func affiliationCode(p gazetteer.Phrase) string {
	switch p.Kind {
	case gazetteer.KindCountry, gazetteer.KindDemonym, gazetteer.KindOrg:
		return p.Code
	}
	return ""
}

func (d *doc) isHead(i int) bool {
	t := &d.toks[i]
	if t.key == "official" {
		// "Senior Official for Public Diplomacy", "Senior Bureau Official": an
		// office only after a title word, not "Official Residence" or "officials"
		return t.cap && i > 0 && d.toks[i-1].cap && roleModifiers[d.toks[i-1].key] && d.spanAt[i] < 0
	}
	return t.kind == tokWord && (roleHeadFilter.may(t.key) && roleHeads[t.key] || d.spouseTitleHead(i)) && d.spanAt[i] < 0 &&
		!d.givenNameAfterStyle(i)
}

// roleHeadFilter turns away most words before isHead, asked of every
// word, looks them up in roleHeads.
var roleHeadFilter = filterOf(roleHeads)

// titleCase says whether capitalisation carries no signal at token i
// (headlines, ALL-CAPS speaker labels).
func (d *doc) titleCase(i int) bool { return d.inTitle || d.toks[i].upper }

// nameWord reports whether token i can be part of a person's name.
func (d *doc) nameWord(i int, first bool) bool {
	t := &d.toks[i]
	if t.kind != tokWord || !t.cap || stopCapsFilter.may(t.key) && stopCaps[t.key] ||
		roleHeadFilter.may(t.key) && roleHeads[t.key] && !d.givenNameAfterStyle(i) || d.spouseTitleHead(i) {
		return false
	}
	if d.placeNotName(i, first) {
		return false
	}
	if len(t.text) == 2 && t.text[1] == '.' { // initial
		return !first
	}
	return !d.officeOrHeadlineWord(i, first)
}

// placeNotName reports a token the gazetteer knows as a place that names no
// one here: a country, demonym, organisation or region that is no
// official's surname (countrySurname), or the first word of a place of
// several words opening the name.
func (d *doc) placeNotName(i int, first bool) bool {
	if sp := d.spanOf(i); sp != nil && (isCountryish(sp.phrase) || sp.phrase.Kind == gazetteer.KindRegion) && !d.countrySurname(i, first, sp) {
		return true
	}
	if sp := d.spanOf(i); first && sp != nil && sp.phrase.Kind == gazetteer.KindPlace && sp.t0 == i && sp.t1-sp.t0 >= 2 {
		return true // "North Carolina", "Sao Paulo": a place of several words names no one
	}
	return false
}

// officeOrHeadlineWord reports a capitalised word that is no name word where
// it stands: an office's acronym or a headline's verb opening the name, a
// "Co-" role after it, or, where capitals carry no signal (titleCase), a
// common word or headline verb that is no name particle.
func (d *doc) officeOrHeadlineWord(i int, first bool) bool {
	t := &d.toks[i]
	if first && t.upper && officeAcronyms[t.key] {
		return true // "PDAS Bachus will serve": an office's acronym, not a given name
	}
	if rest, ok := strings.CutPrefix(t.key, "co-"); ok && (gazetteer.IsCommonWord(rest) || roleHeads[rest]) {
		return true // "Secretary Raimondo Co-Host …": a role after the name
	}
	if !first && d.titleCase(i) && (gazetteer.IsCommonWord(t.key) || headlineVerb(t.key)) && !gazetteer.IsNameParticle(t.key) && !regnalNumber(t.text) {
		return true
	}
	if !first && d.headlineVerbAfterTitledSurname(i) {
		return true
	}
	// "White House Announces John Kirby as …"
	return first && d.inTitle && headlineVerb(t.key) && gazetteer.IsCommonWord(strings.TrimSuffix(t.key, "s"))
}

// headlineVerbAfterTitledSurname: token i, a headline's verb, follows a
// capitalised title and a surname the lists hold, in a headline-cased line
// of the body that titleCase does not see ("Vice President Harris Outlines
// How …", "… as President Biden Calls for …"): the verb is no second name
// word, unless the lists hold it as a surname too.
func (d *doc) headlineVerbAfterTitledSurname(i int) bool {
	if i < 2 || !headlineVerb(d.toks[i].key) || gazetteer.HasOfficialsBySurname(d.toks[i].text) {
		return false
	}
	name, title := &d.toks[i-1], &d.toks[i-2]
	return name.kind == tokWord && name.cap && title.kind == tokWord && title.cap && roleHeads[title.key] &&
		gazetteer.HasOfficialsBySurname(name.text)
}

// regnalNumber: a Roman numeral in capitals after a given name ("Mohammed
// VI", "Felipe VI"), part of the name though "vi" is on the common-word list.
func regnalNumber(text string) bool {
	return len(text) >= 2 && romanNumeral.MatchString(text)
}

var romanNumeral = regexp.MustCompile(`^X{0,3}(IX|IV|V?I{0,3})$`)

// countrySurname: token i, a one-word country name, ends a name in running
// text ("Deputy Attorney General Lisa Monaco", "Rep. Jim Jordan"): it follows
// a name word, no capitalised word follows it, and it is some official's
// surname in the lists.
func (d *doc) countrySurname(i int, first bool, sp *span) bool {
	if first || d.titleCase(i) || sp.t1-sp.t0 != 1 || i == 0 {
		return false
	}
	if p := &d.toks[i-1]; p.kind != tokWord || !p.cap || d.spanOf(i-1) != nil || roleHeads[p.key] || gazetteer.IsCommonWord(p.key) {
		return false
	}
	if i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].kind == tokWord {
		return false
	}
	return gazetteer.HasOfficialsBySurname(d.toks[i].text) // "North Africa", "Ortega Nicaragua": no one's surname
}

// headlineVerb: a headline's verb after a name, in the third person or the
// -ing form of an ordinary word the list lacks in that form ("President
// Biden Nominates …", "… Appoints …", "… Yellen Commending …").
func headlineVerb(key string) bool {
	if len(key) > 6 && strings.HasSuffix(key, "ing") {
		// "… Janet L. Yellen Commending the United Kingdom", "… Welcoming …"
		stem := key[:len(key)-3]
		return gazetteer.IsCommonWord(stem) || gazetteer.IsCommonWord(stem+"e")
	}
	return len(key) > 4 && strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") &&
		gazetteer.IsCommonWord(key[:len(key)-1])
}

// readName reads a person's name starting at token i: capitalised words,
// initials, particles ("Le", "bin") and a ", Jr." suffix. It returns the
// end token (exclusive) and the cleaned name, or i when there is none.
// Each step is a function of its own (readname_test.go).
func (d *doc) readName(i, limit int) (int, string) {
	i = d.honorificsEnd(i, limit)
	if e, name, ok := d.particleSurname(i, limit); ok {
		return e, name
	}
	if e, name, ok := d.initialledName(i, limit); ok {
		return e, name
	}
	if i >= limit || !d.nameWord(i, true) {
		return i, ""
	}
	if d.isInitial(i) {
		return i, ""
	}
	j, ok := d.nameRunIsName(i, d.nameWordsEnd(i, limit))
	if !ok {
		return i, ""
	}
	return d.nameSuffixEnd(j, limit), d.cleanName(i, j)
}

// honorificsEnd skips the capitalised honorifics before a name ("Dr.",
// "Sheikh"): a style is no part of the name.
func (d *doc) honorificsEnd(i, limit int) int {
	for i < limit && (honorifics[d.toks[i].key] && d.toks[i].cap || d.clericalStyleAt(i, limit)) {
		i++
	}
	return i
}

// particleSurname reads a surname that opens with its particles
// ("President von der Leyen", "Envoy de Mistura"): the particles are
// lower case, so the name-word test would stop at them. ok is false when
// no name word (one that is no common word) follows the particles.
func (d *doc) particleSurname(i, limit int) (e int, name string, ok bool) {
	k := d.particlesEnd(i, limit)
	if k <= i || k >= limit || !surnameParticles[d.toks[i].key] || !d.nameWord(k, true) || gazetteer.IsCommonWord(d.toks[k].key) {
		return 0, "", false
	}
	e, _ = d.readName(k, limit)
	return e, d.cleanName(i, e), true
}

// initialledName reads a name after leading initials, which stay part of
// it after a title or honorific ("Foreign Minister Dr. A. K. Abdul Momen",
// "External Affairs Minister Dr. S. Jaishankar"). ok is false when no
// name word that is no initial follows them, or no name is read there.
func (d *doc) initialledName(i, limit int) (e int, name string, ok bool) {
	k := d.initialsEnd(i, limit)
	if k <= i || k >= limit || !d.nameWord(k, true) || d.isInitial(k) {
		return 0, "", false
	}
	if e, name := d.readName(k, limit); name != "" {
		return e, d.joinText(i, k) + " " + name, true
	}
	return 0, "", false
}

// nameWordsEnd is the end of the run of name words from token i+1: up to
// five name words, with particles on top, so that "Faisal bin Farhan Al
// Saud" and "Ursula von der Leyen" stay whole, and a quoted nickname
// inside ("Benjamin “Benny” Gantz").
func (d *doc) nameWordsEnd(i, limit int) int {
	j := i + 1
	for nameWords := 1; j < limit && nameWords < 5; {
		t := &d.toks[j]
		if honorifics[t.key] && t.cap {
			break // "Marine Corps Lt. Gen. Stephen Sklenka": a rank starts a new name
		}
		if k := d.particlesEnd(j, limit); k > j {
			if k < limit && (d.nameWord(k, false) || d.hyphenParticle(k)) {
				j, nameWords = k+1, nameWords+1
				continue
			}
			break
		}
		if d.nameWord(j, false) || d.hyphenParticle(j) {
			j, nameWords = j+1, nameWords+1
			continue
		}
		if k := d.nicknameEnd(j, limit); k > j && d.nameWord(k, false) {
			j = k // Benjamin “Benny” Gantz
			continue
		}
		break
	}
	return j
}

// nameRunIsName decides whether the run of name words [i, j) is a name
// rather than a phrase of capitalised words: no organisation word ("Major
// League Baseball", "Advisory Council") and fewer than two common words
// ("Carrier Strike Group"). A name that ends before a lower-case common
// word keeps its words before it; end is where the name ends.
func (d *doc) nameRunIsName(i, j int) (end int, ok bool) {
	common, words := 0, 0
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if orgWords[t.key] {
			return j, false // "Major League Baseball", "Advisory Council"
		}
		if t.key == "\"" {
			k += 2 // a quoted nickname is no word of the name
			continue
		}
		if gazetteer.IsNameParticle(t.key) {
			continue // "bin", "Al": part of a name, not the common words of a phrase
		}
		if gazetteer.IsCommonWord(t.key) {
			common++
			if words >= 2 && common == 1 && k+1 == j && d.nameEndsBeforeWord(i, k) {
				j = k // "Senator Paul Simon Water for the World Act": a name ends before a word
				break
			}
		}
		if len(t.text) != 2 || t.text[1] != '.' {
			words++
		}
	}
	return j, common < 2 // "Carrier Strike Group"
}

// nameEndsBeforeWord reports whether the last word k of a name run that
// starts at token i is a common word that is no part of the name but the
// start of what follows it ("Senator Paul Simon Water for the World
// Act"): an ordinary word of four letters or more (its key is its text
// in lower case) where capitals carry meaning (no headline, no ALL CAPS),
// and no listed official is named with it.
func (d *doc) nameEndsBeforeWord(i, k int) bool {
	t := &d.toks[k]
	return len(t.key) >= 4 && !d.titleCase(k) && t.key == strings.ToLower(t.text) &&
		len(gazetteer.OfficialsNamed(d.text[d.toks[i].start:t.end])) == 0
}

// nameSuffixEnd is the end of a name whose words end at token j, after a
// suffix that follows it (", Jr.", "Jr."): the suffix belongs to the name's
// span, not to its text.
func (d *doc) nameSuffixEnd(j, limit int) int {
	if j+1 < limit && d.toks[j].text == "," && nameSuffixTok[d.toks[j+1].key] {
		return j + 2
	} else if j < limit && nameSuffixTok[d.toks[j].key] {
		return j + 1
	}
	return j
}

// isInitial: token i is a capital and a dot ("S.").
func (d *doc) isInitial(i int) bool {
	t := &d.toks[i]
	return len(t.text) == 2 && t.text[1] == '.' && t.text[0] >= 'A' && t.text[0] <= 'Z'
}

// initialsEnd returns the end of a run of up to three initials starting at
// token i, or i.
func (d *doc) initialsEnd(i, limit int) int {
	k := i
	for k < limit && k-i < 3 && d.isInitial(k) {
		k++
	}
	return k
}

// nicknameEnd returns the token after a quoted nickname inside a name
// starting at token j ("“Benny”" in "Benjamin “Benny” Gantz"), or j.
func (d *doc) nicknameEnd(j, limit int) int {
	if j+2 >= limit || d.toks[j].key != "\"" || d.toks[j+2].key != "\"" {
		return j
	}
	if w := &d.toks[j+1]; w.kind != tokWord || !w.cap || stopCaps[w.key] {
		return j
	}
	return j + 3
}

// particlesEnd returns the end of a run of lower-case name particles
// starting at token j ("bin", "von der"), or j when there is none.
func (d *doc) particlesEnd(j, limit int) int {
	k := j
	for k < limit && k-j < 3 && d.toks[k].kind == tokWord && !d.toks[k].cap && gazetteer.IsNameParticle(d.toks[k].key) {
		k++
	}
	return k
}

// hyphenParticle reports whether token j is a particle joined to a name
// by a hyphen, which text writes in lower case: "el-Gheit", "al-Sudani".
func (d *doc) hyphenParticle(j int) bool {
	t := &d.toks[j]
	prefix, rest, ok := strings.Cut(t.text, "-")
	return ok && t.kind == tokWord && gazetteer.IsNameParticle(strings.ToLower(prefix)) && rest != "" && unicode.IsUpper([]rune(rest)[0])
}

// cleanName joins name tokens, dropping initials and suffixes and fixing
// ALL-CAPS words ("LAPID" → "Lapid").
func (d *doc) cleanName(i, j int) string {
	var parts []string
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.key == "\"" {
			k += 2 // "Benjamin “Benny” Gantz" is Benjamin Gantz
			continue
		}
		if len(t.text) == 2 && t.text[1] == '.' || nameSuffixTok[t.key] {
			continue
		}
		w := t.text
		if t.upper && !(k > i && regnalNumber(w)) {
			w = titleWord(w) // "KING FELIPE VI" is Felipe VI
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

func titleWord(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == ' ' || r == '.'
	}
	return b.String()
}

// roleAt reads the role phrase whose head is token h: modifiers to the left,
// further heads and a prepositional complement to the right ("Assistant
// Secretary of State for East Asian and Pacific Affairs"). It returns the
// role's token range and the country an "of <Country>" complement names.
// Each step is a function of its own (roleAt_test.go): a lower-case head
// ("top diplomat") takes lower-case modifiers only and no complement.
func (d *doc) roleAt(h, s0, s1 int) (r0, r1 int, country string) {
	// bounded extents keep long runs of title words linear
	s0 = max(s0, h-12)
	s1 = min(s1, h+24)
	if !d.toks[h].cap {
		return d.lowerModifiersBefore(h, s0), d.roleWordsAfter(h, s1, true), ""
	}
	r0, skippedParen := d.titleWordsBefore(h, s0)
	r0 = d.titleOverAcronym(r0, s0, skippedParen)
	r1, country = d.roleComplements(d.roleWordsAfter(h, s1, false), s1)
	if d.spouseTitleHead(h) {
		return d.spouseTitleAt(r0, h, r1, country)
	}
	return r0, r1, country
}

// lowerModifiersBefore is the start of the lower-case modifiers before the
// lower-case head h: "China's top diplomat Wang Yi" is a "top diplomat".
func (d *doc) lowerModifiersBefore(h, s0 int) int {
	r0 := h
	for k := h - 1; k >= s0; k-- {
		t := &d.toks[k]
		if t.kind != tokWord || d.spanAt[k] >= 0 || t.cap || !lowerModifiers[t.key] {
			break
		}
		r0 = k
	}
	return r0
}

// titleWordsBefore is the start of the capitalised title words before the
// capitalised head h, read leftward past a slashed second office and an
// acronym in brackets after a body's name; skippedParen is the start the
// title had when the last such acronym was passed, -1 if none.
func (d *doc) titleWordsBefore(h, s0 int) (r0, skippedParen int) {
	r0, skippedParen = h, -1
	for k := h - 1; k >= s0; k-- {
		if d.slashedOffice(k, s0) {
			continue // "High Representative/Vice-President", "Alternate Prime Minister/Defense Minister"
		}
		if o := d.acronymParenStart(k, s0); o > s0 && d.toks[o-1].cap && d.toks[o-1].kind == tokWord {
			k, skippedParen = o, r0 // "European External Action Service (EEAS) Secretary General"
			continue
		}
		if d.connectorInTitle(k, s0) {
			continue
		}
		if !d.capitalTitleWord(k) && !d.bodyNameWord(k, s0) {
			break
		}
		r0 = k
	}
	return r0, skippedParen
}

// bodyNameWord: token k, a capitalised word that is no common word, stands
// inside a title's joined words: after an "and" that follows a capitalised
// common word of the title, and before the title's words. "Housing and
// Urban Development Secretary Marcia Fudge" is HUD's secretary; read to
// "Urban" only, the title was "Development Secretary" and "Housing" a
// person. Not after "of": "the Passing of AFL-CIO President Richard
// Trumka" is an occasion, no office.
func (d *doc) bodyNameWord(k, s0 int) bool {
	if k-2 < s0 || k+1 >= len(d.toks) || d.toks[k-1].key != "and" {
		return false
	}
	t := &d.toks[k]
	return t.kind == tokWord && t.cap && d.spanAt[k] < 0 && !stopCaps[t.key] && !d.clauseOpener(k) &&
		d.connectorInTitle(k-1, s0) && d.capitalTitleWord(k-2) && d.capitalTitleWord(k+1)
}

// connectorInTitle: token k is an "of" or "and" inside a capitalised role,
// after a capitalised word: "Department of Foreign Affairs and Trade Secretary".
func (d *doc) connectorInTitle(k, s0 int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && d.spanAt[k] < 0 && !t.cap && (t.key == "of" || t.key == "and") &&
		k-1 >= s0 && d.toks[k-1].cap && d.toks[k-1].kind == tokWord && !d.andJoinsTwoPeople(k) &&
		!d.titleStartsAfterAnd(k)
}

// capitalTitleWord: token k is a capitalised word that may stand in a title
// before its head: a role word or a common word, no gazetteer phrase and no
// stopCaps word but a role modifier. A title thus starts on a capitalised
// word: never on a connector.
func (d *doc) capitalTitleWord(k int) bool {
	t := &d.toks[k]
	if t.kind != tokWord || d.spanAt[k] >= 0 || !t.cap || stopCaps[t.key] && !roleModifiers[t.key] || d.clauseOpener(k) || t.key == "the" {
		return false // a capitalised "The" opens the sentence, not the office ("The Prime Minister of Canada, Justin Trudeau")
	}
	return roleModifiers[t.key] || roleHeads[t.key] || gazetteer.IsCommonWord(t.key)
}

// clauseOpener: token k is a word that opens a clause or a salutation
// before a title, capitalised at a sentence's start ("Since President Biden
// took office", "Like President Biden", "Dear President Sandu"), or an
// "Under" that is no Under Secretary ("Under President Xi"): no word of
// the title; nor is an auxiliary verb that opens a question ("Does
// President Zelenskyy share …", "Do President Zelenskyy's allegations …").
func (d *doc) clauseOpener(k int) bool {
	switch d.toks[k].key {
	case "since", "like", "dear":
		return true
	case "do", "does", "did", "is", "was", "are", "were", "will", "would", "can", "could", "should", "has", "have", "had":
		return true
	case "under":
		return k+1 >= len(d.toks) || !strings.HasPrefix(d.toks[k+1].key, "secretary")
	}
	return false
}

// titleOverAcronym: where titleWordsBefore passed an acronym in brackets but
// did not read the body before it whole ("Department of Housing and Urban
// Development (HUD) Secretary"), the role is the title after the acronym.
func (d *doc) titleOverAcronym(r0, s0, skippedParen int) int {
	if skippedParen >= 0 && r0 > s0 && (d.toks[r0-1].kind == tokWord && (d.toks[r0-1].cap || bodyConnectors[d.toks[r0-1].key]) || r0 == skippedParen) {
		return skippedParen
	}
	return r0
}

// roleWordsAfter is the end of the role words that go on after the head h:
// further heads and modifiers of the head's case (roleGoesOnTo).
func (d *doc) roleWordsAfter(h, s1 int, lower bool) int {
	r1 := h + 1
	for r1 < s1 {
		n := d.roleGoesOnTo(r1, s1, lower)
		if n == r1 {
			break
		}
		r1 = n
	}
	return r1
}

// roleGoesOnTo is the end of the words at token r1 that carry a role on, r1
// if they do not: a role word of the head's case, and after a capitalised
// head "General Counsel", "Ambassador at Large", "Chargé d'Affaires" and a
// second office after "and". A style ends the role.
func (d *doc) roleGoesOnTo(r1, s1 int, lower bool) int {
	t := &d.toks[r1]
	switch {
	case honorificTitles[t.key]:
		return r1 // "Foreign Minister Sheikh Ahmed …": the style is the person's, not the office's
	case t.kind == tokWord && (roleHeads[t.key] || roleModifiers[t.key] && t.key != "the") && t.cap == !lower && d.spanAt[r1] < 0:
		return r1 + 1
	case lower:
		return r1
	case t.key == "counsel" && t.cap && d.toks[r1-1].key == "general":
		return r1 + 1 // "General Counsel": an office, not the rank "General"
	case t.key == "at" && r1+1 < s1 && d.toks[r1+1].key == "large" && d.toks[r1-1].key == "ambassador":
		return r1 + 2 // "Ambassador at Large for International Religious Freedom"
	case t.key == "d'affaires":
		return r1 + 1 // "Chargé d’Affaires", whose particle is lower case
	}
	return d.secondOfficeAfterAnd(r1, s1)
}

// secondOfficeAfterAnd is the end of a second office joined by "and" at
// token r1 ("Deputy Prime Minister and Foreign Minister"): capitalised
// modifiers up to a head; r1 if no head follows.
func (d *doc) secondOfficeAfterAnd(r1, s1 int) int {
	if d.toks[r1].key != "and" || r1+1 >= s1 || !d.toks[r1+1].cap || d.andJoinsTwoPeople(r1) {
		return r1
	}
	k := r1 + 1
	for k < s1 && (roleModifiers[d.toks[k].key] || roleHeads[d.toks[k].key]) && d.toks[k].cap {
		if roleHeads[d.toks[k].key] {
			break
		}
		k++
	}
	if k < s1 && roleHeads[d.toks[k].key] && d.toks[k].cap {
		return k + 1
	}
	return r1
}

// roleComplements reads the prepositional complements from token r1 on
// ("of State for East Asian and Pacific Affairs"): their end, and the
// country the last "of <Country>" that closes one names.
func (d *doc) roleComplements(r1, s1 int) (end int, country string) {
	for r1 < s1 {
		e, c := d.roleComplement(r1, s1)
		if e == r1 {
			break
		}
		if c != "" && !sentToOrg(country, c) {
			country = c
		}
		r1 = e
	}
	return r1, country
}

// sentToOrg: a country the complements named first sends the office's
// holder to the organisation named after it, and they act for the country
// ("Representative of the United States of America to the Vienna Office of
// the United Nations" is the US's, whitehouse-25153): first a state, then
// a body that is no state.
func sentToOrg(first, then string) bool {
	_, firstState := gazetteer.CountryByCode(first)
	_, thenOrg := gazetteer.OrgByCode(then)
	_, thenState := gazetteer.CountryByCode(then)
	return first != "" && firstState && thenOrg && !thenState
}

// roleComplement reads one complement at token p: "of", "for", "to" or
// "on", an optional "the", and the words complementWords takes, without a
// connector at the end. It returns the complement's end (p if none) and the
// country or organisation an "of" names as its last words ("Minister of
// Foreign Affairs of Qatar", "of the Republic of Korea (ROK)").
func (d *doc) roleComplement(p, s1 int) (end int, country string) {
	prep := d.toks[p].key
	if prep != "of" && prep != "for" && prep != "to" && prep != "on" {
		return p, ""
	}
	k := p + 1
	if k < s1 && d.toks[k].key == "the" {
		k++
	}
	start := k
	k, ofCountry, ofEnd := d.complementWords(start, s1, prep == "of")
	// do not end on a connector; a closing acronym stays ("for Population,
	// Refugees, and Migration (PRM) Julieta Valls Noyes")
	for k > start && !d.toks[k-1].cap && !(d.toks[k-1].text == ")" && k < s1 && d.toks[k].cap && d.toks[k].kind == tokWord) {
		k--
	}
	if k == start {
		return p, ""
	}
	if ofCountry != "" && (k == ofEnd || d.acronymParenStart(k-1, start) == ofEnd) {
		return k, ofCountry
	}
	return k, ""
}

// complementWords reads a complement's words from start: gazetteer phrases
// (the last country or organisation after "of" is noted, with its end) and
// the words complementGoesOnTo takes. afterOf: the complement opens with "of".
func (d *doc) complementWords(start, s1 int, afterOf bool) (k int, ofCountry string, ofEnd int) {
	k, ofEnd = start, -1
	for k < s1 {
		if sp := d.spanOf(k); sp != nil && sp.t0 == k && !d.startsKnownName(k, s1) {
			// "of Ukraine", and the last "of" of "Minister of Foreign Affairs of Qatar"
			ofIt := afterOf && k == start || k > start && d.toks[k-1].key == "of"
			if ofIt && (sp.phrase.Kind == gazetteer.KindCountry || sp.phrase.Kind == gazetteer.KindOrg) {
				ofCountry, ofEnd = sp.phrase.Code, sp.t1
			}
			k = sp.t1
			continue
		}
		n := d.complementGoesOnTo(k, start, s1)
		if n == k {
			break
		}
		k = n
	}
	return k, ofCountry, ofEnd
}

// complementGoesOnTo is the end of the words at token k that carry a
// complement on, k if they do not: capitalised role and common words, a
// connector before a capitalised word, a listed subject, an acronym in
// brackets, an organisation's unknown words. A style ends it ("Amir of
// Qatar Sheikh Tamim …").
func (d *doc) complementGoesOnTo(k, start, s1 int) int {
	tk := &d.toks[k]
	switch {
	case honorificTitles[tk.key] || d.styleOpener(k, s1):
		return k
	case k > start && d.commonWordsNameAt(k, s1):
		return k // "… for Western Hemisphere Affairs Mark Wells": the name ends it (commonpair.go)
	case tk.kind == tokWord && tk.cap && (roleModifiers[tk.key] || roleHeads[tk.key] || gazetteer.IsCommonWord(tk.key)):
		return k + 1
	case tk.kind == tokWord && (tk.key == "and" || tk.key == "of" || tk.key == "the" || tk.key == "for") && k+1 < s1 && d.toks[k+1].cap:
		return k + 1
	case tk.key == "on" && k > start && d.toks[k-1].cap && boardNouns[d.toks[k-1].key]:
		return d.bodyOnTheEnd(k, s1) // "Member of the National Council on the Arts"
	}
	if n := d.listedSubject(k, start, s1); n > k {
		return n
	}
	if tk.kind == tokPunct && tk.text == "(" { // "(ROK)"
		if e := d.skipParen(k, s1); e > k {
			return e
		}
	}
	// "of the National Oceanic and Atmospheric Administration Richard
	// Spinrad": unknown words run on to the organisation's last word
	if e := d.orgNameEnd(k, s1); e > k {
		return e
	}
	return k
}

// styleOpeners are the words that open a style before its noun ("His
// Excellency", "Her Majesty", "His Royal Highness").
var styleOpeners, styleNouns = setOf("his", "her", "their"), setOf("excellency", "excellencies", "majesty", "highness", "royal")

// styleOpener: token k opens a style ("His Excellency"): the person's, no
// word of the office before it ("Foreign Minister of the State of Israel His
// Excellency Yair Lapid", usdos-328858).
func (d *doc) styleOpener(k, s1 int) bool {
	return styleOpeners[d.toks[k].key] && k+1 < s1 && styleNouns[d.toks[k+1].key]
}

// postedTo: an organisation named before an ambassador's title is where the
// ambassador is posted, not whom they act for ("U.N. Ambassador", "NATO
// Ambassador", "ASEAN Ambassador"). The EU alone sends ambassadors of its own.
func postedTo(code, role string) bool {
	if code == "" || code == "EU" {
		return false
	}
	if _, ok := gazetteer.OrgByCode(code); !ok {
		return false
	}
	// a "High Representative" is the organisation's own; a "Permanent
	// Representative" is a state's envoy to it
	return roleHead(role) == "ambassador" || strings.Contains(strings.ToLower(role), "permanent representative")
}

// nameAfterMark reads the full name after a comma or colon that ends an
// office ("General Prosecutor of Ukraine, Iryna Venediktova said",
// "Ambassador to ASEAN: Yohannes Abraham"). Only a name of two or more
// words that does not start with an ordinary word counts, and not after a
// speaker label in capitals ("PRIME MINISTER: Thank you"). It returns the
// end token and the name, or r1 and "".
func (d *doc) nameAfterMark(r0, r1, s1 int) (int, string) {
	if r1+1 >= s1 || d.toks[r1].text != "," && d.toks[r1].text != ":" || d.titleCase(r0) {
		return r1, ""
	}
	k := r1 + 1
	for k+1 < s1 && markHonorifics[d.toks[k].key] && d.toks[k].cap {
		k++ // "Danish Foreign Minister, Mr. Jeppe Kofod,": the style is no part of the name
	}
	first := &d.toks[k]
	if honorifics[first.key] || gazetteer.IsCommonWord(first.key) {
		return r1, ""
	}
	e, name := d.readName(r1+1, s1)
	if name == "" || !strings.Contains(name, " ") || e < s1 && (d.isHead(e) || d.toks[e].text == ":") {
		return r1, ""
	}
	return e, name
}

// markHonorifics are the styles that may stand between an office's comma or
// colon and the name after it.
var markHonorifics = setOf("mr.", "ms.", "mrs.", "dr.", "h.e.")

// slashedOffice: token k is the slash between two offices one person holds
// at once, with an office word right before it.
func (d *doc) slashedOffice(k, s0 int) bool {
	if d.toks[k].text != "/" || k-1 < s0 {
		return false
	}
	p := &d.toks[k-1]
	return p.kind == tokWord && p.cap && d.spanAt[k-1] < 0 && (roleHeads[p.key] || roleModifiers[p.key])
}

// listedSubject: at a comma inside an office's complement, the next subject
// of a list of them ("for Civilian Security, Democracy, and Human Rights",
// "for Economic Growth, Energy, and the Environment"). It returns the token
// of that subject's first word, or k when the comma ends the complement: an
// office, a country or a word that is no ordinary subject word (a name) after
// the comma is something else ("Secretary of State, Defense Secretary …").
func (d *doc) listedSubject(k, start, s1 int) int {
	if k == start || d.toks[k].text != "," {
		return k
	}
	n := k + 1
	if n < s1 && d.toks[n].key == "and" {
		n++
	}
	if n < s1 && d.toks[n].key == "the" {
		n++
	}
	if n >= s1 {
		return k
	}
	t := &d.toks[n]
	if t.kind != tokWord || !t.cap || t.upper || d.spanAt[n] >= 0 || roleHeads[t.key] || stopCaps[t.key] ||
		!roleModifiers[t.key] && !gazetteer.IsCommonWord(t.key) {
		return k
	}
	for j := n + 1; j < s1 && j < n+6 && d.toks[j].kind == tokWord && d.toks[j].cap; j++ {
		if roleHeads[d.toks[j].key] {
			return k // "Secretary of State, Defense Secretary …": the next office
		}
	}
	return n
}

// startsKnownName: token k begins the full name of a known official
// ("Victoria Nuland", whose first name is also a city).
func (d *doc) startsKnownName(k, s1 int) bool {
	for n := 2; n <= 3 && k+n <= s1; n++ {
		if !d.toks[k+n-1].cap {
			break
		}
		if len(gazetteer.OfficialsNamed(d.text[d.toks[k].start:d.toks[k+n-1].end])) > 0 {
			return true
		}
	}
	return false
}

// corporate: tokens [a, b) hold a company title or name ("President and
// CEO", "Inc."), so the role is not a public office.
func (d *doc) corporate(a, b int) bool {
	for k := max(a, 0); k < b && k < len(d.toks); k++ {
		switch d.toks[k].key {
		case "ceo", "cfo", "coo", "cto", "founder", "co-founder", "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "corporation", "company", "plc":
			return true
		}
	}
	return false
}

// orgNameEnd looks a few capitalised words ahead of k for a word that ends an
// organisation's name ("Center", "Administration", "Development") with a
// name after it, and returns the token after that word, or k. An official's
// name ends the run: "Secretary of State Antony Blinken and External Affairs
// Minister …" names a person, then another role, not one organisation.
func (d *doc) orgNameEnd(k, s1 int) int {
	for e := k; e < s1 && e < k+6; e++ {
		t := &d.toks[e]
		if t.kind != tokWord || !t.cap && t.key != "and" && t.key != "of" && t.key != "the" && t.key != "for" {
			return k
		}
		if t.cap && !orgWords[t.key] && d.startsKnownName(e, s1) {
			return k
		}
		if t.cap && (orgWords[t.key] || t.key == "development") && e+1 < s1 && d.toks[e+1].cap && d.toks[e+1].kind == tokWord {
			return e + 1
		}
		if d.bodyClosesComplement(k, e, s1) {
			return e + 1 // "to be a Member of the Securities and Exchange Commission for …"
		}
	}
	return k
}

// bodyOnTheEnd reads on over a board's "on the" and the capitalised words of
// its field ("Member of the National Council on the Arts", "… Commission on
// the Status of Women"), which name the board with it, to the token after
// them; e itself where the board's name ends there.
func (d *doc) bodyOnTheEnd(e, s1 int) int {
	if e+2 >= s1 || d.toks[e].key != "on" || d.toks[e+1].key != "the" || !d.toks[e+2].cap || d.toks[e+2].kind != tokWord {
		return e
	}
	j := e + 3
	for j < s1 && d.toks[j].kind == tokWord && (d.toks[j].cap || (d.toks[j].key == "of" || d.toks[j].key == "and") && j+1 < s1 && d.toks[j+1].cap && d.toks[j+1].kind == tokWord) {
		j++
	}
	return j
}

// skipParen returns the token after a short parenthesis "(ROK)", or k.
func (d *doc) skipParen(k, s1 int) int {
	for e := k + 1; e < s1 && e <= k+4; e++ {
		if d.toks[e].text == ")" {
			return e + 1
		}
	}
	return k
}

// acronymParenStart: token k closes a parenthesised upper-case acronym
// ("(EEAS)"); it returns the token of its "(", or -1.
func (d *doc) acronymParenStart(k, s0 int) int {
	if k-2 < s0 || d.toks[k].text != ")" || !d.toks[k-1].upper || d.toks[k-1].kind != tokWord || d.toks[k-2].text != "(" {
		return -1
	}
	return k - 2
}

// countryBefore finds a country named right before token r0: "Chinese",
// "U.S.", "China's", "Republic of Korea (ROK)".
func (d *doc) countryBefore(r0, s0 int) string {
	k := r0 - 1
	if k >= s0 && d.toks[k].key == "the" {
		k--
	}
	if k >= s0 && d.toks[k].text == ")" {
		for e := k - 1; e >= s0 && e >= k-4; e-- {
			if d.toks[e].text == "(" {
				k = e - 1
				break
			}
		}
	}
	if k >= s0 && d.toks[k].key == "'s" {
		k--
	}
	if sp := d.spanOf(k); sp != nil && k >= s0 {
		if sp.phrase.Kind == gazetteer.KindPlace {
			// "New Jersey Attorney General", "Tokyo Governor"; not "While in
			// Brussels President Biden", where the place is where he is
			if sp.t0 > s0 && prepositions[d.toks[sp.t0-1].key] {
				return ""
			}
			return sp.phrase.Country
		}
		return affiliationCode(sp.phrase)
	}
	return ""
}

// countryAfter reads "of <Country>" or "(<Country>)" after a name.
func (d *doc) countryAfter(e, s1 int) string {
	if e+2 < s1 && d.toks[e].text == "(" {
		// "Foreign Minister Arnoldo Andre Tinoco (Costa Rica)", as lists of signatories write it
		if sp := d.spanOf(e + 1); sp != nil && sp.t0 == e+1 && sp.phrase.Kind == gazetteer.KindCountry && sp.t1 < s1 && d.toks[sp.t1].text == ")" {
			return sp.phrase.Code
		}
		return ""
	}
	if e+1 < s1 && d.toks[e].key == "of" {
		k := e + 1
		if d.toks[k].key == "the" && k+1 < s1 && d.spanOf(k) == nil {
			k++
		}
		k = d.pastStateForm(k, s1)
		if sp := d.spanOf(k); sp != nil && sp.t0 == k && (sp.phrase.Kind == gazetteer.KindCountry || sp.phrase.Kind == gazetteer.KindOrg) {
			return sp.phrase.Code
		}
	}
	return ""
}

// stateFormWords open a state's formal name before its short one ("the
// Islamic Republic of Afghanistan", "the Federal Republic of Germany");
// stateFormHeads end that part. "State" is left out: "the State of
// Georgia" is a US state.
var (
	stateFormWords = setOf("islamic", "federal", "democratic", "socialist", "arab", "hashemite", "bolivarian",
		"federative", "oriental", "plurinational", "united", "republic", "kingdom", "sultanate", "principality",
		"commonwealth", "federation", "grand", "duchy")
	stateFormHeads = setOf("republic", "kingdom", "sultanate", "principality", "commonwealth", "federation", "duchy")
)

// pastStateForm skips a formal name's opening ("Islamic Republic of") that
// the gazetteer does not hold as a phrase, to the country's own name at the
// token it returns; k itself where there is none.
func (d *doc) pastStateForm(k, s1 int) int {
	if d.spanOf(k) != nil {
		return k
	}
	j := k
	for j < s1 && j < k+4 && d.toks[j].cap && stateFormWords[d.toks[j].key] {
		j++
	}
	if j == k || j+1 >= s1 || !stateFormHeads[d.toks[j-1].key] || d.toks[j].key != "of" {
		return k
	}
	j++
	if d.toks[j].key == "the" && j+1 < s1 && d.spanOf(j) == nil {
		j++
	}
	return j
}

// roleText is the role over tokens [a, b), misspelt office words corrected
// ("Prime Minster" → "Prime Minister").
func (d *doc) roleText(a, b int) string {
	s := d.joinText(a, b)
	if b < len(d.toks) && d.toks[b].text == ")" && strings.Count(s, "(") > strings.Count(s, ")") {
		s += ")" // "Under Secretary of State (Management)": the office's bracket closes it
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.kind == tokWord && t.key != strings.ToLower(gzFold(t.text)) {
			if _, ok := gazetteer.OfficeWordMisspelt(strings.ToLower(gzFold(t.text))); ok {
				fix := t.key
				if t.cap {
					fix = titleWord(fix)
				}
				s = strings.Replace(s, t.text, fix, 1)
			}
		}
		if full, ok := titleAbbrevs[t.key]; ok {
			s = strings.Replace(s, t.text, full, 1) // "Lt. Gov." is Lieutenant Governor
		}
	}
	return s
}

func (d *doc) joinText(a, b int) string {
	if a >= b {
		return ""
	}
	s := d.text[d.toks[a].start:d.toks[b-1].end]
	allUpper := true
	for k := a; k < b; k++ {
		if d.toks[k].kind == tokWord && !d.toks[k].upper && d.toks[k].cap {
			allUpper = false
		}
	}
	if allUpper && strings.ToUpper(s) == s {
		s = titleWord(strings.ToLower(s))
	}
	return strings.Join(strings.Fields(s), " ")
}

// officeNumerals number an office two people hold side by side.
var officeNumerals = setOf("II", "III")

// editorialModifier is a title's modifier that a transcript's editor put
// in brackets before it ("[Vice] President Harris": the speaker said
// "President", the text means the Vice President), with a space after it;
// "" if none.
func (d *doc) editorialModifier(r0, t0 int) string {
	if r0-3 < t0 || d.toks[r0-1].text != "]" || d.toks[r0-3].text != "[" {
		return ""
	}
	if w := &d.toks[r0-2]; w.kind == tokWord && w.cap && roleModifiers[w.key] {
		return w.text + " "
	}
	return ""
}

// findPeople finds person mentions by their titles ("Foreign Minister Yair
// Lapid"), appositions ("Antony J. Blinken, Secretary of State"),
// honorifics ("Mr. Sullivan") and known officials' full names. In each
// sentence titled names are read first (titledMentions), then the rest
// (untitledMentions) among the tokens the first left; each step is a
// function of its own (findpeople_test.go).
func (d *doc) findPeople(date string) []personMention {
	var out []personMention
	d.date = date
	taken := make([]bool, len(d.toks))
	for _, s := range d.sents {
		out = d.titledMentions(s, taken, out)
		out = d.untitledMentions(s, taken, out)
	}
	d.viceOfficeholders(out)
	for i := range out {
		d.completeName(&out[i])
	}
	return out
}

// takeTokens marks tokens [a, b) as read into a mention.
func takeTokens(taken []bool, a, b int) {
	for k := a; k < b; k++ {
		taken[k] = true
	}
}

// titledName is a role phrase [r0, r1) read at a head and the name [r1, e)
// after it, with the country an "of" complement of the role names.
type titledName struct {
	r0, r1, e       int
	name, ofCountry string
}

// titledMentions appends to out the sentence's names after a title
// ("Foreign Minister Yair Lapid", "Senators Wyden and Crapo") and marks
// their tokens, the title's too, taken.
func (d *doc) titledMentions(s sentence, taken []bool, out []personMention) []personMention {
	for i := s.t0; i < s.t1; i++ {
		if !d.isHead(i) { // no token is taken yet where i is: the loop jumps past each name it takes
			continue
		}
		lowerHead := !d.toks[i].cap
		tn := d.titleBeforeName(i, s)
		if tn.name == "" {
			if !lowerHead {
				i = tn.r1 - 1
			}
			continue
		}
		if lowerHead && d.toks[tn.r1].upper {
			continue
		}
		if d.titleOfNoPerson(tn, s) {
			i = tn.e - 1
			continue
		}
		m := d.titledPerson(tn, i, s)
		role, mates := d.titleSharers(m, tn.e, s.t1)
		m.role = role
		out = append(out, m)
		takeTokens(taken, tn.r0, tn.e)
		e := tn.e
		for _, cm := range mates {
			out = append(out, cm)
			takeTokens(taken, cm.t0, cm.t1)
			e = cm.t1
		}
		i = e - 1
	}
	return out
}

// titleBeforeName reads the role whose head is token h (roleAt), with an
// office's numeral after it ("Foreign Minister II Erywan Yusof", Brunei's
// second foreign minister), and the name right after it; after a
// capitalised head, a name after a mark ("General Prosecutor of Ukraine,
// Iryna Venediktova", nameAfterMark). name is "" if there is none.
func (d *doc) titleBeforeName(h int, s sentence) titledName {
	r0, r1, ofCountry := d.roleAt(h, s.t0, s.t1)
	if r1+1 < s.t1 && r1 > h && officeNumerals[d.toks[r1].text] && d.toks[r1+1].cap {
		r1++
	}
	e, name := d.readName(r1, s.t1)
	if name == "" && d.toks[h].cap {
		e, name = d.commonWordsName(r1, s.t1) // "… Affairs Mark Wells" (commonpair.go)
	}
	if name == "" && d.toks[h].cap {
		e, name = d.nameAfterMark(r0, r1, s.t1)
	}
	return titledName{r0: r0, r1: r1, e: e, name: name, ofCountry: ofCountry}
}

// titleOfNoPerson: the title is a company's ("Microsoft Corporation
// President Brad Smith", "…, CEO of …") or the name a ship's ("HMS Queen
// Elizabeth").
func (d *doc) titleOfNoPerson(tn titledName, s sentence) bool {
	if d.corporate(tn.r0-2, tn.r1) || tn.e < s.t1 && d.toks[tn.e].text == "," && d.corporate(tn.e+1, tn.e+4) {
		return true
	}
	return tn.r0 > s.t0 && shipPrefixes[d.toks[tn.r0-1].key] || d.bareSpouseTitle(tn, s)
}

// titledPerson is the strong mention of the name after a title read at
// head h: the name from its first word (past a mark and honorifics), the
// title with an editor's bracketed modifier, the country (titleCountry),
// and a style's office given after the name (styleApposition). A style is
// no office ("His Highness Sheikh Khalifa bin Zayed").
func (d *doc) titledPerson(tn titledName, h int, s sentence) personMention {
	nameStart := tn.r1
	if d.toks[nameStart].kind == tokPunct {
		nameStart++ // "General Prosecutor of Ukraine, Iryna Venediktova"
	}
	for nameStart < tn.e && honorifics[d.toks[nameStart].key] {
		nameStart++
	}
	m := personMention{t0: nameStart, t1: tn.e, name: tn.name, role: d.editorialModifier(tn.r0, s.t0) + d.roleText(tn.r0, tn.r1),
		sent: d.toks[h].sent, inTitle: d.inTitle, strong: true}
	m.country, m.role = d.titleCountry(tn, m.role, s)
	if d.publisherEmbassyBefore(tn.r0, s.t0) && m.country == d.countryBefore(tn.r0, s.t0) {
		m.country, m.publisherEmbassy = "", true // "U.S. Embassy Kigali Chargé d’Affaires": not Rwanda's
	}
	m.pastTitle = d.pastTitleAt(tn.r0, tn.r1, s.t0)
	if office, ok := principalOffice(m.role, m.name); ok {
		m.role = office // the aide's title names the principal (principaltitle.go)
	}
	if office, ok := occasionOffice(m.role); ok {
		m.role = office // "Passing of Senator John Warner" (occasionoffice.go)
	}
	m.role = officeBeforeRank(m.role) // "… for the DPRK Ambassador Sung Kim" (rankafteroffice.go)
	if !m.pastTitle && !tenuredOffice(m.role) && d.pastServiceAt(tn.r0, s.t0) && !d.inOfficeOnDate(tn.name, m.role) {
		m.pastTitle = true // "served as Ambassador … under President Barack Obama" (pastservice.go)
	}
	m.possessive = tn.e < len(d.toks) && d.toks[tn.e].key == "'s"
	d.styleApposition(&m, tn.e, s.t1)
	if honorificTitles[roleHead(m.role)] {
		m.role = "" // "His Highness Sheikh Khalifa bin Zayed", "the Passing of Sheikh Khalifa": a style, no office
	}
	return m
}

// titleCountry is the country of a titled name, and its role: a country
// (or a body's, or an office's) before the title, none for an ambassador
// posted to an organisation ("U.N. Ambassador Linda Thomas-Greenfield" is
// the US's ambassador there); a country after the name overrides it, and
// the role's "of <Country>" overrides both and leaves the role.
func (d *doc) titleCountry(tn titledName, role string, s sentence) (country, roleOut string) {
	country = d.countryBefore(tn.r0, s.t0)
	if country == "" {
		country = d.bodyCountryBefore(tn.r0, s.t0)
	}
	if country == "" {
		country = d.officeCountryBefore(tn.r0, s.t0)
	}
	if postedTo(country, role) {
		country = ""
	}
	if country == "" {
		country = spouseTitleCountry(role)
	}
	if c := d.countryAfter(tn.e, s.t1); c != "" {
		country = c
	}
	if tn.ofCountry != "" {
		return tn.ofCountry, d.stripOfCountry(role)
	}
	return country, role
}

// styleApposition: after a style alone, with no country, the apposition
// gives the office and its country ("Sheikh Mohammed bin Abdulrahman Al
// Thani, Deputy Prime Minister and Minister of Foreign Affairs of Qatar").
func (d *doc) styleApposition(m *personMention, e, s1 int) {
	if m.country != "" || !honorificTitles[strings.ToLower(m.role)] || !strings.Contains(m.name, " ") {
		return
	}
	app := *m
	if d.apposition(&app, e, s1); app.country != "" {
		m.country, m.role = app.country, app.role
	}
}

// titleSharers: names joined to a titled one ending at token e share its
// title ("Senators Wyden and Crapo", "Leader Schumer and McConnell"). A
// plural title becomes singular, and the names joined take it, strongly,
// with the country; else they take it as a hint to look them up by. role is
// the titled mention's role.
func (d *doc) titleSharers(m personMention, e, s1 int) (role string, mates []personMention) {
	plural := singularRole(m.role)
	role = m.role
	if plural != "" {
		role = plural
	}
	for _, c := range d.coordinated(e, s1) {
		cm := personMention{t0: c[0], t1: c[1], name: d.cleanName(c[0], c[1]), sent: m.sent, inTitle: d.inTitle}
		if plural != "" {
			cm.role, cm.strong, cm.country = plural, true, m.country
		} else {
			cm.roleHint = m.role
		}
		cm.possessive = c[1] < len(d.toks) && d.toks[c[1]].key == "'s"
		mates = append(mates, cm)
	}
	return role, mates
}

// untitledMentions appends to out the sentence's names that no title
// before them gave, among the tokens not taken, and marks their tokens
// taken: after a courtesy title ("Mr. Sullivan"), a rank ("Lt. Gen.
// Stephen Sklenka") or none.
func (d *doc) untitledMentions(s sentence, taken []bool, out []personMention) []personMention {
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if taken[i] || !t.cap || t.kind != tokWord {
			continue // names, honorifics and ranks are capitalised words
		}
		if honorifics[t.key] && t.cap && (t.key == "mr." || t.key == "ms." || t.key == "mrs." || t.key == "dr.") {
			if m, ok := d.courtesyTitled(i, s); ok {
				out = append(out, m)
				takeTokens(taken, i, m.t1)
				i = m.t1 - 1
			}
			continue
		}
		rank := ranks[t.key] && t.cap
		if !d.mayOpenName(i, rank, s) {
			continue
		}
		e, name := d.readName(i, s.t1)
		if rm := d.regimeMentions(i, e, name, rank); rm != nil {
			out = append(out, rm...) // "the Assad regime": its ruler (regime.go)
			takeTokens(taken, i, e)
			i = e - 1
			continue
		}
		if name == "" || d.bareWordOfNoPerson(i, e, name, rank, s) {
			continue
		}
		out = append(out, d.namedPerson(i, e, name, rank, s))
		takeTokens(taken, i, e)
		i = e - 1
	}
	return out
}

// courtesyTitled is the mention of the name after the courtesy title at
// token i ("Mr. Sullivan"); a full name takes the office an apposition
// gives ("Mr. Raymond Greene, Chargé d’Affaires ad interim", "Dr. Rochelle
// Walensky, our CDC director") and is strong as a listed official's ("Dr.
// Ashish Jha"). ok is false where no name follows.
func (d *doc) courtesyTitled(i int, s sentence) (m personMention, ok bool) {
	e, name := d.readName(i+1, s.t1)
	if name == "" {
		return m, false
	}
	m = personMention{t0: i + 1, t1: e, name: name, sent: d.toks[i].sent, inTitle: d.inTitle}
	m.possessive = e < len(d.toks) && d.toks[e].key == "'s"
	if strings.Contains(name, " ") {
		d.apposition(&m, e, s.t1)
		if !m.strong {
			d.ourApposition(&m, e, s.t1)
		}
		if !m.strong && len(gazetteer.OfficialsNamed(name)) > 0 {
			m.strong = true // a listed official, as without the style
		}
	}
	return m, true
}

// mayOpenName: token i, a capitalised word, may open a name: a rank, or a
// name word that no gazetteer phrase holds, and not a common word that
// opens the sentence only because sentences open capitalised.
func (d *doc) mayOpenName(i int, rank bool, s sentence) bool {
	if d.spanAt[i] >= 0 || !rank && !d.nameWord(i, true) {
		return false
	}
	return !(gazetteer.IsCommonWord(d.toks[i].key) && !d.titleCase(i) && i == s.t0)
}

// bareWordOfNoPerson: a one-word name [i, e) without a rank is no person
// where it is attributive ("the Lukashenko government", "the Biden
// administration"), names an administration ("Biden Administration Opens",
// administration.go) or a place ("Austin, TX", "the Moon", notsurname.go).
func (d *doc) bareWordOfNoPerson(i, e int, name string, rank bool, s sentence) bool {
	if rank || strings.Contains(name, " ") {
		return false
	}
	return d.attributive(i, e) || d.namesAdministration(e) || d.placeNotSurname(i, e, s.t0, s.t1)
}

// namedPerson is the mention of the name [i, e) with no title before it: a
// rank stands as the role ("Lt. Gen. Stephen Sklenka", an officer) unless an
// office given after a full name (officeAfterName) replaces it; a full name
// of the lists is strong, but for a reporter a moderator calls on
// (reportercall.go); a strong mention takes a country after the name.
func (d *doc) namedPerson(i, e int, name string, rank bool, s sentence) personMention {
	m := personMention{t0: i, t1: e, name: name, sent: d.toks[i].sent, inTitle: d.inTitle}
	if rank {
		k := i
		for k < e && honorifics[d.toks[k].key] {
			k++
		}
		m.t0, m.role, m.strong = k, d.joinText(i, k), true
	}
	m.possessive = e < len(d.toks) && d.toks[e].key == "'s"
	full := strings.Contains(name, " ")
	if full {
		d.officeAfterName(&m, e, s.t1)
	}
	m.besideSpouseTitle = !full && !rank && d.spouseTitleInSentence(s)
	if !m.strong && full && !d.calledOnReporter(i, e, s.t0, s.t1) && len(gazetteer.OfficialsNamed(name)) > 0 {
		m.strong = true
	}
	if !m.strong && !rank && e == i+1 && d.acronymOfficial(i) {
		m.strong = true // "MBS", "AMLO": a listed official's acronym (acronymofficial.go)
	}
	if c := d.countryAfter(e, s.t1); c != "" && m.strong {
		m.country = c
	}
	return m
}

// officeAfterName gives the full name m ending at token e the office that
// follows it: an apposition, "who serves as", or the publisher's "our"
// office ("Roger Carstens, our Special Presidential Envoy …"), the first
// that reads one; or, with no office, a nominee to lead a body.
func (d *doc) officeAfterName(m *personMention, e, s1 int) {
	d.apposition(m, e, s1)
	if !m.strong {
		d.servesAs(m, e, s1)
	}
	if !m.strong {
		d.ourApposition(m, e, s1)
	}
	if !m.strong {
		d.nomineeToLead(m, e, s1)
	}
}

// completeName finishes a mention once its sentence is read: a name after
// a patronymic goes by its father's, as the son's ("President bin Zayed Al
// Nahyan"), and may take back the chain before it (patronymicChain); a
// one-word name cut by a style goes on (nameGoesOn); a speaker label's
// surname is marked.
func (d *doc) completeName(m *personMention) {
	if t0 := m.t0; t0 > 0 && patronymics[d.toks[t0-1].key] {
		m.afterPatronymic = true
		d.patronymicChain(m)
	}
	d.nameGoesOn(m)
	m.label = d.speakerLabelSurname(m)
}

// patronymicChain takes back into a name after a patronymic the given
// names and patronymics before it, where the chain opens with a name word:
// "Princess Reema bint Bandar bin Sultan bin Abdulaziz Al Saud" is Reema
// bint Bandar …, not her great-grandfather "Abdulaziz Al Saud". After a
// title or style ("President bin Zayed", "Sheikh bin Zayed") the name is
// the son's as it is; a title word between two patronymics is a name
// ("bin Sultan bin").
func (d *doc) patronymicChain(m *personMention) {
	nameWord := func(k int, between bool) bool {
		w := &d.toks[k]
		return d.capWordOf(k, d.toks[m.t0].sent) && (between || !roleHeads[w.key] && !honorifics[w.key] && !roleModifiers[w.key])
	}
	k := m.t0
	for k >= 2 && patronymics[d.toks[k-1].key] && nameWord(k-2, k >= 3 && patronymics[d.toks[k-3].key]) {
		k -= 2
	}
	if k < m.t0 {
		m.t0, m.name, m.afterPatronymic = k, d.cleanName(k, m.t1), false
	}
}

// capWordOf: token k is a capitalised word of sentence sent, not all in
// capitals and no stopCaps word: a word that may carry on a name that
// findPeople cut short (patronymicChain, nameGoesOn).
func (d *doc) capWordOf(k, sent int) bool {
	w := &d.toks[k]
	return w.kind == tokWord && w.cap && !w.upper && !stopCaps[w.key] && w.sent == sent
}

// nameGoesOn looks past a one-word name of the body text at the
// capitalised words right after it, which a style inside a name cut off
// ("President Hassan Sheikh Mohamud" read as "President Hassan"): where
// they complete a listed official's name the name is that, else it is
// marked cut, the first word of a longer name that is no surname to look up.
func (d *doc) nameGoesOn(m *personMention) {
	if d.inTitle || m.titleRef || !m.strong || strings.Contains(m.name, " ") || m.t1 >= len(d.toks) ||
		!roleHeads[d.toks[m.t1].key] && !honorifics[d.toks[m.t1].key] {
		return
	}
	k := m.t1
	for k < len(d.toks) && k < m.t1+3 && d.capWordOf(k, d.toks[m.t0].sent) {
		k++
	}
	if k == m.t1 {
		return
	}
	for e := k; e > m.t1; e-- {
		full := m.name + " " + d.text[d.toks[m.t1].start:d.toks[e-1].end]
		if offs := gazetteer.OfficialsNamed(full); len(offs) > 0 && gazetteer.NameKey(offs[0].Name) == gazetteer.NameKey(full) {
			m.name, m.t1 = offs[0].Name, e
			return
		}
	}
	m.cut = true
}

// apposition reads the office of "Name, [the] [Country's] Role" for the
// name m ending at token e, and of "Name, Nominee for Role".
func (d *doc) apposition(m *personMention, e, s1 int) {
	if e+1 >= s1 || d.toks[e].text != "," && !d.nomineeHeading(e, s1) {
		return
	}
	if d.courtNominee(m, e, s1) {
		return
	}
	k := e + 1
	// an office in the possessive is another's, whose relative or aide the
	// person is: "Ashley Biden, the President's daughter" (no office), "Jake
	// Sullivan, the President's National Security Advisor"
	for k < s1 && k < e+8 && (!d.isHead(k) || k+1 < s1 && d.toks[k+1].key == "'s") && (d.toks[k].kind == tokWord || d.toks[k].key == "'s") {
		k++
	}
	if k >= s1 || k >= e+8 || !d.isHead(k) {
		return
	}
	r0, r1, ofC := d.roleAt(k, e+1, s1)
	if r1 < s1 && r1 > r0 && d.toks[r1].key == "treasurer" && d.toks[r1-1].key == "secretary" {
		return // "Kenny Cooper, Secretary Treasurer, International Brotherhood of …": a union's office, no public one
	}
	a := e + 1
	if d.agencyAcronym(a) && a+1 == r0 {
		a++ // "Willie Nunn, FEMA Regional Administrator": an agency's own office
	}
	if !d.onlyDeterminers(a, r0) || d.corporate(r0, r1+3) || d.privateBodyAfter(r0, r1, s1) || d.privateBodyOf(k, r1, s1) {
		return
	}
	if d.titleOfNext(r0, r1, s1) {
		return // "…Renaissance Dam, President Biden acknowledged": the title is Biden's
	}
	if d.subjectOfClause(r0, r1, s1) {
		return // "In Crystal Lake, the President will make the case": a new clause's subject
	}
	m.role = d.roleText(r0, r1)
	m.nominated = d.nomineeFor(a, r0)
	m.strong = true
	m.country = d.countryBefore(r0, e+1)
	if ofC != "" {
		m.country = ofC
		m.role = d.stripOfCountry(m.role)
	}
	if c1 := d.nomineeAfterOffice(r1, s1); c1 > r1 {
		// "Erek L. Barron, U.S. Attorney nominee for the District of Maryland"
		m.role, m.nominated = m.role+" "+d.roleText(r1+1, c1), true
	}
}

// privateWords mark a body of civil society (a charity, union, church,
// school or campaign); publicBodyWords mark a public one.
var (
	privateWords = setOf("alliance", "fund", "foundation", "federation", "association", "coalition", "network",
		"league", "society", "campaign", "project", "workers", "chamber", "church", "ministries", "university",
		"college", "school", "inc", "inc.", "llc", "vote", "voters", "collective", "brotherhood", "sisterhood",
		"hospital", "museum", "union", "unions", "united", "seminary", "ironworkers", "teamsters", "steelworkers")
	// publicBodyWords: stateBodyWords, the heads a state's office names
	// in an apposition ("Office", "Board", "Committee", "Service"), and the
	// words that make a body public ("Federal", "County", "U.S.").
	publicBodyWords = unionOf(stateBodyWords, setOf("office", "board", "committee", "federal", "u.s.", "house",
		"force", "corps", "state", "county", "city", "president's", "presidential", "white", "institutes",
		"centers", "service", "mission", "authority", "municipal", "tribe", "nation"))
)

// stateBodyWords name a state's body wherever they stand in its name
// ("Ministry of Foreign Affairs", "Defense Department", "National
// Assembly"): the words governmentWords (which types an organisation) and
// publicBodyWords (which read an apposition's body) share.
var stateBodyWords = setOf("ministry", "department", "agency", "administration", "bureau", "commission",
	"council", "court", "government", "parliament", "congress", "senate", "assembly", "army", "navy", "guard",
	"embassy", "consulate")

// privateBodyAfter: an apposition's office is followed by ", <body>" whose
// name marks it as a body of civil society ("Executive Director, National
// Domestic Workers Alliance"), so the office is no public one. An office
// that civil society's bodies use more than states do (firmOffice: "Executive
// Director, Indian American Impact") needs no such word: any named body
// without a public word or a known international organisation in its name.
func (d *doc) privateBodyAfter(r0, r1, s1 int) bool {
	if r1+1 >= s1 || d.toks[r1].text != "," || d.portfolioOffice(r0, r1) {
		return false
	}
	private, named, public := d.bodyAfterComma(r1, s1)
	if public {
		return false
	}
	return private || named && d.firmOffice(r0, r1)
}

// portfolioOffice: a minister's office at tokens [r0, r1) names a portfolio,
// so the words after its comma are the portfolio's, not a body's ("Minister
// for Higher Education, …, University Hospitals").
func (d *doc) portfolioOffice(r0, r1 int) bool {
	for k := r0; k < r1; k++ {
		if strings.HasPrefix(d.toks[k].key, "minister") {
			return true
		}
	}
	return false
}

// bodyAfterComma reads the body's name after the comma at token r1 (up to
// eleven tokens): private when a private word outside a gazetteer span is in
// it (not the "United" of "United States") or a quoted reaction follows it,
// named when it holds a capitalised word, public when it holds a public word
// or a known international organisation ("European Union").
func (d *doc) bodyAfterComma(r1, s1 int) (private, named, public bool) {
	for k := r1 + 1; k < s1 && k < r1+12; k++ {
		t := &d.toks[k]
		if t.text == ":" && k > r1+1 && k+1 < len(d.toks) && quoteOpens(d.toks[k+1].text) {
			// "Kris Brown, President, Brady: “We are heartened …”": a
			// reaction quoted from a body with no public word in its name
			return true, named, false
		}
		if !bodyNameToken(t) {
			break
		}
		if sp := d.spanOf(k); sp != nil && isCountryish(sp.phrase) && sp.phrase.Kind == gazetteer.KindOrg || publicBodyWords[t.key] {
			return private, named, true
		}
		if privateWords[t.key] && d.spanAt[k] < 0 {
			private = true
		}
		named = named || t.kind == tokWord && t.cap
	}
	return private, named, false
}

// bodyNameToken: t may stand in a body's name after a comma: a capitalised
// word, a lower-case connector ("of", "and"), "&" or a bracket.
func bodyNameToken(t *token) bool {
	if t.kind != tokWord {
		return t.text == "&" || t.text == "(" || t.text == ")"
	}
	return t.cap || bodyNameConnectors[t.key]
}

// firmOffice: the office at tokens [r0, r1) is one that a firm or a
// charity has rather than a state, "Executive Director" or "CEO", with no
// word of a state's office before it ("USDA State Executive Director" is
// read by its body's name, "Farm Service Agency").
func (d *doc) firmOffice(r0, r1 int) bool {
	firm := false
	for k := r0; k < r1; k++ {
		switch key := d.toks[k].key; {
		case key == "ceo" || key == "executive" && k+1 < r1 && d.toks[k+1].key == "director":
			firm = true
		case publicBodyWords[key] || d.agencyAcronym(k):
			return false
		}
	}
	return firm
}

func quoteOpens(s string) bool { return s == "“" || s == "\"" || s == "”" || s == "‘" }

// nomineeHeading: a colon after a name opens a nomination heading, "Anne M.
// Nardacci: Nominee for the United States District Court …", "Kelley B.
// Hodge: Candidate for …".
func (d *doc) nomineeHeading(e, s1 int) bool {
	return e+2 < s1 && d.toks[e].text == ":" && d.toks[e+1].cap &&
		(d.toks[e+1].key == "nominee" || d.toks[e+1].key == "candidate") && d.toks[e+2].key == "for"
}

// courtNominee reads "Name, Nominee for the United States District Court for
// …" (or after a colon): a judicial nominee, whose office is named by its
// court and its state, not by a title word.
func (d *doc) courtNominee(m *personMention, e, s1 int) bool {
	if e+3 >= s1 || d.toks[e+1].key != "nominee" && d.toks[e+1].key != "candidate" || d.toks[e+2].key != "for" {
		return false
	}
	for k := e + 3; k < s1 && k < e+9; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || !t.cap && t.key != "the" && t.key != "of" {
			return false
		}
		if t.key == "court" && t.cap {
			end := k + 1
			for end < s1 && end < k+12 && d.toks[end].kind == tokWord && (d.toks[end].cap || d.toks[end].key == "for" || d.toks[end].key == "of" || d.toks[end].key == "the") {
				end++
			}
			for end > k+1 && !d.toks[end-1].cap {
				end--
			}
			for j := e + 3; j < k; j++ {
				if sp := d.spanOf(j); sp != nil && sp.phrase.Kind == gazetteer.KindCountry {
					// "the United States District Court": the office names its state
					m.role, m.strong, m.country = d.joinText(e+1, end), true, sp.phrase.Code
					return true
				}
			}
			return false
		}
	}
	return false
}

// agencyAcronym: token k is an upper-case acronym the gazetteer does not
// know as a country or organisation ("USDA", "HHS", "FEMA"), such as opens
// an office in an apposition.
func (d *doc) agencyAcronym(k int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && t.upper && len(t.text) >= 2 && len(t.text) <= 6 && d.spanAt[k] < 0 && !strings.Contains(t.text, ".")
}

// subjectOfClause: the bare role at tokens [r0, r1), after "the", is followed by
// an auxiliary verb, so it is the subject of a clause of its own, not an
// apposition of the words before the comma ("In Crystal Lake, the President
// will make the case", "At the CNN Town Hall, the President was asked").
func (d *doc) subjectOfClause(r0, r1, s1 int) bool {
	if r1 >= s1 || r0 == 0 || d.toks[r0-1].key != "the" {
		return false
	}
	for k := r0; k < r1; k++ {
		if !d.toks[k].cap {
			return false // "Daleep Singh, the Deputy National Security Advisor for International Economics had …": an apposition whose closing comma is missing
		}
	}
	t := &d.toks[r1]
	return t.kind == tokWord && !t.cap && auxiliaries[t.key]
}

var auxiliaries = setOf("will", "is", "was", "has", "had", "would", "can", "could", "should", "may", "must", "did", "does")

// titleOfNext reports whether the role at tokens [r0, r1) after a comma is
// the plain title of the name that follows it on the same line ("the Grand
// Ethiopian Renaissance Dam, President Biden acknowledged", "the Two Holy
// Mosques, King Salman"), not an apposition of the words before the comma. A
// role with a complement ("Special Envoy of President Xi") and a possessive
// name after it ("Dmitry Peskov, President Putin's press secretary") stay
// appositions.
func (d *doc) titleOfNext(r0, r1, s1 int) bool {
	if r1 >= s1 || r1 == 0 || strings.Contains(d.text[d.toks[r1-1].end:d.toks[r1].start], "\n") {
		return false
	}
	for k := r0; k < r1; k++ {
		if t := &d.toks[k]; t.kind != tokWord || !t.cap || stopCaps[t.key] {
			return false
		}
	}
	e, name := d.readName(r1, s1)
	if name == "" || e < s1 && d.toks[e].key == "'s" {
		return false
	}
	one := strings.ToLower(name)
	return strings.Contains(name, " ") || !gazetteer.IsCommonWord(one) && !roleHeads[one] && !officeNouns[one]
}

// officeNouns end an office rather than start a name: "Nominee for General
// Counsel, …", "United States Attorney Nominee for …".
var officeNouns = setOf("counsel", "nominee", "treasurer", "emeritus", "designate", "general")

// servesVerbs open what follows the clauses after a name in servesAs:
// "to be", "is serving as", "will serve as", "serves as".
var servesVerbs = setOf("to", "is", "will", "serves")

// servesAs reads the office of "Name [, apposition,] is serving as Role"
// ("Michele Markoff is serving as Acting Deputy Assistant Secretary for …")
// and of a nomination, "Name, of Place, to be Role", for the name m ending
// at token e. Each step is a function of its own.
func (d *doc) servesAs(m *personMention, e, s1 int) {
	k, ok := d.servesClausesEnd(e, s1)
	if !ok {
		return
	}
	verb := k
	if k, ok = d.servesVerbEnd(k, e, s1, d.nominatedAt(m.t0)); !ok {
		return
	}
	start := k
	if k, ok = d.servedRoleHead(start, s1); !ok {
		return
	}
	r0, r1, ofC := d.roleAt(k, start, s1)
	if !d.onlyDeterminers(start, r0) || d.corporate(r0, r1+3) {
		return
	}
	m.role, m.strong = d.roleText(r0, r1), true
	m.nominated = d.nominationVerb(m.t0, e, verb)
	m.country = d.countryBefore(r0, start)
	if ofC != "" {
		m.country, m.role = ofC, d.stripOfCountry(m.role)
	}
}

// servesClausesEnd skips up to three clauses between commas after the name
// ending at e (", of Texas, a Career Member of the Senior Foreign Service,
// Class of Minister-Counselor, to be …"), each under 16 tokens. ok is
// false when a clause runs on to the sentence's end or past 16 tokens:
// then no office follows.
func (d *doc) servesClausesEnd(e, s1 int) (k int, ok bool) {
	k = e
	for clauses := 0; clauses < 3 && k < s1 && d.toks[k].text == ","; clauses++ {
		j := k + 1
		for j < s1 && j < k+16 && d.toks[j].text != "," {
			j++
		}
		if j >= s1 || j >= k+16 {
			return k, false
		}
		if j+1 < s1 && clauses < 2 && !servesVerbs[d.toks[j+1].key] {
			k = j // another clause follows
			continue
		}
		k = j + 1
		break
	}
	return k, true
}

// servesVerbEnd is the token after the words at k that say the person
// holds what follows: "is serving as", "will serve as", "serves as"
// (servingAsEnd), and, after clauses or a nominating verb before the name
// (nominated), a nomination's "to be" or "to serve as" ("nominating Steve
// Dettelbach to serve as Director of ATF", nomination.go); right after the
// name, "as" ("nominate Michael Barr as the next Vice Chair for
// Supervision") but not "as well".
func (d *doc) servesVerbEnd(k, e, s1 int, nominated bool) (int, bool) {
	if n := d.servingAsEnd(k, s1); n > k {
		return n, true
	}
	switch {
	case (k > e || nominated) && k+1 < s1 && d.toks[k].key == "to" && d.toks[k+1].key == "be":
		return k + 2, true // a nomination: "Daryl Baldwin, of Montana, to be a Member of the National Council …"
	case (k > e || nominated) && k+2 < s1 && d.toks[k].key == "to" && d.toks[k+1].key == "serve" && d.toks[k+2].key == "as":
		return k + 3, true
	case k == e && k+1 < s1 && d.toks[k].key == "as" && d.toks[k+1].key != "well":
		return k + 1, true // "nominate Michael Barr as the next Vice Chair for Supervision", "Richard Bennett as Special Rapporteur"
	}
	return k, false
}

// servingAsEnd is the token after "is serving as", "will serve as" or
// "serves as" at k, or k: the person holds the office now or will.
func (d *doc) servingAsEnd(k, s1 int) int {
	switch {
	case k+2 < s1 && (d.toks[k].key == "is" || d.toks[k].key == "will") && (d.toks[k+1].key == "serving" || d.toks[k+1].key == "serve") && d.toks[k+2].key == "as":
		return k + 3
	case k+1 < s1 && d.toks[k].key == "serves" && d.toks[k+1].key == "as":
		return k + 2
	}
	return k
}

// servedRoleHead is the capitalised title head within six words from
// start ("a Member", "the next Vice Chair"), with only words before it: a
// head further on, or after a comma or a number, is no office the person
// serves in.
func (d *doc) servedRoleHead(start, s1 int) (int, bool) {
	k := start
	for k < s1 && k < start+6 && !d.isHead(k) && d.toks[k].kind == tokWord {
		k++
	}
	if k >= s1 || k >= start+6 || !d.isHead(k) || !d.toks[k].cap {
		return k, false
	}
	return k, true
}

// attributive: a bare name between an article and a lower-case noun is a
// modifier ("the Lukashenko government", "a Putin ally"), and one joined by
// "&" names a firm ("Johnson & Johnson"); neither mentions the person. A
// ruler's surname before "regime" is read before this (regime.go).
func (d *doc) attributive(i, e int) bool {
	if i == 0 || e >= len(d.toks) {
		return e < len(d.toks) && d.toks[e].text == "&"
	}
	p, n := d.toks[i-1].key, &d.toks[e]
	return (p == "the" || p == "a" || p == "an") && n.kind == tokWord && !n.cap || p == "&" || n.text == "&"
}

// coordinated reads names joined by "and" or commas after a titled name
// ending at token e: "Wyden and Crapo", "Neal, Brady and Smith". It stops at
// anything else, so a new title ("and Foreign Minister Lapid") is left to
// the caller's own loop. Names are token ranges.
func (d *doc) coordinated(e, s1 int) [][2]int {
	var out [][2]int
	for e < s1 && len(out) < 8 {
		k := e
		if d.toks[k].text == "," {
			k++
		}
		if k < s1 && d.toks[k].key == "and" {
			k++
		}
		if k == e || k >= s1 || honorifics[d.toks[k].key] {
			break
		}
		end, name := d.readName(k, s1)
		if name == "" || end < s1 && d.isHead(end) {
			break
		}
		if end < s1 && d.toks[end].text == "," && end+1 < s1 && d.isHead(end+1) && end-k >= 2 {
			break // "and Jake Sullivan, National Security Advisor": an apposition of its own
		}
		out = append(out, [2]int{k, end})
		e = end
	}
	return out
}

// singularRole turns a plural title into the title of each person it
// names ("Senators" → "Senator"); "" when the title is singular.
func singularRole(role string) string {
	words := strings.Fields(role)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	low := strings.ToLower(last)
	if !roleHeads[low] || !strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "men") || strings.HasSuffix(low, "ss") {
		return ""
	}
	switch {
	case strings.HasSuffix(low, "men"):
		last = last[:len(last)-3] + last[len(last)-3:len(last)-2] + "an"
	case strings.HasSuffix(low, "ies"):
		last = last[:len(last)-3] + "y"
	default:
		last = last[:len(last)-1]
	}
	words[len(words)-1] = last
	return strings.Join(words, " ")
}

// onlyDeterminers: between an apposition's comma and its role stand only
// "the", "a", "former" or a country ("Wang Yi, China's top diplomat").
func (d *doc) onlyDeterminers(a, b int) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.key == "the" || t.key == "a" || t.key == "an" || t.key == "former" || t.key == "next" || t.key == "new" || t.key == "'s" || d.spanAt[k] >= 0 && isCountryish(d.spanOf(k).phrase) {
			continue
		}
		if (t.key == "nominee" || t.key == "nominated") && k+2 == b && d.toks[k+1].key == "for" {
			continue // "Cindy Dyer, Nominee for Director of …"
		}
		if t.key == "for" && k > a && (d.toks[k-1].key == "nominee" || d.toks[k-1].key == "nominated") {
			continue
		}
		return false
	}
	return true
}

// stripOfCountry is the role without the "of <Country>" that closes it,
// and without the state's form that the country's name left ("Foreign
// Minister of the State of Israel": the lists' phrase is "Israel").
func (d *doc) stripOfCountry(role string) string {
	if i := strings.LastIndex(role, " of "); i > 0 {
		role = role[:i]
		for _, form := range stateForms {
			if r, ok := strings.CutSuffix(role, form); ok && r != "" {
				return r
			}
		}
		return d.stripOfTheUnitedStates(role)
	}
	return role
}

// stripOfTheUnitedStates: "of America" cut, the role still ends in the
// "of the United States" of the state's formal name ("Secretary of State
// of the United States of America"); it folds to the office as the lists
// write it ("Secretary of State"), as GUIDELINES.md writes a role without
// the country, where the lists hold one US holder of that office on the
// article's date. An office of many holders is a House seat in the lists,
// no envoy's ("Representative of the United States of America to the
// African Union" is no "Representative"), and keeps its words.
func (d *doc) stripOfTheUnitedStates(role string) string {
	if r, ok := strings.CutSuffix(role, " of the United States"); ok && soleListedHolder("US", r, d.date) {
		return r
	}
	return role
}

// soleListedHolder: the official lists hold exactly one person in country's
// office role (any case) on date.
func soleListedHolder(country, role, date string) bool {
	holder := ""
	for _, o := range gazetteer.Officials() {
		if o.Country != country || !strings.EqualFold(o.Role, role) || !o.ActiveOn(date) {
			continue
		}
		if holder != "" && holder != o.Name {
			return false
		}
		holder = o.Name
	}
	return holder != ""
}

// stateForms are what a state's formal name opens with before its name.
var stateForms = []string{" of the State", " of the Republic", " of the Kingdom"}

// bodyConnectors join the words of a body's name ("High Council for
// National Reconciliation", "Ministry of Foreign Affairs and Trade").
var bodyConnectors = setOf("for", "of", "and", "the", "on")

// bodyCountryBefore reads the country that opens the name of a body the
// title belongs to: "Afghan High Council for National Reconciliation
// Chairman Abdullah Abdullah". The run back from the title holds only
// capitalised words and connectors, no other title, "and" or honorific (a
// person of their own), and the country opens it.
func (d *doc) bodyCountryBefore(r0, s0 int) string {
	k := r0 - 1
	for k >= s0 && k >= r0-8 {
		t := &d.toks[k]
		if t.kind != tokWord || !t.cap && !bodyConnectors[t.key] {
			break
		}
		if roleHeads[t.key] && t.cap || t.key == "and" || honorifics[t.key] {
			return "" // "Polish Deputy Foreign Minister Marcin Przydacz and Counselor …": someone else's
		}
		k--
	}
	start := k + 1
	sp := d.spanOf(start)
	if start >= r0-1 || sp == nil || sp.t0 != start || !isCountryish(sp.phrase) || sp.t1 >= r0 {
		return ""
	}
	if next := &d.toks[sp.t1]; !next.cap || bodyConnectors[next.key] {
		return "" // "Japan and …", "Korea for …": not a country that opens a name
	}
	return affiliationCode(sp.phrase)
}

// officeCountryBefore reads a title after a comma that follows another
// office of the same person, whose country that office gives with "of":
// "Special Assistant to the Prime Minister of Pakistan, Ambassador Tariq
// Fatemi". Between the office's title word and its country stand only title
// words and connectors, so no name (a person of their own) ends the office.
func (d *doc) officeCountryBefore(r0, s0 int) string {
	k := r0 - 1
	if k <= s0 || d.toks[k].text != "," {
		return ""
	}
	sp := d.spanOf(k - 1)
	if sp == nil || !isCountryish(sp.phrase) || sp.t0 <= s0 {
		return ""
	}
	j := sp.t0 - 1
	if d.toks[j].key == "the" {
		j--
	}
	if j <= s0 || d.toks[j].key != "of" {
		return "" // "Ambassador to Thailand, …" is a post, not the office's state
	}
	for j--; j >= s0 && j >= sp.t0-12; j-- {
		t := &d.toks[j]
		switch {
		case t.kind == tokWord && t.cap && roleHeads[t.key]:
			return affiliationCode(sp.phrase)
		case t.kind == tokWord && (bodyConnectors[t.key] || t.key == "to" || t.cap && roleModifiers[t.key]):
		default:
			return ""
		}
	}
	return ""
}

// boardNouns end a public body's name: "Commission", "Board", "Bank".
var boardNouns = setOf("commission", "board", "bank", "agency", "council", "authority", "administration")

// bodyClosesComplement: the word at token e, after the unknown words from k,
// is a board noun that closes the office, before punctuation or a lower-case
// word ("Member of the Securities and Exchange Commission for the remainder
// of the term", "Chair of the Public Buildings Reform Board."); a title before
// a name closes after it too (orgNameEnd). Not where a country's word opens or
// ends the run, whose body is the country's ("of the European Commission" keeps
// the EU, "of the United States Sentencing Commission" the US).
func (d *doc) bodyClosesComplement(k, e, s1 int) bool {
	t := &d.toks[e]
	if !t.cap || !boardNouns[t.key] || e == k || d.countryWordAt(e-1) || d.countryWordAt(k-1) {
		return false
	}
	if e+1 >= s1 {
		return true
	}
	n := &d.toks[e+1]
	return n.text == "," || n.text == "." || n.text == ";" || n.kind == tokWord && !n.cap
}

// countryWordAt: token k is in a country's (or a country-like body's) phrase.
func (d *doc) countryWordAt(k int) bool {
	return k >= 0 && d.spanAt[k] >= 0 && isCountryish(d.spanOf(k).phrase)
}
