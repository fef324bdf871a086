package extract

// occasionNouns name a leaders' occasion in a remarks headline that no
// meeting word names: "Remarks by President Biden at Launch of the
// Partnership for …", "… at the Generation Equality Forum", "… at the Munich
// Security Conference", "… at the UN-Hosted High-Level Yemen Pledging Event".
var occasionNouns = setOf("summit", "plenary", "ministerial", "launch", "forum", "conference", "event", "session")

// leadersOccasionTitle reports whether a headline is of remarks at a
// gathering whose leaders the speech addresses: "Remarks" (or a
// "Transcript") and an occasion noun that is no press conference or press
// event. The speech's addressed leaders are then its summit
// (addListMeeting), as under a summit word.
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
