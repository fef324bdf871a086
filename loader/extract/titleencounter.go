package extract

// titleEncounter reads a transcript's headline that names officials of two
// or more parties at an occasion with no meeting word: "Secretary Antony J.
// Blinken and Israeli Prime Minister Benjamin Netanyahu Statements to the
// Press", "… and Albanian Prime Minister Edi Rama at a Signing of a
// Memorandum …", "Opening Remarks with Secretary of Commerce Gina M.
// Raimondo and Japanese Foreign Minister Hayashi Yoshimasa and …". The
// speakers stood together that day, so it is their held meeting, with the
// byline's author (author, -1 if none), who speaks in it though the
// headline may not name him. Callers ask only of a transcript (speaker
// labels), so a preview ("to Deliver Remarks with") or a release is left
// alone; officials of one party ("at Signing of H.R. 3525") make none.
func titleEncounter(title *doc, head sentenceFacts, author int, r *resolver) (meetingCand, bool) {
	if head.trig != "" || !titleOccasion(title) {
		return meetingCand{}, false
	}
	people := head.people
	if author >= 0 {
		people = appendUnique([]int{author}, people...)
	}
	if len(people) < 2 || parties(r, people) < 2 {
		return meetingCand{}, false
	}
	return meetingCand{people: people, kind: "meeting", status: "held", sent: -1, fromHead: true}, true
}

// titleOccasion reports whether a headline names an occasion at which its
// officials spoke together: "Statements to the Press", a "Signing", or
// "Remarks with" someone.
func titleOccasion(title *doc) bool {
	ts := title.toks
	for k := range ts {
		switch ts[k].key {
		case "signing":
			return true
		case "statements":
			if k+3 < len(ts) && ts[k+1].key == "to" && ts[k+2].key == "the" && ts[k+3].key == "press" {
				return true
			}
		case "remarks":
			if k+1 < len(ts) && ts[k+1].key == "with" {
				return true
			}
		}
	}
	return false
}
