package extract

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
	"time"

	"newsgraph/gazetteer"
)

// Meeting detection works sentence by sentence: a sentence with a meeting
// word ("met", "call", "summit", "will travel") and named officials of two
// or more parties yields a meeting; the headline of a readout ("Secretary
// Blinken's Call with …") yields one too. Meetings with the same people,
// kind and a compatible date are then merged.

type trigger struct {
	kind   string // meeting, call, summit, visit
	strong bool   // a verb or noun that reports an encounter by itself
}

var triggerWords = map[string]trigger{
	"met": {"meeting", true}, "meet": {"meeting", true}, "meets": {"meeting", true}, "meeting": {"meeting", true},
	"meetings": {"meeting", true}, "talks": {"meeting", true}, "bilateral": {"meeting", true},
	"hosted": {"meeting", true}, "hosts": {"meeting", true}, "host": {"meeting", true}, "hosting": {"meeting", true},
	"welcomed": {"meeting", false}, "welcome": {"meeting", false}, "welcomes": {"meeting", false}, "welcoming": {"meeting", false}, "received": {"meeting", false},
	"discussions": {"meeting", true}, "consultations": {"meeting", true}, "sat": {"meeting", false},
	"availability": {"meeting", true}, "dialogue": {"meeting", true}, "ministerial": {"summit", true},
	"call": {"call", true}, "calls": {"call", false}, "called": {"call", false}, "spoke": {"call", true},
	"speaks": {"call", true}, "speak": {"call", true}, "spoken": {"call", true}, "talked": {"call", false}, "discussed": {"meeting", false}, "phone": {"call", true}, "telephone": {"call", true},
	"telephoned": {"call", true}, "phoned": {"call", true},
	"videoconference": {"call", true}, "video": {"call", true}, "virtually": {"call", true}, "virtual": {"call", true},
	"summit": {"summit", true}, "summits": {"summit", true},
	"conferred": {"meeting", true}, "greeted": {"meeting", false}, "breakfast": {"meeting", false},
	"lunch": {"meeting", false}, "luncheon": {"meeting", false}, "dinner": {"meeting", false},
	"visit": {"visit", true}, "visited": {"visit", true}, "visits": {"visit", true}, "trip": {"visit", true},
	"travel": {"visit", true}, "traveled": {"visit", true}, "travels": {"visit", true},
}

// sideWords tell of a side meeting: "met on the margins of the summit" is a
// meeting, not the summit.
var sideWords = setOf("margins", "margin", "sidelines", "sideline")

// futureWords mark a sentence as speaking of what is planned.
var futureWords = setOf("will", "would", "'ll", "plans", "planned", "planning", "upcoming", "expected",
	"scheduled", "forward", "intends", "next", "later", "shall", "soon", "invited", "invitation", "hopes", "hope",
	// contracted "will" the word splitter keeps whole ("I’ll be meeting with President Putin in a couple of weeks")
	"i'll", "we'll", "he'll", "she'll", "they'll", "you'll",
	"potential") // "the potential discussions between Secretary Blinken and Minister Lavrov"

// futureFilter turns away most words before futureGoverns looks them up in
// futureWords.
var futureFilter = filterOf(futureWords)

// topicStops end the list of participants: people named after these are
// talked about, not met ("discussed Putin's war").
var topicStops = setOf("discussed", "discuss", "about", "regarding", "condemned", "condemn", "including",
	"underscored", "emphasized", "reaffirmed", "reiterated", "expressed", "concerning", "highlighted",
	"noted", "welcomed", "praised", "thanked", "congratulated", "against", "agreed", "urged", "said", "stressed",
	"sanctioning", "sanction", "sanctioned", "sanctions")

type meetingCand struct {
	people   []int // person indexes
	kind     string
	date     string
	place    string
	placeCC  string
	status   string
	sent     int // -1 for the headline
	issues   []string
	fromHead bool
	// undated: the sentence gave no date, so the meeting took the article's
	dateDefault bool
	apart       bool // told as separate or bilateral (sentenceFacts.apart)
	ago         bool // dated by "… ago" (dateExpr.ago)
	// earlier: held, told as before the article's day and undated ("we
	// last saw each other at …"; earlierOnce), so it took no date
	// (earlierApart)
	earlier bool
	// twoParty: a summit of two parties, bilateral by its name or told as
	// the setting of a meeting (twoPartySummit): the same encounter as the
	// meeting of its people that day
	twoParty bool
	// thru: the sentence of the answer that took up this encounter of a
	// reporter's turn (takenUpBy), the evidence's last; 0 for none
	thru int
	// next: planned, and told as the next encounter of its people ("meet
	// again"; toldAsNext; "again in Seoul", "in the coming months";
	// toldAsLater), so no held one of theirs is its announcement
	next bool
}

// sentenceFacts is what a sentence offers to the relation stage.
type sentenceFacts struct {
	people []int // person indexes in order of mention (participant candidates)
	dates  []dateExpr
	places []span
	future bool // a word of the future anywhere in the sentence
	// planned: the meeting word itself is in the future ("will meet",
	// "plans to travel", "the upcoming summit"), not some other clause
	// ("met today and will continue to consult")
	planned bool
	trig    string
	at      int  // token of the meeting word, -1 if none
	asked   bool // a question asks whether the encounter will or may be (askedAbout)
	visit   bool // a visit word anywhere ("will welcome … for the first visit")
	// arrival: an arrival word anywhere ("arrived in New Delhi on Monday"),
	// whose day dates the paragraph's encounters (paragraphDay)
	arrival bool
	ago     bool // the first date is counted back ("a few weeks ago")
	strong  bool
	split   bool // "talks with A and B": one encounter with each
	summit  bool
	// summitOf: the two parties a summit's name gives ("the U.S.-Japan
	// summit"), nil if none; summitAside: the summit is told as bilateral
	// ("a bilateral summit with", "the summit between") or as the setting
	// of the sentence's meeting ("At the G7 Summit, President Biden met
	// with …"). Either makes a summit of two parties a meeting (twoPartySummit).
	summitOf    []string
	summitAside bool
	// side: "on the margins of the G7 summit": a side meeting, not the summit
	side bool
	// apart: "met separately with", "held a bilateral meeting with": an
	// encounter of its own beside any larger one that day
	apart bool
	// reciprocal: "A and B getting together", "seeing each other": the
	// participants are the ones named, not the speaker of a transcript
	reciprocal bool
}

// sentenceCueWords are every word that scanCues's loop reacts to.
var sentenceCueWords = func() map[string]bool {
	m := setOf("separate", "separately", "individually", "get", "gets", "getting", "got", "come", "comes",
		"coming", "came", "see", "sees", "seeing", "saw", "seen", "meet", "meeting", "met", "meets", "going",
		"arrived", "arrives", "landed",
		"spend", "spends", "spent", "spending",
		"conference",                                  // of a "joint press conference" only (triggerAt)
		"conversation", "conversations", "discussion", // only as what someone had (triggerAt)
		"convene", "convenes", "convened") // only with no object (gatheredByConvening)
	for _, set := range []map[string]bool{futureWords, sideWords} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range triggerWords {
		m[w] = true
	}
	return m
}()

// sentenceCueFilter turns away most words before scanCues looks them up.
var sentenceCueFilter = filterOf(sentenceCueWords)

// triggerAt reads the meeting word at token i. "Sat" tells of a meeting only
// as "sat down" or "sat with" ("who sat in this seat" does not), and "summit
// talks" between two leaders are a meeting, not a multilateral summit.
func triggerAt(d *doc, i, s1 int) (trigger, bool) {
	t := &d.toks[i]
	if ok, framed := framedTriggerAt(d, i, s1); framed {
		return trigger{"meeting", true}, ok
	}
	tr, ok := triggerWords[t.key]
	if !ok {
		return tr, false
	}
	next := ""
	if i+1 < s1 {
		next = d.toks[i+1].key
	}
	switch t.key {
	case "sat":
		return tr, next == "down" || next == "with"
	case "discussed":
		return tr, discussedWith(next)
	case "call", "calls", "called":
		if i > 0 && d.toks[i-1].key == "courtesy" {
			return trigger{"meeting", true}, true // "paid a courtesy call on": in person
		}
		return tr, !callToAction(d, i, s1) && next != "off" && !callsSomeoneSomething(d, i, s1) // "the talks were called off"
	case "welcome", "welcomed", "welcomes", "welcoming":
		return trigger{tr.kind, welcomesSomeone(d, i, s1)}, !welcomesAThing(d, i, s1) && !welcomesOwnedThing(d, i, s1)
	case "greeted":
		return tr, !welcomesAThing(d, i, s1) // "greeted the decision of …" as "welcomed" does
	case "speak", "speaks", "spoke", "spoken":
		return tr, !oneVoice(d, i, s1) && !speaksOf(d, i, s1) && !speaksAt(d, i, s1)
	case "summit":
		if next == "talks" || next == "meeting" || next == "meetings" {
			return trigger{"meeting", true}, true
		}
	}
	return tr, true
}

// framedTriggerAt reads the meeting words that are no triggerWords, since
// they tell an encounter only in a frame of their own: a joint press
// conference, "seeing" someone, a conversation had, and leaders who
// convene with no object (gatheredByConvening; mostly "convene" is
// transitive, the host's). framed reports whether token i is one of them.
func framedTriggerAt(d *doc, i, s1 int) (ok, framed bool) {
	switch key := d.toks[i].key; {
	case key == "conference":
		return jointPressConference(d, i), true
	case key == "seeing":
		return seeingSomeone(d, i, s1) || forwardToSeeing(d, i, s1), true
	case key == "conversation" || key == "conversations" || key == "discussion":
		// elsewhere a conversation is mostly no encounter
		return conversationHad(d, i, s1) || ownersConversation(d, i, s1) || myConversationWith(d, i, s1) || key != "discussion" && conversationBetween(d, i, s1), true
	case convenedForms[key]:
		return gatheredByConvening(d, i, s1), true
	}
	return false, false
}

// seeingSomeone: "seeing" at token i, after "from" or "after" and before a
// capitalised title or name, tells of a meeting held ("We just came from
// seeing Prime Minister Kishida", "after seeing President Macron");
// elsewhere it tells of what is seen ("seeing progress"). "Before seeing
// Putin" is left alone: its subject is the clause's ("a chance for him to
// compare notes with Erdoğan before seeing Putin"), which names the wrong two.
func seeingSomeone(d *doc, i, s1 int) bool {
	if i == 0 || i+1 >= s1 || !d.toks[i+1].cap {
		return false
	}
	prev := d.toks[i-1].key
	return prev == "from" || prev == "after"
}

// reciprocalTrigger reads a meeting told without a meeting word: "getting
// together", "see each other", "meet each other", "spend some time
// together". It returns the tokens it covers, or 0.
func reciprocalTrigger(d *doc, i, s1 int) int {
	t := &d.toks[i]
	switch t.key {
	case "spend", "spends", "spent", "spending":
		// "spent some time together", "spend a lot of time together": the
		// time may be qualified by a few words, never by a clause
		for k := i + 1; k+1 < s1 && k <= i+4; k++ {
			if d.toks[k].key == "time" {
				if d.toks[k+1].key == "together" {
					return k + 2 - i
				}
				return 0
			}
		}
	case "get", "gets", "getting", "got", "come", "comes", "coming", "came":
		if i+1 < s1 && d.toks[i+1].key == "together" {
			return 2
		}
	case "see", "sees", "seeing", "saw", "seen", "meet", "meeting", "met", "meets":
		if i+2 < s1 && d.toks[i+1].key == "each" && d.toks[i+2].key == "other" {
			return 3
		}
	}
	return 0
}

// analyseSentence reads a sentence's encounter: a scan collects its cues
// (scanCues), then each decision reads them in turn: the dates, the
// summit, the places, where the participants start and end, whether the
// encounter is planned, and who the participants are.
func analyseSentence(d *doc, s sentence, mentionIdx []int, r *resolver, pub time.Time) sentenceFacts {
	f, c := scanCues(d, s, mentionIdx, r)
	// "look forward to meeting" and "invited ... to visit" are plans
	if len(c.trigs) > 0 || f.arrival { // dates only date meetings and arrivals (paragraphDay): other sentences need none
		f.dates = encounterDatesIn(d, s, pub, f.future, c)
	}
	if f.summit && c.summitAt >= 0 {
		f.summitOf = summitNamedFor(d, r, c.summitAt, s.t0)
		f.summitAside = summitOfTwoTold(d, c.summitAt, s.t0, s.t1) || summitSetting(d, c.trigs, c.summitAt)
	}
	f.at = c.at
	nearestDateFirst(f.dates, c.at)
	f.asked = c.at >= 0 && askedAbout(d, s, c.at)
	// "a few weeks ago": counted back from the article's day, so never that day
	f.ago = len(f.dates) > 0 && d.toks[f.dates[0].t1-1].key == "ago"
	f.places = placesIn(d, s, mentionIdx, r)
	visitTalks := f.trig == "visit" && talksDuringVisit(d, s, c.at)
	if visitTalks {
		f.trig = "meeting"
	}
	stopAt := participantsEnd(d, s, mentionIdx, r, c.at, visitTalks)
	f.planned = plannedEncounter(d, s, f, c, stopAt, pub)
	firstAt := participantsStart(d, s, mentionIdx, r, c.at, f.reciprocal)
	// the meeting word's own clause only (verbClauseEnd); the plan above
	// still reads the whole of what was discussed
	people, inTurn := participantsIn(d, s, mentionIdx, r, c, firstAt, min(stopAt, verbClauseEnd(d, s, c.at, mentionIdx, r)))
	f.people = people
	// "met Prime Minister Kishida in Tokyo and then met Foreign Minister
	// Jaishankar": one subject, two encounters told one after the other
	f.split = f.split || inTurn
	// A list of one party's officials met at one stop, held or planned
	// ("will meet with Prime Minister A and Foreign Minister B"), stays one
	// meeting of all named, as the gold records it (TestPlannedListOneMeeting)
	return f
}

// sentenceCues are the positions scanCues finds, which analyseSentence's
// decisions read beside the facts the scan set.
type sentenceCues struct {
	at       int   // the word that tells the sentence's encounter, -1 if none
	summitAt int   // the first summit word that tells the encounter, -1 if none
	trigs    []int // every meeting word, for the plan rule
	futureAt []int // tokens of the words of the future
	// others are gatherings the encounter looks ahead to or back on
	others []gatheringSpan
}

// cueScan is scanCues's state while it reads a sentence's words in order.
type cueScan struct {
	f sentenceFacts
	c sentenceCues
	// spokeBefore: a conversation verb came before ("spoke … to reaffirm
	// the vision of the … Summit"), which a later summit word only names
	spokeBefore bool
	// marginsOf: the encounter word so far is a summit whose margins the
	// sentence opens with
	marginsOf bool
}

// scanCues reads a sentence's cue words in order: the words of the future,
// arrival, apartness and sides, and the meeting words, of which it chooses
// the one that tells the sentence's encounter (outranks).
func scanCues(d *doc, s sentence, mentionIdx []int, r *resolver) (sentenceFacts, sentenceCues) {
	sc := cueScan{c: sentenceCues{at: -1, summitAt: -1}}
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if t.kind != tokWord || !sentenceCueFilter.may(t.key) || !sentenceCueWords[t.key] {
			continue // one look-up for the ordinary words, which are most
		}
		sc.wordCues(d, i, s.t1)
		if n := reciprocalTrigger(d, i, s.t1); n > 0 {
			sc.reciprocalWord(i)
			i += n - 1
			continue
		}
		if _, ok := triggerWords[t.key]; ok && sc.c.at >= 0 && i > sc.c.at {
			o := otherGathering(d.toks, s.t0, sc.c.at, i)
			if o < 0 {
				o = earlierGathering(d.toks, sc.c.at, i) // "this followed previous discussions" (previousdates.go)
			}
			if o >= 0 {
				// "met … ahead of the Quad Leaders' Summit in September":
				// the summit is what the meeting prepares for, no encounter
				sc.c.others = append(sc.c.others, gatheringSpan{o, i, gatheringEnd(d.toks, i, s.t1)})
				continue
			}
		}
		if tr, ok := encounterWordAt(d, i, s.t0, s.t1); ok {
			sc.encounterWord(d, s, mentionIdx, r, i, tr)
		}
	}
	return sc.f, sc.c
}

// wordCues sets the facts one word tells wherever it stands: the future,
// an arrival, separate encounters, a bilateral one, a side meeting.
func (sc *cueScan) wordCues(d *doc, i, s1 int) {
	key := d.toks[i].key
	if (futureWords[key] || goingTo(d, i, s1)) && !parentheticalSaying(d, i, s1) {
		sc.f.future = true
		sc.c.futureAt = append(sc.c.futureAt, i)
	}
	if arrivalWords[key] {
		sc.f.arrival = true
	}
	if key == "separate" || key == "separately" || key == "individually" {
		sc.f.split = true // "separate calls with A, B and C": one with each
		sc.f.apart = true
	}
	if key == "bilateral" {
		sc.f.apart = true
	}
	if sideWords[key] {
		sc.f.side = true
	}
}

// reciprocalWord takes a meeting told without a meeting word ("see each
// other") at token i.
func (sc *cueScan) reciprocalWord(i int) {
	sc.c.trigs = append(sc.c.trigs, i)
	if sc.f.trig == "" || !sc.f.strong {
		// only the first strong word tells whose encounter it is: "I had an
		// opportunity to meet with Foreign Minister Kuleba, … whenever we
		// have an opportunity to actually see each other" is the speaker's
		sc.c.at = i
		sc.f.trig, sc.f.strong, sc.f.reciprocal = "meeting", true, true
	}
}

// encounterWordAt is the meeting word at token i if it tells an encounter:
// not part of a name, nor a modifier, nor a gathering talked of, negated,
// speculated (speculated.go), refused, cancelled, supported, only named, a visit with no host, in a
// comparison of totals, or a word that tells no encounter (falseheld.go).
func encounterWordAt(d *doc, i, s0, s1 int) (trigger, bool) {
	tr, ok := triggerAt(d, i, s1)
	return tr, ok && d.spanAt[i] < 0 && !bilateralModifier(d, i, s1) && !gatheringTalkedOf(d, i, s0) && !negatedTrigger(d, i, s0) && !speculatedTrigger(d, i, s0) && !refusedTrigger(d, i, s0) && !cancelledTrigger(d, i, s0, s1) && !talksSupported(d, i, s0) && !summitOnlyNamed(d, i, s0, s1) && !visitWithoutHost(d, i, s0, s1) && !comparedTotal(d, s0, s1) && !toldOfNoEncounter(d, i, s0, s1)
}

// encounterWord takes the meeting word tr at token i: its future, its
// summit, and whether it tells the sentence's encounter.
func (sc *cueScan) encounterWord(d *doc, s sentence, mentionIdx []int, r *resolver, i int, tr trigger) {
	sc.c.trigs = append(sc.c.trigs, i)
	if ks := settledFutureBefore(d, i, s.t0, s.t1); len(ks) > 0 {
		sc.f.future = true
		sc.c.futureAt = append(sc.c.futureAt, ks...)
	}
	if headlineInfinitive(d, s, mentionIdx, r, i) {
		sc.f.future = true
		sc.c.futureAt = append(sc.c.futureAt, i-1)
	}
	sc.f.visit = sc.f.visit || tr.kind == "visit"
	if tr.kind == "summit" && !sc.spokeBefore {
		// "spoke today with … to reaffirm the vision of the November
		// 2021 Leaders' Summit": the encounter is the call
		sc.f.summit = true
		if sc.c.summitAt < 0 {
			sc.c.summitAt = i
		}
	}
	sc.spokeBefore = sc.spokeBefore || conversationVerb(tr, d.toks[i].key)

	if outranks(tr, sc.f.trig, sc.f.strong, sc.marginsOf) {
		if sc.f.trig == "" || sc.marginsOf {
			sc.c.at = i
		}
		sc.f.trig, sc.f.strong = tr.kind, tr.strong
		// "On the margins of the NATO Summit …, Blinken met …": the
		// summit only places the meeting word that comes after it
		sc.marginsOf = tr.kind == "summit" && sc.f.side && !sc.marginsOf
	}
	if meetsDuringVisit(sc.f.trig, tr) {
		sc.f.trig = tr.kind
	}
	if encountersWithEach(d, i, s.t1) {
		sc.f.split = true
	}
}

// settledFutureBefore are the tokens, up to three before the meeting word
// at i, that set it in the future: "is to meet", "are to hold talks", "is
// set to meet". Read here, at a meeting word, not at every "is"; nearest
// first.
func settledFutureBefore(d *doc, i, s0, s1 int) []int {
	var ks []int
	for k := i - 1; k >= s0 && k >= i-3; k-- {
		if key := d.toks[k].key; (key == "is" || key == "are" || settledTo[key]) && goingTo(d, k, s1) {
			ks = append(ks, k)
		}
	}
	return ks
}

// outranks: the meeting word tr tells the sentence's encounter over the
// kind and strength chosen so far: the first one, a strong word over a
// weak one, a strong call word over any other kind, and after a summit
// whose margins the sentence opens with, the strong word it places.
func outranks(tr trigger, kind string, strong, marginsOf bool) bool {
	return kind == "" || tr.strong && !strong || tr.kind == "call" && kind != "call" && tr.strong || marginsOf && tr.kind != "summit" && tr.strong
}

// meetsDuringVisit: "visited Kyiv, where he met Foreign Minister Kuleba":
// the meeting or call during the visit is the record (GUIDELINES: a visit
// is one reported without a distinct meeting).
func meetsDuringVisit(kind string, tr trigger) bool {
	return kind == "visit" && tr.strong && (tr.kind == "meeting" || tr.kind == "call")
}

// encountersWithEach: a plural encounter noun at i with "with" after it,
// or held with ("talks with A and B", "the meetings that I held today
// with …"): one encounter with each of those named.
func encountersWithEach(d *doc, i, s1 int) bool {
	switch d.toks[i].key {
	case "talks", "discussions", "conversations", "calls", "meetings":
		return i+1 < s1 && d.toks[i+1].key == "with" || heldWithAfter(d, i, s1)
	}
	return false
}

// encounterDatesIn are the sentence's dates that may date its encounter,
// leaving out those of the gatherings it looks ahead to or back on.
func encounterDatesIn(d *doc, s sentence, pub time.Time, future bool, c sentenceCues) []dateExpr {
	dates := findDatesFrom(d.toks, s.t0, s.t1, pub, future, pastUntil(d, s, c.at, c.futureAt))
	dates = encounterDates(d.toks, dates, s.t0, c.at, future)
	dates = notBeforeRecallOpener(d, dates, s.t0, c.at)
	return notOfGatherings(dates, c.others)
}

// placesIn are the sentence's places, but for those in a person's name.
func placesIn(d *doc, s sentence, mentionIdx []int, r *resolver) []span {
	var places []span
	for _, sp := range d.spansIn(s.t0, s.t1) {
		if sp.phrase.Kind == gazetteer.KindPlace && !inPersonName(sp, mentionIdx, r) {
			places = append(places, sp)
		}
	}
	return places
}

// talksDuringVisit: "visited Algeria in March to discuss with President
// Tebboune": the talks during the visit told at at are the record, as
// "where he met", and whom they were with are its people.
func talksDuringVisit(d *doc, s sentence, at int) bool {
	for i := at + 1; at >= 0 && i < s.t1; i++ {
		if discussesWith(d, i, s.t1) {
			return true
		}
	}
	return false
}

// participantsEnd is the token where the encounter's people end: a topic
// word after the meeting word at at, a purpose clause after a named
// subject, or another verb phrase; s.t1 if none. After a visit's talks
// (visitTalks) "discuss with" names people; after any other meeting word
// ("In the calls, … discussed with A and B the launch") it still ends them.
func participantsEnd(d *doc, s sentence, mentionIdx []int, r *resolver, at int, visitTalks bool) int {
	if at < 0 {
		return s.t1
	}
	subjectBefore := officialBefore(mentionIdx, r, s.t0, at)
	for i := at + 1; i < s.t1; i++ {
		if topicStops[d.toks[i].key] && !includesWhomMet(d, i, s.t0) && !(visitTalks && discussesWith(d, i, s.t1)) || d.toks[i].key == "to" && i+1 < s.t1 && topicStops[d.toks[i+1].key] && !(visitTalks && discussesWith(d, i+1, s.t1)) || subjectBefore && purposeClause(d, i, s.t1) || otherVerbPhrase(d, i, s.t1) {
			return i
		}
	}
	return s.t1
}

// plannedEncounter: the encounter is ahead: the future with no meeting
// word, a date after the article's day ("is pleased to welcome King
// Abdullah II … on May 13, 2022"), a meeting word the future or an intent
// governs (meetingWordPlanned), or an opening that dates the sentence
// ahead.
func plannedEncounter(d *doc, s sentence, f sentenceFacts, c sentenceCues, stopAt int, pub time.Time) bool {
	planned := f.future && c.at < 0 || datedAfter(f.dates, pub) || spanAhead(d.toks, f.dates, c.at)
	for _, k := range c.trigs {
		planned = planned || meetingWordPlanned(d, s, k, stopAt, f.future)
	}
	// "Next week, Secretary Blinken and the Defense Secretary are hosting
	// their Indian counterparts": the opening dates the sentence ahead
	return planned || c.at >= 0 && forwardOpening(d, s, c.at)
}

// meetingWordPlanned: the future (future) or an intent governs the meeting
// word at k, which neither is an upcoming gathering in what was discussed
// (after stopAt) nor told in the past by a relative clause.
func meetingWordPlanned(d *doc, s sentence, k, stopAt int, future bool) bool {
	if k >= stopAt && upcomingNoun(d, s, k) {
		// an upcoming gathering in what was discussed ("met today … to
		// discuss …, including objectives for the upcoming G7 Leaders
		// meetings") is the topic's encounter, not this one's status
		return false
	}
	if toldInPastRelative(d, k, s.t0, s.t1) {
		// "will build on the meeting that Minister Hagiuda and I had in
		// May": the clause tells it in the past, whatever governs the noun
		return false
	}
	return future && futureGoverns(d, s, k) || intentGoverns(d, s, k)
}

// participantsStart is the token where the encounter's people start: after
// a headline's reporter (headlineParticipantsStart), a transcript's label,
// and the owner or others of an encounter told before the meeting word.
func participantsStart(d *doc, s sentence, mentionIdx []int, r *resolver, at int, reciprocal bool) int {
	firstAt := s.t0
	if d.inTitle {
		firstAt = headlineParticipantsStart(d, s, mentionIdx, r)
	}
	if reciprocal {
		// "SECRETARY BLINKEN: … Biden and Kishida getting together": the speaker is not one of them
		firstAt = max(firstAt, shortLabelEnd(d, s))
	}
	if !d.inTitle && at >= 0 {
		firstAt = max(firstAt, ownerStart(d, mentionIdx, r, at), othersHeldEncounter(d, mentionIdx, r, at, s.t1))
	}
	// "MR. SULLIVAN: … President Biden was on the phone with President
	// Zelenskyy": the label names who speaks, not who met; the speaker
	// joins by speaking in the first person (addSpeaker)
	return max(firstAt, afterLabel(d, s))
}

// headlineParticipantsStart: headline "Statement by X on Y's Call with Z"
// or "Statement by X on the Meeting Between Y and Z": X is not a
// participant. The token the participants start at, s.t0 if all are.
func headlineParticipantsStart(d *doc, s sentence, mentionIdx []int, r *resolver) int {
	if k := possessiveMeetingIntro(d, s, mentionIdx, r); k > s.t0 {
		return k
	}
	return meetingTopicIntro(d, s)
}

// possessiveMeetingIntro is the "of", "on" or "by" up to six tokens before
// the first possessive of the meeting ("on Y's Call with Z"), s.t0 if none.
func possessiveMeetingIntro(d *doc, s sentence, mentionIdx []int, r *resolver) int {
	for _, mi := range mentionIdx {
		m := &r.mentions[mi]
		if !m.possessive || !possessiveOfMeeting(d, m.t1+1, s.t1) {
			continue
		}
		for k := m.t0 - 1; k >= s.t0 && k >= m.t0-6; k-- {
			if key := d.toks[k].key; key == "of" || key == "on" || key == "by" {
				return k
			}
		}
		return s.t0
	}
	return s.t0
}

// meetingTopicIntro is the first "on", "regarding" or "about" a meeting
// word follows, past "the" or "a" ("on the Meeting Between"), s.t0 if none.
func meetingTopicIntro(d *doc, s sentence) int {
	for k := s.t0; k+1 < s.t1; k++ {
		if key := d.toks[k].key; key != "on" && key != "regarding" && key != "about" {
			continue
		}
		n := k + 1
		for n < s.t1 && (d.toks[n].key == "the" || d.toks[n].key == "a") {
			n++
		}
		if _, ok := triggerWords[d.toks[min(n, s.t1-1)].key]; ok && n < s.t1 {
			return k
		}
	}
	return s.t0
}

// shortLabelEnd is the token after a colon in the sentence's first seven
// tokens (a speaker's label, "SECRETARY BLINKEN:"), s.t0 if none.
func shortLabelEnd(d *doc, s sentence) int {
	for k := s.t0; k < s.t1 && k < s.t0+7; k++ {
		if d.toks[k].text == ":" {
			return k + 1
		}
	}
	return s.t0
}

// participantsIn are the officials named in [firstAt, stopAt), each once,
// but for owners (notParticipant). inTurn: one subject and one object of
// the first of two meeting verbs, with more people after ("met Prime
// Minister Kishida in Tokyo and then met Foreign Minister Jaishankar").
func participantsIn(d *doc, s sentence, mentionIdx []int, r *resolver, c sentenceCues, firstAt, stopAt int) (people []int, inTurn bool) {
	seen := map[int]bool{}
	subjects, firstObjects, nextVerb := 0, 0, nextEncounterVerb(d, s, c)
	for _, mi := range mentionIdx {
		m := &r.mentions[mi]
		pi := r.mentionOf[mi]
		if pi < 0 || !r.people[pi].official || m.t0 >= stopAt || m.t0 < firstAt || seen[pi] {
			continue
		}
		if notParticipant(d, s, mentionIdx, r, m, c.at) {
			continue
		}
		seen[pi] = true
		people = append(people, pi)
		if c.at >= 0 && m.t0 < c.at {
			subjects++
		} else if c.at >= 0 && m.t0 < nextVerb {
			firstObjects++
		}
	}
	return people, nextVerb < s.t1 && subjects == 1 && firstObjects == 1 && len(people) > 2
}

// nextEncounterVerb is the meeting word after the encounter's that "and
// then" or the like joins to it (andThenVerb), s.t1 if none.
func nextEncounterVerb(d *doc, s sentence, c sentenceCues) int {
	for _, k := range c.trigs {
		if k > c.at && c.at >= 0 && andThenVerb(d, k, c.at) {
			return k
		}
	}
	return s.t1
}

// notParticipant: the mention names an owner, not a participant: a
// possessive not of the meeting ("Biden's agenda") or of its setting, or
// one on whose behalf another speaks.
func notParticipant(d *doc, s sentence, mentionIdx []int, r *resolver, m *personMention, at int) bool {
	return m.possessive && (!possessiveOfMeeting(d, m.t1+1, s.t1) || settingOwner(d, mentionIdx, r, m.t0, s.t0, at)) || onBehalfOf(d, m.t0, s.t0)
}

// heldWithAfter: the plural encounter noun at token k is what someone held
// or had, "with" after ("the meetings that I held today with …", "the talks
// we had with …"): one encounter with each of those named.
func heldWithAfter(d *doc, k, s1 int) bool {
	held := false
	for j := k + 1; j < s1 && j <= k+12; j++ {
		switch key := d.toks[j].key; {
		case key == "held" || key == "had":
			held = true
		case key == "with":
			return held
		case d.toks[j].kind != tokWord:
			return false
		}
	}
	return false
}

// forwardOpening: the sentence (or what follows a short label, "On India:")
// opens with a time ahead of the article's day and a comma ("Next week,",
// "Tomorrow morning,", "Later today,", "In the coming days,"), and no verb
// of the past stands between it and the meeting word at ("Later in the
// week, King Abdullah II hosted …" tells the past).
func forwardOpening(d *doc, s sentence, at int) bool {
	k := s.t0
	for j := s.t0; j < at && j < s.t0+5; j++ {
		if d.toks[j].text == ":" {
			k = j + 1
		}
	}
	key := func(i int) string {
		if i < at {
			return d.toks[i].key
		}
		return ""
	}
	n := 0 // the words of the time ahead
	a, b, c := key(k), key(k+1), key(k+2)
	_, weekday := weekdayByName[b]
	switch {
	case a == "next" && (b == "week" || b == "month" || b == "year" || weekday):
		n = 2
	case a == "tomorrow":
		n = 1
	case a == "later" && (b == "today" || b == "tonight"):
		n = 2
	case a == "later" && b == "this" && (c == "week" || c == "month"):
		n = 3
	case a == "in" && b == "the" && c == "coming" && (key(k+3) == "days" || key(k+3) == "weeks"):
		n = 4
	}
	if n == 0 {
		return false
	}
	comma := k + n
	if partOfDay[key(comma)] {
		comma++ // "Tomorrow morning,"
	}
	if comma >= at || d.toks[comma].text != "," {
		return false
	}
	return !pastVerbIn(d.toks, comma+1, at)
}

// partOfDay are the words of a time ahead after its day (forwardOpening).
var partOfDay = setOf("morning", "afternoon", "evening", "night")

// otherVerbPhrase: "and" at token i opens a verb phrase of its own with a
// modal and a verb that tells no encounter ("will meet with senior officials
// and will continue to work jointly with UN Special Envoy …"): those named
// after it are worked with, not met. "and will also meet with …" goes on.
func otherVerbPhrase(d *doc, i, s1 int) bool {
	if d.toks[i].key != "and" || i+2 >= s1 || !modalWords[d.toks[i+1].key] {
		return false
	}
	j := i + 2
	for j+1 < s1 && (d.toks[j].key == "also" || d.toks[j].key == "then" || d.toks[j].key == "further") {
		j++
	}
	_, meets := triggerWords[d.toks[j].key]
	return !meets && d.toks[j].kind == tokWord
}

// andThenVerb: the meeting word at k is a verb in the past that a
// coordination after the meeting word at first opens ("… and then met",
// "and later spoke with", "and also met"): a second encounter of the
// sentence's subject.
func andThenVerb(d *doc, k, first int) bool {
	if !pastTriggers[d.toks[k].key] {
		return false
	}
	for j := k - 1; j > first && j >= k-3; j-- {
		switch d.toks[j].key {
		case "and":
			return true
		case "then", "later", "also", "subsequently", "separately", ",":
		default:
			return false
		}
	}
	return false
}

// arrivalWords tell that someone arrived somewhere: no encounter, but a day
// the paragraph's encounters may take.
var arrivalWords = setOf("arrived", "arrives", "landed")

// pastTriggers are the meeting words that tell an encounter in the past.
var pastTriggers = setOf("met", "spoke", "hosted", "welcomed", "received", "discussed", "visited", "traveled",
	"travelled", "talked", "called", "conferred", "greeted", "telephoned", "phoned")

// heldVerbs before a meeting noun tell it in the past ("held talks", "had a
// call"), and so do those after it ("the meeting was held", "talks took place").
var heldVerbs = setOf("held", "had", "hosted", "convened", "concluded", "attended", "joined", "took")

// pastUntil is the token before which a sentence's dates are read in the
// past: where its meeting word at tells the encounter in the past ("met on
// Monday … and look forward to …", "held talks in March … and will
// continue"), the first word of the future after it; a word of the future
// elsewhere in the sentence ("look forward") tells of another thing, not of
// when they met; so does a past relative clause after the meeting word, over
// a future that governs it ("will build on the meeting that Minister Hagiuda
// and I had in May", toldInPastRelative). Otherwise the sentence's start: its
// direction holds for all.
func pastUntil(d *doc, s sentence, at int, futureAt []int) int {
	relative := at >= 0 && toldInPastRelative(d, at, s.t0, s.t1)
	if at < 0 || futureGoverns(d, s, at) && !relative {
		return s.t0
	}
	past := pastTriggers[d.toks[at].key] || relative
	for k := at - 1; !past && k >= s.t0 && k >= at-3; k-- {
		if clauseBreaks[d.toks[k].key] {
			break
		}
		past = heldVerbs[d.toks[k].key] && d.toks[k].key != "took"
	}
	for k := at + 1; !past && k < s.t1 && k <= at+3; k++ {
		key := d.toks[k].key
		past = key == "held" || key == "took" && k+1 < s.t1 && d.toks[k+1].key == "place"
	}
	past = past || toldInEncounter(d, s.t0, at)
	if !past {
		return s.t0
	}
	for _, k := range futureAt {
		if k > at {
			return k
		}
	}
	return s.t1
}

// toldInEncounter: the meeting word at is the setting of a verb of saying
// in the past ("told Foreign Minister Kuleba in a phone call on Monday
// that aid would continue", "stressed during the meeting"): the encounter
// is told as past, whatever the reported clause after it says of the
// future.
func toldInEncounter(d *doc, s0, at int) bool {
	in := -1
	for k := at - 1; k >= s0 && k >= at-3; k-- {
		if key := d.toks[k].key; key == "in" || key == "during" {
			in = k
			break
		}
	}
	if in < 0 {
		return false
	}
	for k := in - 1; k >= s0 && k >= in-10; k-- {
		key := d.toks[k].key
		if sayingPast[key] {
			return true
		}
		if clauseBreaks[key] || futureWords[key] {
			return false
		}
	}
	return false
}

// sayingPast are verbs of saying in the past (toldInEncounter).
var sayingPast = setOf("told", "assured", "informed", "stressed", "emphasized", "emphasised", "reiterated",
	"conveyed", "underscored", "urged", "pressed", "raised", "expressed", "said", "noted", "affirmed", "reaffirmed")

// ownerStart: when a possessive name owns the meeting word ("… generated by
// Prime Minister Lee’s recent visit"), the encounter is the owner's, and
// the people named before the owner are not in it, unless they are joined
// to the owner ("President Biden and President Xi’s meeting") or join it
// ("Blinken joined Sherman’s meeting"). It returns
// the first token of the owner's group, or -1 when no name owns the word.
func ownerStart(d *doc, mentionIdx []int, r *resolver, trigAt int) int {
	owner := -1
	for k, mi := range mentionIdx {
		m := &r.mentions[mi]
		if m.possessive && m.t1 < trigAt && trigAt <= m.t1+3 {
			owner = k
		}
	}
	if owner < 0 {
		return -1
	}
	start := r.mentions[mentionIdx[owner]].t0
	for k := owner - 1; k >= 0; k-- {
		m := &r.mentions[mentionIdx[k]]
		if !joinedWords(d, m.t1, start) {
			break
		}
		start = m.t0
	}
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		if joinVerbs[d.toks[k].key] {
			return -1 // "Blinken joined Deputy Secretary Sherman’s meeting": he is in it
		}
	}
	return start
}

// joinVerbs make their subject a participant of someone else's encounter.
var joinVerbs = setOf("joined", "joins", "join", "joining", "participates", "participated", "participate",
	"participating", "attended", "attends", "attend", "attending", "accompanied", "accompanies", "accompany")

// joinedWords: tokens [a, b) only join two names ("and", a comma, titles).
func joinedWords(d *doc, a, b int) bool {
	joined := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		switch {
		case t.key == "and" || t.text == ",":
			joined = true
		case t.kind == tokWord && t.cap && (roleHeads[t.key] || roleModifiers[t.key] || honorifics[t.key]):
		default:
			return false
		}
	}
	return joined
}

// futureGoverns: a word of the future stands before the meeting word in its
// own clause ("will meet", "plans to travel", "look forward to meeting",
// "the upcoming summit"), with no verb of the past between. Words of the
// future after it count only as its complement ("a meeting expected next
// week", "invited to visit").
func futureGoverns(d *doc, s sentence, trigAt int) bool {
	pastTrigger := pastTriggers[d.toks[trigAt].key]
	for k := trigAt - 1; k >= s.t0 && k >= trigAt-10; k-- {
		t := &d.toks[k]
		if sayingVerbAfter(d, k, trigAt) >= 0 && (pastTrigger || followingOfficesMeeting(d, trigAt)) || parentheticalSaying(d, k, trigAt) {
			// "I would say that, as you know, the President spoke with King
			// Salman last month", "punctuated, I would say, by a … meeting":
			// the modal is the speaker's, of the saying, not the meeting's;
			// so too before an office's meeting ("I would note that …
			// following the President's meeting with Chancellor Merkel")
			return false
		}
		if futureFilter.may(t.key) && futureWords[t.key] && !(pastTrigger && futureAdverbs[t.key]) || goingTo(d, k, s.t1) {
			return true
		}
		if pastVerbFilter.may(t.key) && pastVerbs[t.key] || t.text == ";" || t.key == "and" && k+1 < trigAt && pastVerbs[d.toks[k+1].key] {
			return false
		}
	}
	for k := trigAt + 1; k < s.t1 && k <= trigAt+3; k++ {
		switch d.toks[k].key {
		case "expected", "scheduled", "planned", "next", "later":
			return true
		}
	}
	return frontedFuture(d, s, trigAt)
}

// frontedFuture: the meeting word opens a fronted phrase ("in his meetings
// with …", "during her visit to …") whose clause's own verb, after the comma,
// is of the future ("…, Secretary Blinken will discuss"): the phrase's
// encounters take the clause's time.
func frontedFuture(d *doc, s sentence, trigAt int) bool {
	k := trigAt - 1
	for k > s.t0 && trigAt-k <= 3 && d.toks[k].kind == tokWord && !d.toks[k].cap && !frontingPreps[d.toks[k].key] {
		k-- // "his", "the", "bilateral", "today's"
	}
	if k < s.t0 || !frontingPreps[d.toks[k].key] || k > s.t0 && d.toks[k-1].text != "," {
		return false
	}
	for j := trigAt + 1; j < s.t1 && j <= trigAt+40; j++ {
		t := &d.toks[j]
		if pastVerbs[t.key] || t.text == ";" {
			return false
		}
		if t.text != "," {
			continue
		}
		// after a comma, the clause's subject and its modal: "…, Secretary
		// Blinken will discuss", "…, the Vice President will advance"; not
		// a later clause's ("…, Secretary Blinken raised …, and he will")
		m := j + 1
		for m < s.t1 && m <= j+6 && (d.toks[m].kind == tokWord && d.toks[m].cap || subjectWords[d.toks[m].key]) {
			m++
		}
		if m > j+1 && m < s.t1 && futureModals[d.toks[m].key] {
			return true
		}
	}
	return false
}

// subjectWords may open a clause's subject without a capital.
var subjectWords = setOf("the", "he", "she", "they", "we", "i", "you")

// frontingPreps open a phrase fronted before its clause ("In his meetings
// with …, the Secretary will …").
var frontingPreps = setOf("in", "during", "at")

// futureModals tell the future of a clause; "would" is left out, which also
// tells a past's future or a condition.
var futureModals = setOf("will", "'ll", "shall", "i'll", "we'll", "he'll", "she'll", "they'll", "you'll")

// modalWords are the words of the future that are modals: a verb of saying
// may follow them (sayingVerbAfter).
var modalWords = setOf("will", "would", "'ll", "shall", "i'll", "we'll")

// sayingWords are verbs of saying that a modal frames as the speaker's
// ("I would say", "I will tell you", "I'll note").
var sayingWords = setOf("say", "tell", "note", "add", "mention", "remind", "repeat", "reiterate", "stress",
	"emphasize", "underscore", "point")

// sayingVerbAfter: the modal at token k frames the speaker's saying ("I
// would just say that", "I'll note"): the token of the verb of saying, before
// the meeting word at, or -1.
func sayingVerbAfter(d *doc, k, at int) int {
	if !modalWords[d.toks[k].key] {
		return -1
	}
	j := k + 1
	for j < at && (d.toks[j].key == "just" || d.toks[j].key == "also" || d.toks[j].key == "only" || d.toks[j].key == "simply" || d.toks[j].key == "again") {
		j++
	}
	if j+1 < at && sayingWords[d.toks[j].key] {
		return j
	}
	return -1
}

// parentheticalSaying: the modal at token k frames a saying set off by a
// comma ("punctuated, I would say, by a … meeting"), before token end: it
// tells of no future.
func parentheticalSaying(d *doc, k, end int) bool {
	sv := sayingVerbAfter(d, k, end)
	return sv >= 0 && d.toks[sv+1].text == ","
}

// futureAdverbs tell of the future only with a verb that does: before a
// meeting word in the past they order a narrative ("Later, he met …",
// "Soon after, they spoke").
var futureAdverbs = setOf("later", "next", "soon")

// pastVerbs report what happened: a meeting word after them is no plan.
var pastVerbs = setOf("met", "held", "spoke", "hosted", "welcomed", "received", "discussed", "visited",
	"traveled", "travelled", "talked", "convened", "concluded", "participated", "joined", "was", "were",
	"telephoned", "phoned")

// pastVerbFilter turns away most words before futureGoverns looks them up in
// pastVerbs.
var pastVerbFilter = filterOf(pastVerbs)

// datedAfter: the sentence dates its meeting after the article's day.
func datedAfter(dates []dateExpr, pub time.Time) bool {
	if len(dates) == 0 {
		return false
	}
	return compareDates(dates[0].value, dayOf(pub)) > 0
}

// possessiveOfMeeting: "Biden and Xi's last meeting", "Secretary Blinken's Call".
func possessiveOfMeeting(d *doc, i, s1 int) bool {
	for k := i; k < s1 && k < i+3; k++ {
		if _, ok := triggerWords[d.toks[k].key]; ok {
			return true
		}
		if key := d.toks[k].key; (key == "conversation" || key == "conversations" || key == "discussion") && ownersConversation(d, k, s1) {
			return true // "President Biden's fruitful conversation with …"
		}
	}
	return false
}

// parties counts the distinct affiliations among people; unknown ones count apart.
func parties(r *resolver, people []int) int {
	seen := map[string]bool{}
	n := 0
	for _, pi := range people {
		c := r.people[pi].country
		if c == "" {
			n++
			continue
		}
		if !seen[c] {
			seen[c] = true
			n++
		}
	}
	return n
}

// placeName is the place a span names and its country: a venue's city
// where the gazetteer gives one ("Great Hall of the People" → "Beijing";
// gazetteer/data/venues.tsv).
func placeName(sp span) (string, string) {
	name := sp.phrase.Code
	if c, ok := gazetteer.VenueCity(name); ok {
		name = c
	}
	return name, sp.phrase.Country
}

// meetingFromFacts builds a meeting candidate from one sentence, or false.
func meetingFromFacts(f sentenceFacts, r *resolver, pubDate string, defaultHeld bool) (meetingCand, bool) {
	if f.trig == "" || !f.strong && len(f.people) < 2 || len(f.people) < 2 || parties(r, f.people) < 2 || f.asked {
		return meetingCand{}, false
	}
	m := meetingCand{people: f.people, kind: f.trig, status: "held", apart: f.apart}
	if f.summit && !f.side {
		m.kind = "summit"
	}
	m.twoParty = m.kind == "summit" && twoPartySummit(f, r, f.people)
	if f.planned {
		m.status = "planned"
	}
	if len(f.dates) > 0 {
		m.date, m.ago = f.dates[0].value, f.ago
	} else if m.status == "held" && defaultHeld {
		m.date, m.dateDefault = pubDate, true
	}
	if m.kind != "call" && len(f.places) > 0 {
		m.place, m.placeCC = placeName(f.places[0])
	}
	return m, true
}

// compatibleDates: equal at the coarser precision, or one unknown.
func compatibleDates(a, b string) bool {
	return compareDates(a, b) == 0
}

func samePeople(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	set := map[int]bool{}
	for _, x := range a {
		set[x] = true
	}
	for _, x := range b {
		if !set[x] {
			return false
		}
	}
	return true
}

// mergeMeetings folds candidates describing the same encounter together,
// keeping the most precise date and the first place.
func mergeMeetings(cs []meetingCand) []meetingCand {
	var out []meetingCand
	buckets := map[string][]int{} // status and people → indexes into out, so merging stays linear
	for _, c := range cs {
		merged := false
		ids := append([]int(nil), c.people...)
		sort.Ints(ids)
		key := fmt.Sprint(c.status, ids)
		for _, k := range buckets[key] {
			o := &out[k]
			if o.status != c.status || !compatibleDates(o.date, c.date) && !recentlyDated(*o, c) || agoApart(*o, c) || earlierApart(*o, c) {
				continue
			}
			// one encounter of the same people on one day, whatever word each
			// sentence used for it ("spoke by phone … continued discussions");
			// a summit is never the bilateral meeting on its margins, unless
			// it is itself of the two ("the U.S.-Japan summit")
			sameKind := o.kind == c.kind || o.kind != "summit" && c.kind != "summit" || bilateralTwins(*o, c)
			if !sameKind || !samePeople(o.people, c.people) {
				continue
			}
			if o.kind == "visit" && c.kind != "visit" || o.kind == "summit" && c.kind != "summit" {
				o.kind = c.kind // the meetings during a visit are its records; a summit of two is a meeting
			}
			if len(c.date) > len(o.date) || o.dateDefault && !c.dateDefault && c.date != "" {
				o.date, o.dateDefault = c.date, c.dateDefault
			}
			if o.place == "" && o.kind != "call" {
				o.place, o.placeCC = c.place, c.placeCC
			}
			if o.fromHead && !c.fromHead && c.kind != o.kind && o.kind == "meeting" && c.kind == "call" {
				o.kind = c.kind
			}
			o.issues = appendUnique(o.issues, c.issues...)
			merged = true
			break
		}
		if !merged {
			buckets[key] = append(buckets[key], len(out))
			out = append(out, c)
		}
	}
	return out
}

// recentlyDated: one of two held candidates took the article's date only
// because its sentence gave none, and the other is dated a few days before
// it ("met Friday with Foreign Minister Retno" in a Sunday readout, then
// "Finally, the Secretary and Foreign Minister Retno exchanged views"):
// one encounter, on the stated day.
func recentlyDated(a, b meetingCand) bool {
	if a.dateDefault == b.dateDefault || a.status != "held" {
		return false
	}
	if a.dateDefault {
		a, b = b, a
	}
	d, err1 := time.Parse("2006-01-02", a.date)
	pub, err2 := time.Parse("2006-01-02", b.date)
	return err1 == nil && err2 == nil && !d.After(pub) && pub.Sub(d) <= 7*24*time.Hour
}

// heldSupersedesPlanned drops a planned meeting that the same article also
// reports as held: the same people, the same kind or a headline's, and a
// date that agrees with the held one's or none, or any kind but a summit on
// an agreeing date ("President Biden will speak
// with President Xi" in the preview paragraph of the call's readout). The
// held one keeps the plan's issues.
func heldSupersedesPlanned(cs []meetingCand) []meetingCand {
	drop := make([]bool, len(cs))
	for i, c := range cs {
		if c.status != "planned" {
			continue
		}
		if k := heldTwin(cs, i); k >= 0 {
			cs[k].issues = appendUnique(cs[k].issues, c.issues...)
			drop[i] = true
		}
	}
	out := make([]meetingCand, 0, len(cs))
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// heldTwin is the index of a held meeting in cs that planned meeting cs[i]
// announces, or -1.
func heldTwin(cs []meetingCand, i int) int {
	p := cs[i]
	for k, c := range cs {
		if k == i || c.status != "held" || p.next || !samePeople(c.people, p.people) {
			continue
		}
		sameKind := c.kind == p.kind || (c.fromHead || p.fromHead) && c.kind != "summit" && p.kind != "summit"
		// a plan dated like the held encounter is that encounter, whatever its
		// word; an undated plan of another kind is a later one ("spoke
		// today … invited him to visit")
		otherKindSameDay := c.kind != "summit" && p.kind != "summit" && p.date != "" && compatibleDates(c.date, p.date)
		if sameKind && (p.date == "" || compatibleDates(c.date, p.date)) || otherKindSameDay {
			return k
		}
	}
	return -1
}

// appendUnique appends the xs that a does not hold yet, in order, each once:
// people, parties and issues are listed once however often told.
func appendUnique[T comparable](a []T, xs ...T) []T {
	for _, x := range xs {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

// issueAlias is an issue alias's words, which findIssues matches by key,
// case-insensitively on word boundaries.
type issueAlias struct {
	keys []string
	slug string
	with []string // keys of which the sentence must hold one (gazetteer.GuardedAlias)
}

var issueIndex map[string][]issueAlias

// issueFilter turns away most words before findIssues looks them up in
// issueIndex (built with it).
var issueFilter *keyFilter

func buildIssueIndex() {
	issueIndex = map[string][]issueAlias{}
	for _, is := range gazetteer.Issues() {
		for _, a := range is.Aliases {
			indexIssueAlias(is.Slug, a, nil)
		}
		for _, g := range is.Guarded {
			var with []string
			for _, w := range g.With {
				if wt := tokenize(w, 0); len(wt) > 0 {
					with = append(with, wt[0].key)
				}
			}
			indexIssueAlias(is.Slug, g.Alias, with)
		}
	}
	issueFilter = filterOf(issueIndex)
}

// indexIssueAlias adds an alias of the issue slug to issueIndex, under its
// first word; with, if any, are the keys of which its sentence must hold one.
func indexIssueAlias(slug, alias string, with []string) {
	toks := tokenize(alias, 0)
	if len(toks) == 0 {
		return
	}
	ia := issueAlias{slug: slug, with: with}
	for _, t := range toks {
		ia.keys = append(ia.keys, t.key)
	}
	issueIndex[ia.keys[0]] = append(issueIndex[ia.keys[0]], ia)
}

// sentenceHolds reports whether toks[s0:s1] holds a word of one of keys.
func sentenceHolds(toks []token, s0, s1 int, keys []string) bool {
	for i := s0; i < s1; i++ {
		if slices.Contains(keys, toks[i].key) {
			return true
		}
	}
	return false
}

// findIssues returns the issue slugs mentioned in toks[s0:s1] in order.
func findIssues(toks []token, s0, s1 int) []string {
	var out []string
	for i := s0; i < s1; i++ {
		if !issueFilter.may(toks[i].key) {
			continue
		}
		for _, a := range issueIndex[toks[i].key] {
			if i+len(a.keys) > s1 {
				continue
			}
			ok := true
			for k, key := range a.keys {
				if toks[i+k].key != key {
					ok = false
					break
				}
			}
			if ok && (a.with == nil || sentenceHolds(toks, s0, s1, a.with)) {
				out = appendUnique(out, a.slug)
			}
		}
	}
	return out
}

// headlineMeeting reads a readout headline: "Secretary Blinken's Meeting
// with Indian External Affairs Minister Jaishankar", "Readout of President
// Biden's Call with …", "X and Y Before Their Meeting", "… Joint Press
// Availability", "X's Travel to …".
func headlineMeeting(title *doc, titleFacts sentenceFacts, r *resolver) (meetingCand, bool) {
	if len(titleFacts.people) < 2 || parties(r, titleFacts.people) < 2 || titleFacts.trig == "" {
		return meetingCand{}, false
	}
	m := meetingCand{people: titleFacts.people, kind: titleFacts.trig, status: "held", sent: -1, fromHead: true}
	if len(m.people) < 2 || parties(r, m.people) < 2 {
		return meetingCand{}, false
	}
	if titleFacts.summit {
		m.kind = "summit"
	}
	m.twoParty = m.kind == "summit" && twoPartySummit(titleFacts, r, m.people)
	low := strings.ToLower(title.text)
	if strings.Contains(low, "travel") || strings.Contains(low, "upcoming") || strings.Contains(low, "will ") || futureHeadline(low) {
		m.status = "planned"
	}
	return m, true
}

// speakerLabel reads a transcript's speaker label ("SECRETARY BLINKEN:",
// "THE PRESIDENT:") at the start of a sentence and returns the person.
func speakerLabel(d *doc, s sentence, mentionIdx []int, r *resolver) (int, bool) {
	colon := labelColon(d, s)
	if colon < 0 {
		return -1, false
	}
	for _, mi := range mentionIdx {
		if m := r.mentions[mi]; m.t1 <= colon && r.mentionOf[mi] >= 0 {
			return r.mentionOf[mi], true
		}
	}
	label := strings.ToLower(d.text[d.toks[s.t0].start:d.toks[colon-1].end])
	role := ""
	switch label {
	case "the president":
		role = "President"
	case "the vice president":
		role = "Vice President"
	case "the secretary":
		role = "Secretary of State"
	}
	if role != "" && r.usSource {
		if pi := r.officeHolder("US", role); pi >= 0 {
			if p := r.people[pi]; p.labelSent < 0 {
				p.labelSent = d.toks[s.t0].sent
			}
			return pi, true
		}
	}
	return -1, true // someone else speaks now ("Q:", "MODERATOR:")
}

// labelColon is the colon that ends the speaker label opening sentence s
// (up to six words in capitals, or the White House's "Q", before it), -1
// where the sentence opens with none.
func labelColon(d *doc, s sentence) int {
	for k := s.t0; k < s.t1 && k < s.t0+7; k++ {
		t := &d.toks[k]
		if t.text == ":" {
			if k == s.t0 {
				return -1
			}
			return k
		}
		if t.kind != tokWord || !t.upper && t.key != "q" {
			return -1
		}
	}
	return -1
}

// officeHolder finds or adds the person holding a US office on the article
// date. A holder the article itself names ("Secretary of State Marco
// Rubio") wins over the lists, which may be stale.
func (r *resolver) officeHolder(country, role string) int {
	for pi, p := range r.people {
		if p.official && (p.country == country || p.country == "") && strings.EqualFold(p.role, role) &&
			!r.heldOtherOfficeOn(p.name, country, role) {
			// The office is the publisher's own ("THE SECRETARY:" in a US
			// release): its holder acts for the same state.
			p.country = country
			return pi
		}
	}
	for o := range listedHolders(country, role, r.date) {
		k := gazetteer.NameKey(o.Name)
		for pi, p := range r.people {
			if strings.Join(p.words, " ") == k {
				return pi
			}
		}
		pi := r.newPerson(o.Name)
		p := r.people[pi]
		p.official, p.country, p.role = true, country, role
		return pi
	}
	return -1
}

// listedHolders yields the official lists' terms of country's office role
// that cover date: the office's holders then, as the lists know them.
func listedHolders(country, role, date string) iter.Seq[gazetteer.Official] {
	return func(yield func(gazetteer.Official) bool) {
		for _, o := range gazetteer.Officials() {
			if o.Country == country && o.Role == role && o.ActiveOn(date) && !yield(o) {
				return
			}
		}
	}
}

// heldOtherOfficeOn: the lists know the person named, give the office
// another holder on the article's date, and none of the person's own terms
// then is that office. A transcript's "THE PRESIDENT:" is the President of
// the day, not a past President the text names or a "[Vice] President
// Harris" given the wrong title; a person the lists do not know, or an
// office they know no holder of, is left to the text.
func (r *resolver) heldOtherOfficeOn(name, country, role string) bool {
	offs := r.officialsNamed(name)
	if len(offs) == 0 {
		return false
	}
	for _, o := range offs {
		if o.Country == country && strings.EqualFold(o.Role, role) && o.ActiveOn(r.date) {
			return false
		}
	}
	for range listedHolders(country, role, r.date) {
		return true
	}
	return false
}

var firstPerson = setOf("i", "we", "i've", "i'm", "we've", "we're", "my", "our", "me", "i'll", "we'll", "i'd")

// addSpeaker makes the speaker a participant of what they say they did
// ("I've just spoken with President Zelenskyy"); "you" in a two-person
// transcript is the other person of the headline.
func addSpeaker(d *doc, s sentence, people []int, speaker int, head []int) []int {
	has := func(x int) bool {
		for _, p := range people {
			if p == x {
				return true
			}
		}
		return false
	}
	first, you, we, together := false, false, false, false
	for k := s.t0; k < s.t1; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || t.upper {
			continue
		}
		if firstPerson[t.key] {
			first = true
		}
		if (t.key == "you" || t.key == "your") && !addressFormula(d, s, k) {
			you = true
		}
		if t.key == "we" || t.key == "we've" || t.key == "we're" || t.key == "us" {
			we = true
		}
		if t.key == "together" || t.key == "both" {
			together = true
		}
	}
	// "we ... together" between the two people of the headline is the two of them
	you = you || we && together
	if !first {
		return people
	}
	if !has(speaker) {
		people = append([]int{speaker}, people...)
	}
	if you && len(head) == 2 && (head[0] == speaker || head[1] == speaker) {
		other := head[0]
		if other == speaker {
			other = head[1]
		}
		if !has(other) {
			people = append(people, other)
		}
	}
	return people
}

// knowingVerbs follow "as you" in a formula of address ("as you know", "as
// you said").
var knowingVerbs = setOf("know", "knew", "said", "say", "mentioned", "noted", "heard", "see", "saw", "can", "may", "will")

// addressFormula: the "you" at token k is a formula of address, not a
// party to what the sentence tells: "thank you", "as you know", "if you
// allow me", "if you will allow me". A foreign minister who thanks the
// Secretary for his words and then tells of his own meeting with the
// President has not brought the Secretary to it.
func addressFormula(d *doc, s sentence, k int) bool {
	prev, next := "", ""
	if k-1 >= s.t0 {
		prev = d.toks[k-1].key
	}
	if k+1 < s.t1 {
		next = d.toks[k+1].key
	}
	switch {
	case prev == "thank" || prev == "thanks":
		return !thankedForEncounter(d, s, k)
	case prev == "as" && knowingVerbs[next]:
		return true
	case prev == "if" && (next == "allow" || next == "permit" || next == "will" || next == "don't" || next == "like"):
		return true
	}
	return false
}

// hostingGerunds are what a guest thanks a host for: "thank you for
// receiving me", "for having me".
var hostingGerunds = setOf("receiving", "having", "inviting", "making", "coming", "giving", "taking")

// thankedForEncounter: the "thank you" at token k thanks for an encounter of
// the two ("Thank you for our meetings today", "thank you for meeting with
// me", "for making the trip"), which "you" is then a party to: a meeting
// word or a guest's gerund within four tokens after "for".
func thankedForEncounter(d *doc, s sentence, k int) bool {
	if k+1 >= s.t1 || d.toks[k+1].key != "for" {
		return false
	}
	for j := k + 2; j < s.t1 && j <= k+5; j++ {
		key := d.toks[j].key
		if _, ok := triggerWords[key]; ok || hostingGerunds[key] {
			return true
		}
	}
	return false
}

// listWords introduce a list of participants ("The Leaders that participated:").
var listWords = setOf("participated", "participants", "participating", "attended", "attendees", "attending",
	"joined", "delegation", "delegations", "included")

// participantList reads a list of participants: a sentence ending in ':'
// with a list word, followed by lines naming one person each. It returns
// them and the sentence that introduces them (-1 with none).
func participantList(d *doc, bySent map[int][]int, r *resolver) ([]int, int) {
	for si, s := range d.sents {
		if d.toks[s.t1-1].text != ":" {
			continue
		}
		isList := false
		for k := s.t0; k < s.t1; k++ {
			if listWords[d.toks[k].key] {
				isList = true
			}
		}
		if !isList {
			continue
		}
		var out []int
		for sj := si + 1; sj < len(d.sents) && sj <= si+60; sj++ {
			ms := bySent[sj]
			pi := -1
			for _, mi := range ms {
				if r.mentionOf[mi] >= 0 && r.people[r.mentionOf[mi]].official {
					pi = r.mentionOf[mi]
					break
				}
			}
			if pi < 0 || d.sents[sj].t1-d.sents[sj].t0 > 25 {
				break
			}
			out = append(out, pi)
		}
		if len(out) >= 2 {
			return out, si
		}
	}
	return nil, -1
}

// reporterRole: spokespeople and press secretaries report meetings; they do
// not attend the ones they describe.
func reporterRole(role string) bool {
	switch roleHead(role) {
	case "spokesperson", "spokesman", "spokeswoman":
		return true
	}
	return strings.Contains(strings.ToLower(role), "press secretary")
}

// withoutReporters drops the spokespeople from a sentence's participants.
func withoutReporters(r *resolver, people []int) []int {
	out := people[:0:0]
	for _, pi := range people {
		if !reporterRole(r.people[pi].role) {
			out = append(out, pi)
		}
	}
	return out
}

// titleOnly: the sentence names an office with no name after it ("The
// President spoke with …", "the Secretary met …"), and that office is the
// one the person holds.
func titleOnly(d *doc, s sentence, role string) bool {
	head := roleHead(role)
	if head == "" {
		return false
	}
	for k := s.t0; k+1 < s.t1; k++ {
		if d.toks[k].key != "the" || !d.toks[k+1].cap {
			continue
		}
		j := k + 1
		for j < s.t1 && d.toks[j].cap && (roleHeads[d.toks[j].key] || d.toks[j].key == "vice") {
			j++
		}
		if j == k+1 || d.toks[j-1].key != head || !sameVice(d, k+1, j, role) {
			continue
		}
		if j < s.t1 && d.toks[j].cap && d.toks[j].kind == tokWord {
			continue // "the President Biden": named
		}
		return true
	}
	return false
}

// bilateralModifier: "welcome" without a person after it, and "bilateral" that modifies something other than a
// meeting ("the bilateral relationship", "bilateral trade") reports no
// encounter; "a bilateral", "bilateral talks" and "bilateral with" do.
func bilateralModifier(d *doc, i, s1 int) bool {
	if k := d.toks[i].key; k == "meet" || k == "meets" || k == "meeting" || k == "met" {
		return meetsAThing(d, i, s1)
	}
	if d.toks[i].key == "welcome" || d.toks[i].key == "welcoming" {
		// "to welcome President Moon", "to welcome the Prime Minister of
		// Iraq": a verb with a person; not "a warm welcome", "we welcome the
		// opportunity", "welcome to NATO"
		if i+1 < s1 && d.toks[i+1].key == "the" {
			return !welcomesTheTitled(d, i, s1)
		}
		return i+1 >= s1 || !d.toks[i+1].cap || d.toks[i+1].kind != tokWord
	}
	if d.toks[i].key == "received" {
		return receivedAThing(d, i, s1)
	}
	if d.toks[i].key == "host" && i+1 < s1 && hostedThings[d.toks[i+1].key] {
		return true // "a successful G20 host year", "the host country"
	}
	if d.toks[i].key != "bilateral" || i+1 >= s1 {
		return false
	}
	n := &d.toks[i+1]
	if n.kind != tokWord {
		return false
	}
	if _, ok := triggerWords[n.key]; ok {
		return false
	}
	switch n.key {
	case "with", "on", "in", "at", "between", "and", "today", "yesterday", "this", "last":
		return false
	}
	return true
}

// hostedThings follow "host" used as a modifier, not as a verb of meeting.
var hostedThings = setOf("year", "years", "country", "countries", "nation", "nations", "city", "cities",
	"government", "governments", "community", "communities", "family", "families", "state", "states", "presidency")

// encounterModifiers may stand between "their" and the meeting word:
// "their last meeting", "their March 14 meeting", "their first in-person talks".
var encounterModifiers = setOf("last", "first", "recent", "previous", "earlier", "second", "third",
	"in-person", "virtual", "phone", "video", "productive", "bilateral", "most")

// theTwo: the sentence's subject is "the two" ("The two met", "the two
// leaders spoke", "the two will meet again"), right before its meeting word
// at, with at most an auxiliary of time or plan between.
func theTwo(d *doc, s sentence, at int) bool {
	k := clauseStart(d, s)
	if at < 0 || k+2 > at || d.toks[k].key != "the" || d.toks[k+1].key != "two" {
		return false
	}
	for j := k + 2; j < at; j++ {
		switch key := d.toks[j].key; key {
		case "leaders", "ministers", "presidents", "sides", "officials", "men", "women", "diplomats", "secretaries", "counterparts":
		default:
			if !twoAuxiliaries[key] {
				return false
			}
		}
	}
	return true
}

// twoAuxiliaries may stand between "the two" and the meeting word: "the two
// will meet", "the two are expected to meet", "the two also spoke".
var twoAuxiliaries = setOf("will", "would", "are", "were", "to", "also", "later", "then", "again", "expected",
	"scheduled", "set", "due", "plan", "planned", "have", "had", "last", "first", "may", "could", "should", "shall")

// officialsIn are the distinct officials the mentions name, in order.
func officialsIn(mentions []int, r *resolver) []int {
	var out []int
	for _, mi := range mentions {
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && !slices.Contains(out, pi) {
			out = append(out, pi)
		}
	}
	return out
}

// theirEncounter reads an earlier or later encounter that the sentence
// names by pronoun only: "This call, which followed their March 14 meeting
// in Rome". It returns the kind of that encounter's word.
func theirEncounter(d *doc, s sentence) (string, bool) {
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].key != "their" {
			continue
		}
		for j := k + 1; j < s.t1 && j <= k+5; j++ {
			t := &d.toks[j]
			if tr, ok := triggerWords[t.key]; ok && tr.strong && !bilateralModifier(d, j, s.t1) && !encounterModifiers[t.key] {
				return tr.kind, true
			}
			_, month := monthByName[t.key]
			if !encounterModifiers[t.key] && !month && t.kind != tokNumber && t.text != "," {
				break
			}
		}
	}
	return "", false
}

// previewOf: a headline meeting ("Statement … on President Biden's Meeting
// with Prime Minister Ardern") whose body tells of it only as planned after
// the article's day ("will welcome Prime Minister Ardern on May 31") is that
// plan, whatever word the body uses for it (meeting, visit, call), not a
// meeting held on the day of the statement.
func previewOf(c, head meetingCand, pubDate string) bool {
	return c.status == "planned" && compareDates(c.date, pubDate) > 0 && c.kind != "summit" && head.kind != "summit"
}

// fullerList: the headline names some of an encounter's people ("Deputy
// Secretary Sherman's Meeting with Secretary Seed") and a body sentence
// names them all ("met today with Secretary Seed and Secretary Bridgman"):
// one encounter, whose people the body gives.
func fullerList(c, head meetingCand, pubDate string) bool {
	if c.status != head.status || len(c.people) <= len(head.people) || c.kind == "summit" || head.kind == "summit" {
		return false
	}
	if c.kind != head.kind && !(c.kind == "meeting" || c.kind == "call") {
		return false
	}
	if head.status == "held" && !compatibleDates(c.date, pubDate) {
		return false
	}
	in := map[int]bool{}
	for _, pi := range c.people {
		in[pi] = true
	}
	return subsetOf(head.people, in)
}

// continuesEncounter: a sentence without an encounter of its own goes on
// about the one told before when it opens with a pronoun or "the two …",
// or when every official it names took part in that encounter ("Secretary
// Blinken and Foreign Minister Wang also discussed Taiwan"; one not in it
// who is named in a possessive, "President Putin’s war", is a topic). Its
// issues are that encounter's.
func continuesEncounter(d *doc, s sentence, mentions []int, r *resolver, last []int) bool {
	in := map[int]bool{}
	for _, pi := range last {
		in[pi] = true
	}
	named := 0
	for _, mi := range mentions {
		pi := r.mentionOf[mi]
		if pi < 0 || !r.people[pi].official {
			continue
		}
		if !in[pi] {
			if r.mentions[mi].possessive {
				continue // an outsider's possessive names a topic: "discussed President Putin’s war"
			}
			return false // someone else's doing
		}
		named++
	}
	if named > 0 {
		return true
	}
	k := s.t0
	for k < s.t1 && d.toks[k].kind != tokWord {
		k++
	}
	if k >= s.t1 {
		return false
	}
	switch d.toks[k].key {
	case "they", "both":
		return true
	case "the":
		// "The two leaders", "The Secretary and the Foreign Minister", "The leaders"
		n := d.toks[min(k+1, s.t1-1)].key
		return n == "two" || n == "leaders" || n == "ministers" || n == "sides" || n == "officials" || roleHeads[n]
	case "during", "at", "in":
		// "During the meeting, …", "In their call, …"
		for j := k + 1; j < s.t1 && j <= k+3; j++ {
			if tr, ok := triggerWords[d.toks[j].key]; ok && tr.strong {
				return true
			}
		}
	}
	return false
}

// gratitudeVerbs report thanks for something done: "Blinken thanked
// Foreign Minister Motegi for hosting Deputy Secretary Sherman".
var gratitudeVerbs = setOf("thanked", "thank", "thanks", "congratulated", "congratulate", "commended", "praised", "applauded")

var gratitudeFilter = filterOf(gratitudeVerbs)

// withoutThankers drops the people who thank another for an encounter: in
// "A thanked B for hosting C", B hosted C and A took no part. It applies
// only where the meeting word follows the "for" or "on" of the thanks.
func withoutThankers(d *doc, s sentence, mentions []int, r *resolver, people []int) []int {
	g := -1
	for k := s.t0; k < s.t1; k++ {
		if key := d.toks[k].key; gratitudeFilter.may(key) && gratitudeVerbs[key] {
			g = k
			break
		}
	}
	if g < 0 {
		return people
	}
	forAt := -1
	for k := g + 1; k < s.t1 && k <= g+12; k++ {
		if key := d.toks[k].key; key == "for" || key == "on" {
			forAt = k
			break
		}
	}
	if forAt < 0 {
		return people
	}
	trig := false
	for k := forAt + 1; k < s.t1 && k <= forAt+10; k++ {
		if tr, ok := triggerWords[d.toks[k].key]; ok && tr.strong {
			trig = true
		}
	}
	if !trig {
		return people
	}
	before := map[int]bool{}
	for _, mi := range mentions {
		if m := r.mentions[mi]; m.t0 < g && r.mentionOf[mi] >= 0 {
			before[r.mentionOf[mi]] = true
		}
	}
	out := people[:0:0]
	for _, pi := range people {
		if !before[pi] {
			out = append(out, pi)
		}
	}
	return out
}

// thingsMet are what one meets that is no person: "meet the challenges",
// "meeting our commitments", "met its targets".
var thingsMet = setOf("challenge", "challenges", "needs", "need", "goal", "goals", "demand", "demands",
	"commitment", "commitments", "target", "targets", "obligation", "obligations", "standard", "standards",
	"expectations", "requirements", "threat", "threats", "moment", "deadline", "criteria", "benchmarks")

// reactionsMet are what a plan or a proposal is "met with": no person.
var reactionsMet = setOf("criticism", "resistance", "skepticism", "scepticism", "opposition", "protests",
	"applause", "silence", "condemnation", "approval", "support", "concern", "concerns", "derision", "outrage")

// placesOfMeeting are nouns that "meeting" modifies: "a meeting place", "the
// meeting room" name where people may meet, not an encounter.
var placesOfMeeting = setOf("place", "places", "room", "rooms", "venue", "venues", "point", "hall", "space", "ground", "grounds")

// meetsAThing: "meet" whose object is a challenge or a goal, "met with"
// criticism, and "meeting" that modifies a place report no encounter.
func meetsAThing(d *doc, i, s1 int) bool {
	if d.toks[i].key == "meeting" && i+1 < s1 && placesOfMeeting[d.toks[i+1].key] {
		return true
	}
	for k := i + 1; k < s1 && k <= i+4; k++ {
		key := d.toks[k].key
		if thingsMet[key] || key == "with" && k+1 < s1 && reactionsMet[d.toks[k+1].key] {
			return true
		}
		if sp := d.spanOf(k); d.toks[k].cap && sp != nil && sp.phrase.Kind != gazetteer.KindOrg && (k == i+1 || objectDeterminers[d.toks[k-1].key]) {
			// "meet Paris goals", "meet the European demands": a place or
			// a country opening the object; after a preposition it is where
			// they meet ("meet in Geneva on threats")
			k = sp.t1 - 1
			continue
		}
		if d.toks[k].kind != tokWord || d.toks[k].cap || key == "with" {
			return false
		}
	}
	return false
}

// objectDeterminers open the object of "meet" (meetsAThing).
var objectDeterminers = setOf("the", "our", "its", "their", "his", "her", "your", "these", "those")

// timeOfDay words may stand between a meeting word and "between" ("the call
// this morning between President Biden and Chinese leader Xi Jinping").
var timeOfDay = setOf("this", "that", "last", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week", "earlier")

// betweenParticipants: "a meeting between President Biden and President
// Macron" names its participants after "between"; people named before it
// (the speaker, the subject of "we had") did not take part. It returns the
// people named after "between" when there are two or more, else people.
func betweenParticipants(d *doc, s sentence, mentions []int, r *resolver, people []int) []int {
	at, _ := betweenAt(d, s)
	if at < 0 {
		return people
	}
	after := officialsAfter(mentions, r, at, betweenListEnd(d, at, s.t1), nil)
	if len(after) < 2 {
		return people
	}
	return after
}

// officialsAfter appends to acc, each once, the officials of mentions that
// start after token k and end by token end.
func officialsAfter(mentions []int, r *resolver, k, end int, acc []int) []int {
	for _, mi := range mentions {
		m, pi := r.mentions[mi], r.mentionOf[mi]
		if m.t0 > k && m.t1 <= end && pi >= 0 && r.people[pi].official && !slices.Contains(acc, pi) {
			acc = append(acc, pi)
		}
	}
	return acc
}

// betweenAt is the token of the "between" that names an encounter's
// participants, and noun the strong meeting word a few words before it ("the
// call this morning between …"), or -1, -1.
func betweenAt(d *doc, s sentence) (at, noun int) {
	for k := s.t0 + 1; k < s.t1; k++ {
		if d.toks[k].key != "between" {
			continue
		}
		for j := k - 1; j >= s.t0 && j >= k-4; j-- {
			if tr, ok := triggerWords[d.toks[j].key]; ok && tr.strong {
				return k, j
			}
			if j < k-2 && !timeOfDay[d.toks[j+1].key] {
				break // "the call this morning between …": only a time may stand between
			}
		}
	}
	return -1, -1
}

// intentWords before "to" state an intention: "agreed to launch an annual
// dialogue", "decided to hold talks", "expressed their intention to meet
// again" plan an encounter, they do not report one.
var intentWords = setOf("agreed", "agree", "decided", "committed", "pledged", "resolved", "intend", "intends", "aim", "aims", "intention")

// intentGoverns: an intention with "to" stands before the meeting word in
// its own clause.
func intentGoverns(d *doc, s sentence, trigAt int) bool {
	for k := trigAt - 1; k > s.t0 && k >= trigAt-8; k-- {
		t := &d.toks[k]
		if t.key == "to" && intentWords[d.toks[k-1].key] {
			return true
		}
		if pastVerbs[t.key] || t.text == ";" || t.text == "," {
			return false
		}
	}
	return false
}
