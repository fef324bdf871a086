// Package gazetteer holds newsgraph's reference lists: countries with their
// names, abbreviations and demonyms, international organisations, places,
// known officials with roles and dates, the issue vocabulary, a list of
// common English words, and the tables only the extractor asks: the
// organisations the news names bare (movements, outlets, companies:
// NamedOrgByForm), the US federal bodies and their forms (USBodyByForm), the
// bodies whose name says their type (TypedBodyNamed) and the news's forms of
// a country (NewsCountryCode), the members of groups of states
// (GroupMembers), a venue's city (VenueCity), the US states' codes
// (IsUSStateCode), the countries whose names put the family name first
// (FamilyNameFirst), English first names' short forms (IsShortFirstName),
// the court cases named by one party (IsCaseShortForm) and office words'
// misspellings (OfficeWordMisspelt). The data is embedded (see
// data/NOTICE.md for sources and licences) and indexed once, on first use;
// data/README.md says what each file holds and which code reads it.
package gazetteer

import (
	"bufio"
	"bytes"
	"embed"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"newsgraph/schema"
)

//go:embed data/*.tsv data/words.txt
var dataFS embed.FS

// Country is a state or territory with an ISO 3166-1 alpha-2 code.
type Country struct {
	Code       string   // "CN"
	Name       string   // "China"
	Aliases    []string // "People's Republic of China", "PRC"
	Adjectives []string // "Chinese"
	Capitals   []string // "Beijing"
}

// Org is an international organisation. Its Code is the short name used as
// the affiliation of its officials ("UN", "NATO") and in ids ("org:un").
type Org struct {
	Code    string
	Name    string
	Aliases []string
}

// Place is a city, region or venue in a country.
type Place struct {
	Name    string
	Country string // ISO2
	Aliases []string
}

// Official is one term of office of a known official. Start and End are
// dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD); End is "" while in office.
type Official struct {
	Name    string // common full name, "Joe Biden"
	Country string // ISO2
	Role    string // "President"
	Start   string
	End     string
	Aliases []string // other full forms, "Joseph R. Biden"
	// Spelled is the term's own spelling of the name where its table
	// spells it otherwise than the name the lists give the person
	// (oneNamePerPerson); "" where they agree.
	Spelled string
	// HandKept marks a term from the hand-kept list (officials_manual.tsv),
	// not from the generated ones. The name recogniser's features leave
	// these out, so that adding one does not change the trained model.
	HandKept bool
	// NotInModel are the names a generated term took from hand-kept rows
	// marked "after-model" (refineDates): the recogniser's features leave
	// them out too, as they leave out HandKept terms.
	NotInModel []string
	afterModel bool // a hand-kept row marked "after-model"
}

// ActiveOn reports whether the term covers date (YYYY-MM-DD). A term given
// only to the year counts for the whole year.
func (o Official) ActiveOn(date string) bool {
	if o.Start != "" && date[:min(len(o.Start), len(date))] < o.Start {
		return false
	}
	if o.End != "" && date[:min(len(o.End), len(date))] > o.End {
		return false
	}
	return true
}

// Issue is a topic of the controlled vocabulary.
type Issue struct {
	Slug    string // "military-communications"
	Name    string
	Aliases []string // matched case-insensitively on word boundaries
	// Guarded are aliases that name the issue only in a sentence that also
	// holds one of their words: "normalization" is the Middle East's where
	// Israel is named, not Turkey and Armenia's.
	Guarded []GuardedAlias
}

// GuardedAlias is an issue alias that counts only beside one of With.
type GuardedAlias struct {
	Alias string
	With  []string // whole words, case-insensitive
}

// PhraseKind says what a gazetteer phrase names.
type PhraseKind uint8

const (
	KindCountry PhraseKind = iota + 1 // "China", "PRC"
	KindDemonym                       // "Chinese"
	KindOrg                           // "NATO"
	KindPlace                         // "Beijing"; capitals also stand for their country
	KindRegion                        // "Europe", "Middle East": neither country nor city
)

// Phrase is one name form to look for in text.
type Phrase struct {
	Text string
	Kind PhraseKind
	Code string // ISO2 for countries and demonyms, org code, or place name
	// Country is the place's country; for capitals it allows the metonym
	// reading ("Beijing said").
	Country   string
	IsCapital bool
	// NotInModel marks a form added after the name recogniser was trained
	// (demonyms.tsv, orgs.tsv and places_manual.tsv rows marked "after-model"): its features leave these out, as they do hand-kept
	// officials, so that the trained model stays the one trained.
	NotInModel bool
}

type index struct {
	countries   []Country
	countryByCC map[string]int
	orgs        []Org
	places      []Place
	placeByName map[string]int
	officials   []Official
	bySurname   map[string][]int
	byBare      map[string][]int // surnames without a hyphened Arabic article
	bySpelt     map[string][]int // translitKey of a surname of a state whose names are not English
	byFather    map[string][]int // father's surname of a two-surname name (paternalSurname)
	byGiven     map[string][]int // first word of the name
	// looseWords are the words of each official's looseNameKey of its Name
	// and of its Spelled (nil where ""), made once for sameNameForms
	looseWords  [][2][]string
	byFullName  map[string][]int
	byLooseName map[string][]int  // LooseNameKey → officials, for spellings NameKey keeps apart
	byTranslit  map[string][]int  // translitKey → officials, for transliterations
	byArticle   map[string][]int  // articleFreeKey → officials, for a family name's article dropped
	former      []Official        // terms that ended before 2015 (FormerOfficialsNamed)
	formerByKey map[string][]int  // NameKey and looseNameKey of names and aliases → former
	actorState  map[string]string // NameKey of a Phoenix political actor → state, "" where two
	issues      []Issue
	words       map[string]bool
	phrases     []Phrase
	// the hand-kept tables the extractor asks, no phrases: the
	// recogniser's features never read them (tables.go)
	namedOrgs     []NamedOrg           // orgs_named.tsv
	namedByForm   formIndex            // a named organisation's name or form → namedOrgs
	usBodies      []USBody             // us_bodies.tsv
	usBodyByForm  formIndex            // a US body's name or form → usBodies
	typedBodies   map[string]TypedBody // bodies_typed.tsv, by lower-case name
	newsCountries map[string]string    // countries_news.tsv: form → ISO2
	groups        map[string][]string  // groups_members.tsv: lower-case group → member ISO2s
	venueCity     map[string]string    // venues.tsv: a venue's place name → its city's
	usStates      map[string]string    // us_states.tsv: postal code → state
	familyFirst   map[string]bool      // names_family_first.tsv: ISO2s
	shortNames    map[string][]string  // first_names_short.tsv: lower-case name → its short forms
	caseShort     map[string]string    // court_cases.tsv: a party's name alone → the case
	misspelt      map[string]string    // misspellings.tsv: lower-case misspelling → office word
	// misspeltShape has bit len(w) for each misspelling w shorter than 32
	// bytes, and bit 32+w[0]-'a' for its first letter (mayBeMisspelt)
	misspeltShape uint64
}

var (
	once sync.Once
	idx  atomic.Pointer[index]
	// extraOfficials are merged over the built-in ones (UseOfficials).
	extraMu        sync.Mutex
	extraOfficials []Official
)

func load() *index {
	if x := idx.Load(); x != nil {
		return x
	}
	once.Do(func() {
		if idx.Load() == nil {
			extraMu.Lock()
			defer extraMu.Unlock()
			idx.Store(build(extraOfficials))
		}
	})
	return idx.Load()
}

// rows reads a tab-separated data file, skipping comments and blank lines.
// It opens the file as the newer tables do (embeddedTable), and a scan that
// stops early (a line over 1 MiB) is a build's error too, not a table
// silently cut short.
func rows(name string) [][]string {
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(embeddedTable(name)))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		panic("gazetteer: embedded " + name + ": " + err.Error())
	}
	return out
}

func field(r []string, i int) string {
	if i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// regions are named areas that are neither countries nor cities; matching
// them keeps "North America" from reading as "America".
var regions = []string{
	"Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
	"Middle East", "Western Hemisphere", "Indo-Pacific", "Asia-Pacific", "Pacific", "Caribbean",
	"Balkans", "Western Balkans", "Sahel", "Horn of Africa", "Central Asia", "South Asia", "Southeast Asia",
	"East Asia", "Eastern Europe", "Northern Triangle", "Korean Peninsula", "Arctic", "Black Sea",
	"South China Sea", "East China Sea", "Taiwan Strait", "Gulf", "Persian Gulf", "Red Sea", "Mediterranean",
	"Baltic", "Baltics", "Donbas", "Crimea", "Xinjiang", "Tibet", "Tigray", "Nagorno-Karabakh",
}

// build reads the embedded lists into one index. The order is the phrase
// list's: countries, their extra demonyms, organisations, places, regions;
// capitals are known before the places that may be one.
func build(extra []Official) *index {
	x := &index{
		countryByCC: map[string]int{},
		placeByName: map[string]int{},
		bySurname:   map[string][]int{},
		byBare:      map[string][]int{},
		bySpelt:     map[string][]int{},
		byFather:    map[string][]int{},
		byGiven:     map[string][]int{},
		byFullName:  map[string][]int{},
		byLooseName: map[string][]int{},
		byTranslit:  map[string][]int{},
		byArticle:   map[string][]int{},
		formerByKey: map[string][]int{},
		actorState:  map[string]string{},
		words:       map[string]bool{},
	}
	x.addCountries()
	x.addDemonyms()
	x.addOrgs()
	x.addPlaces()
	x.addRegions()
	x.addOfficials(extra)
	x.addFormerOfficials()
	x.addActors()
	x.addIssues()
	x.addWords()
	x.addNamedOrgs()
	x.addBodies()
	x.addGroups()
	x.addPlaceFacts()
	x.addPersonNameFacts()
	x.addTextForms()
	x.looseWords = make([][2][]string, len(x.officials))
	for i, o := range x.officials {
		for j, n := range [2]string{o.Name, o.Spelled} {
			if n != "" {
				x.looseWords[i][j] = strings.Fields(looseNameKey(n))
			}
		}
	}
	return x
}

// addCountries reads countries.tsv: each country's name and aliases are
// country phrases, its adjectives demonyms the model was trained with.
func (x *index) addCountries() {
	for _, r := range rows("countries.tsv") {
		c := Country{Code: field(r, 0), Name: field(r, 1), Aliases: list(field(r, 2)),
			Adjectives: list(field(r, 3)), Capitals: list(field(r, 4))}
		x.countryByCC[c.Code] = len(x.countries)
		x.countries = append(x.countries, c)
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			x.phrases = append(x.phrases, Phrase{Text: n, Kind: KindCountry, Code: c.Code})
		}
		for _, a := range c.Adjectives {
			x.phrases = append(x.phrases, Phrase{Text: a, Kind: KindDemonym, Code: c.Code})
		}
	}
}

// addDemonyms reads demonyms.tsv, the adjectives added after the model was
// trained: they count as the country's, but stay out of the model's
// features (NotInModel), which must be the lists it was trained with.
func (x *index) addDemonyms() {
	for _, r := range rows("demonyms.tsv") {
		i, ok := x.countryByCC[field(r, 0)]
		if !ok {
			panic("gazetteer: demonyms.tsv names no country " + field(r, 0)) // a data error caught by the tests
		}
		c := &x.countries[i]
		c.Adjectives = append(c.Adjectives, field(r, 1))
		x.phrases = append(x.phrases, Phrase{Text: field(r, 1), Kind: KindDemonym, Code: c.Code, NotInModel: true})
	}
}

// addOrgs reads orgs.tsv: an organisation is named by its code ("NATO"),
// its name and its aliases.
func (x *index) addOrgs() {
	for _, r := range rows("orgs.tsv") {
		o := Org{Code: field(r, 0), Name: field(r, 1), Aliases: list(field(r, 2))}
		x.orgs = append(x.orgs, o)
		afterModel := field(r, 3) == "after-model" // as demonyms.tsv: the model keeps the lists it was trained with
		for _, n := range append([]string{o.Code, o.Name}, o.Aliases...) {
			x.phrases = append(x.phrases, Phrase{Text: n, Kind: KindOrg, Code: o.Code, NotInModel: afterModel})
		}
	}
}

// addPlaces reads the hand-kept places before the generated ones, so that
// a hand-kept row (its country, its aliases) wins a name both give.
func (x *index) addPlaces() {
	capital := x.capitalCountries()
	for _, r := range rows("places_manual.tsv") {
		// as orgs.tsv: a row added after the model was trained stays out of its features
		x.addPlace(Place{Name: field(r, 0), Country: field(r, 1), Aliases: list(field(r, 2))}, field(r, 3) == "after-model", capital)
	}
	for _, r := range rows("places.tsv") {
		x.addPlace(Place{Name: field(r, 0), Country: field(r, 1)}, false, capital)
	}
}

// capitalCountries maps each capital's name to the countries it is the
// capital of: a name two share ("Kingston", of Jamaica and Norfolk Island)
// is either's, and the place row's country says which is meant.
func (x *index) capitalCountries() map[string]map[string]bool {
	capital := map[string]map[string]bool{}
	for _, c := range x.countries {
		for _, cp := range c.Capitals {
			if capital[cp] == nil {
				capital[cp] = map[string]bool{}
			}
			capital[cp][c.Code] = true
		}
	}
	return capital
}

// addPlace adds a place unless one of its name is known already; each of
// its names is a capital only where it is its own country's capital
// (capital: name → country codes), not a namesake abroad.
func (x *index) addPlace(p Place, afterModel bool, capital map[string]map[string]bool) {
	if _, dup := x.placeByName[p.Name]; dup {
		return
	}
	x.placeByName[p.Name] = len(x.places)
	x.places = append(x.places, p)
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		isCap := capital[n][p.Country]
		x.phrases = append(x.phrases, Phrase{Text: n, Kind: KindPlace, Code: p.Name, Country: p.Country, IsCapital: isCap, NotInModel: afterModel})
	}
}

// addRegions adds the regions as phrases of their own, so that "North
// America" is matched whole and does not read as "America".
func (x *index) addRegions() {
	for _, n := range regions {
		x.phrases = append(x.phrases, Phrase{Text: n, Kind: KindRegion, Code: n})
	}
}

// addOfficials indexes the built-in officials, their dates refined by the
// hand-kept lists, with extra merged over them (UseOfficials), one name per
// person (oneNamePerPerson).
func (x *index) addOfficials(extra []Official) {
	generated, handKept := readOfficialLists()
	dropCommaSuffixes(generated)
	builtIn := refineDates(generated, handKept)
	for _, o := range oneNamePerPerson(MergeOfficials(builtIn, extra)) {
		i := len(x.officials)
		x.officials = append(x.officials, o)
		if strings.TrimSpace(o.Name) == "" {
			continue
		}
		x.indexNameWords(i, o)
		x.indexWholeNames(i, o)
	}
}

// readOfficialLists returns the generated lists' terms and the hand-kept
// ones apart: the hand-kept terms fill what the generated ones lack
// (refineDates).
func readOfficialLists() (generated, handKept []Official) {
	for i, file := range []string{"officials.tsv", "officials_manual.tsv"} {
		for _, r := range rows(file) {
			o := Official{Name: field(r, 0), Country: field(r, 1), Role: field(r, 2),
				Start: field(r, 3), End: field(r, 4), Aliases: list(field(r, 5)), HandKept: i == 1,
				afterModel: i == 1 && field(r, 6) == "after-model"}
			if o.HandKept {
				handKept = append(handKept, o)
			} else {
				generated = append(generated, o)
			}
		}
	}
	return generated, handKept
}

// indexNameWords indexes official i under the words of its name that a
// text may name it by alone: surname, surname without its article,
// father's surname, given name. A term renamed by oneNamePerPerson keeps
// its own spelling's words too: "Mohamed" alone is still the Crown
// Prince's given name, not only Djibouti's prime minister's surname.
func (x *index) indexNameWords(i int, o Official) {
	names := []string{o.Name}
	if o.Spelled != "" {
		names = append(names, o.Spelled)
	}
	add := func(m map[string][]int, k string) { // once an official, though two names share a word
		if l := m[k]; len(l) == 0 || l[len(l)-1] != i {
			m[k] = append(l, i)
		}
	}
	for _, n := range names {
		toks := strings.Fields(n)
		if n != o.Name || !shortensFromEnd(o.Name, o.Spelled) {
			add(x.bySurname, NameKey(toks[len(toks)-1]))
			if !englishNames[o.Country] {
				add(x.bySpelt, translitKey(toks[len(toks)-1]))
			}
			if bare := withoutArticle(toks[len(toks)-1]); bare != "" {
				// "Prime Minister Kadhimi" is Mustafa Al-Kadhimi, "President Sisi" Abdel Fattah el-Sisi
				add(x.byBare, NameKey(bare))
			}
		}
		if p := paternalSurname(o.Country, toks); p != "" {
			add(x.byFather, p)
		}
		if len(toks) >= 2 {
			add(x.byGiven, NameKey(toks[0]))
		}
	}
}

// shortensFromEnd: name is the leading words of the longer spelling, a
// rename to the form the texts use that drops the last words ("Abiy Ahmed"
// for the lists' Abiy Ahmed Ali). Its last word is then a father's name
// inside the full one, no surname: a bare "Ahmed" is not the Prime
// Minister.
func shortensFromEnd(name, spelled string) bool {
	w, full := strings.Fields(name), strings.Fields(spelled)
	return len(w) >= 2 && len(full) > len(w) && slices.Equal(w, full[:len(w)])
}

// indexWholeNames indexes official i under each of its whole names and
// aliases, by NameKey and by the looser keys for spellings NameKey keeps
// apart; transliteration and article keys only for a country whose names
// are not English, where texts spell one name many ways.
func (x *index) indexWholeNames(i int, o Official) {
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		k := NameKey(n)
		x.byFullName[k] = append(x.byFullName[k], i)
		lk := looseNameKey(n)
		x.byLooseName[lk] = append(x.byLooseName[lk], i)
		if !englishNames[o.Country] {
			tk := translitKey(n)
			x.byTranslit[tk] = append(x.byTranslit[tk], i)
			if ak := articleFreeKey(lk); ak != lk && strings.Contains(ak, " ") {
				x.byArticle[ak] = append(x.byArticle[ak], i)
			}
		}
	}
}

// addFormerOfficials reads the terms that ended before 2015, kept apart
// from the officials: no surname in a 2021-23 article stands for them, so
// they are found by whole name or alias only (FormerOfficialsNamed).
func (x *index) addFormerOfficials() {
	for _, r := range rows("officials_former.tsv") {
		o := Official{Name: field(r, 0), Country: field(r, 1), Role: field(r, 2),
			Start: field(r, 3), End: field(r, 4), Aliases: list(field(r, 5))}
		i := len(x.former)
		x.former = append(x.former, o)
		keys := map[string]bool{}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			keys[NameKey(n)], keys[looseNameKey(n)] = true, true
		}
		for k := range keys {
			x.formerByKey[k] = append(x.formerByKey[k], i)
		}
	}
}

// addActors reads the Phoenix political actors' states; a name two actors
// of different states share gives no state ("").
func (x *index) addActors() {
	for _, r := range rows("actors.tsv") {
		for _, n := range append([]string{field(r, 0)}, list(field(r, 2))...) {
			k := NameKey(n)
			if c, seen := x.actorState[k]; seen && c != field(r, 1) {
				x.actorState[k] = "" // two people of one name
			} else {
				x.actorState[k] = field(r, 1)
			}
		}
	}
}

// addIssues reads issues.tsv; a guarded alias ("alias=word|word") names the
// issue only in a sentence that holds one of its words (GuardedAlias).
func (x *index) addIssues() {
	for _, r := range rows("issues.tsv") {
		is := Issue{Slug: field(r, 0), Name: field(r, 1), Aliases: list(field(r, 2))}
		for _, g := range list(field(r, 3)) {
			alias, with, _ := strings.Cut(g, "=")
			is.Guarded = append(is.Guarded, GuardedAlias{Alias: strings.TrimSpace(alias), With: strings.Split(with, "|")})
		}
		x.issues = append(x.issues, is)
	}
}

// addWords reads words.txt, the common English words of IsCommonWord.
func (x *index) addWords() {
	f, _ := dataFS.Open("data/words.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && w[0] != '#' {
			x.words[w] = true
		}
	}
	f.Close()
}

// refineDates returns the generated terms, then the hand-kept ones, where
// a hand-kept term of a generated term's name, state and role whose dates
// refine its dates (the same to the generated precision: "2022-05-14" for
// "2022") gives that term its dates and aliases instead of being a second
// term. The lists give many terms to the year only, and a year-only start
// counts from January: Mohammed bin Zayed's "President from 2022" would be
// active beside his Crown Prince's term, to 2022-05-14, all spring. A
// hand-kept term that names the generated one among its aliases renames
// the person too (every generated term of that name and state), keeping
// the generated name as an alias and in Spelled: the lists' labels
// "Bongbong Marcos" and "Matamela Cyril Ramaphosa" are not the names the
// texts give. A generated term with no end takes the end of a hand-kept
// term that starts on its very day: the lists' snapshot leaves some
// finished terms open (Wang Yi's foreign ministry, which Qin Gang took on
// 2022-12-30); one that starts later in a year-only start's year may be
// another term. The terms stay generated ones.
func refineDates(generated, handKept []Official) []Official {
	key := func(name, country, role string) string {
		return NameKey(name) + "\t" + country + "\t" + strings.ToLower(role)
	}
	refines := func(exact, listed string) bool {
		return listed == exact || listed != "" && len(exact) > len(listed) && strings.HasPrefix(exact, listed)
	}
	at := map[string][]int{}
	for i, o := range generated {
		k := key(o.Name, o.Country, o.Role)
		at[k] = append(at[k], i)
	}
	out := slices.Clone(generated)
	for _, h := range handKept {
		terms, renamed := at[key(h.Name, h.Country, h.Role)], ""
		for _, a := range h.Aliases {
			if len(terms) > 0 {
				break
			}
			if terms = at[key(a, h.Country, h.Role)]; len(terms) > 0 {
				renamed = generated[terms[0]].Name
			}
		}
		i := slices.IndexFunc(terms, func(i int) bool {
			g := generated[i]
			return refines(h.Start, g.Start) && refines(h.End, g.End) || h.Start == g.Start && g.End == ""
		})
		if i < 0 {
			out = append(out, h)
			continue
		}
		g := &out[terms[i]]
		g.Start, g.End = h.Start, h.End
		if h.afterModel {
			g.NotInModel = schema.AppendNew(slices.Clone(g.NotInModel), newNames(g, h.Aliases)...)
		}
		g.Aliases = schema.AppendNew(slices.Clone(g.Aliases), h.Aliases...)
		if renamed == "" {
			continue
		}
		for j := range out[:len(generated)] {
			if o := &out[j]; o.Name == renamed && o.Country == h.Country {
				if h.afterModel {
					o.NotInModel = schema.AppendNew(slices.Clone(o.NotInModel), newNames(o, []string{h.Name})...)
				}
				o.Name, o.Spelled = h.Name, renamed
				o.Aliases = schema.AppendNew(slices.Clone(o.Aliases), renamed)
			}
		}
	}
	return out
}

// newNames are those of names that are neither o's name nor an alias of it.
func newNames(o *Official, names []string) []string {
	var out []string
	for _, n := range names {
		if n != o.Name && !slices.Contains(o.Aliases, n) {
			out = append(out, n)
		}
	}
	return out
}

// oneNamePerPerson gives the terms of one person one name across the
// tables: a term whose name is, transliterated (translitKey), the name of
// an earlier term of the same state takes that term's name, and keeps its
// own as an alias and in Spelled. The generated lists come first, so their
// spelling wins: the hand-kept "Mohamed bin Zayed Al Nahyan" (Crown Prince
// of Abu Dhabi to 2022-05-14) and the generated "Mohammed bin Zayed Al
// Nahyan" (President from 2022) are one person with one id, each term with
// its own role and dates. Two romanisations of one holder of one office
// from one year are one person too (romanisationKey). English-written
// names are left apart, as in OfficialsNamed ("John Glenn" is no John Glen).
func oneNamePerPerson(terms []Official) []Official {
	first := map[string]string{} // state and translitKey → the first name
	out := make([]Official, len(terms))
	for i, o := range terms {
		out[i] = o
		if englishNames[o.Country] || strings.TrimSpace(o.Name) == "" {
			continue
		}
		k := o.Country + "\t" + translitKey(o.Name)
		name, seen := first[k]
		if !seen {
			first[k] = o.Name
			rk := romanisationKey(o)
			if name, seen = first[rk]; !seen {
				if rk != "" {
					first[rk] = o.Name
				}
				continue
			}
			first[k] = name // the spelling's later terms join the same person
		}
		if name == o.Name {
			continue
		}
		out[i].Name, out[i].Spelled = name, o.Name
		out[i].Aliases = append(slices.Clone(o.Aliases), o.Name)
	}
	return out
}

// romanisationKey is what two romanisations of one name in one office keep
// alike: the state, the role, the start year, the given name's first two
// letters and the surname's first six ("Alyaksandr Lukashenka", President
// of Belarus since 1994-07-20, and "Alexander Lukashenko", since 1994). ""
// where the surname is shorter, so that short names never meet by it.
func romanisationKey(o Official) string {
	toks := strings.Fields(looseNameKey(o.Name))
	if len(toks) < 2 || len(toks[0]) < 2 || len(toks[len(toks)-1]) < 6 || len(o.Start) < 4 {
		return ""
	}
	return "roman\t" + o.Country + "\t" + o.Role + "\t" + o.Start[:4] + "\t" + toks[0][:2] + "\t" + toks[len(toks)-1][:6]
}

// Countries lists every country.
func Countries() []Country { return load().countries }

// CountryByCode finds a country by ISO2 code.
func CountryByCode(code string) (Country, bool) {
	x := load()
	i, ok := x.countryByCC[code]
	if !ok {
		return Country{}, false
	}
	return x.countries[i], true
}

// Orgs lists the international organisations.
func Orgs() []Org { return load().orgs }

// OrgByCode finds an organisation by its short name ("NATO").
func OrgByCode(code string) (Org, bool) {
	for _, o := range load().orgs {
		if o.Code == code {
			return o, true
		}
	}
	return Org{}, false
}

// PlaceByName finds a place by its canonical name.
func PlaceByName(name string) (Place, bool) {
	x := load()
	i, ok := x.placeByName[name]
	if !ok {
		return Place{}, false
	}
	return x.places[i], true
}

// Issues lists the issue vocabulary.
func Issues() []Issue { return load().issues }

// Phrases lists every name form of countries, demonyms, organisations,
// places and regions, for building a matcher.
func Phrases() []Phrase { return load().phrases }

// Officials lists every known term of office.
func Officials() []Official { return load().officials }

// OfficialsNamed returns the terms of the official whose full name or alias
// is name (case, accents, middle initials and suffixes ignored).
func OfficialsNamed(name string) []Official {
	x := load()
	key := NameKey(name) // once: every form below starts from it
	out := x.terms(x.allSpellings(x.byFullName[key]))
	if len(out) > 0 {
		return out
	}
	// the same name spelt with a hyphen or another particle ("Yoon Suk Yeol"
	// for Yoon Suk-yeol, "Abdel Fattah Al Sisi" for el-Sisi), or
	// transliterated another way ("Irakli Garibashvili" for Gharibashvili),
	// when it is one person's
	loose := looseOfKey(key)
	if out := x.onePerson(x.allSpellings(x.byLooseName[loose])); len(out) > 0 {
		return out
	}
	if out := x.onePerson(x.allSpellings(x.byTranslit[translitOfLoose(loose)])); len(out) > 0 {
		return out
	}
	// a family name written without its article ("Mustafa Kadhimi" for
	// Mustafa Al-Kadhimi), when it is one person's
	if out := x.onePerson(x.byArticle[articleFreeKey(loose)]); len(out) > 0 {
		return out
	}
	// a Japanese name written family name first, as US releases often do
	// ("Foreign Minister Hayashi Yoshimasa"), where the lists give it
	// given name first
	w := strings.Fields(key)
	var jp []int
	if len(w) == 2 {
		for _, i := range x.byFullName[w[1]+" "+w[0]] {
			if x.officials[i].Country == "JP" {
				jp = append(jp, i)
			}
		}
	}
	if out := x.onePerson(jp); len(out) > 0 {
		return out
	}
	// middle names the lists leave out ("Samia Suluhu Hassan" for Samia
	// Hassan, "Lyndon Baines Johnson"); not a particle's family or father
	// name ("Abdullah bin Zayed" is no Abdullah Zayed)
	if len(w) >= 3 && !slices.ContainsFunc(w[1:len(w)-1], func(m string) bool { return nameParticles[m] }) {
		if out := x.onePerson(x.byFullName[w[0]+" "+w[len(w)-1]]); len(out) > 0 {
			return out
		}
	}
	// the text leaves words out of the list's full form (sameNameForms:
	// "Umaro Embalo" for Umaro Sissoco Embaló, "Khalifa bin Zayed" for
	// Khalifa bin Zayed Al Nahyan), when it is one person's
	if loose == key {
		return x.onePerson(x.sameNameFormsOf(w)) // loose's words are key's: not split again
	}
	return x.onePerson(x.sameNameForms(loose))
}

// nameParticles are the lower-case words that join the parts of a name:
// a family or father's name ("bin Zayed", "Al Nahyan") or a surname's
// ("von der Leyen", "de Mistura").
var nameParticles = map[string]bool{"bin": true, "bint": true, "binti": true, "ibn": true, "ben": true, "abu": true,
	"al": true, "el": true, "de": true, "da": true, "del": true, "della": true, "di": true, "do": true, "dos": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "y": true, "ter": true}

// IsNameParticle reports whether w, in lower case, is one of the particles
// that join the parts of a name ("bin", "al", "von", "de").
func IsNameParticle(w string) bool { return nameParticles[w] }

// allSpellings is ids with the other terms of the person of a term that
// oneNamePerPerson renamed: "Mohamed bin Zayed Al Nahyan", the hand-kept
// row's spelling, finds the President's term of the generated row too.
func (x *index) allSpellings(ids []int) []int {
	var more []int
	for _, i := range ids {
		if x.officials[i].Spelled == "" {
			continue
		}
		for _, j := range x.byFullName[NameKey(x.officials[i].Name)] {
			if !slices.Contains(ids, j) && !slices.Contains(more, j) {
				more = append(more, j)
			}
		}
	}
	if len(more) == 0 {
		return ids
	}
	return append(slices.Clone(ids), more...)
}

// onePerson returns the terms at ids when they are all one person's.
func (x *index) onePerson(ids []int) []Official {
	out := x.terms(ids)
	for _, o := range out {
		if o.Name != out[0].Name {
			return nil
		}
	}
	return out
}

// englishNames are the states whose officials' names are written in
// English, not transliterated: a name spelt close to one of theirs is a
// namesake ("John Glenn" is no UK minister John Glen).
var englishNames = map[string]bool{"US": true, "GB": true, "CA": true, "AU": true, "NZ": true, "IE": true}

// TranslitKey is the key under which the lists take two spellings of a
// name for one transliteration (translitKey), for checks that look for
// one person under two names.
func TranslitKey(name string) string { return translitKey(name) }

// SameNameWord reports whether two words of a name are one word spelt two
// ways as the lists take them: transliterated otherwise (translitKey:
// "Mohamed" and "Mohammed") or with and without the Arabic article
// (withoutArticle: "Al-Kadhimi" and "Kadhimi").
func SameNameWord(a, b string) bool {
	bare := func(w string) string {
		if rest := withoutArticle(w); rest != "" {
			return rest
		}
		return w
	}
	return translitKey(bare(a)) == translitKey(bare(b))
}

// translitKey is looseNameKey with the letters that transliterations of
// one name differ by folded: "kh" and "k", "gh" and "g", "y" and "i",
// "ou" and "u", doubled letters and single ones ("Nikolay" and "Nikolai",
// "Akhanouch" and "Akhannouch", "Mohammed" and "Mohamed").
func translitKey(name string) string { return translitOfLoose(looseNameKey(name)) }

// translitOfLoose is translitKey of the name whose looseNameKey is k.
func translitOfLoose(k string) string {
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == 'h' && i > 0 && strings.IndexByte("bcdgkpstz", k[i-1]) >= 0:
			continue // "kh", "gh", "dh", "th", "sh" (and "ch") as the bare consonant
		case c == 'o' && i+1 < len(k) && k[i+1] == 'u':
			continue
		case c == 'y':
			c = 'i'
		}
		if n := len(b); n > 0 && b[n-1] == c && c != ' ' {
			continue // a doubled letter
		}
		b = append(b, c)
	}
	return string(b)
}

// FormerOfficialsNamed returns the terms that ended before 2015 of the
// officials whose full name or alias is name, spelt as OfficialsNamed
// allows. They are kept apart from Officials: no surname in a 2021-23
// article stands for them, a namesake may bear the name ("Judge Alan B.
// Johnson" is no UK Home Secretary), and the name recogniser's features are
// built from the current lists only. A caller takes one for the state of a
// person whose title in the text is the office the term held.
func FormerOfficialsNamed(name string) []Official {
	x := load()
	ids := x.formerByKey[NameKey(name)]
	if len(ids) == 0 {
		ids = x.formerByKey[looseNameKey(name)]
	}
	return pick(x.former, ids)
}

// ActorState is the state that the political actor of that full name
// acted for in the Phoenix event-coding dictionary (to 2014; government,
// legislature, military, judiciary or former officials, every code of one
// state), or "" when it holds no such person or two of that name. It gives
// no office or date: a caller takes it only for a person the text titles.
func ActorState(name string) string {
	return load().actorState[NameKey(name)]
}

// looseNameKey is NameKey with hyphens as spaces and the article particles
// "al", "el" and "ul" as one.
func looseNameKey(name string) string { return looseOfKey(NameKey(name)) }

// looseOfKey is looseNameKey of the name whose NameKey is key.
func looseOfKey(key string) string {
	if singleSpaced(key) && !strings.Contains(key, "-") && !hasWord(key, "el") && !hasWord(key, "ul") {
		return key // most keys: nothing to change, and no copy
	}
	return looseBySplit(key)
}

// looseBySplit is looseOfKey of any key, word by word.
func looseBySplit(key string) string {
	words := strings.Fields(strings.ReplaceAll(key, "-", " "))
	for i, w := range words {
		if w == "el" || w == "ul" {
			words[i] = "al"
		}
	}
	return strings.Join(words, " ")
}

// articleFreeKey is a looseNameKey, loose, without the Arabic article: "Mustafa
// Al-Kadhimi" and "Mustafa Kadhimi" have one key.
func articleFreeKey(loose string) string {
	if singleSpaced(loose) && !hasWord(loose, "al") {
		return loose
	}
	return articleFreeBySplit(loose)
}

// articleFreeBySplit is articleFreeKey of any loose key, word by word.
func articleFreeBySplit(loose string) string {
	words := strings.Fields(loose)
	return strings.Join(slices.DeleteFunc(words, func(w string) bool { return w == "al" }), " ")
}

// singleSpaced reports an ASCII s whose words (strings.Fields) joined by
// one space are s itself: no space at either end, none doubled, no other
// white space. It says false of any other s, so a caller that skips the
// split and join only where it says true gives the same string.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// hasWord reports whether w is one of the words of s, a single-spaced
// string.
func hasWord(s, w string) bool {
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return s == w
		}
		if s[:i] == w {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// twoSurnameCountries name people with the father's surname, then the
// mother's; the text calls them by the first ("President Alvarado" is
// Carlos Alvarado Quesada of Costa Rica).
var twoSurnameCountries = map[string]bool{"ES": true, "MX": true, "AR": true, "CO": true, "CL": true, "PE": true,
	"VE": true, "EC": true, "BO": true, "PY": true, "UY": true, "CR": true, "PA": true, "GT": true, "HN": true,
	"SV": true, "NI": true, "DO": true, "CU": true, "GQ": true}

// paternalSurname is the name key of the father's surname of a name of
// three or more words from a two-surname country, or "".
func paternalSurname(country string, toks []string) string {
	if !twoSurnameCountries[country] || len(toks) < 3 {
		return ""
	}
	w := toks[len(toks)-2]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "" // "de", "del": a particle, not a surname
	}
	return NameKey(w)
}

// terms are the officials at the list positions ids.
func (x *index) terms(ids []int) []Official { return pick(x.officials, ids) }

// pick returns the terms of list at the positions ids.
func pick(list []Official, ids []int) []Official {
	if len(ids) == 0 {
		return nil
	}
	out := make([]Official, 0, len(ids)) // one allocation, not one per doubling
	for _, i := range ids {
		out = append(out, list[i])
	}
	return out
}

// OfficialsByFatherSurname returns the terms of officials of two-surname
// countries whose father's surname that is: "Alvarado" for Carlos Alvarado
// Quesada. The lists do not say which words are given names ("Juan Orlando
// Hernández" has one surname), so callers use it only for a titled surname
// no last name matches.
func OfficialsByFatherSurname(surname string) []Official {
	x := load()
	return x.terms(x.byFather[NameKey(surname)])
}

// OfficialsBySurname returns the terms of officials with that last name.
func OfficialsBySurname(surname string) []Official {
	x := load()
	return x.terms(x.bySurname[NameKey(surname)])
}

// OfficialsByGivenName returns the terms of officials whose name starts
// with that word: some officials go by their first name ("Dr. Kikeo").
func OfficialsByGivenName(given string) []Official {
	x := load()
	return x.terms(x.byGiven[NameKey(given)])
}

// HasOfficialsBySurname reports whether OfficialsBySurname(surname) has
// a term, without copying the terms out.
func HasOfficialsBySurname(surname string) bool {
	x := load()
	return len(x.bySurname[NameKey(surname)]) > 0
}

// HasOfficialsByGivenName reports whether OfficialsByGivenName(given) has
// a term, without copying the terms out: a common given name has hundreds.
func HasOfficialsByGivenName(given string) bool {
	x := load()
	return len(x.byGiven[NameKey(given)]) > 0
}

// IsCommonWord reports whether w (any case) is an ordinary English word
// that text usually writes in lower case, so unlikely to be a name.
func IsCommonWord(w string) bool {
	return load().words[strings.ToLower(w)]
}

// CommonWords lists the common English words of IsCommonWord, in lower
// case, for callers that index them their own way.
func CommonWords() []string {
	x := load()
	out := make([]string, 0, len(x.words))
	for w := range x.words {
		out = append(out, w)
	}
	return out
}

// OfficialsBySurnameSpelt returns the terms of officials of a state whose
// names are not English and whose last name is that surname transliterated
// otherwise ("Zelensky": Volodymyr Zelenskyy), as translitKey folds the
// spellings. Only a title makes such a surname certain.
func OfficialsBySurnameSpelt(surname string) []Official {
	x := load()
	return x.terms(x.bySpelt[translitKey(surname)])
}

// OfficialsBySurnameWithoutArticle returns the terms of officials whose last
// name is that surname with a hyphened Arabic article before it ("Kadhimi":
// Mustafa Al-Kadhimi). Only a title makes such a surname certain.
func OfficialsBySurnameWithoutArticle(surname string) []Official {
	x := load()
	return x.terms(x.byBare[NameKey(surname)])
}

// withoutArticle is an Arabic surname without the article joined to it by a
// hyphen ("Al-Kadhimi" -> "Kadhimi", "el-Sisi" -> "Sisi"), or "".
func withoutArticle(surname string) string {
	for _, a := range []string{"al-", "el-", "Al-", "El-", "AL-", "EL-"} {
		if rest, ok := strings.CutPrefix(surname, a); ok && len(rest) >= 3 {
			return rest
		}
	}
	return ""
}
