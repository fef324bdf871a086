package extract

import "slices"

// Leaders on the same stage (issue 10, stage37): remarks at a leaders'
// occasion that no meeting word names (a launch, a forum, a conference)
// hold the summit of the leaders the speech addresses, as a summit
// headline's do (leadersOccasionTitle, addListMeeting); who a speech
// addresses is read by addressCue and toldOf; and a one-speaker speech
// meets the other parties' officials it addresses as there
// (presentAddressed, addPresentMeeting).

// occasionNouns name a leaders' occasion in a remarks headline that no
// meeting word names: "Remarks by President Biden at Launch of the
// Partnership for …", "… at the Generation Equality Forum", "… at the Munich
// Security Conference", "… at the UN-Hosted High-Level Yemen Pledging Event".
var occasionNouns = setOf("summit", "plenary", "ministerial", "launch", "forum", "conference", "event", "session")

// leadersOccasionTitle reports whether a headline is of remarks at a
// gathering whose leaders the speech addresses: "Remarks" and an occasion
// noun that is no press conference or press event. A "Transcript" is not
// remarks ("Transcript of the Transatlantic Trends 2021 Launch Event": a
// survey's launch, TestLeadersOccasionTitle). The speech's addressed
// leaders are then its summit (addListMeeting), as under a summit word.
func leadersOccasionTitle(title *doc) bool {
	remarks, occasion := false, false
	for k, t := range title.toks {
		switch {
		case t.key == "remarks":
			remarks = true
		case occasionNouns[t.key] && (k == 0 || title.toks[k-1].key != "press"):
			occasion = true
		}
	}
	return remarks && occasion
}

// recordedMessage reports whether a speech's header says it was recorded
// ("Via Recorded Video"): a recorded message meets no one, so the leaders it
// thanks for hosting are no summit of the speaker's.
func recordedMessage(body *doc) bool {
	n := min(len(body.toks), 40)
	for k := 0; k+1 < n; k++ {
		if body.toks[k].key == "recorded" && (body.toks[k+1].key == "video" || body.toks[k+1].key == "message") {
			return true
		}
	}
	return false
}

// addressCue reports whether token k speaks to or of someone present: "you",
// "thank", "welcome", or a speaker's "invite" ("I invite President von der
// Leyen to the podium"). A bare "thanks to" gives a cause, not thanks
// ("Thanks to President Widodo and Prime Minister Draghi, through the G20, we
// have consensus"): the leaders it names are not addressed; "my thanks to"
// thanks them.
func addressCue(d *doc, s0, k, end int) bool {
	switch d.toks[k].key {
	case "you", "your", "thank", "welcome":
		return true
	case "invite":
		return speakerInvites(d, s0, k)
	case "thanks":
		return k+1 >= end || d.toks[k+1].key != "to" || k > s0 && thanksOwners[d.toks[k-1].key]
	}
	return false
}

// speakerInvites reports whether the "invite" at k is the speaker's, giving
// the floor ("And now I invite President von der Leyen to the podium", "I'll
// invite Prime Minister Kishida to say a few words", "may I invite", "let me
// invite", "I'd like to invite"), not an invitation told of ("agreed together
// to invite President Putin to come and visit", "decided to invite President
// Zelenskyy to the G20").
func speakerInvites(d *doc, s0, k int) bool {
	for j := k - 1; j >= s0 && j >= k-4; j-- {
		switch d.toks[j].key {
		case "i", "i'll", "i'd", "me", "now":
			return true
		case "decided", "agreed", "plan", "plans", "will", "would", "to":
			if d.toks[j].key != "to" || j == 0 || d.toks[j-1].key != "like" && d.toks[j-1].key != "want" {
				return false
			}
		}
	}
	return false
}

// thanksOwners before "thanks to" make it thanks given, not a cause.
var thanksOwners = setOf("my", "our", "special", "many", "sincere", "warm", "warmest", "deepest", "heartfelt", "deep")

// toldOfVerbs after a name make it the subject of a clause of its own: the
// speech tells of the leader, it does not address them ("As you know,
// President Macron said last week …", "President Lasso is carving his place
// in your history", "Secretary Stoltenberg spoke earlier").
var toldOfVerbs = setOf("said", "says", "spoke", "speaks", "told", "tells", "noted", "notes", "mentioned", "announced",
	"announces", "has", "had", "is", "was", "did", "does", "made", "makes", "wrote", "called", "calls", "pointed",
	"talked", "went", "came", "visited", "met", "asked", "agreed", "decided", "signed", "launched")

// toldOf reports whether the mention is the subject of a verb that follows
// it at once (toldOfVerbs): a leader spoken of in a sentence that addresses
// someone else.
func toldOf(d *doc, s sentence, m personMention) bool {
	return m.t1 < s.t1 && d.toks[m.t1].kind == tokWord && toldOfVerbs[d.toks[m.t1].key]
}

// addressSkip are the words that may stand between a word of address and
// the name it governs: "thank you also to Chancellor Scholz", "let me thank,
// as well, Director General Tedros", "welcome the Taoiseach of Ireland,
// Micheál Martin"; capitalised words (titles) are skipped too.
var addressSkip = setOf(",", "—", "–", "to", "the", "and", "also", "as", "well", "you", "very", "much", "of", "my", "our",
	"friend", "dear", "colleague", "good", "old", "excellency", "now", "especially", "in", "particular")

// addressVerbs govern the one addressed: "thank", "welcome", "invite",
// "introduce", "congratulate".
var addressVerbs = setOf("thank", "thanks", "welcome", "invite", "introduce", "congratulate", "congratulations", "greet", "acknowledge", "recognize")

// vocative: the titled name opens the sentence or follows a comma or dash,
// a comma, colon or dash follows it, and the sentence speaks to someone.
func vocative(d *doc, s sentence, m personMention, before int) bool {
	opens := before < s.t0 || d.toks[before].key == "," || d.toks[before].key == "—" || d.toks[before].key == "–" || d.toks[before].key == ":" ||
		before == s.t0 && (d.toks[before].key == "and" || d.toks[before].key == "so" || d.toks[before].key == "to")
	if !opens || m.t1 >= s.t1 {
		return false
	}
	switch d.toks[m.t1].key {
	case ",", ":", "—", "–":
	default:
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		switch d.toks[k].key {
		case "you", "your", "thank", "thanks":
			return true
		}
	}
	return false
}

// presenceWords tell that the one thanked is there: "for joining us", "for
// being here", "today", "tonight", "for convening". "Hosting" and
// "welcoming" are left out: "for the efforts of Poland in welcoming
// refugees" thanks for work.
var presenceWords = setOf("joining", "join", "here", "today", "tonight", "convening", "co-hosting", "hospitality")

// presentAddressed reports whether a speech's sentence addresses the
// mentioned official as there: a vocative of a sentence in the second
// person ("President Herzog, it's wonderful to be with you again", "Thank
// you, President Lasso, for leading with courage"), the object of a
// speaker's "invite", "introduce" or "welcome" ("I now invite Dr. Carla
// Barnett … to share a few words", "we are pleased to welcome the Taoiseach
// of Ireland, Micheál Martin"), or one thanked in a sentence that says they
// are there ("thank Secretary General Stoltenberg for leading a very
// successful NATO Summit today"). One thanked for work ("I want to thank
// President Duda for the efforts of Poland") is not.
func presentAddressed(d *doc, s sentence, m personMention) bool {
	k := m.t0 - 1
	for k >= s.t0 && d.toks[k].kind == tokWord && d.toks[k].cap && !addressVerbs[d.toks[k].key] {
		k--
	}
	// a vocative names the one spoken to by title ("You know, Macron,
	// Trudeau both put out statements" speaks of them)
	if k < m.t0-1 && vocative(d, s, m, k) && sentenceHas(d, s, secondPerson) {
		return true
	}
	v := addressVerbBefore(d, s, k)
	switch {
	case v < 0:
		return false
	case d.toks[v].key == "invite":
		return speakerInvites(d, s.t0, v)
	case d.toks[v].key == "welcome" || d.toks[v].key == "introduce":
		return true
	}
	return sentenceHas(d, s, presenceWords)
}

// addressVerbBefore is the word of address that governs the name whose
// title starts after token k, reading back over commas, titles and the
// little words of address ("thank you also to", "let me thank, as well,");
// -1 if none.
func addressVerbBefore(d *doc, s sentence, k int) int {
	for j, n := k, 0; j >= s.t0 && n < 10; j, n = j-1, n+1 {
		t := &d.toks[j]
		switch {
		case addressVerbs[t.key]:
			return j
		case t.kind == tokWord && t.cap, addressSkip[t.key]:
		default:
			return -1
		}
	}
	return -1
}

func sentenceHas(d *doc, s sentence, words map[string]bool) bool {
	for k := s.t0; k < s.t1; k++ {
		if words[d.toks[k].key] {
			return true
		}
	}
	return false
}

// addPresent adds the officials a sentence addresses as there
// (presentAddressed).
func addPresent(d *doc, s sentence, mentions []int, r *resolver, acc []int) []int {
	for _, mi := range mentions {
		m := r.mentions[mi]
		if pi := r.mentionOf[mi]; pi >= 0 && r.people[pi].official && !m.possessive && !slices.Contains(acc, pi) &&
			presentAddressed(d, s, m) {
			acc = append(acc, pi)
		}
	}
	return acc
}

// addPresentMeeting adds the encounter of a speech's speaker with the other
// parties' officials it addresses as there (presentAddressed), on the
// speech's day at its place (occasionPlace), where no held encounter of the two is told:
// "Remarks by President Biden at Israeli Presidential Medal of Honor
// Reception" with "President Herzog, it's wonderful to be with you again".
// Only remarks of one headline official, not recorded, and not planned.
func (b *relationBuilder) addPresentMeeting() {
	if len(b.headPeople) != 1 || b.head.future || !remarksTitle(b.title) || recordedMessage(b.body) {
		return
	}
	head := b.headPeople[0]
	var others []int
	for _, pi := range foreignOf(b.r, b.present, head) {
		if !b.heldWith(head, pi) {
			others = append(others, pi)
		}
	}
	if len(others) == 0 {
		return
	}
	kind := "meeting"
	switch {
	case b.head.summit || leadersOccasionTitle(b.title):
		kind = "summit"
	case b.head.trig == "call":
		kind = "call"
	}
	c := meetingCand{people: append([]int{head}, others...), kind: kind, status: "held", sent: -1, fromHead: true, date: b.date}
	if kind != "call" {
		c.place, c.placeCC = b.occasionPlace()
	}
	b.cands = append(b.cands, c)
}

// heldWith reports whether a held candidate already pairs the two.
func (b *relationBuilder) heldWith(a, c int) bool {
	for _, m := range b.cands {
		if m.status == "held" && slices.Contains(m.people, a) && slices.Contains(m.people, c) {
			return true
		}
	}
	return false
}

// remarksTitle: the headline is of a speech ("Remarks by …"), not a press
// conference, briefing or gaggle.
func remarksTitle(title *doc) bool {
	remarks := false
	for _, t := range title.toks {
		switch t.key {
		case "remarks":
			remarks = true
		case "press", "briefing", "gaggle", "readout", "statement":
			return false
		}
	}
	return remarks
}
