package extract

import (
	"slices"
	"strings"
	"time"

	"newsgraph/gazetteer"
)

// Small meeting rules, each a separately tested unit, that analyseSentence
// and the relation builder consult.

// gatheringNouns name a multilateral gathering; namedGatheringNouns do so
// only after a name ("the G-20 Ministerial meetings", "the Quad Leaders'
// meeting").
var (
	gatheringNouns      = setOf("summit", "summits", "ministerial")
	namedGatheringNouns = setOf("meeting", "meetings", "conference")
)

// talkedOfModifiers may stand between a verb of talk and the gathering it
// talks of: "discussed the upcoming June 29-30 NATO Summit", "next month's
// NATO Summit".
var talkedOfModifiers = setOf("the", "a", "an", "this", "that", "next", "upcoming", "coming", "forthcoming",
	"month", "month's", "week", "week's", "year", "year's", "'s", "’s", "annual", "planned", "leaders",
	"leaders'", "-", "–", "and", "preparations", "preparation", "success", "successful", "agenda", "goals",
	"priorities", "outcomes", "importance", "role", "plans", "for", "of")

// stanceVerbs take a stand on talks that others hold: "expressed support
// for talks hosted by President Michel", "welcomed the dialogue", "urged
// negotiations".
var stanceVerbs = setOf("support", "supports", "supported", "welcomed", "welcomes", "urged", "urges",
	"encouraged", "encourages", "commended", "praised", "applauded", "endorsed", "called")

// othersTalks are the meeting words that stance verbs take: talks held by
// others, never the speaker's own encounter.
var othersTalks = setOf("talks", "dialogue", "consultations", "discussions")

// talksSupported: talks that officials support, welcome or call for
// ("Mr. Sullivan expressed support for talks hosted by President of the
// European Council Charles Michel") are others' talks, not an encounter of
// the officials named. Read back from the meeting word at i across its
// modifiers, like gatheringTalkedOf.
func talksSupported(d *doc, i, s0 int) bool {
	if key := d.toks[i].key; (key == "hosted" || key == "hosting") && i > s0 && othersTalks[d.toks[i-1].key] {
		i-- // "support for talks hosted by …": the hosting is of those talks
	}
	if !othersTalks[d.toks[i].key] {
		return false
	}
	for k := i - 1; k >= s0 && k >= i-5; k-- {
		key := d.toks[k].key
		switch {
		case stanceVerbs[key]:
			return true
		case key == "for" || key == "continued" || key == "further" || key == "new" || key == "direct" ||
			key == "peace" || key == "the" || key == "these" || key == "such" || key == "ongoing":
			continue
		default:
			return false
		}
	}
	return false
}

// talkVerbs introduce what officials talk about.
var talkVerbs = setOf("discussed", "discuss", "discusses", "discussing", "previewed", "preview", "previews",
	"reviewed", "review", "reviewing", "prepare", "prepares", "prepared", "preparing")

// gatheringTalkedOf: a summit that officials discuss or prepare for ("discussed
// next month's NATO Summit", "to prepare for the June 29-30 NATO Summit",
// "in the lead up to the Summit", "ahead of the G20 Summit") is the topic
// of their encounter, not a gathering they are reported to attend together.
// It reads back from the gathering noun at i across its modifiers.
func gatheringTalkedOf(d *doc, i, s0 int) bool {
	named := namedGatheringNouns[d.toks[i].key]
	if !gatheringNouns[d.toks[i].key] && !named {
		return false
	}
	sawName := false
	for k := i - 1; k >= s0 && k >= i-10; k-- {
		t := &d.toks[k]
		key := t.key
		switch {
		case talkVerbs[key],
			key == "of" && k > s0 && (d.toks[k-1].key == "ahead" || d.toks[k-1].key == "advance"),
			key == "to" && k > s0 && (d.toks[k-1].key == "lead-up" || d.toks[k-1].key == "up" && k-1 > s0 && d.toks[k-2].key == "lead"):
			return !named || sawName
		case t.cap && key != "the":
			sawName = true
		case t.kind == tokNumber, talkedOfModifiers[key]:
			continue
		default:
			if _, month := monthByName[key]; month {
				continue
			}
			return false
		}
	}
	return false
}

// foldRetold folds a candidate into an earlier one of the same status and
// day whose people include all of its people: a readout that goes on about
// some of an encounter's people ("President Biden and Vice President Harris
// met today with Secretary General Stoltenberg … President Biden conveyed
// his support for efforts by Secretary General Stoltenberg") retells that
// encounter; it is not a second one. Summits are left apart (the bilateral
// meetings on a summit's margins are their own), and so is an encounter told
// as separate or bilateral ("Mr. Sullivan met separately with …").
func foldRetold(cs []meetingCand) []meetingCand {
	out := make([]meetingCand, 0, len(cs))
	for _, c := range cs {
		k := slices.IndexFunc(out, func(o meetingCand) bool { return retells(o, c) })
		if k < 0 {
			out = append(out, c)
			continue
		}
		o := &out[k]
		o.issues = appendUnique(o.issues, c.issues...)
		if o.dateDefault && !c.dateDefault {
			o.date, o.dateDefault = c.date, false
		}
	}
	return out
}

// retells: c tells again of encounter o (see foldRetold).
func retells(o, c meetingCand) bool {
	if o.status != c.status || o.kind == "summit" || c.kind == "summit" || c.apart || len(c.people) >= len(o.people) {
		return false
	}
	if o.date != c.date && !recentlyDated(o, c) || o.date == "" {
		return false
	}
	return !slices.ContainsFunc(c.people, func(p int) bool { return !slices.Contains(o.people, p) })
}

// receivedThings are the determiners of a thing received ("received a
// letter from President Biden", "received the invitation", "received his
// call"); "received President Moon", "received the Foreign Minister" and
// "was received by King Abdullah" receive a person.
var receivedThings = setOf("a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that",
	"these", "those", "many", "several", "some", "no", "word", "news")

// receivedAThing: "received" whose object is a thing, not a person, reports
// no encounter. A determiner followed by a capitalised word ("the Foreign
// Minister") still receives a person.
func receivedAThing(d *doc, i, s1 int) bool {
	if i+1 >= s1 {
		return true
	}
	n := &d.toks[i+1]
	if n.kind != tokWord {
		return true
	}
	if !receivedThings[n.key] {
		return !n.cap && n.key != "by" && n.key != "with" && n.key != "at" && n.key != "in"
	}
	return i+2 >= s1 || !d.toks[i+2].cap || d.toks[i+2].kind != tokWord
}

// briefingTitleWords mark a briefing, a background call or a preview: its
// speakers report and explain the encounters of others.
var briefingTitleWords = []string{"briefing", "background", "teleconference", "preview", "upcoming", "gaggle",
	"senior state department official", "senior administration official", "call with reporters"}

// isBriefing reads a headline as a briefing's.
func isBriefing(title string) bool {
	low := strings.ToLower(title)
	return slices.ContainsFunc(briefingTitleWords, func(w string) bool { return strings.Contains(low, w) })
}

// singularSelf are the words a speaker uses of themself alone.
var singularSelf = setOf("i", "me", "my", "i've", "i'm", "i'll", "i'd", "myself")

// speakerJoins: a transcript's speaker takes part in the encounter a
// sentence tells of in the first person, except that a briefer who says
// "we" speaks for the government ("we're taking advantage of the
// Secretary's visit to meet with Crown Prince Mohammed bin Zayed"): in a
// briefing only "I", "me" or "my" puts the speaker in the encounter; and
// never where every such word only frames what is told (speakerOnlyFrames:
// "I would say that …").
func speakerJoins(d *doc, s sentence, briefing bool) bool {
	if speakerOnlyFrames(d, s, briefing) {
		return false
	}
	if !briefing {
		return true
	}
	for k := s.t0; k < s.t1; k++ {
		if t := &d.toks[k]; t.kind == tokWord && !t.upper && singularSelf[t.key] {
			return true
		}
	}
	return false
}

// discussedWith: "discussed with" tells of an encounter ("Mr. Sullivan
// discussed with Egyptian President Sisi …"); "discussed" alone tells only
// what was talked about.
func discussedWith(next string) bool { return next == "with" }

// upcomingWords say that a gathering named after them is still to come.
var upcomingWords = setOf("upcoming", "forthcoming")

// upcomingNoun: the meeting word at token k is a noun that "upcoming" or
// "forthcoming" stands before, within four words ("the upcoming G7 Leaders
// meetings").
func upcomingNoun(d *doc, s sentence, k int) bool {
	for j := k - 1; j >= s.t0 && j >= k-4; j-- {
		if upcomingWords[d.toks[j].key] {
			return true
		}
	}
	return false
}

// discussesWith: "discuss" or "discussed" at token i is followed by
// "with", which names whom the encounter's subject talked with, not what
// about, so it ends no participants: "visited Algeria in March to discuss
// with President Tebboune and Foreign Minister Lamamra how …", "and
// discussed with Foreign Minister …".
func discussesWith(d *doc, i, s1 int) bool {
	key := d.toks[i].key
	return (key == "discuss" || key == "discussed") && i+1 < s1 && discussedWith(d.toks[i+1].key)
}

// purposeVerbs open the purpose of an encounter ("spoke today with Foreign
// Minister Le Drian to congratulate the French people … and to welcome
// strong ties with President Macron").
var purposeVerbs = setOf("congratulate", "welcome", "express", "reaffirm", "review", "coordinate", "consult",
	"thank", "offer", "convey", "underscore", "highlight", "share", "address", "mark", "celebrate", "affirm",
	"extend", "emphasize", "stress", "reiterate", "raise", "follow", "continue", "build", "advance", "strengthen",
	"deepen", "explore", "launch", "reinforce", "express", "pledge", "encourage", "press", "seek", "support")

// purposeClause: "to" + a verb of purpose at token i ends the participants
// of the encounter told before it: people named in the purpose are talked
// about, not met. analyseSentence asks it only when an official is named
// before the meeting word, as the encounter's subject: in "Following a
// bilateral meeting with President Giammattei, and to address …, Vice
// President Harris announces" the subject comes after the purpose.
func purposeClause(d *doc, i, s1 int) bool {
	return d.toks[i].key == "to" && i+1 < s1 && purposeVerbs[d.toks[i+1].key]
}

// officialBefore: an official is named in tokens [t0, at).
func officialBefore(mentionIdx []int, r *resolver, t0, at int) bool {
	for _, mi := range mentionIdx {
		m := &r.mentions[mi]
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && m.t0 >= t0 && m.t0 < at {
			return true
		}
	}
	return false
}

// publisherOffices are the offices a US release names by title alone as
// its own officials: "the President", "the Vice President", "the Secretary".
var publisherOffices = []struct {
	words []string // the title's words, capitalised in the text
	role  string   // the office in the official lists
}{
	{[]string{"vice", "president"}, "Vice President"},
	{[]string{"president"}, "President"},
	{[]string{"secretary"}, "Secretary of State"},
}

// publisherOfficer: in a US release, "the President", "the Vice President"
// or "the Secretary", named by title alone as the subject before the
// meeting word at (not "the President of Mexico", "the President’s trip",
// "the Deputy Secretary"), is the holder of that office on the article's
// date, when the article names that holder elsewhere. It returns the
// person, or -1. A holder the article never names is left out: gold
// participants are named people.
//
// An office the article names a holder of ("the Foreign Minister", "the
// Minister", after "Ukrainian Foreign Minister Dmytro Kuleba") is that
// holder in any release, US or not (titledPerson).
func publisherOfficer(d *doc, s sentence, at int, r *resolver) int {
	if at < 0 {
		return -1
	}
	for k := max(s.t0, at-officerReach-3); k+1 < at; k++ {
		if d.toks[k].key != "the" {
			continue
		}
		for _, o := range publisherOffices {
			if !r.usSource {
				break // another publisher's "the President" is not the US one
			}
			end := k + 1 + len(o.words)
			if end > at || !titleWords(d, k+1, o.words) {
				continue
			}
			trip := ownTrip(d, end, at) || officesMeeting(d, end, at)
			if !trip && (k < at-officerReach || possessiveBetween(d, k, at)) {
				continue
			}
			if !trip && end < s.t1 && (d.toks[end].cap && d.toks[end].kind == tokWord || d.toks[end].key == "of" ||
				possessiveMark(d.toks[end].key)) {
				continue // named, another state's, or a possessive
			}
			if pi := namedHolder(r, o.role); pi >= 0 {
				return pi
			}
		}
		if k >= at-officerReach && !possessiveBetween(d, k, at) {
			if pi := titledPerson(d, k+1, at, r); pi >= 0 {
				return pi
			}
		}
	}
	return -1
}

// ownTrip: the office ending at token end owns a trip ("the Secretary’s trip
// will culminate in Algiers, where he will meet President Tebboune"), which
// is the meeting word at or whose traveller ("he" or "she") comes before it.
func ownTrip(d *doc, end, at int) bool {
	if end+1 > at || !possessiveMark(d.toks[end].key) {
		return false
	}
	switch d.toks[end+1].key {
	case "trip", "travel", "visit":
	default:
		return false
	}
	if end+1 == at {
		return true // the trip is the meeting word: its owner travels
	}
	for j := end + 2; j < at; j++ {
		if k := d.toks[j].key; k == "he" || k == "she" {
			return true
		}
	}
	return false
}

// titledPerson: the capitalised title at token k, before the meeting word at
// ("the Deputy Secretary will meet in Paris with …", "the National Security
// Advisor met"), is the one official of the article whose office it is
// ("Deputy Secretary of State Wendy Sherman"). It returns that person, or -1
// when no one or more than one holds it, or a name follows the title.
func titledPerson(d *doc, k, at int, r *resolver) int {
	end := k
	for end < at && d.toks[end].cap && d.toks[end].kind == tokWord {
		end++
	}
	bare := end-k == 1 && bareTitles[d.toks[k].key]
	if end == k || end-k > 4 || !roleHeads[d.toks[end-1].key] || end-k == 1 && !bare && d.toks[k].key != "secretary" && d.toks[k].key != "president" {
		return -1 // no title, or a bare word other than the publisher's own offices and bareTitles
	}
	if end < at && (d.toks[end].key == "of" || possessiveMark(d.toks[end].key)) {
		return -1
	}
	words := make([]string, 0, end-k)
	for j := k; j < end; j++ {
		words = append(words, d.toks[j].key)
	}
	title := strings.Join(words, " ")
	if title == "secretary" || title == "president" || title == "vice president" {
		return -1 // the lists decide these (namedHolder)
	}
	return soleOfficial(r, func(_ int, p *personEntity) bool {
		role := strings.ToLower(p.role)
		return role == title || strings.HasPrefix(role, title+" ") || bare && strings.HasSuffix(role, " "+title)
	})
}

// soleOfficial is the one official of the article that fits, or -1 when
// none does or two do: a title or a description names a person only where
// it can name no other.
func soleOfficial(r *resolver, fits func(pi int, p *personEntity) bool) int {
	found := -1
	for pi, p := range r.people {
		if !p.official || !fits(pi, p) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = pi
	}
	return found
}

// lowerTitledPerson is the one official of the article whose office the
// title in lower case at token k names ("the prime minister", "the foreign
// minister"), or -1: two or three words that end in an office's head word,
// with no name, "of" or possessive after them. A bare "president" or
// "secretary" names no one here, as in titledPerson.
func lowerTitledPerson(d *doc, k, end int, r *resolver) int {
	e := -1 // the end of the title: after its last head word ("prime minister")
	for j := k; j < end && j < k+3 && d.toks[j].kind == tokWord && !d.toks[j].cap; j++ {
		if roleHeads[d.toks[j].key] {
			e = j + 1
		} else if e >= 0 {
			break
		}
	}
	if e < 0 {
		return -1
	}
	if e < end && (d.toks[e].cap && d.toks[e].kind == tokWord || d.toks[e].key == "of" || possessiveMark(d.toks[e].key)) {
		return -1 // "the prime minister of Japan", "the foreign minister's visit"
	}
	words := make([]string, 0, e-k)
	for j := k; j < e; j++ {
		words = append(words, d.toks[j].key)
	}
	title := strings.Join(words, " ")
	return soleOfficial(r, func(_ int, p *personEntity) bool { return strings.ToLower(p.role) == title })
}

// titleHolder is the person a capitalised title after "the" at token k
// names ("the Foreign Minister", "the Minister", and in a US release "the
// President" or "the Secretary"): the one official of the article who holds
// it (titledPerson), or the US holder of a publisher's office whom the
// article names (namedHolder). The title must end before token end and no
// name, "of" or possessive may follow it. It returns the person, or -1.
func titleHolder(d *doc, k, end int, r *resolver) int {
	if r.usSource {
		for _, o := range publisherOffices {
			e := k + len(o.words)
			if e > end || !titleWords(d, k, o.words) {
				continue
			}
			if e < end && (d.toks[e].cap && d.toks[e].kind == tokWord || d.toks[e].key == "of" ||
				possessiveMark(d.toks[e].key)) {
				return -1 // "the President of Mexico", "the Vice President Harris", "the President's trip"
			}
			return namedHolder(r, o.role)
		}
	}
	return titledPerson(d, k, end, r)
}

// titledObject is the person the object of the meeting word at names by
// title alone, after being named ("met with the Foreign Minister", "spoke
// with the Minister", "met the President" in a US release), or -1. A title
// other than the publisher's own offices must name someone named in the
// titleReach sentences up to sentence si (recent): further back, "the
// Prime Minister" is as likely another state's, unnamed ("In Israel, the
// President will meet with the Prime Minister", long after a Japanese one).
func titledObject(d *doc, s sentence, at int, r *resolver, recent func(pi int) bool) int {
	if at < 0 {
		return -1
	}
	k := at + 1
	if k < s.t1 && d.toks[k].key == "with" {
		k++
	}
	if k+1 >= s.t1 || d.toks[k].key != "the" {
		return -1
	}
	if !d.toks[k+1].cap {
		// "met the prime minister": a title in lower case, as news writes it
		if pi := lowerTitledPerson(d, k+1, s.t1, r); pi >= 0 && recent(pi) {
			return pi
		}
		return -1
	}
	if r.usSource && publisherTitle(d, k+1, s.t1) {
		return titleHolder(d, k+1, s.t1, r)
	}
	if pi := titledPerson(d, k+1, s.t1, r); pi >= 0 && recent(pi) {
		return pi
	}
	return -1
}

// demonymObject is the person the object of the meeting word at names by
// a demonym and no name ("met his Indian counterpart", "spoke with her
// Chinese counterpart", "met the Ukrainian minister", "met the Chinese
// envoy"): the one official of that country named near the sentence
// (near), or -1. One named in the object itself ("his Indian counterpart,
// External Affairs Minister …") is already the sentence's; a plural
// ("their Indian counterparts") is left alone, for it may name several.
func demonymObject(d *doc, s sentence, at int, r *resolver, subjects []int, near func(pi int) bool) int {
	if at < 0 {
		return -1
	}
	k := at + 1
	if k+1 < s.t1 && d.toks[k].key == "by" && callMedia[d.toks[k+1].key] {
		k += 2 // "spoke by phone with"
	}
	if k < s.t1 && (d.toks[k].key == "with" || d.toks[k].key == "to") {
		k++
	}
	if k+2 >= s.t1 {
		return -1
	}
	det := d.toks[k].key
	if det != "his" && det != "her" && det != "the" {
		return -1
	}
	sp := d.spanOf(k + 1)
	if sp == nil || sp.phrase.Kind != gazetteer.KindDemonym || sp.t0 != k+1 || sp.t1 >= s.t1 {
		return -1
	}
	noun := d.toks[sp.t1]
	if noun.cap || !(noun.key == "counterpart" || det == "the" && demonymNouns[noun.key]) {
		return -1 // "the Chinese Foreign Minister Wang Yi" names its person
	}
	if e := sp.t1 + 1; e < s.t1 && (d.toks[e].key == "of" || possessiveMark(d.toks[e].key)) {
		return -1 // "the Chinese minister of commerce", "the Indian minister's visit"
	}
	code := sp.phrase.Code
	return soleOfficial(r, func(pi int, p *personEntity) bool {
		if p.country != code || !near(pi) {
			return false
		}
		// "Secretary Austin spoke with his Russian counterpart" is not Foreign Minister Lavrov
		return noun.key != "counterpart" || !slices.ContainsFunc(subjects, func(q int) bool { return !samePortfolio(r.people[q].role, p.role) })
	})
}

// samePortfolio: two roles may be counterparts. Where both roles name a
// portfolio (foreign affairs, defence, finance, national security, the
// head of state or government), it must be the same: a Secretary of
// State's counterpart is a foreign minister, not a president. A role that
// names none ("Vice Premier", "Special Envoy", a briefing's "Secretary")
// may be anyone's but a head of state's or government's, whose counterpart
// is another such head, or an officer's, whose counterpart is another officer.
func samePortfolio(a, b string) bool {
	pa, pb := portfolio(a), portfolio(b)
	if pa == "leader" || pb == "leader" || pa == "military" || pb == "military" {
		return pa == pb
	}
	return pa == "" || pb == "" || pa == pb
}

// portfolio is the field a role's office covers, or "" where it names none.
func portfolio(role string) string {
	role = strings.ToLower(role)
	switch {
	case strings.Contains(role, "foreign") || strings.Contains(role, "external affairs") || role == "secretary of state" || strings.HasSuffix(role, " secretary of state"):
		return "foreign"
	case strings.Contains(role, "defense") || strings.Contains(role, "defence"):
		return "defense"
	case strings.Contains(role, "finance") || strings.Contains(role, "treasury"):
		return "finance"
	case strings.Contains(role, "national security"):
		return "security"
	case leaderRoles[role]:
		return "leader"
	case officerRole(role):
		return "military" // "General Milley … his Russian counterpart" is no foreign minister
	}
	return ""
}

// leaderRoles are the offices of heads of state or government (portfolio).
var leaderRoles = setOf("president", "prime minister", "chancellor", "premier", "king", "queen", "emir", "amir", "sultan", "taoiseach", "crown prince")

// callMedia are the means of "spoke by phone with" (demonymObject).
var callMedia = setOf("phone", "telephone", "video", "videoconference")

// demonymNouns name an official after "the" and a demonym ("the Ukrainian
// minister", "the Chinese envoy"), in lower case: a capitalised one is a
// title, and a name follows it.
var demonymNouns = setOf("minister", "envoy", "diplomat", "leader", "president", "premier", "chancellor", "counterpart")

// titleReach is how many sentences back a title alone reaches for the
// person it names (titledObject).
const titleReach = 3

// publisherTitle: the capitalised words at token k are one of the
// publisher's own offices ("the President", "the Secretary").
func publisherTitle(d *doc, k, end int) bool {
	for _, o := range publisherOffices {
		if k+len(o.words) <= end && titleWords(d, k, o.words) {
			return true
		}
	}
	return false
}

// bareTitles name by their head alone the one official of the article whose
// office ends in it: "the Minister" after "Foreign Minister Dmytro Kuleba".
var bareTitles = setOf("minister", "ambassador", "chancellor", "premier")

// officerReach is how many tokens before the meeting word the subject's
// title may start ("The President will also meet with", "the Secretary will
// hold a bilateral meeting with"); further back it is some other clause's
// ("the President received an update on the Vice President’s meetings").
const officerReach = 7

// possessiveMark: the token is the possessive "'s", typed straight or curly.
func possessiveMark(key string) bool { return key == "'s" || key == "’s" }

// possessiveBetween: a possessive stands in tokens (k, at): the meeting
// word is someone else's ("the Vice President’s meetings").
func possessiveBetween(d *doc, k, at int) bool {
	for j := k + 1; j < at; j++ {
		if possessiveMark(d.toks[j].key) {
			return true
		}
	}
	return false
}

// titleWords: the capitalised words of a title start at token k.
func titleWords(d *doc, k int, words []string) bool {
	for j, w := range words {
		if t := &d.toks[k+j]; !t.cap || t.key != w {
			return false
		}
	}
	return true
}

// namedHolder is the person of the article who holds the US office role on
// the article's date by the official lists, or -1.
func namedHolder(r *resolver, role string) int {
	for o := range listedHolders("US", role, r.date) {
		k := gazetteer.NameKey(o.Name)
		for pi, p := range r.people {
			if p.official && strings.Join(p.words, " ") == k {
				return pi
			}
		}
	}
	return -1
}

// callToAction: "a call to action", "a call for peace", "calls for restraint"
// ask for something, "calls on President Kiir to de-escalate" urges, and "as
// we call it" names something; they are no phone call.
func callToAction(d *doc, i, s1 int) bool {
	if i+1 >= s1 {
		return false
	}
	switch d.toks[i+1].key {
	case "for", "it":
		return true // "a call for peace", "as we call it"
	case "on", "upon": // "calls on President Kiir … to de-escalate"; a courtesy call on someone is a visit
		if i+2 < s1 {
			// "held a call on Monday", "a call on June 3": the call's day
			next := d.toks[i+2].key
			_, weekday := weekdayByName[next]
			_, month := monthByName[next]
			if weekday || month || next == "the" && i+3 < s1 && d.toks[i+3].key == "phone" {
				return false
			}
		}
		return i == 0 || d.toks[i-1].key != "courtesy"
	case "to":
		return i+2 < s1 && d.toks[i+2].key == "action"
	}
	return false
}

// oneVoice: "speak with one voice", "speak with a single voice" is unity,
// not a conversation with anyone; "I'll let Mr. Putin speak for why …",
// "let Indian leaders speak for themselves" leaves the answer to them.
func oneVoice(d *doc, i, s1 int) bool {
	if i+1 < s1 && d.toks[i+1].key == "for" {
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			if d.toks[k].key == "let" || d.toks[k].key == "i'll" && k+1 < i && d.toks[k+1].key == "let" {
				return true
			}
		}
	}
	if i+2 >= s1 || d.toks[i+1].key != "with" {
		return false
	}
	switch d.toks[i+2].key {
	case "one":
		return true
	case "a":
		return i+3 < s1 && (d.toks[i+3].key == "single" || d.toks[i+3].key == "united" || d.toks[i+3].key == "common")
	}
	return false
}

// speaksOf: "You speak of your uncle's service in the Pacific", "as the
// President spoke of earlier" talk of a subject, not with anyone; "we spoke
// of this collaboration" (after "I was with President Duda yesterday") is
// still the two talking.
func speaksOf(d *doc, i, s1 int) bool {
	if i+1 >= s1 || d.toks[i+1].key != "of" {
		return false
	}
	k := i - 1
	for k >= 0 && (perfectAux[d.toks[k].key] || d.toks[k].key == "also" || d.toks[k].key == "both") {
		k--
	}
	return k < 0 || d.toks[k].key != "we" && d.toks[k].key != "we've"
}

// speaksAt: the speaking word at token i is a speech at an event or a
// place ("spoke at a conference in Geneva", "spoke at the United
// Nations"), not a call: "spoke at length with" still tells of two talking.
func speaksAt(d *doc, i, s1 int) bool {
	return i+2 < s1 && d.toks[i+1].key == "at" && d.toks[i+2].key != "length"
}

// agoApart: of two candidates of the same people, one dated by "… ago"
// ("we met in Israel a few weeks ago") and one not ("it's a pleasure to
// welcome Defense Minister Gantz today"), are two encounters, unless both
// fall on the same day: the "ago" one lies before the article's day, and
// its vaguer date ("2021") only seems compatible with the other.
func agoApart(a, b meetingCand) bool {
	return a.ago != b.ago && a.date != b.date
}

// seriesWords tell of several encounters ("in previous meetings with
// President Biden"), not of one before the article's day.
var seriesWords = setOf("meetings", "calls", "visits", "conversations", "discussions", "trips")

// toldAsEarlierOne: the held encounter whose meeting word is at token at,
// of kind kind, is one told by a word as before the article's day
// (earlierOnce); not a series ("previous meetings") and not a visit, which
// is as often to a country as to its people ("since my last visit here").
func toldAsEarlierOne(d *doc, at, s0, s1 int, kind string) bool {
	return at >= 0 && kind != "visit" && !seriesWords[d.toks[at].key] && earlierOnce(d, at, s0, s1)
}

// earlierApart: of two held candidates of the same people, one told as
// before the article's day with no date ("we last saw each other at the
// launch of the Indo-Pacific Framework") and one dated ("welcome to the
// White House" today) are two encounters: the undated one is not a vaguer
// telling of the dated one.
func earlierApart(a, b meetingCand) bool {
	return a.earlier && b.date != "" || b.earlier && a.date != ""
}

// negationWords deny what follows them: "was not able to attend the D-ISIS
// Ministerial", "did not meet", "has never spoken with", "unable to travel".
var negationWords = setOf("not", "n't", "n’t", "never", "unable", "cannot", "no")

// negates: word key is a negation ("not", "never", "don't").
func negates(key string) bool {
	return negationWords[key] || strings.HasSuffix(key, "n't") || strings.HasSuffix(key, "n’t")
}

// clauseBreaks end the clause a negation governs.
var clauseBreaks = setOf(",", ";", ":", "and", "but", "while", "which", "who", "after", "before", "when")

// negatedTrigger: the meeting word at i is denied by a negation a few words
// before it in its clause ("his regret he was not able to attend the D-ISIS
// Ministerial"; "President Biden did not speak with President Putin"): no
// encounter is told. "Not only met with …" still tells one.
func negatedTrigger(d *doc, i, s0 int) bool {
	for k := i - 1; k >= s0 && k >= i-6; k-- {
		key := d.toks[k].key
		if clauseBreaks[key] {
			return false
		}
		if counterfactual(d, k, i) {
			return true
		}
		if negates(key) {
			next := ""
			if k+1 < i {
				next = d.toks[k+1].key
			}
			return next != "only" && next != "just" && next != "least" && next != "long"
		}
	}
	return false
}

// refusalWords turn down an encounter: "declined to meet", "refused to
// speak with", "ruled out a meeting with".
var refusalWords = setOf("declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing")

// refusedTrigger: the meeting word at i is what someone refused, a verb of
// meeting after "declined to", "refused to", "yet to" or "no plan for … to"
// in its clause ("Foreign
// Minister Wang declined to meet Secretary Blinken", "refused to speak with
// … by phone"), or what "ruled out" took as its object ("ruled out a
// meeting with", "ruled out any talks with"): no encounter. Only the
// verb's own complement counts: "declined to comment on the meeting"
// still tells of one.
func refusedTrigger(d *doc, i, s0 int) bool {
	for k := i; k-2 >= s0 && k >= i-12; k-- {
		if k < i && clauseBreaks[d.toks[k].key] {
			break
		}
		if w := d.toks[k-2].key; beToVerbs[d.toks[k].key] && d.toks[k-1].key == "to" && (refusalWords[w] || w == "yet" || noPlanFor(d, k-1, s0)) { // "has yet to meet": none so far
			return true
		}
	}
	k := i - 1
	if k >= s0 {
		switch d.toks[k].key {
		case "a", "an", "any", "the":
			k--
		}
	}
	return k-1 >= s0 && d.toks[k].key == "out" && d.toks[k-1].key == "ruled"
}

// noPlanFor: the "to" at k ends "no plan for … to" ("there's no plan for
// Presidents Biden and Putin to speak", "no current plans for the
// President to travel"): the people between are the ones who will not
// meet, so no clause break but a finite verb or a ", and" ends the search.
func noPlanFor(d *doc, k, s0 int) bool {
	for j := k - 1; j-2 >= s0 && j >= k-10; j-- {
		switch key := d.toks[j].key; key {
		case ";", ":", "is", "are", "was", "were", "will":
			return false
		case ",":
			if next := d.toks[j+1].key; next == "and" || next == "but" {
				return false
			}
		case "for":
			plan := d.toks[j-1].key
			if plan != "plan" && plan != "plans" {
				return false
			}
			no := d.toks[j-2].key
			if (no == "current" || no == "immediate") && j-3 >= s0 {
				no = d.toks[j-3].key
			}
			return no == "no"
		}
	}
	return false
}

// cancelWords call an encounter off: "cancelled his meeting with", "the
// talks were called off".
var cancelWords = setOf("cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling", "scrapped", "scraps", "scrap")

// cancelledTrigger: the meeting word at i is called off before it in its
// clause ("Secretary Blinken cancelled his meeting with Foreign Minister
// Lavrov") or after it ("the meeting between … was cancelled", "… did not
// take place", "never happened", "will not go ahead"; not "did not take
// military action"): neither held nor scheduled, so no
// encounter (GUIDELINES: reported as having happened, or as scheduled).
func cancelledTrigger(d *doc, i, s0, s1 int) bool {
	return cancelledBefore(d, i, s0) || cancelledAfter(d, i, s1)
}

// cancelledBefore: a cancel word or "called off" up to four words before the
// meeting word at i, in its clause ("cancelled his meeting with").
func cancelledBefore(d *doc, i, s0 int) bool {
	for k := i - 1; k >= s0 && k >= i-4; k-- {
		if key := d.toks[k].key; cancelWords[key] || key == "called" && k+1 < i && d.toks[k+1].key == "off" {
			return true
		} else if clauseBreaks[key] {
			return false
		}
	}
	return false
}

// cancelledAfter: within twenty words after the meeting word at i, before a
// semicolon or colon ends what it says of the meeting, the meeting is
// called off (passiveCancelAt) or did not happen (notHappenedAt).
func cancelledAfter(d *doc, i, s1 int) bool {
	for k := i + 1; k+1 < s1 && k <= i+20; k++ {
		if key := d.toks[k].key; key == ";" || key == ":" {
			return false
		}
		if passiveCancelAt(d, k, s1) || notHappenedAt(d, k, s1) {
			return true
		}
	}
	return false
}

// passiveCancelAt: "was cancelled", "were scrapped", "been called off" at k.
func passiveCancelAt(d *doc, k, s1 int) bool {
	key, next := d.toks[k].key, d.toks[k+1].key
	if key != "was" && key != "were" && key != "been" {
		return false
	}
	return cancelWords[next] || next == "called" && k+2 < s1 && d.toks[k+2].key == "off"
}

// notHappenedAt: "did not take place", "never happened", "will not go
// ahead" at k; "did not take military action" is no such phrase.
func notHappenedAt(d *doc, k, s1 int) bool {
	if key := d.toks[k].key; key != "not" && key != "never" {
		return false
	}
	switch d.toks[k+1].key {
	case "happen", "happened":
		return true
	case "take", "took":
		return k+2 < s1 && d.toks[k+2].key == "place"
	case "go":
		return k+2 < s1 && d.toks[k+2].key == "ahead"
	}
	return false
}

// inPersonName: a place span lies inside a person's name ("Victoria" of
// "Victoria Nuland", "Jordan" of "Michael Jordan"): it places nothing.
func inPersonName(sp span, mentionIdx []int, r *resolver) bool {
	for _, mi := range mentionIdx {
		if m := &r.mentions[mi]; r.mentionOf[mi] >= 0 && sp.t0 < m.t1 && m.t0 < sp.t1 {
			return true
		}
	}
	return false
}

// scheduleDay reads the day of a public schedule from its headline
// ("Public Schedule – June 25, 2021"), or "".
func scheduleDay(title string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(title), "Public Schedule")
	if !ok {
		return ""
	}
	rest = strings.TrimLeft(rest, " –—-:")
	if t, err := time.Parse("January 2, 2006", strings.TrimSpace(rest)); err == nil {
		return dayOf(t)
	}
	return ""
}

// onSchedule: the undated encounters of a public schedule ("4:00 p.m.
// Secretary Blinken meets with …") fall on the schedule's day, which is
// often the day after it was published; they are then planned, not held.
func onSchedule(cs []meetingCand, title, pubDate string) []meetingCand {
	day := scheduleDay(title)
	if day == "" || day == pubDate {
		return cs
	}
	for k := range cs {
		if c := &cs[k]; c.dateDefault {
			c.date, c.dateDefault = day, false
			if day > pubDate {
				c.status = "planned"
			}
		}
	}
	return cs
}

// conversationVerb: a call word that tells of two people talking ("spoke",
// "call", "phone"), not of the medium of a gathering ("virtual", "video"):
// a summit named after it is what they talked about ("spoke today … to
// reaffirm the vision of the November 2021 North American Leaders' Summit"),
// while "the virtual NATO Foreign Ministerial" is still a gathering.
func conversationVerb(tr trigger, key string) bool {
	switch key {
	case "virtual", "virtually", "video", "videoconference":
		return false
	}
	return tr.kind == "call" && tr.strong
}

// peopleNouns name a group of people one meets: "met with senior government
// officials, including …".
var peopleNouns = setOf("officials", "leaders", "counterparts", "ministers", "members", "representatives",
	"delegations", "delegation", "authorities", "interlocutors", "dignitaries", "officers", "heads", "envoys",
	"advisors", "advisers", "aides", "colleagues", "ambassadors", "lawmakers", "legislators", "parliamentarians")

// includeWindow is how far before "including" the group of people met may
// be named ("the heads of the Rome-Based Food Security Agencies today in
// Rome, including …").
const includeWindow = 12

// includesWhomMet: "including" at token i lists the people met, not the
// topics, when it follows a group of people ("met with senior government
// officials, including Prime Minister Najla Bouden, Foreign Minister Othman
// Jerandi"), also one whose name goes on ("met with the heads of the
// Rome-Based Food Security Agencies today in Rome, including …", "met with
// President-Elect Marcos and his advisors, including …"); after a topic
// ("discussed issues, including Putin's war") or a purpose ("to …") it
// still ends the participants.
func includesWhomMet(d *doc, i, s0 int) bool {
	if d.toks[i].key != "including" {
		return false
	}
	for k := i - 1; k >= s0 && k >= i-includeWindow; k-- {
		key := d.toks[k].key
		switch {
		case peopleNouns[key]:
			return true
		case key == "on" && k > s0 && peopleNouns[d.toks[k-1].key] && sidesOrTrip(d, k+1, i):
			return true // "leaders on both sides, including …"
		case topicStops[key] || key == "to" || key == "on" || key == "about":
			return false
		}
	}
	return false
}

// sidesOrTrip: tokens [a, b) after a group of people's "on" tell which of
// them, not a topic: "both sides", "all sides", "either side", "this trip"
// ("met with elected leaders on both sides, including Prime Minister …",
// "will see a dozen leaders on this trip, including King …"), then a comma.
func sidesOrTrip(d *doc, a, b int) bool {
	if b-a != 3 || d.toks[b-1].text != "," {
		return false
	}
	det, noun := d.toks[a].key, d.toks[a+1].key
	switch noun {
	case "side", "sides":
		return det == "both" || det == "all" || det == "either" || det == "each"
	case "trip", "visit", "tour":
		return det == "this" || det == "the" || det == "his" || det == "her" || det == "that"
	}
	return false
}

// sameVice: a title written by itself ("the Vice President", "the
// President") is a "vice" office exactly when the role is: "the Vice
// President" is Vice President Harris, and "the President" is not. titleOnly
// asks it for the title in tokens [t0, t1).
func sameVice(d *doc, t0, t1 int, role string) bool {
	vice := false
	for j := t0; j < t1; j++ {
		vice = vice || d.toks[j].key == "vice"
	}
	return vice == strings.Contains(strings.ToLower(role), "vice")
}

// onBehalfOf: an official named just after "on behalf of" ("conveyed
// condolences on behalf of President Biden", "On behalf of Secretary Antony
// J. Blinken, Under Secretary Nuland will join …") is represented, not
// present. The mention starts at token t0; titles before it are skipped.
func onBehalfOf(d *doc, t0, s0 int) bool {
	k := t0 - 1
	for k >= s0 && k >= t0-4 && d.toks[k].cap && d.toks[k].kind == tokWord {
		k--
	}
	return k-1 >= s0 && d.toks[k].key == "of" && d.toks[k-1].key == "behalf"
}

// futureHeadlineVerbs follow "to" in a headline that announces an encounter:
// "President Biden to Host His Majesty King Abdullah II of Jordan".
var futureHeadlineVerbs = []string{" to host ", " to meet ", " to welcome ", " to visit ", " to hold ", " to speak ", " to receive "}

// futureHeadline: a headline written "X to Host Y" (news style for "X will
// host Y") announces a planned encounter. low is the lower-case headline.
func futureHeadline(low string) bool {
	return slices.ContainsFunc(futureHeadlineVerbs, func(v string) bool { return strings.Contains(low, v) })
}

// welcomesSomeone: "welcome" with a title or name right after it ("is
// pleased to welcome His Majesty King Abdullah II", "welcomed Prime
// Minister Kishida to the White House") reports an encounter by itself, as
// "met" does; "welcomed the decision of President X" does not.
func welcomesSomeone(d *doc, i, s1 int) bool {
	if i+1 >= s1 {
		return false
	}
	n := &d.toks[i+1]
	if n.key == "the" {
		return welcomesTheTitled(d, i, s1)
	}
	return n.kind == tokWord && n.cap
}

// welcomesTheTitled: "welcome" at token i, then "the" and a capitalised
// title ("looks forward to welcoming the Prime Minister of Iraq, Mustafa
// Al-Kadhimi, to the White House", "will welcome the Chancellor of Germany
// to the White House, Chancellor Scholz") welcomes a person, as a title
// without "the" does; the title's own thing does not (theTitlesThing).
func welcomesTheTitled(d *doc, i, s1 int) bool {
	titled, owned := theTitle(d, i, s1)
	return titled && !owned
}

// theTitle reads "the" and a capitalised run after token i: titled when the
// run holds an office's head word ("the Prime Minister of Iraq", "the
// Ukrainian Foreign Minister"), owned when a possessive follows soon, before
// a comma or "to" ("the Prime Minister's announcement", "the President of
// Colombia's commitment", "the Leaders' Statement"): the title owns a thing.
func theTitle(d *doc, i, s1 int) (titled, owned bool) {
	if i+1 >= s1 || d.toks[i+1].key != "the" {
		return false, false
	}
	for k := i + 2; k < s1 && k < i+8 && d.toks[k].cap && d.toks[k].kind == tokWord; k++ {
		titled = titled || roleHeads[d.toks[k].key]
	}
	for k := i + 2; k < s1 && k < i+12; k++ {
		switch d.toks[k].key {
		case "'s", "'":
			return titled, true
		case ",", "to":
			return titled, false
		}
	}
	return titled, false
}

// welcomesAThing: "welcomed the statement by …", "welcomes an agreement of
// …", "welcomed today's announcement from …": a thing welcomed, owned by the
// official named after it, is no encounter with that official. The thing is
// one lower-case word after a determiner, then "by", "of" or "from"; "the
// visiting Foreign Minister" is a person. A title's own thing ("welcomed
// the Foreign Minister's announcement", theTitle) is a thing too.
func welcomesAThing(d *doc, i, s1 int) bool {
	if titled, owned := theTitle(d, i, s1); titled && owned {
		return true // "welcomed the Foreign Minister's announcement"
	}
	if i+3 >= s1 {
		return false
	}
	switch d.toks[i+1].key {
	case "the", "a", "an", "this", "today's", "today’s":
	default:
		return false
	}
	thing := &d.toks[i+2]
	if thing.kind != tokWord || thing.cap || thing.key == "visiting" {
		return false
	}
	switch d.toks[i+3].key {
	case "by", "of", "from":
		return true
	}
	return false
}

// goingTo: "going to" at token i speaks of the future ("President Erdoğan
// and President Biden are going to meet", "the conversation … is going to
// cover a wide range of topics"), and so does "is to" or "are to" before a
// verb of meeting ("Blinken is to meet Jaishankar on Friday", "her reason
// for going to Munich is to meet with …"), and "set to", "due to" or
// "slated to" before one ("is set to meet", "is due to hold talks"; not
// "due to the talks", "set to work").
func goingTo(d *doc, i, s1 int) bool {
	switch d.toks[i].key {
	case "going":
		return i+1 < s1 && d.toks[i+1].key == "to"
	case "is", "are", "set", "due", "slated":
		return i+2 < s1 && d.toks[i+1].key == "to" && beToVerbs[d.toks[i+2].key]
	}
	return false
}

// headlineInfinitive: a sentence in the form of a headline, its subject a
// name that opens it and "to" before the verb of meeting at i ("President
// Joe Biden to host Prime Minister Kishida on Friday", "Blinken to meet
// Wang in Bali"), tells what is planned, as futureHeadline does for a
// title. A name inside the sentence does not open it ("… sent Blinken to
// meet …").
func headlineInfinitive(d *doc, s sentence, mentionIdx []int, r *resolver, i int) bool {
	if i-1 <= s.t0 || d.toks[i-1].key != "to" || !beToVerbs[d.toks[i].key] {
		return false
	}
	for _, mi := range mentionIdx {
		if m := &r.mentions[mi]; m.t1 == i-1 {
			return m.t0 <= s.t0+2 // "U.S. President Joe Biden", "Secretary Blinken"
		}
	}
	return false
}

// jointPressConference: "conference" at i ends "joint press conference" or
// "joint news conference", which two leaders give together after they met
// ("Remarks by President Biden and Prime Minister Kishida in Joint Press
// Conference"): a meeting word, as "joint press availability" is. Any
// other conference ("a press conference", "the Conference on Disarmament")
// is none.
func jointPressConference(d *doc, i int) bool {
	if i < 2 || d.toks[i-2].key != "joint" {
		return false
	}
	switch d.toks[i-1].key {
	case "press", "news":
		return true
	}
	return false
}

// settledTo are the words that goingTo reads before "to" and a verb of
// meeting besides "is" and "are": "set to", "due to", "slated to".
var settledTo = setOf("set", "due", "slated")

// beToVerbs are the verbs of meeting that "is to" puts in the future.
var beToVerbs = setOf("meet", "travel", "visit", "host", "hold", "speak", "attend", "call", "welcome", "receive", "sign", "join")

// hypotheticalWords, before the meeting word of a question, ask whether an
// encounter will or may happen: "is there any update on when President Biden
// may speak … with President Xi?", "will you meet with Senator McConnell?".
var hypotheticalWords = setOf("whether", "if", "any", "may", "might", "could", "would", "should", "will",
	"ever", "plans", "plan", "expect", "expecting", "possible", "possibility")

// askedAbout: the sentence is a question and a hypothetical word stands
// before its meeting word at: no encounter is reported. A question that
// presupposes one ("the meeting between President Biden and President
// Erdogan on Monday?") still tells it.
func askedAbout(d *doc, s sentence, at int) bool {
	if s.t1 <= s.t0 || d.toks[s.t1-1].text != "?" {
		return false
	}
	for k := s.t0; k < at; k++ {
		if t := &d.toks[k]; hypotheticalWords[t.key] && !t.cap || t.key == "will" || t.key == "would" {
			return true
		}
	}
	return yesNoQuestion(d, s, at)
}

// yesNoAux open a question that asks whether something is so.
var yesNoAux = setOf("has", "have", "had", "did", "does", "do", "is", "are", "was", "were")

// timeClauses tell when something happened: "Did he raise it when the
// President spoke with …?" takes the encounter as told.
var timeClauses = setOf("when", "while", "since", "after", "before", "during", "in", "on")

// yesNoQuestion: the question opens with an auxiliary ("Has the President
// spoken directly to Pope Francis?", "Q Jen, did the President speak with
// Prime Minister Modi about this?", "is the Secretary going to meet Minister
// of Defense Gantz?") and asks whether the encounter at was; a question that
// places its own ask in the time of the encounter ("Did they discuss it when
// the President spoke with …?") still tells it.
func yesNoQuestion(d *doc, s sentence, at int) bool {
	k := askOpening(d, s, at, questionOpeners)
	if k >= at || !yesNoAux[d.toks[k].key] {
		return false
	}
	for j := k + 1; j < at; j++ {
		if timeClauses[d.toks[j].key] {
			return false
		}
	}
	return true
}

// questionOpeners may stand before a question's first word: "Q And did …".
var questionOpeners = setOf("and", "so", "but", "also", "first", "second")

// askOpening is the first word of a reporter's sentence s before at, past
// the turn's "Q" or "QUESTION", the briefer it addresses ("Jen, did …") and
// the openers (questionOpeners, premiseOpeners); at where none is left.
func askOpening(d *doc, s sentence, at int, openers map[string]bool) int {
	k := s.t0
	for k < at {
		t := &d.toks[k]
		switch {
		case t.kind != tokWord, t.key == "q", t.key == "question", openers[t.key]:
			k++
			continue
		case t.cap && k+1 < at && d.toks[k+1].text == ",": // "Jen, did …"
			k += 2
			continue
		}
		break
	}
	return k
}

// openingWords start an adverbial a sentence may open with before its
// subject: "In Ramallah, he will meet with …", "While there, she will …",
// "Soon after, he met …", "That evening, she spoke with …".
var openingWords = setOf("in", "while", "on", "from", "after", "then", "during", "later", "there",
	"soon", "shortly", "afterwards", "afterward", "subsequently", "that", "earlier", "next")

// afterOpening is the first token after a short opening adverbial ended by a
// comma ("In Ramallah, he will meet with President Abbas"), or the
// sentence's first token when it has none.
func afterOpening(d *doc, s sentence) int {
	if s.t0 >= s.t1 || !openingWords[d.toks[s.t0].key] {
		return s.t0
	}
	for k := s.t0 + 1; k < s.t1 && k <= s.t0+8; k++ {
		if d.toks[k].text == "," {
			return k + 1
		}
	}
	return s.t0
}

// clauseStart is the first word of the sentence or clause after any
// opening phrase (afterOpening) and a conjunction that joins it to the
// clause before (", and the two will meet again").
func clauseStart(d *doc, s sentence) int {
	k := afterOpening(d, s)
	for k < s.t1 && d.toks[k].kind != tokWord {
		k++
	}
	if k+1 < s.t1 && (d.toks[k].key == "and" || d.toks[k].key == "but") {
		k++
	}
	return k
}

// counterfactual: "would have", "could have", "should have" or "might have" at
// token k, before the meeting word at i, tells what did not happen ("we would
// have all loved to have met under different circumstances").
func counterfactual(d *doc, k, i int) bool {
	switch d.toks[k].key {
	case "would", "could", "should", "might":
		return k+1 < i && d.toks[k+1].key == "have"
	}
	return false
}

// clauseOpeners open a clause that can tell an encounter of its own after a
// comma: "…, and then met with", "…, before he met with", "…, I spoke with".
var clauseOpeners = setOf("and", "but", "then", "before", "after", "while", "where", "he", "she", "i", "we", "they", "followed")

// subjectPronouns open a clause after "before" or "after" without a comma
// ("had a phone call with President Zelensky … before he met with President Putin").
var subjectPronouns = setOf("he", "she", "i", "we", "they")

// encounterClauses splits a sentence that tells two encounters one after the
// other into one clause each, so that the people of one are not taken to
// have met the people of the other ("After Secretary Blinken had an
// opportunity to speak with Foreign Minister Lavrov, he then … spoke with
// NATO Secretary General Jens Stoltenberg"; "Following the President's video
// call with Trudeau on Friday, I spoke with Jody Thomas"). A clause ends
// before a comma or semicolon that opens a new clause, or before "before" or
// "after" and a pronoun, and only where each side holds a strong meeting
// word with someone named after it. Any other sentence is one clause.
func encounterClauses(d *doc, s sentence, mentions []int, r *resolver) []sentence {
	if len(mentions) < 2 {
		return []sentence{s}
	}
	if k := ownedAdjunctEnd(d, s, mentions, r); k > 0 {
		return append([]sentence{subSentence(d, s.t0, k)}, encounterClauses(d, subSentence(d, k+1, s.t1), mentions, r)...)
	}
	var out []sentence
	t0, last := s.t0, -1 // start of the open clause, its last strong meeting word
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if t.kind != tokWord {
			continue
		}
		if tr, ok := triggerAt(d, i, s.t1); !ok || !tr.strong || d.spanAt[i] >= 0 || bilateralModifier(d, i, s.t1) {
			continue
		}
		if last >= 0 && (namedBetween(mentions, r, i, s.t1) || pairSubject(d, s.t0, i)) {
			if k := clauseBreak(d, last, i, mentions, r); k > 0 {
				out = append(out, subSentence(d, t0, k))
				t0 = k
				if d.toks[k].kind == tokPunct {
					t0 = k + 1
				}
			}
		}
		last = i
	}
	if len(out) == 0 {
		return []sentence{s}
	}
	return append(out, subSentence(d, t0, s.t1))
}

// pairSubject: "the two" or "they" is the subject of the meeting word at
// token i, right after the "and" or "but" that opens its clause ("met … on
// Monday, and the two will meet again in Kyiv next month").
func pairSubject(d *doc, s0, i int) bool {
	for k := i - 1; k > s0 && k >= i-5; k-- {
		key := d.toks[k].key
		if key == "they" || key == "two" && d.toks[k-1].key == "the" {
			if key == "two" {
				k--
			}
			return k > s0 && (d.toks[k-1].key == "and" || d.toks[k-1].key == "but")
		}
		if !twoAuxiliaries[key] {
			return false
		}
	}
	return false
}

// clauseBreak is the last token between the meeting words at a and b that
// opens a new clause, after someone named after a, or 0.
func clauseBreak(d *doc, a, b int, mentions []int, r *resolver) int {
	for k := b - 1; k > a+1; k-- {
		t := &d.toks[k]
		next := d.toks[k+1].key
		brk := t.text == ";" ||
			t.text == "," && clauseOpeners[next] ||
			(t.key == "before" || t.key == "after") && subjectPronouns[next] || thatClauseOfItsOwn(d, k) ||
			coordinatedEncounter(d, k, b) || gerundAfterBefore(d, k, b) || repeatedEncounter(d, k, a, b)
		if brk {
			if namedBetween(mentions, r, a, k) {
				return k
			}
			return 0
		}
	}
	return 0
}

// namedBetween: an official is named in the tokens [from, to).
func namedBetween(mentions []int, r *resolver, from, to int) bool {
	for _, mi := range mentions {
		m := &r.mentions[mi]
		if m.t0 > from && m.t0 < to && r.mentionOf[mi] >= 0 && r.people[r.mentionOf[mi]].official {
			return true
		}
	}
	return false
}

func subSentence(d *doc, t0, t1 int) sentence {
	return sentence{start: d.toks[t0].start, end: d.toks[t1-1].end, t0: t0, t1: t1}
}

// mentionsIn keeps the mentions that start in the tokens of s.
func mentionsIn(mentions []int, r *resolver, s sentence) []int {
	var out []int
	for _, mi := range mentions {
		if m := &r.mentions[mi]; m.t0 >= s.t0 && m.t0 < s.t1 {
			out = append(out, mi)
		}
	}
	return out
}

// clauseSubject is who the first clause's encounter is of, for a later
// clause that names no one before its meeting word ("…, he then spoke with",
// "…, where she met with", "…, and sat down to meet with"): its first
// participant, named first or added as the clause's unnamed subject
// ("Before her visit to Ethiopia, Administrator Power spent four days in
// Sudan, where she met with …"); -1 when it has none.
func clauseSubject(f sentenceFacts) int {
	if len(f.people) == 0 {
		return -1
	}
	return f.people[0]
}

// carriesSubject: a later clause names no one before its meeting word and
// does not open with a subject of its own other than "he" or "she" ("and I
// spoke", "we met" are someone else's).
func carriesSubject(d *doc, s sentence, at int, mentions []int, r *resolver) bool {
	if at < 0 || namedBetween(mentions, r, s.t0-1, at) {
		return false
	}
	for k := s.t0; k < at; k++ {
		switch pronounOf(d.toks[k].key) {
		case "i", "we", "they", "you":
			return false
		}
	}
	return true
}

// afterLabel is the first token after a transcript's speaker label ("MR.
// SULLIVAN:", "SECRETARY BLINKEN:"), or the sentence's first token.
func afterLabel(d *doc, s sentence) int {
	for k := s.t0; k < s.t1 && k < s.t0+7; k++ {
		t := &d.toks[k]
		if t.text == ":" {
			if k > s.t0 {
				return k + 1
			}
			return s.t0
		}
		if t.kind != tokWord || !t.upper {
			return s.t0
		}
	}
	return s.t0
}

// tripWords name the journey a briefing's headline previews.
var tripWords = setOf("trip", "travel", "travels", "visit", "day", "meetings", "meeting", "participation")

// tripOf is whose trip a briefing's headline is about: the official named or
// titled as its owner ("Previewing the Vice President’s Trip to Munich",
// "Previewing President Biden’s Second Day in the Republic of Korea", "On the
// Secretary’s Upcoming Travel to Israel"), or -1.
func tripOf(title *doc, titleMentions []int, r *resolver) int {
	toks := title.toks
	for k := 0; k+1 < len(toks); k++ {
		if !possessiveMark(toks[k].key) {
			continue
		}
		trip := false
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			trip = trip || tripWords[toks[j].key]
		}
		if !trip {
			continue
		}
		for _, mi := range titleMentions {
			if m := r.mentions[mi]; m.t1 == k && r.mentionOf[mi] >= 0 && r.people[r.mentionOf[mi]].official {
				return r.mentionOf[mi]
			}
		}
		for _, o := range publisherOffices {
			n := len(o.words)
			if k-n >= 0 && titleWords(title, k-n, o.words) && (k-n == 0 || !toks[k-n-1].cap || toks[k-n-1].key == "the") {
				return namedHolder(r, o.role)
			}
		}
	}
	return -1
}

// nearestDateFirst moves the date nearest to the meeting word at to the
// front, where the encounter takes its date from: "the statement we put out
// this morning confirming that President Biden will be meeting with
// President Putin in Geneva … on June 16th" is a meeting on June 16th. A
// date after the word wins a tie.
func nearestDateFirst(dates []dateExpr, at int) {
	if len(dates) < 2 || at < 0 {
		return
	}
	dist := func(dt dateExpr) int {
		if dt.t0 > at {
			return 2 * (dt.t0 - at) // after: the distance, ties to it
		}
		return 2*(at-dt.t1+1) + 1
	}
	best := 0
	for i := range dates {
		if dist(dates[i]) < dist(dates[best]) {
			best = i
		}
	}
	if best > 0 {
		d := dates[best]
		copy(dates[1:best+1], dates[:best])
		dates[0] = d
	}
}

// perfectAux are the auxiliaries of a perfect tense ("has met", "had
// spoken", "we’ve talked"); "for having convened these consultations"
// tells of today's.
var perfectAux = setOf("have", "has", "had", "'ve", "i've", "we've", "you've", "they've")

// irregularParticiples are the past participles a perfect tense of an
// encounter is written with that do not end in "-ed".
var irregularParticiples = setOf("met", "spoken", "had", "held", "seen", "been", "sat", "gone", "come")

// perfectAdverbs may stand between the auxiliary and the participle ("have
// also met", "has already spoken"); "just" may not: "I have just met with
// President Moon" is today's encounter.
var perfectAdverbs = setOf("also", "already", "often", "all", "both", "each", "ever", "since", "repeatedly",
	"frequently", "personally", "previously", "recently", "twice")

// earlierWords tell of an encounter before the day of the article: "recently
// visited", "in a recent phone call", "their last meeting", "had previously met".
var earlierWords = setOf("recent", "recently", "previous", "previously", "last")

// toldAsEarlier: the encounter whose meeting word is at token at is told in
// the perfect ("the two leaders have spoken several times", "had met in
// Geneva") or as an earlier one ("Secretary Yellen recently visited", "in a
// recent phone call with President Putin"). With no date of its own it
// happened some time before the article's day, not on it, so it takes no
// date (GUIDELINES: null where the article gives nothing), not the
// article's, as an undated readout's "The Secretary met with …" does.
func toldAsEarlier(d *doc, at, s0, s1 int) bool {
	return earlierOnce(d, at, s0, s1) || toldInPerfect(d, at, s0)
}

// earlierOnce: the encounter whose meeting word is at token at is told by a
// word as one before the article's day ("met recently", "in a recent phone
// call", "we last saw each other", "the last time the President spoke to
// President Xi"): one encounter, unlike the perfect's "have met", which is
// as often a series.
func earlierOnce(d *doc, at, s0, s1 int) bool {
	return earlierWord(d, at, s0, s1) != ""
}

// earlierWord is the word by which earlierOnce tells the encounter whose
// meeting word is at token at as an earlier one, or "".
func earlierWord(d *doc, at, s0, s1 int) string {
	if at < 0 {
		return ""
	}
	for k := at + 1; k < s1 && k <= at+2; k++ { // "met recently"
		if key := d.toks[k].key; key == "recently" || key == "previously" {
			return key
		}
	}
	for k := at - 1; k >= s0 && k >= at-5; k-- {
		key := d.toks[k].key
		if clauseBreaks[key] || key == "just" {
			return ""
		}
		if earlierWords[key] && k >= at-3 || key == "last" && d.toks[k+1].key == "time" {
			return key
		}
	}
	return ""
}

// toldInPerfect: the encounter whose meeting word is at token at is told in
// the perfect ("the two leaders have spoken several times", "had met in
// Geneva").
func toldInPerfect(d *doc, at, s0 int) bool {
	if at < 0 {
		return false
	}
	for k := at - 1; k >= s0 && k >= at-5; k-- {
		key := d.toks[k].key
		if clauseBreaks[key] || key == "just" {
			return false
		}
		if perfectAux[key] && k+1 <= at && isParticiple(d, k+1, at) {
			return true
		}
	}
	return false
}

// whenReach is how many words before its meeting word a "when" may open the
// encounter's clause ("when President Biden and President Macron met").
const whenReach = 8

// toldInWhenClause: the encounter whose meeting word is at token at is told
// in a "when" clause that times something else by it ("As the President
// said when President Moon visited, …", "as well as when President Biden and
// President Macron met", "what was said … when the meeting took place
// between President Xi and President Putin"): it is recalled, so with no date
// of its own it takes no date, not the article's.
func toldInWhenClause(d *doc, at, s0 int) bool {
	if at < 0 {
		return false
	}
	for k := at - 1; k >= s0 && k >= at-whenReach; k-- {
		switch d.toks[k].key {
		case "when":
			return k+2 >= at || d.toks[k+1].key != "it" || d.toks[k+2].key != "comes" // not "When it comes to the summit"
		case ",", ";", ":", ".":
			return false
		}
	}
	return false
}

// recallOpeners open a phrase or clause that names an earlier encounter as
// the ground of what the sentence goes on to tell: "Building on President
// Biden's meeting with Prime Minister Kishida in Tokyo, …", "Recalling the
// meeting between …", "Since President Biden and President Xi met in Bali,
// …". The key is the opener's last word, the value the word before it that
// it needs ("" for none). "Follow up on" is no opener: "To follow up on
// David's question on Secretary Blinken's meeting with Wang Yi" asks of a
// meeting still to come.
var recallOpeners = map[string]string{"recalling": "", "since": "", "on": "building"}

// recallReach is how many words before its meeting word an opener of
// recallOpeners may stand, in the same clause (as whenReach).
const recallReach = 8

// toldAsRecalled: the encounter whose meeting word is at token at is named
// after an opener of recallOpeners in its own clause. It is an earlier one,
// which the sentence builds on, so with no date of its own it takes no
// date (GUIDELINES: null where the article gives nothing), not the
// article's day. "following" is no opener: "Following their meeting, the
// leaders issued a joint statement" is of the article's day.
func toldAsRecalled(d *doc, at, s0 int) bool {
	return recallOpenerAt(d, at, s0) >= 0
}

// repeatCounts are the counts a series of encounters is told with ("a
// number of times", "several times", "on a few occasions"); an ordinal ("for
// the third time") tells of one encounter, today's.
var repeatCounts = setOf("number", "several", "many", "multiple", "few", "numerous", "countless", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens")

// toldAsRepeated: the encounter whose meeting word is at token at is a series
// ("Prime Minister Modi has spoken with President Biden a number of times",
// "whom I met with several times as Vice President", "has had a number of
// occasions to meet with Foreign Minister Maas", and toldAsHadSeries's "has
// had two constructive conversations with King Salman"; countedTimes,
// series.go, reads the count). Undated, the series lies before the
// article's day, not on it: no date.
func toldAsRepeated(d *doc, at, s0, s1 int) bool {
	if at < 0 {
		return false
	}
	if toldAsHadSeries(d, at, s0) {
		return true
	}
	for k := max(s0+1, at-8); k < s1 && k <= at+12; k++ {
		if countedTimes(d, k, s0) {
			return true
		}
	}
	return false
}

// recalledVerbs are the simple pasts a speaker tells an encounter of theirs with.
var recalledVerbs = setOf("met", "had", "spoke", "talked", "went", "sat", "spent", "visited", "traveled", "travelled",
	"called", "saw", "was", "got")

// recalledInSpeech: in remarks ("Remarks by President Biden at a Democratic
// National Committee Fundraiser"), the speaker tells an undated encounter of
// theirs in the simple past ("And then I went to meet with Putin", "I met
// with President Zelenskyy two days before Russia … invaded", "I had a long
// meeting with Putin"): an earlier encounter the speech recalls, not one of
// its day. "I just met with President Duda" is the day's, and so is any
// encounter of the headline's own people.
func recalledInSpeech(d *doc, at, s0 int, title string, people, headPeople []int) bool {
	if at < 0 || !strings.HasPrefix(title, "Remarks") {
		return false
	}
	headPair := len(people) > 0
	for _, pi := range people {
		headPair = headPair && slices.Contains(headPeople, pi)
	}
	if headPair {
		// "Remarks by Vice President Harris and Prime Minister Morawiecki Before
		// Bilateral Meeting": "the conversation that you and I had by
		// telephone" is of the headline's people, who meet that day
		return false
	}
	if speakerAsObject(d, at, s0, len(d.toks)) {
		return true // "Xi Jinping called me the night I was elected" (speakerobject.go)
	}
	past := false
	for k := at; k >= s0 && k >= at-4; k-- {
		key := d.toks[k].key
		switch {
		case key == "just" || key == "today" || clauseBreaks[key] && k < at:
			return false
		case recalledVerbs[key]:
			past = true
		case key == "i":
			return past
		}
	}
	return false
}

// isParticiple: token k, after any adverbs up to the meeting word at, is a
// past participle ("met", "spoken", "talked", "had" of "had a call").
func isParticiple(d *doc, k, at int) bool {
	for k < at && perfectAdverbs[d.toks[k].key] {
		k++
	}
	key := d.toks[k].key
	return irregularParticiples[key] || len(key) > 3 && strings.HasSuffix(key, "ed")
}

// leadDays is how long before the article's day the body's lead may date
// the headline's encounter.
const leadDays = 7

// leadDate is the date of a held headline encounter ("Special Representative
// Kim's Calls with …") that no body sentence tells with its people: the day
// the body's first sentence with a meeting word gives, where it is a day in
// the week up to the article's ("On February 26, Special Representative
// … held calls to discuss …"; "met in Geneva yesterday"), else the
// article's day. A vaguer or older date in that sentence may be another
// encounter's ("following their meeting in Rome in October 2021").
func leadDate(first string, pub time.Time) string {
	d, err := time.Parse("2006-01-02", first)
	if err != nil || d.After(pub) || pub.Sub(d) > leadDays*24*time.Hour {
		return dayOf(pub)
	}
	return first
}

// ownDays is how long before the article's day a date that is the body's
// first encounter's own (ownDate) may date the headline's encounter: a
// readout may come out some weeks after the meeting it tells.
const ownDays = 45

// headlineDate is the date of a held headline encounter that no body
// sentence tells with its people. Where the body's first sentence with a
// meeting word dates that word itself (own: "On May 27, the Secretary met
// with the External Affairs Minister", "… met … last month"), its day up to
// ownDays before the article's, or its month if it is the article's or the
// one before, is the encounter's, however old (a readout published twelve
// days after the meeting); otherwise leadDate decides.
func headlineDate(first string, own bool, pub time.Time) string {
	if !own {
		return leadDate(first, pub)
	}
	if d, err := time.Parse("2006-01-02", first); err == nil && !d.After(pub) && pub.Sub(d) <= ownDays*24*time.Hour {
		return first
	}
	if len(first) == len("2006-01") && (first == monthOf(pub) || first == monthOf(pub.AddDate(0, 0, -pub.Day()))) {
		return first
	}
	return leadDate(first, pub)
}

// ownDate: date dt of sentence s is the date of the meeting word at at, with
// no other meeting word between them ("On May 27, the Secretary met with …";
// not "spoke with …, following their meeting in Rome in October 2021").
func ownDate(d *doc, s sentence, at int, dt dateExpr) bool {
	if at < 0 || dt.t1 <= dt.t0 {
		return false
	}
	lo, hi := dt.t1, at
	if dt.t0 > at {
		lo, hi = at+1, dt.t0
	}
	for k := lo; k < hi; k++ {
		if _, ok := triggerAt(d, k, s.t1); ok {
			return false
		}
	}
	return true
}

// paragraphDay gives a held encounter its paragraph's day (and the later
// paragraphs its month: nextParagraphDay): in a release, a
// sentence that tells an encounter or a trip on a day of the week up to the
// article's ("On July 11, a United States interagency delegation … traveled
// to Haiti", "arrived in New Delhi on Monday", "welcomed … to Washington, D.C., on April 11, 2022, for the
// fourth U.S.-India 2+2 Ministerial Dialogue", "met yesterday with …") dates
// the undated encounters the paragraph goes on to tell ("The delegation also
// met with Acting Prime Minister Claude Joseph …", "The Dialogue was preceded
// by a virtual meeting between …"): they are of that occasion, not of the
// day the release came out. It returns the dates sentence si's (clause s's) encounter
// takes, f.dates unless that rule applies, and notes the day of si's own
// encounter for the sentences after it. An encounter told as earlier
// (defaultHeld false) keeps no date. Transcripts are left alone: a speaker's
// earlier sentence may tell of another day.
func (b *relationBuilder) paragraphDay(si int, s sentence, f sentenceFacts, defaultHeld bool) []dateExpr {
	if si != b.paraSent {
		if si > 0 && strings.Contains(b.body.text[b.body.sents[si-1].end:b.body.sents[si].start], "\n") {
			b.paraDay = nextParagraphDay(b.paraDay, b.date, scheduleDay(b.title.text) != "")
		}
		b.paraSent = si
	}
	if f.trig == "" && !f.arrival {
		return f.dates
	}
	if len(f.dates) > 0 {
		// the encounter's date, or one that opens the sentence: "On July 11,
		// … traveled to Haiti … following the July 7 assassination" is a
		// trip of July 11
		v := f.dates[0].value
		for _, dt := range f.dates {
			if dt.t0 <= s.t0+1 {
				v = dt.value
			}
		}
		if !f.planned && len(v) == len("2006-01-02") {
			b.paraDay = occasionDay(v, b.pub, defaultHeld && len(f.people) > 0, b.paraDay)
		}
		return f.dates
	}
	if b.paraDay == "" || f.planned || !defaultHeld {
		return f.dates
	}
	return []dateExpr{{value: b.paraDay}}
}

// tripMonth gives an undated held encounter of a release the month of the
// range of days a sentence before told its trip or talks by ("Special
// Presidential Envoy for Climate John Kerry traveled to the Middle East and
// North Africa June 13-17" … "In the Arab Republic of Egypt, Special
// Presidential Envoy Kerry met with Prime Minister Mostafa Madbouly";
// "During the week of March 14, … led a U.S. delegation" … "During the
// visit, Dr. Sherwood-Randall met with …"): the release lets one work out
// that month, not which day, and not that it was the day the release came
// out (GUIDELINES: YYYY-MM where the article gives only that). It returns
// the dates sentence si's encounter takes: f.dates unless the rule applies.
func (b *relationBuilder) tripMonth(f sentenceFacts, defaultHeld bool) []dateExpr {
	if f.trig == "" || f.planned || scheduleDay(b.title.text) != "" {
		return f.dates // a schedule's items are of the day it names (onSchedule), whatever trips it lists
	}
	if len(f.dates) > 0 {
		if m, ok := rangeMonth(b.body, f.dates[0]); ok && m <= monthOf(b.pub) {
			b.rangeMonth = m
		}
		return f.dates
	}
	if !defaultHeld || b.rangeMonth == "" {
		return f.dates
	}
	return []dateExpr{{value: b.rangeMonth}}
}

// rangeMonth is the month of a date that opens a range of days ("June
// 13-17", "March 23 – 27", "from May 20 to 22") or a week ("the week of
// March 14").
func rangeMonth(d *doc, dt dateExpr) (string, bool) {
	if len(dt.value) < len("2006-01") || dt.t1 >= len(d.toks) {
		return "", false
	}
	next := &d.toks[dt.t1]
	dayRange := next.kind == tokNumber && strings.Contains(next.text, "-") && dt.t1 == dt.t0+1 // "June 13-17": one token after the month
	dashed := next.key == "-" && dt.t1+1 < len(d.toks) && d.toks[dt.t1+1].kind == tokNumber && len(dt.value) == len("2006-01-02")
	weekOf := dt.t0 >= 2 && d.toks[dt.t0-1].key == "of" && d.toks[dt.t0-2].key == "week"
	if !dayRange && !dashed && !weekOf && !spelledRange(d.toks, dt) {
		return "", false
	}
	return dt.value[:len("2006-01")], true
}

// delegationLeads are the officials a body says led a delegation ("Deputy
// Foreign Minister Sergey Ryabkov led the Russian delegation", "The UK
// delegation was led by Deputy National Security Advisor David Quarrey",
// "with delegations led by …"), represented a party ("Under Secretary
// Victoria Nuland represented the United States") or co-chaired the talks
// ("X and Y co-chaired the Consultation", "The Japanese side was co-chaired
// by …"), in order, each once. A delegation that will be led is not
// counted: the talks have not happened. first is the sentence of the
// first, -1 if none. Each step is a function of its own
// (delegationleads_test.go).
func delegationLeads(d *doc, bySent map[int][]int, r *resolver) (out []int, first int) {
	c := leadCollector{r: r, first: -1}
	for i, s := range d.sents {
		c.si, c.ms = i, bySent[i]
		if len(c.ms) == 0 {
			continue // every lead is one of the sentence's mentions
		}
		for k := s.t0; k < s.t1; k++ {
			c.leadsAt(d, s, k)
		}
	}
	return c.out, c.first
}

// leadCollector gathers delegationLeads' officials, in order, each once,
// and the sentence of the first, from the mentions ms of sentence si.
type leadCollector struct {
	r     *resolver
	out   []int // people
	first int   // the sentence of the first lead, -1 if none
	si    int
	ms    []int
}

// add adds mention mi's person if it is an official not added yet: a
// delegation's lead is an official.
func (c *leadCollector) add(mi int) {
	if pi := c.r.mentionOf[mi]; pi >= 0 && c.r.people[pi].official && !slices.Contains(c.out, pi) {
		c.out = append(c.out, pi)
		if c.first < 0 {
			c.first = c.si
		}
	}
}

// addBefore adds the officials the sentence s names before token k: the
// subject of "led", "represented" or "hosted".
func (c *leadCollector) addBefore(s sentence, k int) {
	for _, mi := range c.ms {
		if m := &c.r.mentions[mi]; m.t1 <= k && m.t0 >= s.t0 {
			c.add(mi)
		}
	}
}

// leadsAt adds the leads the word at token k tells of: a head of a
// delegation or a host of talks (delegationheads.go), co-chairs, a
// representative, the subject of "led the … delegation" and the officials
// after "delegation … led by".
func (c *leadCollector) leadsAt(d *doc, s sentence, k int) {
	// "X, head of the Canadian Delegation"; "X hosted the Consultations" (delegationheads.go)
	if mi := headOfDelegation(d, s, k, c.ms, c.r); mi >= 0 {
		c.add(mi)
		return
	}
	if hostedTalks(d, s, k) {
		c.addBefore(s, k)
		return
	}
	if !leadVerbAt(d, s, k) {
		return
	}
	switch d.toks[k].key {
	case "co-chaired":
		c.addCoChairs(d, s, k)
		return
	case "represented":
		c.addRepresented(d, s, k)
		return
	}
	// "X led the … delegation": the officials before "led"
	if ledTheDelegation(d, s, k) {
		c.addBefore(s, k)
	}
	// "delegation(s)(,) (was/were) led by X (and Y)": the officials after "by" (byLeads)
	if k+1 < s.t1 && d.toks[k+1].key == "by" && delegationBefore(d, s, k) {
		for _, mi := range byLeads(d, s, k, c.ms, c.r) {
			c.add(mi)
		}
	}
}

// leadVerbAt reports whether token k is a verb of leading ("led",
// "headed"), "co-chaired" or "represented", not after "be" or "been": a
// delegation that "will be led" has not met.
func leadVerbAt(d *doc, s sentence, k int) bool {
	key := d.toks[k].key
	if !headVerbs[key] && key != "co-chaired" && key != "represented" {
		return false
	}
	return k <= s.t0 || d.toks[k-1].key != "be" && d.toks[k-1].key != "been"
}

// addCoChairs adds the chairs of "X and Y co-chaired the dialogue" (the
// officials before it) or "… was co-chaired by X and Y" (those up to 30
// tokens after it).
func (c *leadCollector) addCoChairs(d *doc, s sentence, k int) {
	before := k+1 < s.t1 && d.toks[k+1].key != "by"
	for _, mi := range c.ms {
		if m := &c.r.mentions[mi]; before && m.t1 <= k && m.t0 >= s.t0 || !before && m.t0 > k && m.t0 <= k+30 && m.t0 < s.t1 {
			c.add(mi)
		}
	}
}

// addRepresented adds the officials named just before "represented the
// United States" ("Under Secretary Victoria Nuland represented …"): a
// mention must end right at the verb, so that a clause's other subject
// does not count.
func (c *leadCollector) addRepresented(d *doc, s sentence, k int) {
	if k+1 < s.t1 && representedWhom[d.toks[k+1].key] && slices.ContainsFunc(c.ms, func(mi int) bool { return c.r.mentions[mi].t1 == k }) {
		c.addBefore(s, k)
	}
}

// ledTheDelegation reports whether the verb at k leads "the"/"a" … then
// "delegation(s)" within eight tokens ("led the Russian delegation", "led
// a U.S. interagency delegation").
func ledTheDelegation(d *doc, s sentence, k int) bool {
	if k+1 >= s.t1 || !leadArticle[d.toks[k+1].key] {
		return false
	}
	for j := k + 2; j < s.t1 && j <= k+8; j++ {
		if key := d.toks[j].key; key == "delegation" || key == "delegations" {
			return true
		}
	}
	return false
}

// representedWhom opens what an official represented at talks ("the
// United States", "their respective governments").
var representedWhom = setOf("the", "their", "his", "her")

// leadArticle opens the delegation a lead led ("led the Russian
// delegation", "led a U.S. interagency delegation").
var leadArticle = setOf("the", "a", "an")

// delegationBefore reports whether "delegation(s)" stands just before the
// "led" at k, with at most a comma and "was"/"were" between.
func delegationBefore(d *doc, s sentence, k int) bool {
	for j := k - 1; j >= s.t0 && j >= k-3; j-- {
		switch d.toks[j].key {
		case "delegation", "delegations", "side":
			return true
		case ",", "was", "were":
		default:
			return false
		}
	}
	return false
}

// addDelegationMeeting adds the talks whose delegations of two or more
// parties the body names the leaders of (a dialogue's joint statement),
// held on the body's lead day, unless an encounter told already holds two
// of them.
func (b *relationBuilder) addDelegationMeeting() {
	leads, si := b.leads, b.leadsFrom
	if len(leads) < 2 || parties(b.r, leads) < 2 || b.inTranscript || b.holdsTwo(leads) {
		return
	}
	b.cands = append(b.cands, meetingCand{people: leads, kind: "meeting", status: "held", sent: si,
		date: talksDate(b.body, si, b.pub), dateDefault: true})
}

// talksDate is the first date told up to sentence last that is a day
// within the days before publication leadDate allows ("met on May 9 and
// 10") or the month of publication ("On 7-8 March, the United Kingdom and
// United States held consultations" reads as the month), else the
// article's day.
func talksDate(d *doc, last int, pub time.Time) string {
	for _, s := range d.sents[:last+1] {
		for _, de := range findDates(d.toks, s.t0, s.t1, pub, false) {
			if len(de.value) == len("2006-01-02") && leadDate(de.value, pub) == de.value || de.value == pub.Format("2006-01") {
				return de.value
			}
		}
	}
	return dayOf(pub)
}

// joinWhat are the encounters someone "joined the …".
var joinWhat = setOf("meeting", "meetings", "call", "talks", "discussion", "discussions")

// takePartIn are the encounters someone "participated in", "attended" or
// "took part in" ("also participated in the USASD session").
var takePartIn = setOf("meeting", "meetings", "talks", "discussion", "discussions", "session", "sessions",
	"dialogue", "consultations", "consultation")

// joinWindow is how many sentences before a joiner's the encounter joined
// may be told; a dialogue's joint statement tells its delegations' members
// and other participants a few sentences after the talks.
const (
	joinWindow        = 3
	participantWindow = 5
)

// addJoiners adds to an encounter told just before the officials a body
// says joined it ("Secretary of Homeland Security Alejandro N. Mayorkas
// also joined the meeting") or joined or accompanied one of its people
// ("Ambassador Norland was accompanied by Deputy Assistant Secretary Eric
// Meyer", "Deputy Minister Botes, who was joined by …"), took part in it
// ("Assistant Secretary Karen Donfried … also participated in the USASD
// session", "Vice President Harris attended the meeting", "The Deputy Chief
// of Mission … Shaima Gargash also participated") or were of a delegation
// to it ("The Armenian delegation included Deputy Minister of Justice
// Grigor Minasyan, …"). Not in transcripts, where "I'm joined by" presents
// a speaker.
func (b *relationBuilder) addJoiners() {
	if b.inTranscript {
		return
	}
	for si, s := range b.body.sents {
		for k := s.t0; k+1 < s.t1; k++ {
			if j := b.joiningAt(si, s, k); len(j.people) > 0 {
				b.joinEncounter(j.people, j.host, si, j.window, j.before)
			}
		}
	}
}

// joining is what a joiner's cue tells joinEncounter: the officials who
// joined, the one they joined (a host named or titled, else -1), how many
// sentences back the encounter may be told, and whether it must be told
// before the cue's sentence.
type joining struct {
	people       []int
	host, window int
	before       bool
}

// joiningAt reads the joiner's cue at token k of sentence si, if any, the
// forms tried in turn: "The meeting was also attended by" comes before
// "was joined by", which it also matches. A joiner of the encounter itself
// joined one told in a sentence before; a delegation's member or one who
// took part may be told up to participantWindow sentences after it.
func (b *relationBuilder) joiningAt(si int, s sentence, k int) joining {
	d := b.body
	switch {
	case encounterPassive(d, s, k):
		// "The dialogue was opened by Ambassador …", "The meeting was
		// also attended by …": the encounter told before, by anaphora
		return joining{people: b.officialsAfter(si, k+1, k+30), host: -1, window: joinWindow, before: true}
	case joinedTheEncounter(d, s, k):
		return joining{people: b.officialsBefore(si, s, k), host: -1, window: joinWindow, before: true}
	case joinedOrAccompaniedBy(d, s, k):
		return b.joinedBy(si, s, k)
	case tookPart(d, s, k):
		return joining{people: b.officialsBefore(si, s, k), host: -1, window: participantWindow, before: true}
	case delegationIncludes(d, s, k):
		return joining{people: b.officialsAfter(si, k, k+30), host: -1, window: participantWindow, before: true}
	}
	return joining{}
}

// officialOf is the official mention mi names, or -1: only officials join
// an encounter.
func (b *relationBuilder) officialOf(mi int) int {
	if pi := b.r.mentionOf[mi]; pi >= 0 && b.r.people[pi].official {
		return pi
	}
	return -1
}

// officialsBefore are the officials named in sentence si before token k,
// the subject of "also joined the meeting" or "participated in the
// session".
func (b *relationBuilder) officialsBefore(si int, s sentence, k int) []int {
	var out []int
	for _, mi := range b.bySent[si] {
		if m := &b.r.mentions[mi]; m.t1 <= k && m.t0 >= s.t0 {
			if pi := b.officialOf(mi); pi >= 0 {
				out = append(out, pi)
			}
		}
	}
	return out
}

// officialsAfter are the officials whose names in sentence si start after
// token from and no later than token to: those a passive's "by" or a
// delegation's "included" lists.
func (b *relationBuilder) officialsAfter(si, from, to int) []int {
	var out []int
	for _, mi := range b.bySent[si] {
		if m := &b.r.mentions[mi]; m.t0 > from && m.t0 <= to {
			if pi := b.officialOf(mi); pi >= 0 {
				out = append(out, pi)
			}
		}
	}
	return out
}

// joinedTheEncounter: token k is "joined" and the encounter's noun follows
// it ("Secretary … Mayorkas also joined the meeting").
func joinedTheEncounter(d *doc, s sentence, k int) bool {
	return d.toks[k].key == "joined" && k+2 < s.t1 && d.toks[k+1].key == "the" && joinWhat[d.toks[k+2].key]
}

// joinedOrAccompaniedBy: token k is "joined" or "accompanied" after "was"
// and before "by" ("Ambassador Norland was accompanied by …"); the one
// joined is before it, the joiners after.
func joinedOrAccompaniedBy(d *doc, s sentence, k int) bool {
	key := d.toks[k].key
	return k > s.t0 && (key == "joined" || key == "accompanied") && d.toks[k+1].key == "by" && d.toks[k-1].key == "was"
}

// delegationIncludes: token k is "included" or "includes" after
// "delegation" ("The Armenian delegation included …"); its members follow.
func delegationIncludes(d *doc, s sentence, k int) bool {
	key := d.toks[k].key
	return k > s.t0 && (key == "included" || key == "includes") && (d.toks[k-1].key == "delegation" || d.toks[k-1].key == "delegations")
}

// joinedBy reads "X was joined by Y" and "X was accompanied by Y" at token
// k: the joiners are the encounter of X's, so X, named or titled, must be
// among its people, and the encounter may be told up to
// participantWindow sentences before ("Ambassador Norland was accompanied
// by …" after four sentences on what he said), its own sentence among
// them. "He was joined by …" is the last encounter's traveller, told in a
// sentence before ("she was accompanied by" may be the sentence's own);
// anyone else must be named.
func (b *relationBuilder) joinedBy(si int, s sentence, k int) joining {
	d := b.body
	host, people := b.hostAndCompany(si, s, k)
	if host < 0 {
		// "The Secretary was joined by …": the one holder of the title
		host = titleBefore(d, s.t0, k-1, b.r)
	}
	if host >= 0 {
		return joining{people: people, host: host, window: participantWindow}
	}
	if !pronounBefore(d, s.t0, k-1) {
		return joining{}
	}
	return joining{people: people, host: -1, window: joinWindow, before: d.toks[k].key == "joined"}
}

// hostAndCompany are the official named just before "was joined by" at
// token k (its name ends within the three tokens before "was"), else -1,
// and the officials named in the twenty tokens after "by".
func (b *relationBuilder) hostAndCompany(si int, s sentence, k int) (host int, company []int) {
	host = -1
	for _, mi := range b.bySent[si] {
		pi := b.officialOf(mi)
		if pi < 0 {
			continue
		}
		if m := &b.r.mentions[mi]; m.t1 <= k-1 && m.t1 >= k-4 && m.t0 >= s.t0 {
			host = pi
		} else if m.t0 > k+1 && m.t0 <= k+20 && m.t0 < s.t1 {
			company = append(company, pi)
		}
	}
	return host, company
}

// pronounBefore: a personal pronoun stands right before token k, in its
// sentence ("He was joined by", "she was accompanied by").
func pronounBefore(d *doc, s0, k int) bool {
	if k-1 < s0 {
		return false
	}
	switch d.toks[k-1].key {
	case "he", "she", "they":
		return true
	}
	return false
}

// openedBy are the verbs whose passive tells who opened, chaired or
// attended an encounter ("The dialogue was opened by …").
var openedBy = setOf("opened", "chaired", "co-chaired", "cochaired", "attended", "hosted", "led", "joined", "convened")

// encounterPassive: token k is such a verb after "was" or "were" (an "also"
// between), followed by "by", and the clause's subject is the encounter told
// before, named by its noun alone: "The dialogue was opened by", "The
// meeting was also attended by", "The talks were led by" (not "The
// agreement was welcomed by", nor "A dialogue of experts was convened by").
func encounterPassive(d *doc, s sentence, k int) bool {
	if !openedBy[d.toks[k].key] || k+1 >= s.t1 || d.toks[k+1].key != "by" {
		return false
	}
	j := k - 1
	if j >= s.t0 && d.toks[j].key == "also" {
		j--
	}
	if j < s.t0+2 || d.toks[j].key != "was" && d.toks[j].key != "were" {
		return false
	}
	n := j - 1
	if !takePartIn[d.toks[n].key] && !joinWhat[d.toks[n].key] {
		return false
	}
	for a := n - 1; a >= s.t0; a-- {
		switch key := d.toks[a].key; {
		case key == "the" || key == "this" || key == "that":
			return a == afterOpening(d, s)
		case d.toks[a].cap || key == "-" || key == "–" || d.toks[a].kind == tokNumber:
			// "The U.S.-UAE Economic Policy Dialogue was …" names it again
		default:
			return false
		}
	}
	return false
}

// titleBefore is the person a title after "the" right before token k, in
// its sentence, names by title alone ("The Secretary was joined by", "the
// Minister was accompanied by"; titleHolder), or -1.
func titleBefore(d *doc, s0, k int, r *resolver) int {
	j := k - 1
	for j >= s0 && d.toks[j].cap && d.toks[j].kind == tokWord && d.toks[j].key != "the" {
		j--
	}
	if j < s0 || j == k-1 || d.toks[j].key != "the" {
		return -1
	}
	if pi := titleHolder(d, j+1, k, r); pi >= 0 || r.usSource || j+2 != k {
		return pi
	}
	// another publisher's "The President was joined by …": the lists speak
	// for a US release only (namedHolder), so here it is the one official of
	// the article who is a president, as for any other title
	title := d.toks[j+1].key
	if title != "president" && title != "secretary" {
		return -1
	}
	return soleOfficial(r, func(_ int, p *personEntity) bool {
		role := strings.ToLower(p.role)
		return role == title || strings.HasPrefix(role, title+" ")
	})
}

// tookPart: token k tells that the people named before it took part in an
// encounter told before: "participated in / attended / took part in the
// (USASD) session", "also participated" closing its clause, or
// "represented" a party (representsParty).
func tookPart(d *doc, s sentence, k int) bool {
	key := d.toks[k].key
	j := k + 1
	switch {
	case key == "took" && d.toks[k+1].key == "part":
		j = k + 2
	case key == "participated" || key == "attended":
	case key == "represented":
		return representsParty(d, s, k)
	default:
		return false
	}
	if j < s.t1 && d.toks[j].key == "in" {
		j++
	}
	if j < s.t1 && d.toks[j].key == "the" {
		for n := j + 1; n < s.t1 && n <= j+4; n++ {
			if takePartIn[d.toks[n].key] {
				return true
			}
		}
	}
	// "… Shaima Gargash also participated along with numerous officials"
	if key == "participated" && k > s.t0 && d.toks[k-1].key == "also" {
		return k+1 >= s.t1 || d.toks[k+1].key == "." || d.toks[k+1].key == "," || d.toks[k+1].key == "along"
	}
	return false
}

// representsParty: "represented" at token k has a party for its object,
// a country or organisation the gazetteer knows, after at most a few
// capitalised words of an office of it (eight tokens at most) ("Ambassador Ito represented Japan",
// "… represented the European Union", "… represented the Presidency of the
// Council of the European Union"): an official taking part for that party
// in an encounter told before. "He represented the state of Nebraska" and
// "represented the department" have none.
func representsParty(d *doc, s sentence, k int) bool {
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		if sp := d.spanOf(j); sp != nil {
			return isCountryish(sp.phrase)
		}
		if t := &d.toks[j]; t.key != "the" && t.key != "of" && !(t.cap && t.kind == tokWord) {
			return false
		}
	}
	return false
}

// joinEncounter adds joiners to the latest encounter told in sentence si
// (unless before is set: only before it) or the window before it, that
// holds host (any encounter when host is -1).
func (b *relationBuilder) joinEncounter(joiners []int, host, si, window int, before bool) {
	for k := len(b.cands) - 1; k >= 0; k-- {
		c := &b.cands[k]
		if c.sent < 0 || c.sent > si || before && c.sent == si || c.sent < si-window || c.ago {
			continue
		}
		if host >= 0 && !slices.Contains(c.people, host) {
			continue
		}
		c.people = appendUnique(c.people, joiners...)
		return
	}
}

// signWords report that officials signed a text together.
var signWords = setOf("signed", "signing")

var signFilter = filterOf(signWords)

// signers are the officials sentence si tells signed a text together:
// "The following statement was signed by Secretary … Blinken … and Deputy
// Prime Minister … Don Pramudwinai …" (after "signed by"), "by signing an
// updated Memorandum of Cooperation between His Excellency Moussa Faki
// Mahamat … and … Antony Blinken" (after "between"), "Fernandez signed a
// cooperative arrangement with Secretary General Luis Almagro" (the subject
// and those after "with"). It returns nil where the sentence tells none, or
// speaks of what will be signed.
func signers(d *doc, s sentence, ms []int, r *resolver) []int {
	for k := s.t0; k < s.t1; k++ {
		if key := d.toks[k].key; !signFilter.may(key) || !signWords[key] {
			continue
		}
		from, to := -1, -1 // the token range whose officials signed
		switch {
		case k+1 < s.t1 && d.toks[k+1].key == "by":
			from, to = k+2, s.t1
		default:
		scan:
			for j := k + 1; j < s.t1 && j <= k+12; j++ {
				switch d.toks[j].key {
				case "between":
					from, to = j+1, s.t1
					break scan
				case "with":
					if d.toks[k].key == "signed" {
						from, to = s.t0, s.t1 // the subject and whom it signed with
					}
					break scan
				}
			}
		}
		if from < 0 {
			continue
		}
		var out []int
		for _, mi := range ms {
			m := &r.mentions[mi]
			pi := r.mentionOf[mi]
			if pi >= 0 && r.people[pi].official && m.t0 >= from && m.t0 < to && !slices.Contains(out, pi) {
				out = append(out, pi)
			}
		}
		return out
	}
	return nil
}

// signedFor are the officials sentence s tells "signed … for" a party, each
// the official named last before its "signed" ("Erik D. Ramanathan, United
// States Ambassador to Sweden, signed the joint statement in Stockholm for
// the United States."; "Secretary of State Antony Blinken signed for the
// United States, and Minister of Foreign Affairs Ararat Mirzoyan signed for
// Armenia.").
func signedFor(d *doc, s sentence, ms []int, r *resolver) []int {
	var out []int
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].key != "signed" || !forWithin(d, k+1, min(s.t1, k+8)) {
			continue
		}
		last := -1
		for _, mi := range ms {
			if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && r.mentions[mi].t1 <= k {
				last = pi
			}
		}
		if last >= 0 && !slices.Contains(out, last) {
			out = append(out, last)
		}
	}
	return out
}

// forWithin reports whether "for" stands among tokens [from, to).
func forWithin(d *doc, from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].key == "for" {
			return true
		}
	}
	return false
}

// addSigningMeetings adds a held meeting of the officials of two or more
// parties a release says signed a text together (signers), or who signed
// it one after the other "for" their party in two sentences running
// (signedFor): the signing brought them together. It is dated by the
// sentence's own date, else as a dialogue's talks are (talksDate), and
// placed by the sentence's city. A signing that will be is left alone, and
// so is one whose officials an encounter told already holds. Fact sheets
// count too, though their "Topic: …" lines read as a transcript's labels.
func (b *relationBuilder) addSigningMeetings() {
	d, r := b.body, b.r
	var prevFor []int // who signed "for" a party in the sentence before
	for si, s := range d.sents {
		people := signers(d, s, b.bySent[si], r)
		if signed := signedFor(d, s, b.bySent[si], r); len(signed) > 0 {
			if len(people) < 2 {
				people = appendUnique(slices.Clone(prevFor), signed...)
			}
			prevFor = signed
		} else {
			prevFor = nil
		}
		if len(people) < 2 || parties(r, people) < 2 {
			continue
		}
		f := analyseSentence(d, s, b.bySent[si], r, b.pub)
		if f.future {
			continue
		}
		if b.holdsTwo(people) {
			continue
		}
		c := meetingCand{people: people, kind: "meeting", status: "held", sent: si, dateDefault: true}
		if dates := findDates(d.toks, s.t0, s.t1, b.pub, false); len(dates) > 0 {
			c.date, c.dateDefault = dates[0].value, false
		} else {
			c.date = talksDate(d, si, b.pub)
		}
		for _, sp := range f.places {
			c.place, c.placeCC = placeName(sp)
			break
		}
		b.cands = append(b.cands, c)
	}
}

// holdsTwo reports whether an encounter told already holds two of people.
func (b *relationBuilder) holdsTwo(people []int) bool {
	for _, c := range b.cands {
		n := 0
		for _, pi := range people {
			if slices.Contains(c.people, pi) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// weReach is how many words before a reciprocal encounter its "we" may stand
// ("We had an opportunity to spend some time together").
const weReach = 6

// personalReciprocal are the reciprocal words that tell of two people
// meeting whatever "we" is; "come together" and "get together" are as often
// nations or an alliance ("we're coming together to reduce Europe's
// dependence on Russian energy", "We've seen the alliance … come together").
var personalReciprocal = setOf("see", "sees", "seeing", "saw", "seen", "meet", "meets", "meeting", "met",
	"spend", "spends", "spent", "spending")

// weReciprocal: in a transcript of the headline's two people, spoken by one
// of them, "we" is the subject of the reciprocal encounter at token at ("we
// last saw each other at the launch of …", "We had an opportunity to spend
// some time together in Israel just a week or so ago"): the two of them met.
// A "we" of another clause ("…, and we saw each other") still counts; one
// before a clause break that names a third party does not reach.
func weReciprocal(d *doc, s sentence, at, speaker int, head []int) bool {
	if at < 0 || speaker < 0 || len(head) != 2 || !slices.Contains(head, speaker) || !personalReciprocal[d.toks[at].key] {
		return false
	}
	for k := at - 1; k >= s.t0 && k >= at-weReach; k-- {
		switch d.toks[k].key {
		case "we", "we've", "we'd", "we'll", "we're":
			return true
		case ",", ";", ":", ".", "they", "he", "she", "you":
			return false
		}
	}
	return false
}

// weMetWords may stand between "we" and "met" ("we last met", "we've already met").
var weMetWords = setOf("last", "first", "have", "had", "'ve", "already", "also", "both", "actually")

// weMet: in a transcript of the headline's two people, spoken by one of
// them, "we met" with no object ("We last met in Rome on the sidelines of the
// G20 Summit", "When we met last time in December", "in the past, we met in
// Ramallah") is the two of them; "we met with civil society" is not.
func weMet(d *doc, s sentence, at, speaker int, head []int) bool {
	return weMetSubject(d, s, at, speaker, head, weMetWords) >= 0
}

// weMetSubject is the token of the "we" that weMet reads, with words the
// words that may stand between it and the verb, or -1.
func weMetSubject(d *doc, s sentence, at, speaker int, head []int, words map[string]bool) int {
	if at < 0 || speaker < 0 || len(head) != 2 || !slices.Contains(head, speaker) {
		return -1
	}
	if at+1 < s.t1 && d.toks[at+1].key == "with" {
		return -1
	}
	v := at // the verb "we" is the subject of
	switch d.toks[at].key {
	case "met":
	case "meet":
		// "We had an opportunity to meet actually before the change of
		// government": the past of a chance taken
		if v = hadChanceTo(d, s, at); v < 0 {
			return -1
		}
	default:
		return -1
	}
	for k := v - 1; k >= s.t0 && k >= v-3; k-- {
		switch key := d.toks[k].key; {
		case key == "we" || key == "we've":
			return k
		case !words[key]:
			return -1
		}
	}
	return -1
}

// chanceWords name a chance taken to meet ("had an opportunity to meet").
var chanceWords = setOf("opportunity", "chance")

// hadChanceTo is the token of "had" in "had an opportunity to" (or "a
// chance", "the opportunity") right before the "meet" at token at, or -1.
func hadChanceTo(d *doc, s sentence, at int) int {
	k := at - 4
	if k < s.t0 || d.toks[at-1].key != "to" || !chanceWords[d.toks[at-2].key] || d.toks[k].key != "had" {
		return -1
	}
	if det := d.toks[at-3].key; det != "an" && det != "a" && det != "the" {
		return -1
	}
	return k
}

// dayDated: the first of a sentence's dates names a day. "We met" told with
// one ("With Mr. Secretary of State we met yesterday in Negev") is left to the
// rules of the day's encounters, which would fold it into a meeting of the
// article's own day in a transcript; weMet takes the earlier ones, told by a
// month or by "last".
func dayDated(dates []dateExpr) bool {
	return len(dates) > 0 && len(dates[0].value) >= len("2006-01-02")
}

// summitModifiers stand between a summit's name and its word ("the
// U.S.-Japan Leaders’ Summit", "the U.S.-EU Special Summit").
var summitModifiers = setOf("leaders", "leader", "leaders'", "leaders’", "'", "’", "special", "annual", "virtual",
	"bilateral", "in-person", "first", "second", "third", "fourth", "fifth", "inaugural")

// summitNamedFor reads the two parties that a summit's name gives before
// its word at i: two countries or organisations ("the U.S.-Japan summit",
// "the EU-China Summit", "Japan-U.S. summit") or two officials' surnames
// ("the Biden–Kishida summit"); nil when the name gives no two ("the Quad
// Leaders’ Summit", "the G7 summit"). Either side may be written as one
// word with a hyphen or as two words around a dash.
func summitNamedFor(d *doc, r *resolver, i, s0 int) []string {
	k := i - 1
	for k >= s0 && k >= i-4 && summitModifiers[d.toks[k].key] {
		k--
	}
	if k < s0 || d.toks[k].kind != tokWord {
		return nil
	}
	var a, b string
	if parts := strings.Split(d.toks[k].text, "-"); len(parts) == 2 {
		a, b = parts[0], parts[1]
	} else if k-2 >= s0 && d.toks[k-1].key == "-" && d.toks[k-2].kind == tokWord {
		a, b = d.toks[k-2].text, d.toks[k].text
	} else {
		return nil
	}
	ca, cb := partyNamed(r, a), partyNamed(r, b)
	if ca == "" || cb == "" || ca == cb {
		return nil
	}
	return []string{ca, cb}
}

// partyNamed is the country or organisation that word w of a summit's
// name stands for: a country, its demonym or an organisation ("U.S.",
// "Japan", "EU"), or the surname of an official of the article, whose
// party it gives ("Biden").
func partyNamed(r *resolver, w string) string {
	if w == "" {
		return ""
	}
	toks := tokenize(w, 0)
	if sps := matchPhrases(toks); len(sps) == 1 && sps[0].t0 == 0 && sps[0].t1 == len(toks) {
		if c := affiliationCode(sps[0].phrase); c != "" {
			return c
		}
	}
	key := gazetteer.NameKey(w)
	for _, pi := range r.byWord[key] { // the people with that name word only: no scan of all
		if p := r.people[pi]; p.official && p.country != "" && len(p.words) > 1 && p.words[len(p.words)-1] == key {
			return p.country
		}
	}
	return ""
}

// summitOfTwoTold: the summit word at i is told as one of two, "a
// bilateral summit with …" or "the summit between President Biden and
// President Putin". "With" after it does not tell it: "at the Quad
// Leaders’ Summit with Prime Minister Kishida" names one of many.
func summitOfTwoTold(d *doc, i, s0, s1 int) bool {
	for k := i - 1; k >= s0 && k >= i-3 && summitModifiers[d.toks[k].key]; k-- {
		if d.toks[k].key == "bilateral" {
			return true
		}
	}
	return i+1 < s1 && d.toks[i+1].key == "between"
}

// settingWords tell a meeting held at a summit. Not "hosted", which a
// summit itself is ("the NATO Foreign Ministerial hosted by …").
var settingWords = setOf("met", "meet", "meets", "meeting", "meetings", "talks", "bilateral")

// summitSetting: the sentence tells a meeting of its own by a word in lower
// case other than the summit's ("At the G7 Summit, President Biden met with
// …", "met … in a bilateral meeting during the Summit of …"): the summit is
// where that meeting was held. The word right after the summit's is its own
// noun ("the plenary ministerial meeting of the coalition").
func summitSetting(d *doc, trigs []int, summitAt int) bool {
	for _, k := range trigs {
		t := &d.toks[k]
		if k != summitAt && k != summitAt+1 && settingWords[t.key] && !t.cap {
			return true
		}
	}
	return false
}

// twoPartySummit: the summit that the sentence's encounter is is one of two
// parties, a bilateral meeting (GUIDELINES: a summit is a multilateral
// gathering), when its name gives two parties and its people are of those
// two, or when it is told as one of two or as the setting of a meeting and
// its people are of two parties. The Quad Leaders' Summit stays a summit
// beside the bilateral meeting of two of its leaders that day.
// mergeMeetings then folds it into the meeting of its people that day.
func twoPartySummit(f sentenceFacts, r *resolver, people []int) bool {
	if f.summitAside && parties(r, people) == 2 {
		return true
	}
	if len(f.summitOf) != 2 || len(people) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, pi := range people {
		c := r.people[pi].country
		if c != f.summitOf[0] && c != f.summitOf[1] {
			return false
		}
		seen[c] = true
	}
	return len(seen) == 2
}

// bilateralTwins: one of two candidates is a summit of two parties
// (twoPartySummit) and the other a meeting or a visit: told of the same
// people on one day, they are one encounter in person ("At the U.S.-Japan
// summit, President Biden and Prime Minister Kishida discussed trade"
// beside the headline's "Biden and Kishida meet"). A call that day is
// another encounter.
func bilateralTwins(a, b meetingCand) bool {
	if a.kind != "summit" {
		a, b = b, a
	}
	return a.kind == "summit" && a.twoParty && (b.kind == "meeting" || b.kind == "visit")
}

// ledDelegationIn: the sentence tells that someone led or headed a
// delegation ("led an interagency delegation to Paris"), so a "they" after
// it is that delegation.
func ledDelegationIn(d *doc, s sentence) bool {
	led := false
	for k := s.t0; k < s.t1; k++ {
		switch d.toks[k].key {
		case "led", "leads", "leading", "headed", "heads":
			led = true
		case "delegation":
			if led {
				return true
			}
		}
	}
	return false
}

// summitNameWords may stand between a summit's word and the word that
// governs it: the summit's name and its modifiers ("at the historic Negev
// Summit", "for the Ninth Summit of the Americas", "attend the fourth Quad
// Foreign Ministers Ministerial").
var summitNameWords = setOf("the", "a", "an", "this", "that", "our", "their", "his", "her", "its", "'s", "’s", "-", "–", "+",
	"upcoming", "coming", "next", "historic", "virtual", "special", "annual", "first", "second", "third", "fourth",
	"fifth", "inaugural", "in-person", "leaders", "leaders'", "leaders’", "ministers'", "ministers’", "'", "’",
	"trilateral", "bilateral", "plenary", "foreign", "ministerial", "whole")

// attendWords govern a summit that their subject attends: "attend the
// summit", "hosted the Negev Summit", "co-chair the D-ISIS Ministerial",
// "joins the NATO summit".
var attendWords = setOf("attend", "attends", "attended", "attending", "host", "hosts", "hosted", "hosting",
	"convene", "convenes", "convened", "convening", "chair", "chairs", "chaired", "chairing", "co-chair",
	"co-chairs", "co-chaired", "co-chairing", "cochair", "join", "joins", "joined", "joining", "hold", "holds",
	"held", "holding", "open", "opens", "opened", "opening", "address", "addresses", "addressed", "addressing",
	"lead", "leads", "led", "leading", "co-host", "co-hosts", "co-hosted", "co-hosting", "co-lead", "co-leads",
	"co-leading")

// attendPreps place their subject at the summit that follows them: "at the
// summit", "during the Summit", "here for the Ninth Summit of the
// Americas", "welcome you to the ministerial meeting", "came from the
// Negev Summit".
var attendPreps = setOf("at", "during", "for", "to", "from")

// notAttendingFor: a "for" after these gives the summit as a topic, not as
// where its subject is: "support for the upcoming ministerial", "plans for
// the NATO Summit".
var notAttendingFor = setOf("support", "plans", "plan", "preparations", "preparation", "agenda", "goals",
	"priorities", "momentum", "importance", "hopes", "expectations", "outcomes", "deliverables", "vision",
	"ambitions", "commitments", "objectives", "ahead")

// summitOnlyNamed: the summit word at i names a summit that the sentence
// does not tell its people to attend: it is a topic ("emphasized the
// importance of the upcoming Quad Summit", "momentum created by the
// summit", "as the G7 Summit approaches", "will be highlighted in the Summit
// of the Americas", "the even stronger NATO that our summit will help to
// shape"), so it is no encounter of theirs (GUIDELINES: a summit is a
// gathering that named leaders attended together). A summit is attended
// when the word that governs it across its name is a verb of attending or
// a preposition of place ("at", "during", "for", "to", "from", "participate
// in"), or when it is "the summit with" or "between" someone. A headline's
// summit, a summit's margins and "summit talks" are left to their rules.
// A plural ("I'll miss seeing you at our summits") is a series, no one
// encounter.
func summitOnlyNamed(d *doc, i, s0, s1 int) bool {
	key := d.toks[i].key
	if d.inTitle || !gatheringNouns[key] || summitTalksOrWith(d, i, s1) || summitBetween(d, i, s1) {
		return false
	}
	if key == "summits" {
		return true
	}
	k := beforeSummitName(d, beforeCompound(d, i, s0), i, s0)
	if k < s0 {
		return false // the summit opens the sentence: its own verb tells what it was
	}
	return !governsAttendedSummit(d, k, s0)
}

// summitTalksOrWith: the summit word at i is followed by "talks",
// "meeting(s)" or "with": "summit talks" and "a summit meeting" are left
// to their rules, and "the summit with President Xi" names its other party.
func summitTalksOrWith(d *doc, i, s1 int) bool {
	if i+1 >= s1 {
		return false
	}
	next := d.toks[i+1].key
	return next == "talks" || next == "meeting" || next == "meetings" || next == "with"
}

// summitBetween: "between" follows the summit word at i within three
// tokens, naming its parties: "the summit yesterday between President Biden
// and President Putin".
func summitBetween(d *doc, i, s1 int) bool {
	for k := i + 1; k < s1 && k <= i+3; k++ {
		if d.toks[k].key == "between" {
			return true
		}
	}
	return false
}

// beforeCompound is the token before the lower-case compound, up to three
// words, that qualifies the summit word at i ("a food security summit", "the
// climate summit", "the fourth 2+2 U.S.-India foreign and defense
// ministerial", across "and"), or i-1 where none does.
func beforeCompound(d *doc, i, s0 int) int {
	k := i - 1
	for n := 0; k >= s0 && n < 3 && compoundWord(d, k); n++ {
		k--
		if k-1 >= s0 && d.toks[k].key == "and" && (compoundWord(d, k-1) || summitNameWords[d.toks[k-1].key] && !stopCaps[d.toks[k-1].key]) {
			k--
		}
	}
	return k
}

// beforeSummitName is the token before the summit's name that ends at
// token k, reaching back no further than sixteen tokens before the summit
// word at i ("for the fourth 2+2 U.S.-India foreign and defense
// ministerial"): the word that governs the summit, or s0-1 where the name
// opens the sentence.
func beforeSummitName(d *doc, k, i, s0 int) int {
	for k >= s0 && k >= i-16 && summitNameToken(&d.toks[k]) {
		k--
	}
	return k
}

// summitNameToken: t may stand in a summit's name ("the 2021 U.S.-ASEAN
// Special Summit", "the December Summit for Democracy").
func summitNameToken(t *token) bool {
	if _, month := monthByName[t.key]; month || t.kind == tokNumber || strings.ContainsAny(t.key, "0123456789") || summitNameWords[t.key] {
		return true
	}
	return t.kind == tokWord && t.cap && !attendWords[t.key] && !attendPreps[t.key]
}

// governsAttendedSummit: the word at k, which governs a summit's name,
// tells that the sentence's people attend it: a verb of attending, a side
// or margin of it ("on the margins of the summit", "conversations as part
// of the summit"), taking part in it ("participated on Monday in"), "after
// our … Summit" (the speakers'), or a preposition of place, unless "for" it
// is a topic ("support for the upcoming ministerial").
func governsAttendedSummit(d *doc, k, s0 int) bool {
	switch w := d.toks[k].key; {
	case attendWords[w], sideWords[w]:
		return true
	case w == "of" && k > s0 && (sideWords[d.toks[k-1].key] || d.toks[k-1].key == "part"):
		return true
	case w == "in" && participatedIn(d, k, s0):
		return true
	case (w == "after" || w == "since" || w == "following") && d.toks[k+1].key == "our":
		return true
	case w == "for" && k > s0 && notAttendingFor[d.toks[k-1].key]:
		return false
	}
	return attendPreps[d.toks[k].key]
}

// compoundWord: token k is a lower-case word that may qualify a summit's
// word in a compound ("food security", "climate"), not one that governs it.
func compoundWord(d *doc, k int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && !t.cap && !summitNameWords[t.key] && !attendWords[t.key] && !attendPreps[t.key] &&
		!clauseBreaks[t.key] && !stopCaps[t.key]
}

// participateWords take part in a summit: "participate in", "took part in".
var participateWords = setOf("participate", "participates", "participated", "participating", "participation", "part")

// participatedIn: the "in" at token k follows a word of taking part, maybe
// across a day ("participated today in", "participated on Monday in").
func participatedIn(d *doc, k, s0 int) bool {
	for j := k - 1; j >= s0 && j >= k-3; j-- {
		if participateWords[d.toks[j].key] {
			return true
		}
	}
	return false
}

// conversationStops end the object or relative clause that conversationHad
// reads across: past them, "had" is another clause's ("had hoped to have a
// conversation", "the conversation that had to wait").
var conversationStops = setOf("to", "that", "which", "with", "about", "of", "on", "and", "but", "if", "whether")

// relativeSubjectWords may stand, beside capitalised words, between a noun
// and the "had" of its relative clause ("the conversation that the
// Secretary of State had", "the conversation we have had").
var relativeSubjectWords = setOf("that", "which", "the", "of", "'s", "’s", "i", "we", "he", "she", "they", "you",
	"has", "have")

// conversationHad: "conversation", "conversations" or "discussion" at token
// i is a meeting word only as what someone had, "had" before it across a few
// words of its object ("The Secretary had a good, constructive conversation
// with Foreign Minister Çavuşoğlu", "the President has had two constructive
// conversations with King Salman", "the President had a lengthy discussion
// with President Xi on Friday") or after it in a relative clause ("the
// conversation the President had with President Al Sisi on Thursday", "the
// conversation we had"). Elsewhere in the corpus a conversation is mostly
// wished for, asked about, set conditions for or given a topic ("to have a
// diplomatic conversation with", "seeking a conversation between", "their
// respective conversations with", "a conversation about where President Xi
// stands"), which tells no encounter of the people named.
func conversationHad(d *doc, i, s1 int) bool {
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-6 && d.toks[k].sent == sent; k-- {
		t := &d.toks[k]
		if t.key == "had" {
			return true
		}
		if t.cap || conversationStops[t.key] || t.kind == tokPunct && t.key != "," {
			break
		}
	}
	for k := i + 1; k < s1 && k <= i+8; k++ {
		t := &d.toks[k]
		if t.key == "had" {
			return k+1 >= s1 || d.toks[k+1].key != "to" && d.toks[k+1].key != "been"
		}
		if !t.cap && !relativeSubjectWords[t.key] {
			return false // the relative clause's subject is a name, a title or a pronoun
		}
	}
	return false
}

// forwardToSeeing: "seeing" at token i after "forward to" and before the
// one to be seen, "you", a capitalised name or title, or "the" and a
// capitalised title, tells of a planned meeting ("he looked forward to
// seeing the Foreign Minister in-person tomorrow in Washington", "I'm
// looking forward to seeing you in Japan"). "Looking forward to seeing what
// comes out of …", "… seeing her confirmed" or "… seeing everybody at the
// next briefing" see no one to meet; "futureWords" holds "forward", so the
// meeting is planned.
func forwardToSeeing(d *doc, i, s1 int) bool {
	if i < 2 || i+1 >= s1 || d.toks[i-1].key != "to" || d.toks[i-2].key != "forward" {
		return false
	}
	next := &d.toks[i+1]
	switch {
	case next.key == "you":
		return true
	case next.key == "the":
		return i+2 < s1 && d.toks[i+2].cap && d.toks[i+2].kind == tokWord
	}
	return next.cap && next.kind == tokWord
}

// adjunctOpeners open a sentence with an earlier encounter that the main
// clause follows up ("Following the meeting between …", "Building on the
// President’s … meeting with …").
var adjunctOpeners = [][]string{{"following"}, {"building", "on"}, {"ahead", "of"}, {"further", "to"}, {"in", "advance", "of"}}

// ownedAdjunctEnd is the comma that ends an opening adjunct telling an
// encounter of its own people, or 0: the sentence opens with an adjunct
// opener, a strong meeting word follows within the adjunct, the encounter
// has an owner other than the main clause ("the meeting between President
// Joe Biden and President Recep Tayyip Erdogan", "the President’s June 29
// trilateral meeting with …", "President Biden’s fruitful conversation
// with …": a possessive before the word or "between" after it), and an
// official is named within a few words after the comma, the main clause's
// subject ("…, Mr. Sullivan and Dr. Kalin discussed …"). The main clause's
// people did not attend the adjunct's encounter. An adjunct without an owner
// ("Following a bilateral meeting with Mexican President López Obrador,
// Vice President Harris announces …") tells the subject's own encounter and
// is left whole.
func ownedAdjunctEnd(d *doc, s sentence, mentions []int, r *resolver) int {
	k := s.t0
	opened := false
	for _, words := range adjunctOpeners {
		if k+len(words) <= s.t1 && d.toks[k].cap && wordsAt(d, k, words) {
			k += len(words)
			opened = true
			break
		}
	}
	if !opened {
		return 0
	}
	owned, at := false, -1
	for i := k; i < s.t1 && i < k+40; i++ {
		t := &d.toks[i]
		if t.text == "," && at >= 0 {
			if !owned && !strongTriggerIn(d, i+1, s.t1) || !officialBefore(mentions, r, i+1, i+7) {
				return 0
			}
			return i
		}
		if at >= 0 {
			continue
		}
		if tr, ok := triggerAt(d, i, s.t1); ok && tr.strong && !bilateralModifier(d, i, s.t1) || ownedEncounterNouns[t.key] {
			at = i
			owned = possessiveBetween(d, k-1, i) || i+1 < s.t1 && d.toks[i+1].key == "between"
		}
	}
	return 0
}

// strongTriggerIn: a strong meeting word stands in tokens [from, to), one
// the main clause tells of its own after an opening adjunct ("Following the
// meeting with King Salman, President Biden and Crown Prince Mohammed bin
// Salman held an official meeting"): the adjunct's encounter is then
// another, even with no owner of its own (mainEncounterAdjunct).
func strongTriggerIn(d *doc, from, to int) bool {
	for i := from; i < to; i++ {
		if d.toks[i].kind != tokWord || d.spanAt[i] >= 0 {
			continue
		}
		if tr, ok := triggerAt(d, i, to); ok && tr.strong && !bilateralModifier(d, i, to) {
			return true
		}
	}
	return false
}

// ownedEncounterNouns are the nouns of an encounter an adjunct's owner may
// hold, strong meeting words or not ("President Biden’s fruitful
// conversation with …").
var ownedEncounterNouns = setOf("meeting", "meetings", "call", "calls", "conversation", "conversations", "talks", "discussion", "discussions", "visit", "summit")

// wordsAt: the words start at token k, in any case ("— I mean"; titleWords
// asks for capitals).
func wordsAt(d *doc, k int, words []string) bool {
	for j, w := range words {
		if d.toks[k+j].key != w {
			return false
		}
	}
	return true
}

// delegationLead is the official who leads a release's US delegation: of
// leads, those the body says led a delegation (delegationLeads), the first of
// the US; with no leads, the traveller whose trip the headline announces
// (tripOf: "Under Secretary … Nuland's Travel to Paraguay, Panama, and El
// Salvador"); else -1.
func delegationLead(leads []int, title *doc, titleMentions []int, r *resolver) int {
	for _, pi := range leads {
		if r.people[pi].country == "US" {
			return pi
		}
	}
	if len(leads) > 0 {
		return -1 // the talks of other delegations: no US lead to give
	}
	return tripOf(title, titleMentions, r)
}

// delegationSubject: "the delegation" ("the U.S. delegation", "the
// interagency delegation") is the subject of a strong meeting word of the
// sentence, with only auxiliaries between ("The delegation also met with
// Afghan President …", "During their trip to El Salvador, the U.S.
// delegation will meet with …", whose first meeting word is the trip's).
func delegationSubject(d *doc, s sentence) bool {
	for k := s.t0 + 1; k < s.t1; k++ {
		if d.toks[k].key != "delegation" || !delegationArticle(d, s, k) {
			continue
		}
		j := k + 1
		for j < s.t1 && twoAuxiliaries[d.toks[j].key] {
			j++
		}
		if tr, ok := triggerAt(d, j, s.t1); j < s.t1 && ok && tr.strong && tr.kind != "visit" {
			return true
		}
	}
	return false
}

// delegationArticle: "the" opens the noun phrase of "delegation" at token k,
// across a few capitalised or delegation words ("the U.S. interagency
// delegation").
func delegationArticle(d *doc, s sentence, k int) bool {
	for j := k - 1; j >= s.t0 && j >= k-4; j-- {
		switch key := d.toks[j].key; {
		case key == "the":
			return true
		case d.toks[j].cap || key == "interagency" || key == "senior" || key == "high-level" || key == "presidential":
		default:
			return false
		}
	}
	return false
}
