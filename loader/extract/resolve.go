package extract

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"newsgraph/gazetteer"
)

// personEntity is one person of the article, with every mention.
type personEntity struct {
	name     string   // full common name
	words    []string // NameKey words of name
	role     string
	roleFull bool // role came with the full name
	rolePast bool // role came from a past title ("then-Senator Joe Biden")
	// roleNominated: role is an office the person is nominated to (nomination.go)
	roleNominated bool
	country       string
	official      bool  // acts for a state or organisation (role, apposition or gazetteer)
	usDefault     bool  // country is the US default of a US release's title, not a cue
	nominee       bool  // a nominee to lead a body, no office stated (nomination.go)
	mentions      []int // indexes into the mention list
	evidence      int   // mention that gave the role or country, -1 if none
	lastSent      int
	// labelSent: the sentence whose speaker label ("THE VICE PRESIDENT:")
	// made the person from the lists, the trace of one the text never names;
	// -1 if none
	labelSent int
}

// topRoles are offices prominent enough that a bare surname ("Putin")
// resolves through the gazetteer.
var topRoles = setOf("president", "prime minister", "premier", "chancellor", "secretary of state",
	"foreign minister", "minister of foreign affairs", "vice president", "king", "emir", "taoiseach",
	"national security advisor", "secretary of defense", "secretary-general", "secretary general",
	"state councilor", "president of the united states", "crown prince", "supreme leader")

// usRoleHeads are titles that, in a US government release with no country
// stated, denote a US official ("Deputy Secretary Sherman", "Spokesperson Price").
var usRoleHeads = setOf("judge", "justice", "magistrate", "secretary", "spokesperson", "envoy", "representative", "counselor", "advisor",
	"adviser", "ambassador", "senator", "speaker", "leader", "whip", "administrator", "coordinator", "director",
	"congressman", "congresswoman", "chargé", "charge", "assistant", "president", "vice president",
	"member", "commander", "general", "admiral", "chief", "affaires", "chair", "chairman", "d'affaires",
	"colonel", "captain", "major", "lieutenant", "officer", "lt.", "gen.", "col.", "adm.", "maj.", "capt.",
	// commissions' and councils' members and chairs: "Commissioner of the Federal Maritime Commission",
	// "FCC Chairwoman Jessica Rosenworcel", "County Commissioner"
	"commissioner", "chairwoman", "chairperson", "co-chair", "official")

// usLocalHeads are US state and city offices. In a US government release a
// governor or mayor whose country neither the text nor a nearby country name
// gives acts for the US (a sub-national office of it).
var usLocalHeads = setOf("governor", "mayor", "councilmember", "councilman", "councilwoman")

// defaultUSLocal gives US state and city officials of a US release the US,
// after their own cues had their chance (addOwnCues).
func defaultUSLocal(r *resolver) {
	if !r.usSource {
		return
	}
	for _, p := range r.people {
		if p.country == "" && p.official && (usLocalHeads[roleHead(p.role)] || stateOffice(p.role)) {
			p.country = "US"
		}
	}
}

// resolver merges mentions into people within one article.
type resolver struct {
	date      string
	usSource  bool
	mentions  []personMention
	people    []*personEntity
	mentionOf []int // mention index → person index, -1 if unresolved
	byWord    map[string][]int
	gazCache  map[string][]gazetteer.Official // activeOfficials by surname
	listed    map[string][]gazetteer.Official // officialsNamed by name
	named     map[string]bool                 // countries the text names; nil allows all
	longPast  map[int]bool                    // longPastHolder's answer by person
	givenOf   map[string][]int                // givenNameOfOther's candidates by first word, built at its first ask
	lines     *lineIndex                      // the line breaks of the text reporterAddress reads
}

// officialsNamed is gazetteer.OfficialsNamed, looked up once an article for
// each name: an article's mentions and rules ask for the same few names again
// and again (on the bench articles, 1,089 calls for 446 names, 753 of them
// resolveIn's, one for each mention). The slice is shared: callers must not
// change it.
func (r *resolver) officialsNamed(name string) []gazetteer.Official {
	offs, ok := r.listed[name]
	if !ok {
		if r.listed == nil {
			r.listed = map[string][]gazetteer.Official{}
		}
		offs = gazetteer.OfficialsNamed(name)
		r.listed[name] = offs
	}
	return offs
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// roleHead is the office word of a role: the last head word before any
// complement ("Special Envoy to Haiti" → "envoy", "Prime Minister" → "minister").
func roleHead(role string) string {
	if head, ok := asciiRoleHead(role); ok {
		return head
	}
	return roleHeadOfWords(role)
}

// roleHeadOfWords is roleHead of any role, word by word.
func roleHeadOfWords(role string) string {
	head, prev := "", ""
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "-designate"), "-at-large")
		if w == "of" || w == "for" || w == "to" || w == "on" {
			if head != "" {
				break
			}
			continue
		}
		if roleHeads[w] && w != "prime" || spouseTitles[w][prev] {
			head = w // "First Lady": the lists' First Lady by her surname (spousetitle.go)
		}
		prev = w
	}
	return head
}

// asciiRoleHead is roleHead of an ASCII role of words up to 32 bytes (ok
// is false for another), each word lowered into a buffer on the stack: the
// rules ask it of the same roles many times, and the lowered copy and its
// words were allocations each time.
func asciiRoleHead(role string) (head string, ok bool) {
	var buf, prevBuf [32]byte
	var prev []byte
	for i := 0; i < len(role); {
		for i < len(role) && asciiSpace(role[i]) {
			i++
		}
		j := i
		for j < len(role) && !asciiSpace(role[j]) {
			if role[j] >= utf8.RuneSelf || j-i >= len(buf) {
				return "", false
			}
			c := role[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[j-i] = c
			j++
		}
		if j == i {
			break
		}
		w := bytes.TrimSuffix(bytes.TrimSuffix(buf[:j-i], []byte("-designate")), []byte("-at-large"))
		i = j
		if sw := string(w); sw == "of" || sw == "for" || sw == "to" || sw == "on" {
			if head != "" {
				break
			}
			continue
		}
		if roleHeads[string(w)] && string(w) != "prime" || spouseTitles[string(w)][string(prev)] {
			head = headWordString(w)
		}
		prev = append(prevBuf[:0], w...)
	}
	return head, true
}

// headWords holds each word that may be a role's head (roleHeads and
// spouseTitles) as one string, so that asciiRoleHead gives the head it
// found without copying it from its buffer.
var headWords = func() map[string]string {
	m := map[string]string{}
	for w := range roleHeads {
		m[w] = w
	}
	for w := range spouseTitles {
		m[w] = w
	}
	return m
}()

// headWordString is w as a string: headWords' own, else a copy.
func headWordString(w []byte) string {
	if s, ok := headWords[string(w)]; ok {
		return s
	}
	return string(w)
}

// asciiSpace is unicode.IsSpace of an ASCII byte.
func asciiSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// activeOfficials returns officials with that surname in office on date.
// A surname is also the first word of a name written family name first
// ("Prime Minister Lee" for Lee Hsien Loong) and the name of a monarch's
// style ("King Abdullah" for Abdullah II of Jordan).
func (r *resolver) activeOfficials(surname string) []gazetteer.Official {
	if out, ok := r.gazCache[surname]; ok {
		return out
	}
	var out []gazetteer.Official
	for _, o := range gazetteer.OfficialsBySurname(surname) {
		if o.ActiveOn(r.date) {
			out = append(out, o)
		}
	}
	for _, o := range gazetteer.OfficialsByGivenName(surname) {
		// every term of office, not only the first: "President Xi" is Xi Jinping the President, though the
		// lists give his party office first; a term that the surname already found is not added twice
		if o.ActiveOn(r.date) && (gazetteer.FamilyNameFirst(o.Country) || o.Style() != "") && !slices.ContainsFunc(out, func(x gazetteer.Official) bool {
			return x.Name == o.Name && x.Role == o.Role && x.Start == o.Start
		}) {
			out = append(out, o)
		}
	}
	if r.gazCache == nil {
		r.gazCache = map[string][]gazetteer.Official{}
	}
	r.gazCache[surname] = out
	return out
}

// commonName is the name the text and the gold use for an official of the
// lists (gazetteer.CommonName: "Abdullah II of Jordan" is Abdullah II).
func commonName(name string) string { return gazetteer.CommonName(name) }

// bySecondSurname maps a name written with a second surname ("President
// Iván Duque Márquez", "Laurentino Cortizo Cohen") to the listed official in
// office whose name is all of it but the last word. A family name after a
// particle stays whole ("Faisal bin Farhan Al Saud").
func bySecondSurname(name, role, date string) (string, bool) {
	words := strings.Fields(name)
	if len(words) < 3 || gazetteer.IsNameParticle(strings.ToLower(words[len(words)-2])) || strings.Contains(words[len(words)-1], "-") {
		return "", false
	}
	for _, o := range gazetteer.OfficialsBySurname(words[len(words)-1]) {
		if strings.Fields(o.Name)[0] == words[0] {
			return "", false // the last word is a listed surname of hers: "Samia Suluhu Hassan"
		}
	}
	for _, o := range gazetteer.OfficialsNamed(strings.Join(words[:len(words)-1], " ")) {
		if o.ActiveOn(date) && len(strings.Fields(o.Name)) == len(words)-1 && strings.EqualFold(o.Role, role) {
			return o.Name, true // the very office: Vice President Teodoro Obiang Mangue is not President Obiang
		}
	}
	return "", false
}

// firstNameForm reports whether the first name b may be written for a: the
// two share their first three letters, or one ends the other, or b is a
// listed short form of a (the text's full first name, the lists' short one:
// "Elizabeth Truss" is Liz Truss).
func firstNameForm(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && (strings.HasSuffix(a, b) || strings.HasSuffix(b, a) || a[:3] == b[:3]) ||
		shortFormOf(a, b)
}

// sameRoleWords: two roles are one but for case and hyphens ("Director
// General", "Director-General").
func sameRoleWords(a, b string) bool {
	return strings.EqualFold(strings.ReplaceAll(a, "-", " "), strings.ReplaceAll(b, "-", " "))
}

// shortFormOf reports whether short is a listed short form of the first
// name full, neither sharing the other's first three letters nor ending
// ("liz" of "elizabeth"; gazetteer/data/first_names_short.tsv).
func shortFormOf(full, short string) bool {
	return gazetteer.IsShortFirstName(full, short)
}

// byGivenName resolves a first name after a title through the lists: the
// one official of the country the text gives (of any, where it gives none),
// in office on the date, who holds that very role and whose name starts
// with it ("Prime Minister Abiy" is Abiy Ahmed Ali, "Director General
// Tedros" Tedros Adhanom Ghebreyesus: Ethiopians go by the given name). A
// title's head alone ("Minister") proved too loose on the gold.
func (r *resolver) byGivenName(given, role, country string) (gazetteer.Official, bool) {
	var found gazetteer.Official
	for _, o := range gazetteer.OfficialsByGivenName(given) {
		if !o.ActiveOn(r.date) || country != "" && o.Country != country || !sameRoleWords(o.Role, role) || o.Style() != "" {
			continue
		}
		if found.Name != "" && found.Name != o.Name {
			return gazetteer.Official{}, false // two fit: the name is not enough
		}
		found = o
	}
	return found, found.Name != ""
}

// bySurname resolves a bare surname through the gazetteer, using the role
// and country the text gives as hints. It returns "" unless one person fits.
// Each step is a function of its own (bysurname_test.go).
func (r *resolver) bySurname(surname, role, country string, onlyTop bool) (gazetteer.Official, bool) {
	head := roleHead(role)
	surname, cands := r.surnameCandidates(surname, head)
	head = listsRoleHead(head)
	if country != "" {
		cands = officialsWhere(cands, func(o gazetteer.Official) bool { return o.Country == country })
	}
	if onlyTop {
		cands = officialsWhere(cands, func(o gazetteer.Official) bool { return topRoles[strings.ToLower(o.Role)] })
	}
	cands, sameOnly, ok := holdersOfHead(cands, head, onlyTop)
	if !ok {
		return gazetteer.Official{}, false
	}
	if len(cands) == 0 && head != "" && !onlyTop {
		cands = r.lastFormerHolders(surname, role, head, country, sameOnly)
	}
	if len(cands) == 0 && head != "" && len(r.activeOfficials(surname)) == 0 {
		cands = r.byFatherSurname(surname, role, head, country)
	}
	if len(cands) == 0 {
		return gazetteer.Official{}, false
	}
	cands = holdersOfRole(cands, role)
	if _, ok := onePerson(cands); !ok {
		return gazetteer.Official{}, false
	}
	return homeRealm(cands, r.named), true
}

// surnameCandidates are the officials in office whose surname is the one
// given; when none is and a title comes with it ("Prime Minister Kadhimi",
// "President Sisi"), also those whose surname has an article the text left
// out, since the title makes the bare surname certain, while a bare
// "Assad" may be anyone's. It returns the surname to go on with: the
// text's "Al-Sisi" without its article, as the lists' "el-Sisi" has it.
func (r *resolver) surnameCandidates(surname, head string) (string, []gazetteer.Official) {
	cands := r.activeOfficials(surname)
	if len(cands) > 0 || head == "" {
		return surname, cands
	}
	if bare := bareSurname([]string{gazetteer.NameKey(surname)}); bare != "" {
		surname = bare // "President Al-Sisi" of the lists' "el-Sisi"
		cands = r.activeOfficials(surname)
	}
	for _, o := range gazetteer.OfficialsBySurnameWithoutArticle(surname) {
		if o.ActiveOn(r.date) {
			cands = append(cands, o)
		}
	}
	if len(cands) == 0 {
		cands = spellingCandidates(surname, r.date) // "President Zelensky" of the lists' Zelenskyy
	}
	return surname, cands
}

// listsRoleHead is the head the lists' roles use for a title head the text
// uses instead: "Congressman Clyburn" is the lists' Representative,
// "Chairman Powell" the lists' Chair of the Federal Reserve.
func listsRoleHead(head string) string {
	switch head {
	case "congressman", "congresswoman":
		return "representative"
	case "chairman", "chairwoman", "chairperson":
		return "chair"
	}
	return head
}

// officialsWhere are the officials that keep keeps, in a new slice, so
// that a cached list is never written to.
func officialsWhere(cands []gazetteer.Official, keep func(o gazetteer.Official) bool) []gazetteer.Official {
	var out []gazetteer.Official
	for _, o := range cands {
		if keep(o) {
			out = append(out, o)
		}
	}
	return out
}

// holdersOfHead keeps the candidates whose role has the title's head (or
// is the monarchy a "King" or "Queen" names). When none has: under
// onlyTop no one fits ("Foreign Minister Park" must not become a US
// Representative Park, ok false); otherwise none is kept and sameOnly asks
// for a former holder of that very office ("Prime Minister Abe" is no
// namesake governor in office). No head keeps them all.
func holdersOfHead(cands []gazetteer.Official, head string, onlyTop bool) (kept []gazetteer.Official, sameOnly, ok bool) {
	if head == "" {
		return cands, false, true
	}
	if c := officialsWhere(cands, func(o gazetteer.Official) bool {
		return roleHead(o.Role) == head || strings.Contains(strings.ToLower(o.Role), head) || monarchOffice(o.Role, head)
	}); len(c) > 0 {
		return c, false, true
	}
	if len(cands) > 0 && onlyTop {
		return cands, false, false
	}
	if len(cands) > 0 {
		return nil, true, true
	}
	return cands, false, true
}

// incomingDays is how long before a term's first day the text may already
// title the holder: "President Herzog" the day after his election, a month
// before he took office; "as of tomorrow, actual Prime Minister Albanese".
const incomingDays = 45

// incoming: a term that starts on the day start, given to the day, starts
// after date but within incomingDays of it.
func incoming(start, date string) bool {
	s, err1 := time.Parse(time.DateOnly, start)
	d, err2 := time.Parse(time.DateOnly, date)
	return err1 == nil && err2 == nil && s.After(d) && s.Sub(d) <= incomingDays*24*time.Hour
}

// lastFormerHolders are the former holders of a title the text gives
// ("Secretary Kerry") with the surname, in the country if one is given:
// those whose term ended last; and an incoming holder whose term starts
// within incomingDays ("President Herzog" a month before his term). Under
// sameOnly they must have held the very office the text names.
func (r *resolver) lastFormerHolders(surname, role, head, country string, sameOnly bool) []gazetteer.Official {
	var cands []gazetteer.Official
	for _, o := range gazetteer.OfficialsBySurname(surname) {
		if (country == "" || o.Country == country) && roleHead(o.Role) == head && (o.Start <= r.date || incoming(o.Start, r.date)) &&
			(!sameOnly || strings.EqualFold(o.Role, role) || sameOffice(o.Role, role)) {
			switch {
			case len(cands) == 0 || o.End > cands[0].End:
				cands = append(cands[:0], o)
			case o.End == cands[0].End:
				cands = append(cands, o)
			}
		}
	}
	return cands
}

// byFatherSurname are the officials in office whose father's surname is
// the one given ("President Alvarado" of Costa Rica: Carlos Alvarado
// Quesada), holding the title, asked only when no last name, not even a
// former holder's, fits. Each goes by the name the text and the gold use.
func (r *resolver) byFatherSurname(surname, role, head, country string) []gazetteer.Official {
	var cands []gazetteer.Official
	for _, o := range gazetteer.OfficialsByFatherSurname(surname) {
		if o.ActiveOn(r.date) && (country == "" || o.Country == country) && (roleHead(o.Role) == head || sameOffice(o.Role, role)) {
			o.Name = fatherName(o.Name) // the name the text and the gold go by
			cands = append(cands, o)
		}
	}
	return cands
}

// holdersOfRole narrows the candidates to those holding the very role the
// text gives ("Prime Minister Lee": the Prime Minister, not a Minister of
// Ocean Affairs Lee), else the same office under another wording
// ("Foreign Minister Lavrov": the Minister of Foreign Affairs, not a
// Deputy Minister of Finance), else keeps them all.
func holdersOfRole(cands []gazetteer.Official, role string) []gazetteer.Official {
	if role == "" {
		return cands
	}
	if c := officialsWhere(cands, func(o gazetteer.Official) bool { return strings.EqualFold(o.Role, role) }); len(c) > 0 {
		return c
	}
	if c := officialsWhere(cands, func(o gazetteer.Official) bool { return sameOffice(o.Role, role) }); len(c) > 0 {
		return c
	}
	return cands
}

// onePerson is the person of the terms found when they are all one
// person's; several people, or none, give no one.
func onePerson(found []gazetteer.Official) (gazetteer.Official, bool) {
	if len(found) == 0 {
		return gazetteer.Official{}, false
	}
	for _, o := range found[1:] {
		if o.Name != found[0].Name {
			return gazetteer.Official{}, false
		}
	}
	return found[0], true
}

// monarchTitles are what the text calls a monarch the lists call "Monarch"
// ("Queen Elizabeth II", "King Philippe", "King Felipe VI").
var monarchTitles = setOf("king", "queen", "emperor", "empress", "sultan", "emir", "amir", "grand duke")

// monarchOffice: the lists' office role is the monarchy the text's title
// head names.
func monarchOffice(role, head string) bool {
	return monarchTitles[head] && strings.EqualFold(role, "Monarch")
}

// homeRealm picks among the terms of one person in several countries (the
// realms of one monarch): the United Kingdom, whose monarch reigns over the
// other realms from it ("Queen Elizabeth II" in a text about Australia is
// still the British Queen, as the gold has her), else the country the text
// names, else the first.
func homeRealm(terms []gazetteer.Official, named map[string]bool) gazetteer.Official {
	for _, o := range terms {
		if o.Country == "GB" {
			return o
		}
	}
	for _, o := range terms {
		if named[o.Country] {
			return o
		}
	}
	return terms[0]
}

func (r *resolver) newPerson(name string) int {
	p := &personEntity{name: name, evidence: -1, labelSent: -1}
	p.words = strings.Fields(gazetteer.NameKey(name))
	r.people = append(r.people, p)
	id := len(r.people) - 1
	for _, w := range p.words {
		r.byWord[w] = append(r.byWord[w], id)
	}
	return id
}

func (r *resolver) attach(mi, pi int) {
	r.mentionOf[mi] = pi
	p := r.people[pi]
	m := &r.mentions[mi]
	p.mentions = append(p.mentions, mi)
	if m.sent > p.lastSent && !m.inTitle {
		p.lastSent = m.sent
	}
	if m.strong {
		p.official = true
	}
	p.nominee = p.nominee || m.nominee
	full := strings.Contains(m.name, " ")
	if m.role != "" && takesRole(p, m, full) {
		p.role, p.roleFull, p.rolePast, p.roleNominated = m.role, full, m.pastTitle, m.nominated
		if p.evidence < 0 || m.country != "" {
			p.evidence = mi
		}
	}
	if m.country != "" && p.country == "" {
		p.country = m.country
		p.evidence = mi
	}
}

// suffixOf reports whether words b end words a ("le drian" of "jean-yves le drian").
func suffixOf(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[len(a)-len(b)+i] != b[i] {
			return false
		}
	}
	return true
}

// patronymics mark a father's name inside a person's ("Salman bin
// Abdulaziz Al Saud").
var patronymics = setOf("bin", "ibn", "bint", "binti", "ould")

// fatherOf reports whether the name words b, ending the name words a, begin
// right after a patronymic: "King Abdulaziz Al-Saud" is the father of "King
// Salman bin Abdulaziz Al-Saud", not another form of his name. A name
// written with its patronymic ("President bin Zayed Al Nahyan", whose key
// drops it) is the son's.
func fatherOf(a, b []string, surface string) bool {
	i := len(a) - len(b) - 1
	first, _, _ := strings.Cut(strings.ToLower(surface), " ")
	return i >= 1 && patronymics[a[i]] && !patronymics[first]
}

// longerFormOf reports whether name words a are a longer form of the same
// person's name b: a middle name more ("Jair Messias Bolsonaro" of Jair
// Bolsonaro) or a family name after a particle ("Mohamed bin Zayed Al
// Nahyan" of Mohamed bin Zayed).
func longerFormOf(a, b []string) bool {
	if len(a) <= len(b) || len(b) < 2 || a[0] != b[0] {
		return false
	}
	if a[len(a)-1] == b[len(b)-1] {
		return true
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return gazetteer.IsNameParticle(a[len(b)])
}

// byCompoundSurname maps a surname of two or more words ("President López
// Obrador", "Foreign Minister Le Drian") to the one official in office whose
// full name ends with it and who holds an office with the same head word.
func byCompoundSurname(name, role, date string) (string, bool) {
	words := strings.Fields(gazetteer.NameKey(name))
	head := roleHead(role)
	if len(words) < 2 || head == "" || familyWords[words[0]] || gazetteer.HasOfficialsByGivenName(words[0]) {
		return "", false // "Cyril Ramaphosa" is a given name and a surname; "Al Thani" a whole family's
	}
	found := ""
	for _, o := range gazetteer.OfficialsBySurname(words[len(words)-1]) {
		ow := strings.Fields(gazetteer.NameKey(o.Name))
		if !o.ActiveOn(date) || len(ow) <= len(words) || !suffixOf(ow, words) || roleHead(o.Role) != head {
			continue
		}
		if found != "" && found != o.Name {
			return "", false
		}
		found = o.Name
	}
	return found, found != ""
}

// byFamilyRun finds the one person of the text whose name holds words, a
// name opened by a patronymic or family word, as a run of its own words
// after the first, the article of a family name spelt either way ("Al
// Sisi" of "Abdel Fattah el-Sisi"): "Crown Prince Bin Zayed" after
// "Mohammed bin Zayed Al Nahyan". -1 if none or several ("bin Zayed" with
// Abdullah bin Zayed named too).
func (r *resolver) byFamilyRun(words []string) int {
	words = articleFold(words)
	found := -1
	for pi, p := range r.people {
		pw := articleFold(p.words)
		for i := 1; i+len(words) <= len(pw); i++ {
			if slices.Equal(pw[i:i+len(words)], words) {
				if found >= 0 && found != pi {
					return -1
				}
				found = pi
				break
			}
		}
	}
	return found
}

// articleFold writes a family name's article one way: "el-sisi" and "el
// sisi" are "al sisi".
func articleFold(words []string) []string {
	var out []string
	for _, w := range words {
		if a, rest, ok := strings.Cut(w, "-"); ok && (a == "al" || a == "el") && rest != "" {
			out = append(out, "al", rest)
		} else if w == "el" {
			out = append(out, "al")
		} else {
			out = append(out, w)
		}
	}
	return out
}

// familyWords open the name a whole family shares ("Al Thani", "bin Salman").
var familyWords = setOf("al", "el", "bin", "ibn", "bint", "abu", "ben")

// resolveIn groups mentions into people: full names first (longest first,
// so "Le Drian" joins "Jean-Yves Le Drian"), then single words by matching a
// word of a known name, then the gazetteer for surnames left over. named
// holds the countries the text names: a bare surname with no title ("Brown")
// stands for a known leader only where the text names the leader's country
// or the name is a possessive ("Putin's war") or the leader is the only
// known bearer of the surname ("Putin"), so "Black and Brown communities" is
// no Cook Islands prime minister. A nil map allows every country. Each step
// is a function of its own (resolvein_test.go).
func resolveIn(ms []personMention, date string, usSource bool, named map[string]bool) *resolver {
	r := &resolver{date: date, usSource: usSource, mentions: ms, mentionOf: make([]int, len(ms)), byWord: map[string][]int{}, named: named}
	for i := range r.mentionOf {
		r.mentionOf[i] = -1
	}
	keyOf := make([][]string, len(ms))
	spelt := make([]string, len(ms))
	for i := range ms {
		spelt[i] = ms[i].name
		ms[i].name = r.listedName(&ms[i])
		keyOf[i] = strings.Fields(gazetteer.NameKey(ms[i].name))
	}
	publisherEmbassyCountry(ms, usSource)
	byKey := map[string]int{}
	for _, mi := range longestNamesFirst(keyOf) {
		r.resolveFullName(mi, keyOf, byKey)
	}
	r.indexSpellings(spelt)
	// weak multi-word names that are gazetteer-unknown are dropped; single words resolve now
	for mi := range ms {
		if r.mentionOf[mi] >= 0 || len(keyOf[mi]) == 0 {
			continue
		}
		if len(keyOf[mi]) >= 2 {
			// "Yair Lapid" weak mention matching a person's name is attached above; try word match
			if pi, ok := byKey[strings.Join(keyOf[mi], " ")]; ok {
				r.attach(mi, pi)
			}
			continue
		}
		r.resolveWord(mi, keyOf, byKey)
	}
	for _, p := range r.people {
		r.addLeftOutAffiliation(p)
	}
	return r
}

// indexSpellings lets a word alone find the person whose listed name the
// text spells otherwise: after "Mohamed bin Zayed Al Nahyan", listed as
// Mohammed, "Mohamed" alone is him, not Djibouti's prime minister
// (surname Mohamed); after "Mustafa Kadhimi", listed as Al-Kadhimi,
// "Kadhimi" is him. spelt holds each mention's name as the text wrote it;
// only a word that is another spelling of one of the person's own words
// (gazetteer.SameNameWord) is added.
func (r *resolver) indexSpellings(spelt []string) {
	for mi, pi := range r.mentionOf {
		if pi < 0 || spelt[mi] == r.mentions[mi].name {
			continue
		}
		for _, w := range strings.Fields(gazetteer.NameKey(spelt[mi])) {
			r.indexSpelling(w, pi)
		}
	}
}

// indexSpelling adds word w, as a text spelt it, to person pi's words where
// it is another spelling of one of them (gazetteer.SameNameWord).
func (r *resolver) indexSpelling(w string, pi int) {
	p := r.people[pi]
	if slices.Contains(p.words, w) || slices.Contains(r.byWord[w], pi) {
		return
	}
	if slices.ContainsFunc(p.words, func(pw string) bool { return gazetteer.SameNameWord(w, pw) }) {
		r.byWord[w] = append(r.byWord[w], pi)
	}
}

// listedName is the name a mention goes by: the gazetteer's common name of a
// listed official ("Joseph R. Biden, Jr." → "Joe Biden"), and for a titled
// or apposed name the official it writes with a second surname, a nickname
// or a part of a compound surname; else the text's.
func (r *resolver) listedName(m *personMention) string {
	if listed := r.officialsNamed(m.name); len(listed) > 0 {
		if full, ok := r.titledNamesake(m, listed); ok {
			return full // "Senator Robert Menendez" in 2021 is Bob Menendez, not the Representative of 2023
		}
		return commonName(listed[0].Name) // "King Abdullah II ibn Al Hussein" is Abdullah II
	}
	if !m.strong {
		return m.name
	}
	if full, ok := bySecondSurname(m.name, m.role, r.date); ok {
		return full
	}
	if full, ok := r.byFirstNameForm(m.name, m.role); ok {
		return full // "Tony Blinken", "Senator Dick Durbin", "Secretary General, Tony Blinken" (firstnameform.go)
	}
	if full, ok := byCompoundSurname(m.name, m.role, r.date); ok {
		return full
	}
	return m.name
}

// longestNamesFirst is the mentions of two or more name words, the longest
// first, in text order among equals.
func longestNamesFirst(keyOf [][]string) []int {
	order := make([]int, 0, len(keyOf))
	for i := range keyOf {
		if len(keyOf[i]) >= 2 {
			order = append(order, i)
		}
	}
	sortStable(order, func(a, b int) bool { return len(keyOf[a]) > len(keyOf[b]) })
	return order
}

// resolveFullName attaches mention mi, of two or more name words, to the
// person of the same name, else the person it names in part (fullNameOf),
// else (titled or apposed only) the listed official of its surname without
// an article, or a new person; an unvouched capitalised phrase waits for
// the single words' pass. byKey gains the name.
func (r *resolver) resolveFullName(mi int, keyOf [][]string, byKey map[string]int) {
	m := &r.mentions[mi]
	k := strings.Join(keyOf[mi], " ")
	if pi, ok := byKey[k]; ok {
		r.attach(mi, pi)
		return
	}
	found := r.fullNameOf(m, keyOf[mi])
	if found < 0 && !m.strong {
		return // an unvouched capitalised phrase; it may still join below
	}
	listedCC := ""
	if found < 0 {
		found, listedCC = r.byArticleSurname(*m, keyOf[mi], byKey)
	}
	if found < 0 {
		found = r.newPerson(m.name)
	}
	byKey[k] = found
	r.attach(mi, found)
	r.fillCountry(found, listedCC) // the lists' state where the text gives none
}

// fullNameOf is the person already found whose name the name words key are
// a part of: its last words ("Le Drian" of Jean-Yves Le Drian, not the
// father after a patronymic), a shorter form ("Jair Bolsonaro" of Jair
// Messias Bolsonaro), or a run after a family word ("Bin Zayed"); -1 if none.
func (r *resolver) fullNameOf(m *personMention, key []string) int {
	for _, pi := range r.byWord[key[len(key)-1]] {
		if suffixOf(r.people[pi].words, key) && (m.afterPatronymic || !fatherOf(r.people[pi].words, key, m.name)) {
			return pi
		}
	}
	for _, pi := range r.byWord[key[0]] {
		if longerFormOf(r.people[pi].words, key) {
			return pi
		}
	}
	if familyWords[key[0]] {
		return r.byFamilyRun(key)
	}
	return -1
}

// fillCountry gives person pi the country cc where the text gave none.
func (r *resolver) fillCountry(pi int, cc string) {
	if r.people[pi].country == "" {
		r.people[pi].country = cc
	}
}

// resolveWord attaches mention mi, one name word, to a person, trying in
// turn: a monarch named in full by the given name, the title's listed holder
// the text names, a namesake the text names (in the office, then by the
// word), a speaker label's officer, and the lists' official of that surname.
// A word that is no surname (notASurname) takes no official of the lists.
func (r *resolver) resolveWord(mi int, keyOf [][]string, byKey map[string]int) {
	m := &r.mentions[mi]
	w := keyOf[mi][0]
	if pi, cc := r.monarchNamedInFull(m, w); pi >= 0 {
		r.attach(mi, pi)
		r.fillCountry(pi, cc)
		return
	}
	holder, holderListed := r.titleHolder(m)
	if holderListed {
		if pi, ok := byKey[gazetteer.NameKey(holder.Name)]; ok {
			r.attach(mi, pi) // "President Biden" after "First Lady Jill Biden": the holder the text names
			return
		}
	}
	if pi := r.namesakeNamedInOffice(m, w, holder, holderListed, keyOf); pi >= 0 {
		r.attach(mi, pi)
		return
	}
	if pi := r.namesakeByWord(m, w, holder, holderListed, keyOf); pi >= 0 {
		r.attach(mi, pi)
		return
	}
	if m.regime {
		r.resolveRegime(mi, w, byKey) // "the Assad regime" (regime.go)
		return
	}
	if o, ok := r.spouseByGivenName(m); ok {
		m.strong, m.role = true, o.Role // "I have often heard Jill say" beside "First Lady" (spousegiven.go)
		pi := r.listedPerson(o, byKey)
		r.attach(mi, pi)
		r.fillCountry(pi, o.Country)
		return
	}
	if r.notASurname(m, w, keyOf) {
		return
	}
	if o, ok := r.labelOfficerOf(m); ok {
		m.strong = true
		r.attach(mi, r.listedPerson(o, byKey))
		return
	}
	o, ok := r.listedOfficial(m)
	if !ok {
		// East Asian order: "Foreign Minister Park" for "Park Jin" is found by word match only
		return
	}
	pi := r.listedPerson(o, byKey)
	m.strong = true
	r.attach(mi, pi)
	r.indexSpelling(w, pi)       // "Zelensky" after "President Zelensky": the bare word is the listed Zelenskyy too
	r.fillCountry(pi, o.Country) // "Abdullah II" is not the lists' name
	r.officeOnDate(r.people[pi], m, o)
}

// monarchNamedInFull is the person the text named in full with a monarch's
// title who goes by the word w under it (monarchByGivenName), -1 if none,
// with the lists' country of the monarch of that name ("Salman of Saudi
// Arabia"), "" if none.
func (r *resolver) monarchNamedInFull(m *personMention, w string) (pi int, cc string) {
	pi = r.monarchByGivenName(w, m.role)
	if pi < 0 {
		return -1, ""
	}
	if o, ok := r.bySurname(m.name, m.role, m.country, false); ok && o.Style() == m.name {
		return pi, o.Country
	}
	return pi, ""
}

// titleHolder is the listed holder of the mention's title by its surname,
// where the mention has a title with an office head: whom the text may not
// name in full.
func (r *resolver) titleHolder(m *personMention) (gazetteer.Official, bool) {
	if m.role == "" || roleHead(m.role) == "" {
		return gazetteer.Official{}, false
	}
	return r.bySurname(m.name, m.role, m.country, false)
}

// namesakeNamedInOffice: a namesake the text names in the mention's office,
// unless the title's listed holder is in that office; -1 if none.
// "FOREIGN MINISTER AL-SABAH:" after "Foreign Minister Sheikh Dr. Ahmed
// Nasser Al-Mohammed Al-Sabah" is the one namesake the text names in that
// office, not the latest one, nor the lists' holder of another office ("the
// prime minister, Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah", whom the lists
// give for any Al-Sabah). Mayor Jane Castor is not Congresswoman Castor.
func (r *resolver) namesakeNamedInOffice(m *personMention, w string, holder gazetteer.Official, holderListed bool, keyOf [][]string) int {
	if roleHead(m.role) == "" || holderListed && sameOffice(holder.Role, m.role) {
		return -1
	}
	return r.namesakeInOffice(w, m.role, gazetteer.Official{}, keyOf)
}

// namesakeByWord is the person of the text one of whose name words is w
// (bestByWord); where the title's listed holder may not be that person
// ("Ashley Biden, the President's daughter" is not "President Biden"), the
// namesake the text gives the office instead; -1 if none.
func (r *resolver) namesakeByWord(m *personMention, w string, holder gazetteer.Official, holderListed bool, keyOf [][]string) int {
	pi := r.bestByWord(w, m.sent)
	if pi >= 0 && holderListed && !r.mayHold(pi, m.role, holder, keyOf) {
		return r.namesakeInOffice(w, m.role, holder, keyOf)
	}
	return pi
}

// notASurname: the word w of an untitled mention is no surname to look up
// in the lists: a common word or a letter, another's given name ("Austin
// Tice … Austin", notsurname.go); nor, titled or not, the first word of a
// cut name ("President Hassan Sheikh …" is no Samia Hassan).
func (r *resolver) notASurname(m *personMention, w string, keyOf [][]string) bool {
	if !m.strong && (gazetteer.IsCommonWord(w) || len(w) < 2) || m.cut {
		return true
	}
	return !m.strong && r.givenNameOfOther(w, keyOf)
}

// labelOfficerOf is the official an untitled speaker label names ("MR.
// ZIENTS:": a US release's own officer, speakerlabel.go).
func (r *resolver) labelOfficerOf(m *personMention) (gazetteer.Official, bool) {
	if !m.label || m.strong {
		return gazetteer.Official{}, false
	}
	return r.labelOfficer(m.name)
}

// listedOfficial is the lists' official in office that a single-word
// mention names (listedBySurname), kept for an untitled surname only where
// the text names the official's country, the name is a possessive or the
// official is the only bearer; failing that, for a titled mention with a
// country, the official of that office who goes by the first name ("Lao
// Deputy Prime Minister Dr. Kikeo").
func (r *resolver) listedOfficial(m *personMention) (gazetteer.Official, bool) {
	o, ok := r.listedBySurname(m)
	if !ok && !m.strong || ok && !m.strong && !m.possessive && r.named != nil && !r.named[o.Country] && !soleBearer(o) {
		return gazetteer.Official{}, false
	}
	if ok && !m.strong && givenNameOfFamilyFirst(o, m.name) {
		return gazetteer.Official{}, false
	}
	if !ok && m.strong && roleHead(m.role) != "" && (m.country != "" || len(r.activeOfficials(m.name)) == 0) {
		// with no country, only a word that is no listed surname: "Representatives Katko, Cuellar, Cole,
		// Joyce" is David or John Joyce, not Representative Joyce Beatty
		return r.byGivenName(m.name, m.role, m.country)
	}
	if !ok && m.pastTitle {
		return r.pastTitleHolder(m)
	}
	return o, ok
}

// listedBySurname looks the mention's word up in the lists: under a title
// shared with a name before it ("Leader Schumer and McConnell", which then
// becomes the mention's role), as a surname with the mention's own title,
// and for a titled mention by a rank ("General Milley"), a committee's title
// ("Chairman Meeks"), an ambassador's rank ("Ambassador Khalilzad") or an
// office elect ("President-elect Raisi").
func (r *resolver) listedBySurname(m *personMention) (gazetteer.Official, bool) {
	if h := m.roleHint; h != "" {
		if o, ok := r.bySurname(m.name, h, m.country, false); ok {
			m.role = h
			return o, true
		}
	}
	if o, ok := r.bySurname(m.name, m.role, m.country, !m.strong); ok || !m.strong {
		return o, ok
	}
	if o, ok := r.byRank(m.name, m.role, m.country); ok {
		return o, true
	}
	if o, ok := r.byCommitteeTitle(m.name, m.role, m.country); ok {
		return o, true
	}
	if o, ok := r.byAmbassadorRank(m.name, m.role, m.country); ok {
		return o, true
	}
	return r.byElect(m.name, m.role, m.country)
}

// addLeftOutAffiliation gives person p what the text leaves out: the lists'
// country, the US for a US release's titled official of no stated country
// (usDefaultOffice), and being an official where the lists hold the name.
func (r *resolver) addLeftOutAffiliation(p *personEntity) {
	if p.country == "" {
		p.country = r.gazetteerCountry(p)
	}
	if p.country == "" && r.usSource && (usDefaultOffice(p.role) || p.nominee && p.role == "") {
		p.country, p.usDefault = "US", true // a US release's nominee is the President's, to a US body
	}
	if !p.official && len(r.officialsNamed(p.name)) > 0 {
		p.official = true
	}
}

// usDefaultOffice: a title that in a US government release with no country
// stated denotes a US official ("Deputy Secretary Sherman"): a US head
// written as a title, no international office nor an envoy to the US, and
// a justice only of a court.
func usDefaultOffice(role string) bool {
	head := roleHead(role)
	return usRoleHeads[head] && titledHead(role) && !internationalOffice(role) && !envoyToUS(role) &&
		(head != "justice" || courtJustice(role))
}

// sentenceMentions is the run [lo, hi) of the mentions of mention mi's
// sentence (of the body or of the title, as mi's). findPeople groups a
// sentence's mentions but does not keep them in text order: titled names
// come before those found otherwise ("Roger Carstens — I mean, Special
// Envoy Hady Amr": Amr's mention is first), so a look for a mention near
// another reads them all.
func (r *resolver) sentenceMentions(mi int) (lo, hi int) {
	m := &r.mentions[mi]
	same := func(j int) bool { return r.mentions[j].sent == m.sent && r.mentions[j].inTitle == m.inTitle }
	lo, hi = mi, mi+1
	for lo > 0 && same(lo-1) {
		lo--
	}
	for hi < len(r.mentions) && same(hi) {
		hi++
	}
	return lo, hi
}

// listedPerson is the text's person for the listed official o, by the
// name the text and the gold use (commonName), made where the text has none.
func (r *resolver) listedPerson(o gazetteer.Official, byKey map[string]int) int {
	name := commonName(o.Name)
	k := gazetteer.NameKey(name)
	pi, exists := byKey[k]
	if !exists {
		pi = r.newPerson(name)
		byKey[k] = pi
	}
	return pi
}

// monarchByGivenName finds the person the text named in full with a
// monarch's title who goes by the given name w under that title: "King
// Salman" after "King Salman bin Abdulaziz Al-Saud", though a "Mohammed bin
// Salman" of the text has Salman as his last word. -1 if none or several.
func (r *resolver) monarchByGivenName(w, role string) int {
	head := roleHead(role)
	if !monarchTitles[head] {
		return -1
	}
	found := -1
	for _, pi := range r.byWord[w] {
		if p := r.people[pi]; len(p.words) >= 2 && p.words[0] == w && roleHead(p.role) == head {
			if found >= 0 && found != pi {
				return -1
			}
			found = pi
		}
	}
	return found
}

// bestByWord finds the person one of whose name words is w, preferring a
// surname match and then the person mentioned most recently before sent.
func (r *resolver) bestByWord(w string, sent int) int {
	best, bestScore := -1, -1<<30
	cands := r.byWord[w]
	if len(cands) > 64 {
		cands = cands[len(cands)-64:] // bounded work per mention
	}
	for _, pi := range cands {
		p := r.people[pi]
		score := 0
		if p.words[len(p.words)-1] == w {
			score += 1000
		}
		if p.lastSent <= sent {
			score += p.lastSent
		}
		if score > bestScore {
			best, bestScore = pi, score
		}
	}
	return best
}

func (r *resolver) gazetteerCountry(p *personEntity) string {
	offs := r.officialsNamed(p.name)
	head := roleHead(p.role)
	country := ""
	best := -1
	for _, o := range offs {
		if o.ActiveOn(r.date) {
			if head != "" && roleHead(o.Role) == head {
				return o.Country
			}
			if monarchOffice(o.Role, head) {
				return homeRealm(activeTerms(offs, r.date), r.named).Country
			}
			// two offices at once (Macron, President of France and co-prince
			// of Andorra): the one whose country the text names, else the
			// prominent office
			score := 0
			if r.named[o.Country] {
				score += 2
			}
			if topRoles[strings.ToLower(o.Role)] {
				score++
			}
			if score > best {
				best, country = score, o.Country
			}
		}
	}
	if country == "" && len(offs) > 0 {
		country = offs[len(offs)-1].Country
	}
	return country
}

func sortStable(a []int, less func(x, y int) bool) {
	sort.SliceStable(a, func(i, j int) bool { return less(a[i], a[j]) })
}

// soleBearer: no other known official has o's surname.
func soleBearer(o gazetteer.Official) bool {
	for _, x := range gazetteer.OfficialsBySurname(lastWord(o.Name)) {
		if x.Name != o.Name {
			return false
		}
	}
	return true
}

// sameOffice reports whether two titles name one office, written with the
// subject before the head or in an "of" complement: "Foreign Minister" and
// "Minister of Foreign Affairs", "Defense Minister" and "Minister of
// Defense".
func sameOffice(a, b string) bool {
	return officeKey(a) != "" && officeKey(a) == officeKey(b)
}

// officeKey is a title's words in one order: modifiers and the subject of
// its complement, sorted, then the head; "" without a head.
func officeKey(role string) string {
	head := roleHead(role)
	if head == "" {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch w {
		case head, "of", "the", "for", "affairs", "and":
			continue
		}
		words = append(words, w)
	}
	slices.Sort(words)
	return strings.Join(append(words, head), " ")
}

// describingHeads, written in lower case, describe a person rather than
// give a title: "opposition leader Sviatlana Tsikhanouskaya", "al-Qa'ida
// leader Ayman al-Zawahiri", "Kremlin chief Dmitry Peskov", "NLD
// representative Zin Mar Aung", "UN envoy Staffan de Mistura".
var describingHeads = setOf("leader", "chief", "representative", "chairman", "envoy", "member")

// titledHead: the role is a title, or a lower-case head that a US release
// also gives its own staff ("spokesperson Ned Price", "acting assistant
// secretary Joey Hood"); not one of describingHeads in lower case, which in a
// US release is no sign of the release's own official.
func titledHead(role string) bool {
	head := roleHead(role)
	if !describingHeads[head] {
		return true
	}
	for _, w := range strings.Fields(role) {
		if strings.ToLower(w) == head && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// activeTerms keeps the terms in office on date.
func activeTerms(offs []gazetteer.Official, date string) []gazetteer.Official {
	var out []gazetteer.Official
	for _, o := range offs {
		if o.ActiveOn(date) {
			out = append(out, o)
		}
	}
	return out
}

// monarchNamed: a one-word name is a listed monarch's style without its
// realm ("Salman" for Salman of Saudi Arabia, the name "King Salman" gives).
func monarchNamed(name, date string) bool {
	return slices.ContainsFunc(gazetteer.MonarchsStyled(name), func(o gazetteer.Official) bool { return o.ActiveOn(date) })
}

// fatherName is a two-surname name as it is commonly given, the first given
// name and the father's surname: "Carlos Alvarado Quesada" is Carlos
// Alvarado, "Rodrigo Alberto de Jesús Chaves Robles" Rodrigo Chaves.
func fatherName(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 {
		return name
	}
	return w[0] + " " + w[len(w)-2]
}

// internationalOffice: a secretary general or director general heads an
// international body or a foreign ministry's department, never a US office,
// unless the title names the US ("Director General of the United States and
// Foreign Commercial Service"): no US default for it.
func internationalOffice(role string) bool {
	low := strings.ToLower(role)
	if strings.Contains(low, "high commissioner") || strings.Contains(low, "commissioner for") {
		return true // "UN High Commissioner for Refugees", the EU's and the AU's "Commissioner for Trade"
	}
	if !strings.Contains(low, "secretary general") && !strings.Contains(low, "secretary-general") &&
		!strings.Contains(low, "director general") && !strings.Contains(low, "director-general") {
		return false
	}
	return !strings.Contains(low, "united states") && !strings.Contains(low, "u.s.") && !strings.Contains(low, "assistant secretary")
}

// envoyToUS: an ambassador or chargé d'affaires accredited to the US
// ("Ambassador to the United States") acts for another state, never for a
// US release's own government: no US default for them.
func envoyToUS(role string) bool {
	switch roleHead(role) {
	case "ambassador", "chargé", "charge", "affaires", "d'affaires", "envoy":
	default:
		return false
	}
	low := strings.ToLower(role)
	return strings.HasSuffix(low, " to the united states") || strings.HasSuffix(low, " to the u.s.") || strings.HasSuffix(low, " to the us")
}

// stateOffice: a US state's attorney general or legislator, whose country
// no cue of the text gave ("Readout of Vice President Harris's Meeting with
// State Attorneys General": Attorney General Josh Kaul, …).
func stateOffice(role string) bool {
	low := strings.ToLower(role)
	return strings.HasPrefix(low, "attorney general") || strings.HasPrefix(low, "state senator") ||
		strings.HasPrefix(low, "state representative") || strings.HasPrefix(low, "state legislator")
}

// courtJustices are a court's justices; other titles ending in "Justice"
// name causes ("Community Justice Action Fund").
var courtJustices = setOf("justice", "chief justice", "associate justice", "supreme court justice", "senior justice")

// courtJustice: a role that is a court's justice ("Chief Justice", "Justice
// of the Supreme Court"), whom a US release's default makes a US judge.
func courtJustice(role string) bool {
	low := strings.ToLower(strings.TrimSpace(role))
	return courtJustices[low] || strings.Contains(low, "court")
}

// mayHold: the person the text names may be the listed holder of the
// office a title names: the lists give them a term of that office, or, off
// the lists, the text names them in full with that office's title or by
// another form of the holder's name ("Dick Durbin" of Richard Durbin, "Brown
// Jackson" of Ketanji Brown Jackson). A person the lists know only in other
// offices (First Lady Jill Biden) or the text names in full with neither
// (Ashley Biden) is not the "President Biden" of the same text.
func (r *resolver) mayHold(pi int, role string, holder gazetteer.Official, keyOf [][]string) bool {
	p := r.people[pi]
	if len(r.officialsNamed(p.name)) > 0 {
		return !heldOtherOffices(p.name, role)
	}
	return r.offListHolder(p, role, holder, keyOf)
}

// offListHolder: a person off the lists the text names in full in the office
// a title names, or by another form of the holder's name.
func (r *resolver) offListHolder(p *personEntity, role string, holder gazetteer.Official, keyOf [][]string) bool {
	return r.namedInOffice(p, role, keyOf) || nameFormOf(strings.Fields(gazetteer.NameKey(holder.Name)), p.words)
}

// namedInOffice: a mention of p in full carries the office a title names.
func (r *resolver) namedInOffice(p *personEntity, role string, keyOf [][]string) bool {
	head := roleHead(role)
	for _, mi := range p.mentions {
		m := r.mentions[mi]
		if len(keyOf[mi]) >= 2 && (roleHead(m.role) == head || sameOffice(m.role, role)) {
			return true
		}
	}
	return false
}

// namesakeInOffice is the one person of the text with the surname w whom
// the text names in full in the office a title names, or who is the listed
// holder under another form of the name ("Foreign Minister Al-Sabah" after
// "Foreign Minister Sheikh Dr. Ahmed Nasser Al-Mohammed Al-Sabah", not the
// Prime Minister Al-Sabah named later); -1 if none or several.
func (r *resolver) namesakeInOffice(w, role string, holder gazetteer.Official, keyOf [][]string) int {
	found := -1
	for _, pi := range r.byWord[w] {
		p := r.people[pi]
		if pi == found || p.words[len(p.words)-1] != w || len(r.officialsNamed(p.name)) > 0 {
			continue
		}
		if r.offListHolder(p, role, holder, keyOf) {
			if found >= 0 {
				return -1
			}
			found = pi
		}
	}
	return found
}

// nameFormOf reports whether name words b may be another form of the name
// words a: the same surname, and b's words end a's ("Brown Jackson") or the
// first names are one and the same name (byFirstNameForm's test: "Dick" of
// "Richard", "Tony" of "Antony", "Jon" of "Jonathan").
func nameFormOf(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if suffixOf(a, b) || suffixOf(b, a) {
		return true
	}
	fa, fb := a[0], b[0]
	return fa == fb || firstNameForm(fa, fb) || firstNameForm(fb, fa)
}

// heldOtherOffices: the lists know the person named and none of their terms
// is of the office a title names ("Jill Biden", First Lady, is not the
// "President Biden" of a text that names her in full and him by title).
func heldOtherOffices(name, role string) bool {
	offs := gazetteer.OfficialsNamed(name)
	head := roleHead(role)
	for _, o := range offs {
		if roleHead(o.Role) == head || sameOffice(o.Role, role) {
			return false
		}
	}
	return len(offs) > 0
}
