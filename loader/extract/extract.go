package extract

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
	"newsgraph/schema"
)

// Errors for unusable input.
var (
	ErrEmptyText   = errors.New("extract: article text is empty")
	ErrInvalidUTF8 = errors.New("extract: article text is not valid UTF-8")
	ErrBinary      = errors.New("extract: article text looks like binary data")
	ErrNoDate      = errors.New("extract: article has no date; relative dates need it")
)

func gzFold(s string) string { return gazetteer.Fold(s) }

var initOnce sync.Once

func initIndexes() {
	initOnce.Do(func() {
		getMatcher()
		buildIssueIndex()
	})
}

// validate rejects input that cannot be an article.
func validate(a Article) (time.Time, error) {
	if strings.TrimSpace(a.Date) == "" {
		return time.Time{}, ErrNoDate
	}
	pub, err := parseArticleDate(a.Date)
	if err != nil {
		return time.Time{}, fmt.Errorf("extract: %w", err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return time.Time{}, ErrEmptyText
	}
	if !utf8.ValidString(a.Text) {
		return time.Time{}, ErrInvalidUTF8
	}
	control := 0
	for i := 0; i < len(a.Text); i++ {
		c := a.Text[i]
		if c == 0 {
			return time.Time{}, ErrBinary
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control*20 > len(a.Text) {
		return time.Time{}, ErrBinary
	}
	return pub, nil
}

// maskHTML blanks out HTML tags, comments, script/style bodies and
// entities with spaces, so that offsets into the result are offsets into
// the original text. Text without '<' or '&' is returned unchanged.
func maskHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	b := []byte(s)
	lower := ""
	blank := func(i, j int) {
		for k := i; k < j && k < len(b); k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
	}
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '<':
			if i+1 >= len(b) || !(b[i+1] == '/' || b[i+1] == '!' || isASCIILetter(b[i+1])) {
				continue
			}
			end := strings.IndexByte(s[i:min(len(s), i+2000)], '>')
			if end < 0 {
				continue
			}
			tag := strings.ToLower(s[i+1 : i+end])
			blank(i, i+end+1)
			if strings.HasPrefix(tag, "script") || strings.HasPrefix(tag, "style") {
				name := "</script"
				if strings.HasPrefix(tag, "style") {
					name = "</style"
				}
				if lower == "" {
					lower = strings.ToLower(s) // once: same length for ASCII tags
				}
				close := -1
				if len(lower) == len(s) {
					close = strings.Index(lower[i+end:], name)
				}
				if close >= 0 {
					blank(i+end, i+end+close)
					end += close
				}
			}
			i += end
		case '&':
			j := i + 1
			for j < len(b) && j < i+10 && (isASCIILetter(b[j]) || b[j] == '#' || b[j] >= '0' && b[j] <= '9') {
				j++
			}
			if j < len(b) && b[j] == ';' && j > i+1 {
				if s[i:j+1] == "&amp;" {
					blank(i+1, j+1)
				} else {
					blank(i, j+1)
				}
				i = j
			}
		}
	}
	return string(b)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isUSGovSource(a Article) bool {
	s := strings.ToLower(a.Source + " " + a.URL)
	return strings.Contains(s, "state.gov") || strings.Contains(s, "whitehouse.gov") ||
		strings.Contains(s, "department of state") || strings.Contains(s, "white house")
}

// Extract finds the officials, meetings, entities and issues of one article.
func Extract(a Article) (Result, error) {
	res := Result{ID: a.ID, People: []Person{}, Meetings: []Meeting{}, Entities: []Entity{}, Issues: []Issue{}}
	pub, err := validate(a)
	if err != nil {
		return res, err
	}
	initIndexes()
	pub = spokenDay(a.Text, pub) // a transcript's "tomorrow" is of the day it was spoken (spokenday.go)
	date := dayOf(pub)
	body := newDoc(maskHTML(a.Text), false)
	defer body.release() // the result holds strings of the text, no token
	titleText := ""
	if utf8.ValidString(a.Title) && len(a.Title) < 1000 {
		titleText = a.Title
	}
	title := newDoc(titleText, true)
	defer title.release()

	ms := body.findPeople(date)
	nBody := len(ms)
	ms = append(ms, title.findPeople(date)...)
	r := resolveIn(ms, date, isUSGovSource(a), namedCountries(body, title))
	dropSlips(body, r, nBody)
	dropReporterStubs(body, r, nBody)
	addOwnCues(body, r, nBody)
	leaderEnvoys(body, r, nBody)
	listedBodyHeads(r)
	tripHosts(body, title, r, nBody)
	titledActors(body, title, r, nBody) // "Foreign Minister Osmani": the one actor of the sentence's states (actorhost.go)
	rankMetUnknown(body, r, nBody)
	headlineMinisters(title, r)
	defaultUSLocal(r)
	formerOffices(r)
	formerActors(r)

	// mentions per sentence, for the relation stage
	bySent := map[int][]int{}
	var titleMentions []int
	for mi := range ms {
		if ms[mi].regime {
			continue // "the talks between the Maduro regime and …": the state's rule, no encounter of its ruler (regime.go)
		}
		if mi >= nBody {
			titleMentions = append(titleMentions, mi)
			continue
		}
		bySent[ms[mi].sent] = append(bySent[ms[mi].sent], mi)
	}
	for _, l := range bySent {
		sort.Slice(l, func(i, j int) bool { return ms[l[i]].t0 < ms[l[j]].t0 })
	}
	sort.Slice(titleMentions, func(i, j int) bool { return ms[titleMentions[i]].t0 < ms[titleMentions[j]].t0 })

	res.Issues, res.Meetings = buildRelations(body, title, r, bySent, titleMentions, pub, date)
	res.Entities = buildEntities(body, r, nBody)
	people, standings := buildPeople(a, body, title, r)
	res.People = people
	res.Meetings = outOfTime(res.Meetings, res.People, date)
	stateStandings(res.People, standings)
	completeCutBodies(res.People, res.Entities)
	listedPastStandings(res.People, date)
	return res, nil
}

func evidenceOf(d *doc, si int) Evidence {
	if si < 0 || si >= len(d.sents) {
		return Evidence{}
	}
	s := d.sents[si]
	return Evidence{Sentence: d.text[s.start:s.end], Start: s.start, End: s.end}
}

// evidenceThrough is the evidence from sentence first through sentence
// last: a reporter's question and the answer that takes it up (takenUpBy);
// sentence first alone where last is not after it.
func evidenceThrough(d *doc, first, last int) Evidence {
	if last <= first || last >= len(d.sents) {
		return evidenceOf(d, first)
	}
	s0, s1 := d.sents[first], d.sents[last]
	return Evidence{Sentence: d.text[s0.start:s1.end], Start: s0.start, End: s1.end}
}

// mentionAt is the mention of tokens [t0, t1) of d, with the span of the
// sentence that holds it.
func mentionAt(d *doc, t0, t1 int) Mention {
	m := Mention{Start: d.toks[t0].start, End: d.toks[t1-1].end}
	if si := d.toks[t0].sent; si >= 0 && si < len(d.sents) {
		m.SentenceStart, m.SentenceEnd = d.sents[si].start, d.sents[si].end
	}
	return m
}

// mentionOfBytes is the mention of bytes [start, end) of d's text, with the
// span of the sentence that holds start.
func mentionOfBytes(d *doc, start, end int) Mention {
	m := Mention{Start: start, End: end}
	si := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].end > start })
	if si < len(d.sents) && d.sents[si].start <= start {
		m.SentenceStart, m.SentenceEnd = d.sents[si].start, d.sents[si].end
	}
	return m
}

// buildPeople lists the officials, in order of first mention, and how each
// stood to the office of their record (stateStandings).
func buildPeople(a Article, body, title *doc, r *resolver) ([]Person, []roleStanding) {
	type ranked struct {
		p        Person
		standing roleStanding
		first    int
	}
	var out []ranked
	for _, p := range r.people {
		if !p.official || !strings.Contains(p.name, " ") && len(r.officialsNamed(p.name)) == 0 && !monarchNamed(p.name, r.date) {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(p.name); unicode.IsLower(c) && len(r.officialsNamed(p.name)) == 0 {
			continue // "de Blasio": a surname alone that no full name took
		}
		first := 1 << 62
		for _, mi := range p.mentions {
			m := r.mentions[mi]
			pos := m.t0
			if m.inTitle {
				pos = -1000000 + m.t0 // headline first
			}
			if pos < first {
				first = pos
			}
		}
		person := Person{ID: schema.PersonID(p.name), Name: p.name, Country: p.country, Role: postOrOffice(body, r, p)}
		person.Evidence = personEvidence(a, body, r, p)
		out = append(out, ranked{person, p.standing(), first})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	people := make([]Person, 0, len(out))
	standings := make([]roleStanding, 0, len(out))
	for _, x := range out {
		people, standings = append(people, x.p), append(standings, x.standing)
	}
	return people, standings
}

// personEvidence is the sentence a person's record cites: the one that gave
// the role or country, or else the first that names them, or else the speaker
// label the lists resolved, so that a country from an official list, or no
// cue at all, is still traced to a sentence of the article.
func personEvidence(a Article, body *doc, r *resolver, p *personEntity) Evidence {
	mi := p.evidence
	if mi < 0 {
		for _, k := range p.mentions {
			if mi < 0 || earlierMention(r.mentions[k], r.mentions[mi]) {
				mi = k
			}
		}
	}
	if mi < 0 {
		return evidenceOf(body, p.labelSent)
	}
	if m := r.mentions[mi]; !m.inTitle {
		return evidenceOf(body, m.sent)
	}
	return Evidence{Sentence: a.Title}
}

// earlierMention reports whether a comes before b in reading order, the
// body before the headline.
func earlierMention(a, b personMention) bool {
	if a.inTitle != b.inTitle {
		return !a.inTitle
	}
	if a.sent != b.sent {
		return a.sent < b.sent
	}
	return a.t0 < b.t0
}

// metonymVerbs after a capital make it stand for its government ("Beijing said").
var metonymVerbs = setOf("said", "says", "has", "have", "is", "was", "will", "would", "wants", "claims",
	"claimed", "insists", "denied", "denies", "responded", "announced", "accused", "warned", "rejected")

// buildEntities lists every person, country, organisation and place with mentions.
func buildEntities(d *doc, r *resolver, nBody int) []Entity {
	var ents []Entity
	index := map[string]int{}
	var covered [][2]int // byte ranges that the lists and the officials took
	add := func(id, typ, name string, m Mention) *Entity {
		k, ok := index[id]
		if !ok {
			k = len(ents)
			index[id] = k
			ents = append(ents, Entity{ID: id, Type: typ, Name: name})
		}
		ents[k].Mentions = append(ents[k].Mentions, m)
		return &ents[k]
	}
	for mi := 0; mi < nBody; mi++ {
		pi := r.mentionOf[mi]
		if pi < 0 || !r.people[pi].official {
			continue
		}
		m := r.mentions[mi]
		p := r.people[pi]
		add(schema.PersonID(p.name), "Person", p.name, mentionAt(d, d.nameCoreStart(m), m.t1))
		covered = append(covered, [2]int{d.toks[m.t0].start, d.toks[m.t1-1].end})
	}
	styled := styledPeople(d, r, nBody)
	inName := placesInNames(d, r, nBody)
	for i, sp := range d.spans {
		if insideStyled(sp, styled) {
			continue // "Dr. Randy Hamilton": the surname, no place
		}
		m := mentionAt(d, sp.t0, sp.t1)
		if sp.phrase.Kind != gazetteer.KindRegion {
			covered = append(covered, [2]int{m.Start, m.End})
		}
		if inName[i] {
			continue // "Morgan Stanley", "Douglas Emhoff": a longer name's word, no place (placeinname.go)
		}
		switch sp.phrase.Kind {
		case gazetteer.KindCountry:
			if c, ok := gazetteer.CountryByCode(sp.phrase.Code); ok {
				add(schema.CountryID(c.Code), "Country", c.Name, m)
			}
		case gazetteer.KindDemonym:
			// a nationality adjective is no mention of the country ("Afghan
			// officials"); it still gives officials their country
		case gazetteer.KindOrg:
			if o, ok := gazetteer.OrgByCode(sp.phrase.Code); ok {
				add(schema.OrgID(o.Code), "Organization", o.Code, m).OrgType = OrgInternational
			}
		case gazetteer.KindPlace:
			prev, next := "", ""
			if sp.t0 > 0 {
				prev = d.toks[sp.t0-1].key
			}
			if sp.t1 < len(d.toks) {
				next = d.toks[sp.t1].key
			}
			if sp.phrase.IsCapital && metonymVerbs[next] && prev != "in" && prev != "to" && prev != "from" && prev != "at" {
				if c, ok := gazetteer.CountryByCode(sp.phrase.Country); ok {
					add(schema.CountryID(c.Code), "Country", c.Name, m)
				}
				continue
			}
			add(schema.PlaceID(sp.phrase.Code), "Place", sp.phrase.Code, m)
		}
	}
	recognised(d, r, nBody, covered, styled, add)
	return ents
}

// buildRelations finds the issues and meetings: each body sentence in turn
// (readSentence), then the rules that need the whole article.
func buildRelations(body, title *doc, r *resolver, bySent map[int][]int, titleMentions []int, pub time.Time, date string) ([]Issue, []Meeting) {
	b := newRelationBuilder(body, title, r, bySent, titleMentions, pub, date)
	for si, s := range body.sents {
		clauses, elliptic := encounterClauses(body, s, bySent[si], r), false
		if len(clauses) == 1 {
			if k := ellipticalBreak(body, s, bySent[si], r, pub); k > 0 {
				clauses, elliptic = []sentence{subSentence(body, s.t0, k), subSentence(body, k, s.t1)}, true
			}
		}
		if len(clauses) == 1 {
			b.readSentence(si, s, bySent[si], -1)
			continue
		}
		b.readClauses(si, clauses, elliptic)
	}
	b.dropQuestions()
	b.dateByTrip()
	b.dateByParagraph()
	b.addJoiners()
	b.addGuests()
	if !b.addListMeeting() {
		b.addHeadlineMeeting()
		b.addPresentMeeting()
	}
	b.addDelegationMeeting()
	b.addInaugurationVisits()
	b.addSigningMeetings()
	b.addJointActMeetings()
	return b.issues, b.meetings()
}

// relationBuilder is the state the relation stage carries from sentence to
// sentence of one article.
type relationBuilder struct {
	body, title   *doc
	titleMentions []int // the headline's mentions, in order (jointRemarks)
	r             *resolver
	bySent        map[int][]int
	pub           time.Time
	date          string

	head       sentenceFacts // the headline's facts
	headPeople []int
	lastPeople []int // the people of the last encounter told, for "their meeting"
	lastDate   string
	lastFrom   int // index in cands of the last sentence's encounters, -1 if none
	lastSent   int // the sentence that told (or continued) them

	issues    []Issue
	seenIssue map[string]bool
	cands     []meetingCand

	// issueSents: the issues each sentence names, by sentence (noteIssueSentence)
	issueSents map[int][]string

	headerPlace, headerCC string // a transcript's place line ("Rome, Italy")
	headerEnRoute         bool   // the place line is where the speakers were going (enRoute)
	firstKind             string // kind of the first meeting word of the body
	firstDate             string // the date of the body's first sentence with a meeting word, "" if none
	firstDateOwn          bool   // firstDate is of that sentence's first meeting word (ownDate)
	speaker               int    // a transcript's current speaker, -1 if none
	inTranscript          bool
	briefing              bool  // the headline is a briefing's or a preview's (isBriefing)
	subject               int   // first official named in the sentence before
	addressed             []int // officials a speech addresses ("President Widodo, I thank you")
	present               []int // officials it addresses as there (presentAddressed: "President Herzog, it's wonderful to be with you")
	isAddressed           map[int]bool
	tripLegs              map[int][]tripLeg     // person → the dated legs of the trips a release announces, in order (noteTripLeg)
	tripStops             map[int][]tripStop    // person → the cities of the trips a release announces, in order (noteTripPlace)
	itinerary             map[string]string     // country → the one city a trip of several stops names in it (tripitinerary.go)
	author                int                   // who a "Statement by X" is by, -1 if none
	paraDay               string                // the day a sentence before in this paragraph dated its encounter by (paragraphDay)
	paraSent              int                   // the last sentence paragraphDay read, -1 before the first
	paraPlace             *paraOccasion         // where a sentence before in this paragraph told an occasion (noteParagraphPlace)
	placeSent             int                   // the last sentence noteParagraphPlace read, -1 before the first
	placeOfSent           map[int]*paraOccasion // sentence → the occasion its paragraph told by then (placeByParagraph)
	rangeMonth            string                // the month of the range of days a held trip or talks were told by (tripMonth)
	traveller             int                   // whose trip a briefing's headline previews (tripOf), -1 if none
	// delegationLead is who leads "the delegation" of a release (delegationLead), -1 if none
	delegationLead int
	leads          []int        // the officials the body says led a delegation (delegationLeads)
	leadsFrom      int          // the sentence of the first of leads, -1 if none
	asking         bool         // the transcript's current turn is a reporter's question (asksQuestion)
	asked          map[int]bool // body sentences of a reporter's turn (dropQuestions)
	youPremise     map[int]bool // those whose "you" is the answering official (answererPremise)
	// clausePlanned: the clause read last told a plan; planBefore: the clause
	// being read is a tenseless coordination after a planned one (plannedLikeBefore)
	clausePlanned, planBefore bool
	// clauseKind: the encounter kind of the clause read last; ellipsis: that
	// kind, for a clause after it with no meeting word (ellipticalFacts)
	clauseKind, ellipsis string
}

func newRelationBuilder(body, title *doc, r *resolver, bySent map[int][]int, titleMentions []int, pub time.Time, date string) *relationBuilder {
	b := &relationBuilder{body: body, title: title, r: r, bySent: bySent, pub: pub, date: date,
		issues: []Issue{}, seenIssue: map[string]bool{}, speaker: -1, subject: -1, lastFrom: -1,
		isAddressed: map[int]bool{}, youPremise: map[int]bool{}, tripLegs: map[int][]tripLeg{}, tripStops: map[int][]tripStop{}, author: -1, paraSent: -1, placeSent: -1, placeOfSent: map[int]*paraOccasion{}}
	b.titleMentions = titleMentions
	b.author = authorOf(title, titleMentions, r)
	if b.author < 0 {
		b.author = bylineAuthor(body, bySent, r)
	}
	b.briefing = isBriefing(title.text)
	b.leads, b.leadsFrom = delegationLeads(body, bySent, r) // one scan of the body for both uses
	b.delegationLead = delegationLead(b.leads, title, titleMentions, r)
	b.traveller = -1
	if b.briefing {
		b.traveller = tripOf(title, titleMentions, r)
	}
	if len(title.sents) > 0 {
		b.head = analyseSentence(title, sentence{start: 0, end: len(title.text), t0: 0, t1: len(title.toks)}, titleMentions, r, pub)
		// "Statement by Press Secretary Jen Psaki on President Joseph R. Biden, Jr. Call with …"
		b.head.people = withoutReporters(r, b.head.people)
		b.headPeople = b.head.people
		if len(b.headPeople) >= 2 {
			b.lastPeople = b.headPeople
		}
	}
	return b
}

// readSentence adds the issues and the meeting candidates of one body
// sentence, or of one clause of it (encounterClauses) with the mentions in
// it. carried is the subject of the clause before, -1 for none or a whole
// sentence. It returns the subject of the clause's encounter (clauseSubject).
// Its steps run in order: the sentence's issues and header, its facts, the
// turn it is in, then the people the text names by reference, the filters,
// the encounter told before, and last the candidates.
func (b *relationBuilder) readSentence(si int, s sentence, ms []int, carried int) int {
	body, r := b.body, b.r
	sentIssues := b.noteIssues(si, s)
	b.noteHeaderPlace(si, s)
	f := b.factsOf(s, ms)
	b.noteFirstEncounter(s, f)
	b.readTurn(si, s, ms)
	f.people = b.withSpeaker(s, f)
	if pi := b.answererPremise(si, s, f); pi >= 0 && !slices.Contains(f.people, pi) {
		// "Q Yesterday you met with Crown Prince Mohammed bin Zayed."
		f.people = append([]int{pi}, f.people...)
		f.split = f.split || pluralEncounters[body.toks[f.at].key]
		b.youPremise[si] = true
	}
	var titled int // a subject the sentence names by title alone, or by a pronoun
	f.people, titled = b.subjectByReference(si, s, ms, f, carried)
	if pi := b.readoutSubjectByTitle(s, f); pi >= 0 {
		f.people = append([]int{pi}, f.people...)
		titled = pi
	}
	if pi := b.publisherSubject(s, f); pi >= 0 {
		f.people = append([]int{pi}, f.people...)
		titled = pi
	}
	if ps, apart := b.objectsByReference(si, s, f); ps != nil {
		f.people = ps
		f.apart = f.apart || apart
	}
	if b.authorMeets(s, f) {
		// "Statement by President Joe Biden": "Today I spoke with President Zelenskyy"
		f.people = append([]int{b.author}, f.people...)
	}
	f.people = withoutReporters(r, f.people)
	f.people = withoutThankers(body, s, ms, r, f.people)
	if ps := betweenParticipants(body, s, ms, r, f.people); !slices.Equal(ps, f.people) {
		f.people = ps
		datedNounFirst(body, s, f.dates)
	}
	if ps := b.betweenOfficeSaid(s, ms, f); ps != nil {
		f.people = ps
	}
	if kind, ok := retoldEncounter(body, s, f); ok && len(f.people) < 2 && len(b.lastPeople) >= 2 {
		f = b.asLastEncounter(f, kind)
	}
	if two := b.theTwoOf(si, s, f); two != nil {
		f.people = two
	}
	if pair := b.readoutPairAgain(s, f); pair != nil {
		f.people = pair
	}
	b.noteSubjects(s, ms, f, titled)
	b.noteTripLeg(si, s, f)
	b.noteTripPlace(si, s, f)
	subject := clauseSubject(f)
	if subject >= 0 && objectNamedOnly(body, ms, r, subject, f.at) {
		subject = -1
	}
	earlierByRelative := toldAsEarlierByRelative(body, f.at, s.t0, s.t1, b.title.text, f.people, func(pi int) string { return r.people[pi].name })
	defaultHeld := b.heldByDefault(s, f, earlierByRelative)
	f.dates, f.ago = b.datesOf(si, s, f, defaultHeld)
	f.dates = datesInOffice(r, f.people, f.dates, b.date)
	b.noteParagraphPlace(si, s, f)
	if seriesOnly(body, s, f, b.head) {
		f.people = nil // "I've spoken with Zelenskyy a dozen times"
	}
	if unnamedSubjectOnly(body, s, f.at, ms, r, f.people) {
		f.people = nil // their encounters are with the unnamed subject, not with each other
	}
	earlier, ok := b.elsewhereEncounter(si, s, f)
	if ok {
		f.places = withoutSpanAt(f.places, earlier.placeAt)
	}
	b.addCandidates(si, s, ms, f, defaultHeld, earlierByRelative, sentIssues)
	if ok {
		b.cands = append(b.cands, earlier.meetingCand)
	}
	return subject
}

// noteIssues adds the issues sentence si names that the article has not
// named before, and returns all it names.
func (b *relationBuilder) noteIssues(si int, s sentence) []string {
	sentIssues := findIssues(b.body.toks, s.t0, s.t1)
	b.noteIssueSentence(si, sentIssues)
	for _, slug := range sentIssues {
		if !b.seenIssue[slug] {
			b.seenIssue[slug] = true
			b.issues = append(b.issues, Issue{ID: schema.IssueID(slug), Name: issueName(slug), Evidence: evidenceOf(b.body, si)})
		}
	}
	return sentIssues
}

// noteHeaderPlace reads a transcript's header: a short line among the
// first six naming a place ("Rome, Italy").
func (b *relationBuilder) noteHeaderPlace(si int, s sentence) {
	if b.headerPlace != "" || si >= 6 || s.t1-s.t0 > 6 {
		return
	}
	for _, sp := range b.body.spansIn(s.t0, s.t1) {
		if sp.phrase.Kind == gazetteer.KindPlace {
			b.headerPlace, b.headerCC = placeName(sp)
			b.headerEnRoute = enRoute.MatchString(evidenceOf(b.body, si).Sentence)
			return
		}
	}
}

// factsOf are the sentence's facts (analyseSentence), those of a clause
// after a planned one or after an elliptical one, and its people but for
// the speaker's own conversations (myConversationPeople). It notes the
// clause's plan and kind for the clause after.
func (b *relationBuilder) factsOf(s sentence, ms []int) sentenceFacts {
	f := analyseSentence(b.body, s, ms, b.r, b.pub)
	if b.planBefore {
		f = plannedLikeBefore(b.body, s, f, b.pub)
	}
	if b.ellipsis != "" && f.trig == "" {
		f = ellipticalFacts(b.body, s, f, b.ellipsis, b.clausePlanned, b.pub)
	}
	b.clausePlanned, b.clauseKind = f.planned, f.trig
	f.people = myConversationPeople(b.body, s, f.at, ms, b.r, f.people)
	return f
}

// noteFirstEncounter keeps the kind and date of the body's first sentence
// with a meeting word.
func (b *relationBuilder) noteFirstEncounter(s sentence, f sentenceFacts) {
	if b.firstKind != "" || f.trig == "" {
		return
	}
	b.firstKind = f.trig
	if len(f.dates) > 0 && !othersEncounter(f.people, b.headPeople) {
		b.firstDate = f.dates[0].value
		b.firstDateOwn = ownDate(b.body, s, f.at, f.dates[0])
	}
	if f.summit {
		b.firstKind = "summit"
	}
}

// readTurn reads a transcript's turn: a speaker's label starts one, and a
// reporter's question lasts until the next label.
func (b *relationBuilder) readTurn(si int, s sentence, ms []int) {
	sp, labelled := speakerLabel(b.body, s, ms, b.r)
	if labelled {
		b.speaker = sp
		b.inTranscript = true
	}
	b.asking = asksQuestion(b.body, s) || b.asking && !labelled
	if b.asking {
		if b.asked == nil {
			b.asked = map[int]bool{}
		}
		b.asked[si] = true
	}
}

// withSpeaker are the sentence's people with the speaker who joins the
// encounter (addSpeaker), and with the headline's people where the
// speaker tells "we" met or saw each other.
func (b *relationBuilder) withSpeaker(s sentence, f sentenceFacts) []int {
	body := b.body
	if b.speaker >= 0 && !b.asking && f.trig != "" && !f.reciprocal && speakerJoins(body, s, b.briefing) && !otherPersonsEncounter(body, s, f.at) {
		f.people = addSpeaker(body, s, f.people, b.speaker, b.headPeople)
	}
	if len(f.people) < 2 && (f.reciprocal && weReciprocal(body, s, f.at, b.speaker, b.headPeople) || weMet(body, s, f.at, b.speaker, b.headPeople) && !dayDated(f.dates)) {
		// "PRESIDENT BIDEN: … we last saw each other at the launch of the
		// Indo-Pacific Framework": the speaker and the other of the headline
		return appendUnique(append([]int{}, b.headPeople...), f.people...)
	}
	return f.people
}

// subjectByReference are the sentence's people with a subject it names by
// a pronoun or as "the delegation", and that subject (titled), -1 if it
// names none so: the subject of the clause before (carried), of the
// sentence before or the traveller ("he"), the two named before ("they",
// which sets no subject), or the delegation's leader.
func (b *relationBuilder) subjectByReference(si int, s sentence, ms []int, f sentenceFacts, carried int) ([]int, int) {
	body := b.body
	if carried >= 0 && f.strong && !slices.Contains(f.people, carried) && carriesSubject(body, s, f.at, ms, b.r) {
		// "After Secretary Blinken had an opportunity to speak with Foreign
		// Minister Lavrov, he then … spoke with …": the first clause's subject
		return append([]int{carried}, f.people...), carried
	}
	if subj := b.pronounSubject(s, f); subj >= 0 {
		// and of the next one too ("In Ramallah, he will meet with …")
		return appendUnique([]int{subj}, f.people...), subj
	}
	people := f.people
	if (!b.inTranscript || b.briefing) && f.strong && meetingPronoun(body, s, clauseStart(body, s)) == "they" {
		people = b.theyOf(si, people)
	}
	if !b.inTranscript && f.strong && b.delegationLead >= 0 && delegationSubject(body, s) && !slices.Contains(people, b.delegationLead) {
		// "In Panama, the delegation will meet with President Cortizo": the
		// delegation's leader
		return append([]int{b.delegationLead}, people...), b.delegationLead
	}
	return people, -1
}

// pronounSubject: "He will meet with Foreign Minister …": the subject of
// the sentence before, in a release or from a briefer ("While there, he
// will meet with …"); in a briefing on someone's trip, the traveller ("On
// Friday, she is going to meet with …"). -1 if none.
func (b *relationBuilder) pronounSubject(s sentence, f sentenceFacts) int {
	subj := b.subject
	if b.inTranscript && b.traveller >= 0 {
		subj = b.traveller
	}
	if (!b.inTranscript || b.briefing) && f.strong && subj >= 0 && subj != b.speaker && pronounMeets(b.body, s) {
		return subj
	}
	return -1
}

// theyOf are people with those "they" opening sentence si names:
// "Secretary Blinken and Secretary Austin arrived in Kyiv on Monday. They
// met President Zelenskyy": the two officials the sentence before names;
// of three or more, "they" names none for sure.
func (b *relationBuilder) theyOf(si int, people []int) []int {
	if two := b.twoBefore(si); len(two) == 2 {
		return appendUnique(append([]int{}, two...), people...)
	} else if len(two) == 1 && si > 0 && ledDelegationIn(b.body, b.body.sents[si-1]) {
		// "Dr. Liz Sherwood-Randall led an interagency delegation to
		// Paris, France, … They met with …": the delegation, whose one
		// named member is its leader
		return appendUnique(append([]int{}, two...), people...)
	}
	return people
}

// readoutSubjectByTitle is a readout's subject, named in the body by title
// only ("The President spoke with …"), -1 if none or already named.
func (b *relationBuilder) readoutSubjectByTitle(s sentence, f sentenceFacts) int {
	if f.trig == "" || !f.strong || len(b.headPeople) == 0 || b.inTranscript {
		return -1
	}
	if subj := b.headPeople[0]; !slices.Contains(f.people, subj) && titleOnly(b.body, s, b.r.people[subj].role) {
		return subj
	}
	return -1
}

// publisherSubject: "The President will also meet with Turkish President
// Erdogan", in a release whose headline names nobody, or said by a
// briefer, who speaks for the publisher ("The Secretary, to your
// question, spoke yesterday with …"): the publisher's officer, -1 if none
// or already named. An office's meeting told with no date of its own
// (officeOwned) is mostly an earlier one ("a readout … of the President's
// meeting with President Erdogan", a week after it), which the article's
// date would misdate: it is left out.
func (b *relationBuilder) publisherSubject(s sentence, f sentenceFacts) int {
	if f.trig == "" || !f.strong || b.inTranscript && !b.briefing {
		return -1
	}
	if pi := publisherOfficer(b.body, s, f.at, b.r); pi >= 0 && !slices.Contains(f.people, pi) && (len(f.dates) > 0 || !officeOwned(b.body, f.at)) {
		return pi
	}
	return -1
}

// objectsByReference are the sentence's people with the objects it names
// by title, by demonym or as counterparts, each a holder named near, in a
// release or from a briefer; nil if it reads none. apart: the
// counterparts make an encounter of their own.
func (b *relationBuilder) objectsByReference(si int, s sentence, f sentenceFacts) ([]int, bool) {
	body, r, people := b.body, b.r, f.people
	if _, their := theirEncounter(body, s); their || f.trig == "" || !f.strong || b.inTranscript && !b.briefing {
		return nil, false
	}
	// "Foreign Minister Kuleba arrived in Washington. Secretary Blinken
	// met the Foreign Minister at the State Department": the object by
	// title alone is the one holder of that title the article names. A
	// sentence that also tells "their" earlier encounter ("spoke with the
	// Foreign Minister, following their meeting in Rome in October 2021")
	// is theirEncounter's: its date is that encounter's, not the call's
	recent := func(pi int) bool {
		for k := max(0, si-titleReach); k < si; k++ {
			if slices.Contains(officialsIn(b.bySent[k], r), pi) {
				return true
			}
		}
		return false
	}
	if pi := titledObject(body, s, f.at, r, recent); pi >= 0 && !slices.Contains(people, pi) {
		people = append(people, pi)
	}
	// "met his Indian counterpart", named in a sentence just before or
	// in the next one ("Indian External Affairs Minister … said the
	// talks were productive")
	near := func(pi int) bool {
		return recent(pi) || slices.Contains(officialsIn(b.bySent[si], r), pi) || slices.Contains(officialsIn(b.bySent[si+1], r), pi)
	}
	if pi := demonymObject(body, s, f.at, r, people, near); pi >= 0 && !slices.Contains(people, pi) && !slices.ContainsFunc(people, func(q int) bool { return r.people[q].country == r.people[pi].country }) {
		people = append(people, pi)
	}
	// "Prior to this meeting, Secretary Blinken met with his E3
	// counterparts": named near, or as the people of the encounter told
	// just before, which the sentence so often follows up on
	told := func(pi int) bool {
		return near(pi) || si-b.lastSent <= titleReach+1 && slices.Contains(b.lastPeople, pi)
	}
	if ps := counterpartsObject(body, s, r, people, told); slices.ContainsFunc(ps, func(pi int) bool { return !slices.Contains(people, pi) }) {
		// an encounter of its own beside the larger one it follows up
		// on, which foldRetold would otherwise take it for retelling
		return appendUnique(people, ps...), true
	}
	return people, false
}

// authorMeets: the author of a "Statement by X" tells in the first person
// an encounter the people leave them out of.
func (b *relationBuilder) authorMeets(s sentence, f sentenceFacts) bool {
	return !b.inTranscript && b.author >= 0 && f.trig != "" && !slices.Contains(f.people, b.author) && firstPersonMeets(b.body, s)
}

// betweenOfficeSaid: "a bilateral meeting today between the Secretary and
// his Armenian counterpart, Foreign Minister Mirzoyan", said by an
// official or a briefer, not in a reporter's question nor by a moderator:
// those two (betweenOffice), nil if not.
func (b *relationBuilder) betweenOfficeSaid(s sentence, ms []int, f sentenceFacts) []int {
	if f.trig == "" || !f.strong || b.asking || b.inTranscript && !b.briefing && b.speaker < 0 {
		return nil
	}
	return betweenOffice(b.body, s, ms, b.r)
}

// retoldEncounter: the sentence tells "their" encounter ("their March 14
// meeting"), or a dated one that took place, and its kind.
func retoldEncounter(d *doc, s sentence, f sentenceFacts) (string, bool) {
	kind, ok := theirEncounter(d, s)
	if !ok && len(f.dates) > 0 {
		kind, ok = encounterTookPlace(d, s)
	}
	return kind, ok
}

// asLastEncounter: "their March 14 meeting": the people of the encounter
// told just before, and "During their meeting, …" on its date.
func (b *relationBuilder) asLastEncounter(f sentenceFacts, kind string) sentenceFacts {
	f.people, f.trig, f.strong, f.split = b.lastPeople, kind, true, false
	if len(f.dates) == 0 && b.lastDate != "" {
		f.dates = []dateExpr{{value: b.lastDate}}
	}
	return f
}

// theTwoOf: "… have worked closely for years. The two met in Washington on
// Monday": the two officials of two parties the sentence before names,
// nil if the sentence's people are two already or it says no "the two".
func (b *relationBuilder) theTwoOf(si int, s sentence, f sentenceFacts) []int {
	if len(f.people) >= 2 || !f.strong || !theTwo(b.body, s, f.at) {
		return nil
	}
	if two := b.twoBefore(si); len(two) == 2 && parties(b.r, two) == 2 {
		return two
	}
	return nil
}

// noteSubjects notes who the sentence addresses and names as its subject,
// for the sentences after it.
func (b *relationBuilder) noteSubjects(s sentence, ms []int, f sentenceFacts, titled int) {
	body, r := b.body, b.r
	if b.officialSpeaks() {
		b.addressed = addAddressed(body, s, ms, r, b.addressed, b.isAddressed)
		b.present = addPresent(body, s, ms, r, b.present)
	}
	if first := firstOfficial(ms, r); first >= 0 {
		b.subject = first
		if objectOnly(ms, r, first, f.at) {
			// "The U.N. Secretary-General met with President Putin. He's
			// meeting with …": the one named is the object, "he" the unnamed subject
			b.subject = -1
		}
	}
	if titled >= 0 {
		// "On March 7, the Secretary will travel to Riga … to meet with President
		// Levits. He will travel to Tallinn": "he" is the Secretary
		b.subject = titled
	}
}

// heldByDefault: nothing tells the encounter as an earlier (as a
// relative clause does: earlierByRelative), repeated, recalled or
// followed-up one, nor is one of its people long past holding office, so
// that an undated one is held on the article's day.
func (b *relationBuilder) heldByDefault(s sentence, f sentenceFacts, earlierByRelative bool) bool {
	body := b.body
	return !toldAsEarlier(body, f.at, s.t0, s.t1) && !toldAsRepeated(body, f.at, s.t0, s.t1) && !toldInWhenClause(body, f.at, s.t0) && !toldAsRecalled(body, f.at, s.t0) &&
		!(f.summit && toldAsPastGathering(body, f.at, s.t0)) &&
		!recalledInSpeech(body, f.at, s.t0, b.title.text, f.people, b.headPeople) && !earlierByRelative && !toldAsFollowedUp(body, f.at, s.t1) &&
		!longPastHolder(b.r, f.people, b.date)
}

// datesOf are the encounter's dates: outside a transcript, the
// paragraph's day and the trip's month (paragraphDay, tripMonth), ranges
// read (rangeDates), and "has recently met" before the article's day, as
// "… ago" is (agoApart); ago tells the last.
func (b *relationBuilder) datesOf(si int, s sentence, f sentenceFacts, defaultHeld bool) ([]dateExpr, bool) {
	if !b.inTranscript {
		f.dates = b.paragraphDay(si, s, f, defaultHeld)
		f.dates = b.tripMonth(f, defaultHeld)
	}
	f.dates = rangeDates(b.body, f.dates)
	if len(f.dates) == 0 && !f.planned {
		if v := recentlyHeld(b.body, f.at, s.t0, s.t1, b.pub); v != "" {
			return []dateExpr{{value: v}}, true
		}
	}
	return f.dates, f.ago
}

// addCandidates adds the sentence's meeting candidates, or where it tells
// none, its issues to the encounter told just before that it continues
// ("They discussed Taiwan").
func (b *relationBuilder) addCandidates(si int, s sentence, ms []int, f sentenceFacts, defaultHeld, earlierByRelative bool, sentIssues []string) {
	body, r := b.body, b.r
	m, ok := meetingFromFacts(f, r, b.date, defaultHeld)
	if ok && m.status == "planned" && invitationOnly(body, s, f.at) {
		return // an invitation still open announces no encounter
	}
	if !ok {
		if b.lastFrom >= 0 && si-b.lastSent <= 3 && continuesEncounter(body, s, ms, r, b.lastPeople) {
			for k := b.lastFrom; k < len(b.cands); k++ {
				b.cands[k].issues = appendUnique(b.cands[k].issues, sentIssues...)
			}
			b.lastSent = si
		}
		return
	}
	m.sent = si
	m.issues = sentIssues
	m.next = m.status == "planned" && (toldAsNext(body, s, f.at) || toldAsLater(body, s))
	m.earlier = m.status == "held" && m.date == "" && (toldAsEarlierOne(body, f.at, s.t0, s.t1, m.kind) || recalledOnce(body, f.at, s.t0) || earlierByRelative ||
		f.summit && toldAsPastGathering(body, f.at, s.t0))
	b.lastPeople, b.lastDate = m.people, m.date
	b.lastFrom, b.lastSent = len(b.cands), si
	for _, c := range splitEncounters(body, m, f, r) {
		b.cands = append(b.cands, splitOwnedEncounters(body, s, ms, r, c)...)
	}
	if c, ok := theirDatedEncounter(body, s, f, m, b.date); ok {
		b.cands = append(b.cands, c)
	}
}

// twoBefore are the people "the two" or "they" opening sentence si's clause
// may name: those of the encounter its clause before told ("met … on
// Monday, and the two will meet again next month"), or else the officials
// the sentence before names.
func (b *relationBuilder) twoBefore(si int) []int {
	if b.lastFrom >= 0 && b.lastSent == si {
		return b.lastPeople
	}
	if si == 0 {
		return nil
	}
	return officialsIn(b.bySent[si-1], b.r)
}

// splitEncounters: "talks with A and B" are encounters of the first named
// with each of the others; any other candidate is one encounter.
func splitEncounters(d *doc, m meetingCand, f sentenceFacts, r *resolver) []meetingCand {
	if f.split && m.sent >= 0 && withList(d, f.at) && namedAsObjectOnly(d, r, m.people[0], m.sent, f.at) {
		// the first named comes after "meetings with": an object, no subject
		// of the others' encounters. The subject is one named after them who
		// opens a clause ("in his meetings with President Cortizo and Foreign
		// Minister Mouynes, Secretary Blinken will discuss"), else none the
		// rules found ("bilateral meetings with her counterparts — Chancellor
		// Scholz, …, and President Zelenskyy": no Scholz-Zelenskyy meeting)
		subj := clauseSubjectAfter(d, r, m.people, m.sent, f.at)
		if subj < 0 {
			return nil
		}
		m.people = appendUnique([]int{subj}, m.people...)
	}
	if !f.split || len(m.people) <= 2 {
		return []meetingCand{m}
	}
	var out []meetingCand
	for _, other := range m.people[1:] {
		c := m
		c.people = []int{m.people[0], other}
		if parties(r, c.people) >= 2 {
			out = append(out, c)
		}
	}
	return out
}

// withList: the meeting word at is followed by "with", whose people are
// the encounter's others ("meetings with", "talks with"), not "between".
func withList(d *doc, at int) bool {
	if at >= 0 && at < len(d.toks) && d.toks[at].key == "bilateral" {
		at++ // "bilateral meetings with"
	}
	return at >= 0 && at+1 < len(d.toks) && d.toks[at+1].key == "with"
}

// namedAsObjectOnly: the person is named in sentence si only after the meeting
// word at, as one of whom the encounter is with, not as its subject. A
// person the sentence does not name (a subject by title or pronoun that a
// rule put first) is no object, nor one named after a "between" that
// follows the meeting word.
func namedAsObjectOnly(d *doc, r *resolver, pi, si, at int) bool {
	if at < 0 {
		return false
	}
	first := -1
	for _, mi := range r.people[pi].mentions {
		m := &r.mentions[mi]
		if m.sent != si || m.inTitle {
			continue
		}
		if m.t0 < at {
			return false
		}
		if first < 0 || m.t0 < first {
			first = m.t0
		}
	}
	for k := at + 1; k < first; k++ {
		if d.toks[k].key == "between" {
			return false // "talks with our allies and a meeting between President Biden and …": the other encounter's own people
		}
	}
	return first >= 0
}

// notVerbs are the lower-case words after a name that do not make it a
// clause's subject: a list goes on, or a phrase of place, time or office.
var notVerbs = setOf("and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "the", "a", "an", "as", "and/or")

// clauseSubjectAfter is the one of people whom sentence si names after the
// meeting word at as the subject of a clause, the name followed by a verb
// ("Speaking after talks with Foreign Minister Kuleba in Paris, Secretary
// Blinken pledged …", "The meetings that Secretary Blinken held with …");
// -1 if none.
func clauseSubjectAfter(d *doc, r *resolver, people []int, si, at int) int {
	for _, pi := range people {
		for _, mi := range r.people[pi].mentions {
			m := &r.mentions[mi]
			if m.sent != si || m.inTitle || m.t0 <= at || m.t1 >= len(d.toks) {
				continue
			}
			if t := &d.toks[m.t1]; t.kind == tokWord && !t.cap && !notVerbs[t.key] {
				return pi
			}
		}
	}
	return -1
}

// addListMeeting adds the meeting of the headline's people with a list of
// who took part, or with the leaders a summit speech addresses; under a
// headline with no meeting word, the list is of the gathering the body
// tells them to have hosted (addHostedList). It reports whether there was one.
func (b *relationBuilder) addListMeeting() bool {
	r, tf, headPeople := b.r, b.head, b.headPeople
	list, listAt := participantList(b.body, b.bySent, r)
	occasion := !tf.summit && tf.trig == "" && leadersOccasionTitle(b.title)
	addressed := false // the list is the leaders the speech addresses
	if len(list) == 0 && len(headPeople) == 1 && (tf.summit || occasion) && !tf.future && !recordedMessage(b.body) {
		// more than a summit's worth of leaders addressed is not a summit speech
		if list = foreignOf(r, b.addressed, headPeople[0]); len(list) > 0 && len(list) <= 40 {
			// the summit of "Remarks by President X at the … Summit": a body
			// sentence about "this summit" is the same one
			all := map[int]bool{headPeople[0]: true}
			for _, pi := range list {
				all[pi] = true
			}
			kept := b.cands[:0]
			for _, c := range b.cands {
				if c.kind != "summit" || !subsetOf(c.people, all) {
					kept = append(kept, c)
				}
			}
			b.cands = kept
			b.firstKind, addressed = "summit", true
		} else {
			list = nil
		}
	}
	if len(list) > 0 && len(headPeople) > 0 && tf.trig == "" && !addressed && !tf.future {
		return b.addHostedList(list, listAt) // a chair's summary: the body tells the gathering
	}
	if len(list) == 0 || len(headPeople) == 0 || tf.trig == "" && !addressed {
		return false
	}
	hm := meetingCand{people: appendUnique(append([]int{}, headPeople...), list...), kind: tf.trig, status: "held", sent: -1, fromHead: true, date: b.date}
	if parties(r, hm.people) < 2 {
		return false // officials of one party: "… Meeting with State Attorneys General" is no meeting of the guidelines
	}
	if b.firstKind != "" {
		hm.kind = b.firstKind
	}
	if hm.kind != "call" {
		hm.place, hm.placeCC = b.occasionPlace()
	}
	b.cands = append([]meetingCand{hm}, b.cands...)
	return true
}

// addHeadlineMeeting adds the headline's meeting, dated and placed by the
// body where they agree, unless a body sentence tells of it already.
func (b *relationBuilder) addHeadlineMeeting() {
	if len(b.title.sents) == 0 {
		return
	}
	hm, ok := headlineMeeting(b.title, b.head, b.r)
	if !ok && b.inTranscript {
		hm, ok = titleEncounter(b.title, b.head, b.author, b.r)
	}
	if !ok && b.inTranscript {
		hm, ok = jointRemarks(b.title, b.titleMentions, b.r)
	}
	if !ok {
		return
	}
	// "Secretary Blinken's Calls with Foreign Minister Park and Foreign
	// Minister Hayashi": one call with each
	var added []meetingCand
	for _, h := range splitEncounters(b.title, hm, b.head, b.r) {
		if b.toldInBody(h) {
			continue
		}
		if h.status == "held" {
			h.date = b.date
			if !b.inTranscript { // a transcript's first meeting word can be anywhere in it
				h.date = headlineDate(b.firstDate, b.firstDateOwn, b.pub)
			}
			if h.kind != "call" {
				h.place, h.placeCC = b.occasionPlace()
			}
		}
		added = append(added, h)
	}
	b.cands = append(added, b.cands...)
}

// toldInBody reports whether a body candidate tells of headline meeting hm.
func (b *relationBuilder) toldInBody(hm meetingCand) bool {
	for k := range b.cands {
		c := &b.cands[k]
		if c.ago || c.status == "held" && c.date == "" {
			continue // "we were together a few weeks ago", "we have met before": an earlier encounter
		}
		if b.inTranscript && c.status == "held" && !compatibleDates(c.date, b.date) {
			continue // "When we met last time in December", said at the day's meeting
		}
		// the same encounter unless the body dates it elsewhere ("our video call in April")
		// a body meeting dated after publication is the headline's, still planned
		sameStatus := c.status == hm.status || c.status == "planned" && compareDates(c.date, b.date) > 0
		if samePeople(c.people, hm.people) && (sameStatus && sameEncounter(*c, hm, b.date) || previewOf(*c, hm, b.date)) {
			return true
		}
		if fullerList(*c, hm, b.date) {
			return true
		}
	}
	return false
}

// meetings merges the candidates and writes them out.
func (b *relationBuilder) meetings() []Meeting {
	b.placeAtTheStateDepartment(b.cands)
	b.placeByTrip(b.cands)
	b.placeByParagraph(b.cands)
	merged := heldSupersedesPlanned(foldRetold(mergeMeetings(onSchedule(b.cands, b.title.text, b.date))))
	merged = briefingUndated(merged, b.title.text,
		func(pi int) string { return b.r.people[pi].name },
		func(si int) string { return evidenceOf(b.body, si).Sentence })
	beforeMeetingUndated(merged, b.title.text, b.headPeople, func(si int) string { return evidenceOf(b.body, si).Sentence })
	retoldNounUndated(merged, b.title.text, b.headPeople, func(si int) string { return evidenceOf(b.body, si).Sentence })
	abroadToldAtHome(merged, b.r.usSource, homeOf(b.headerCC, b.body.text), b.distant, b.date, b.headerEnRoute, b.headPeople, b.present,
		func(pi int) string { return b.r.people[pi].country })
	inPersonOnTheDay(merged, b.title.text, b.body.text, b.date, b.headPeople, b.headerPlace, b.headerCC)
	b.placeTheDaysEncounters(merged)
	meetings := make([]Meeting, 0, len(merged))
	for _, c := range merged {
		mt := Meeting{Kind: c.kind, Date: c.date, Place: c.place, PlaceCountry: c.placeCC, Status: c.status, Issues: []string{}}
		for _, pi := range c.people {
			mt.Participants = append(mt.Participants, b.r.people[pi].name)
			mt.ParticipantIDs = append(mt.ParticipantIDs, schema.PersonID(b.r.people[pi].name))
		}
		for _, slug := range c.issues {
			mt.Issues = append(mt.Issues, schema.IssueID(slug))
		}
		if c.sent >= 0 {
			mt.Evidence = evidenceThrough(b.body, c.sent, c.thru)
		} else {
			mt.Evidence = Evidence{Sentence: b.title.text}
		}
		mt.IssueEvidence = issueEvidence(b.body, b.issueSents, c, mt.Evidence)
		meetings = append(meetings, mt)
	}
	return meetings
}

func issueName(slug string) string {
	for _, is := range gazetteer.Issues() {
		if is.Slug == slug {
			return is.Name
		}
	}
	return slug
}

// pronounVerbs report an encounter of the sentence's subject.
var pronounVerbs = setOf("meet", "meets", "met", "spoke", "speak", "speaks", "visit", "visits", "visited",
	"travel", "travels", "traveled", "travelled", "host", "hosts", "hosted")

// pronounMeets: the sentence opens with "He" or "She" and a verb of meeting
// follows within a few words ("He will meet with …", "She also spoke with …").
func pronounMeets(d *doc, s sentence) bool {
	k := afterOpening(d, s)
	for k < s.t1 && d.toks[k].kind != tokWord {
		k++
	}
	p := meetingPronoun(d, s, k)
	return p == "he" || p == "she"
}

// meetingPronoun is the subject pronoun ("he", "she" or "they") at token k
// that opens the sentence or clause, where a verb of meeting follows within
// a few words ("They met Ukrainian President …"), or "".
func meetingPronoun(d *doc, s sentence, k int) string {
	if k >= s.t1 {
		return ""
	}
	p, ok := pronounForms[d.toks[k].key]
	if !ok {
		return ""
	}
	for j := k + 1; j < s.t1 && j <= k+4; j++ {
		if pronounVerbs[d.toks[j].key] {
			return p
		}
	}
	if pronounHasEncounter(d, s, k) || p != "they" && pronounOwnsEncounter(d, s, k, p) {
		return p
	}
	return ""
}

// pronounForms map the subject pronouns, and their contractions with
// "will" that the word splitter keeps whole ("he'll have a distinct
// bilateral meeting with …"), to the pronoun.
var pronounForms = map[string]string{"he": "he", "she": "she", "they": "they",
	"he'll": "he", "she'll": "she", "they'll": "they"}

// pronounEncounterNouns are the encounters a pronoun subject may have or be
// in the middle of ("He will have a bilateral meeting with King …", "He's
// meeting with President …").
var pronounEncounterNouns = setOf("meeting", "bilateral", "call")

// pronounHasEncounter: after the pronoun at token k, within six words, an
// encounter noun that the pronoun has ("he'll have a distinct bilateral
// meeting with", "she will hold a call with") or is in the middle of ("he's
// meeting with"), and "with" right after it. "He has a meeting of the
// cabinet" or "he has called for" tell of no encounter with someone.
func pronounHasEncounter(d *doc, s sentence, k int) bool {
	has := false
	for j := k + 1; j < s.t1 && j <= k+6; j++ {
		key := d.toks[j].key
		switch {
		case key == "have" || key == "has" || key == "had" || key == "hold" || key == "holds" || key == "held":
			has = true
		case pronounEncounterNouns[key]:
			if j+1 < s.t1 && pronounEncounterNouns[d.toks[j+1].key] {
				continue // "a bilateral meeting"
			}
			if j+1 >= s.t1 || d.toks[j+1].key != "with" {
				return false
			}
			prev := d.toks[j-1].key
			return has || key == "meeting" && (prev == "'s" || prev == "is")
		case d.toks[j].kind != tokWord && key != "'s" && key != "'ll":
			return false
		}
	}
	return false
}

// authorWords open a headline whose "by" or "from" names the author.
var authorWords = setOf("statement", "statements", "remarks", "op-ed", "message", "letter")

// authorOf is the person a headline says the text is by ("Statement by
// President Joe Biden on …", "Statement from Secretary Blinken"), or -1.
func authorOf(title *doc, titleMentions []int, r *resolver) int {
	for k := 0; k+1 < len(title.toks) && k < 3; k++ {
		if !authorWords[title.toks[k].key] || title.toks[k+1].key != "by" && title.toks[k+1].key != "from" {
			continue
		}
		for _, mi := range titleMentions {
			if m := r.mentions[mi]; m.t0 > k+1 && m.t0 <= k+8 && r.mentionOf[mi] >= 0 && r.people[r.mentionOf[mi]].official {
				return r.mentionOf[mi]
			}
		}
	}
	return -1
}

// bylineLen is the most tokens a byline line holds ("Antony J. Blinken,
// Secretary of State"; "Linda Thomas-Greenfield, U.S. Ambassador to the
// United Nations").
const bylineLen = 14

// bylineAuthor is the official a release's body opens with on a line of
// its own, before a comma and the office ("Antony J. Blinken, Secretary of
// State"): the State Department's press statements are signed so, and their
// "I" is that official ("I spoke this morning with Japanese Foreign Minister
// Hayashi"). -1 if the body opens otherwise.
func bylineAuthor(d *doc, bySent map[int][]int, r *resolver) int {
	if len(d.sents) == 0 {
		return -1
	}
	s := d.sents[0]
	rest := strings.TrimLeft(d.text[s.end:], " \t")
	if s.t1-s.t0 > bylineLen || strings.TrimSpace(d.text[:s.start]) != "" || !strings.HasPrefix(rest, "\n") || strings.ContainsAny(d.text[s.start:s.end], ":;") {
		return -1 // not a line of its own
	}
	for _, mi := range bySent[0] {
		m := &r.mentions[mi]
		if pi := r.mentionOf[mi]; m.t0 == s.t0 && m.t1 < s.t1 && d.toks[m.t1].text == "," && pi >= 0 && r.people[pi].official {
			return pi
		}
	}
	return -1
}

// firstPersonMeets: "I" is the subject of a meeting word a few words on
// ("Today I spoke with …", "I look forward to welcoming …").
func firstPersonMeets(d *doc, s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].key != "i" || !d.toks[k].cap {
			continue
		}
		for j := k + 1; j < s.t1 && j <= k+5; j++ {
			if _, ok := triggerAt(d, j, s.t1); ok && !bilateralModifier(d, j, s.t1) {
				return true
			}
		}
	}
	return false
}

// objectOnly: every mention of person pi in the sentence stands after the
// meeting word at: pi is what the encounter is with, not who has it.
func objectOnly(mentions []int, r *resolver, pi, at int) bool {
	if at < 0 {
		return false
	}
	for _, mi := range mentions {
		if r.mentionOf[mi] == pi && r.mentions[mi].t0 < at {
			return false
		}
	}
	return true
}

// firstOfficial is the person of the sentence's first official mention, or -1.
func firstOfficial(mentions []int, r *resolver) int {
	for _, mi := range mentions {
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && !r.mentions[mi].possessive {
			return pi
		}
	}
	return -1
}

// officialSpeaks reports whether the sentence read may address the leaders
// a speech names: any sentence of a speech without speaker labels, and in a
// transcript the turns an official's label opens. A reporter's question or a
// moderator ("QUESTION: … how you justify the invitation to Dr. Ariel Henry")
// speaks to the speaker, not to the officials it names.
func (b *relationBuilder) officialSpeaks() bool {
	return !b.inTranscript || b.speaker >= 0
}

// addAddressed adds the officials a sentence speaks to or thanks ("President
// Widodo, I want to thank you", "Let me thank Prime Minister Hun Sen").
func addAddressed(d *doc, s sentence, mentions []int, r *resolver, acc []int, seen map[int]bool) []int {
	if len(mentions) == 0 {
		return acc // nobody named, nobody addressed
	}
	second := false
	for k := s.t0; k < s.t1; k++ {
		second = second || addressCue(d, s.t0, k, s.t1)
	}
	if !second {
		return acc
	}
	for _, mi := range mentions {
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && !r.mentions[mi].possessive && !seen[pi] &&
			!spokenOf(d, s, r.mentions[mi]) && !toldOf(d, s, r.mentions[mi]) {
			seen[pi] = true
			acc = append(acc, pi)
		}
	}
	return acc
}

// foreignOf keeps the people whose known country differs from the speaker's.
func foreignOf(r *resolver, people []int, speaker int) []int {
	var out []int
	sc := r.people[speaker].country
	for _, pi := range people {
		if c := r.people[pi].country; pi != speaker && c != "" && c != sc {
			out = append(out, pi)
		}
	}
	return out
}

func subsetOf(a []int, b map[int]bool) bool {
	for _, x := range a {
		if !b[x] {
			return false
		}
	}
	return true
}

// sameEncounter says whether a body candidate tells of the headline's
// meeting: the same kind, or kinds that a readout mixes ("Meeting" over "met
// … by video") on a compatible date. A summit is never the bilateral
// meeting held on its margins.
func sameEncounter(c, head meetingCand, pubDate string) bool {
	if c.kind == head.kind {
		return true
	}
	if c.kind == "summit" || head.kind == "summit" {
		return false
	}
	return head.status != "held" || compatibleDates(c.date, pubDate)
}

// namedCountries lists the countries the text names, by name, demonym or city.
func namedCountries(docs ...*doc) map[string]bool {
	out := map[string]bool{}
	for _, d := range docs {
		for _, sp := range d.spans {
			switch sp.phrase.Kind {
			case gazetteer.KindCountry, gazetteer.KindDemonym:
				out[sp.phrase.Code] = true
			case gazetteer.KindPlace:
				out[sp.phrase.Country] = true
			}
		}
	}
	return out
}
