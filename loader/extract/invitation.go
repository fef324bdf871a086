package extract

// invitationOnly: the planned encounter at token at is only an invitation
// to it ("President Biden invited President Zelenskyy to visit Washington
// later this summer", "extended an invitation for President Yoon to visit
// Washington at a time of mutual convenience", "bring him our invitation to
// visit Greenland"). An invitation neither accepted nor scheduled is no
// planned encounter (GUIDELINES: announced, expected or scheduled; the
// gold's "conveyed an invitation for him to visit the United States later
// this year" has no record). It leaves an accepted one ("extended an
// invitation for him to visit Israel, which he accepted and will do"), one
// the invited is told to take up ("is invited to attend the summit"), an
// event held at someone's invitation ("will participate … at the invitation
// of"), and an encounter whose own word of the future stands between the
// invitation and it ("invited … and will meet").
func invitationOnly(d *doc, s sentence, at int) bool {
	if at <= s.t0 || d.toks[at-1].key != "to" || tellsAccepted(d, s) {
		return false
	}
	for k := at - 2; k >= s.t0 && k >= at-12; k-- {
		switch key := d.toks[k].key; {
		case key == "invitation" || key == "invitations":
			return d.toks[k+1].key != "of"
		case key == "invited" || key == "invite" || key == "invites" || key == "inviting":
			return k == s.t0 || !passiveAux[d.toks[k-1].key]
		case futureWords[key] && key != "later" && key != "soon" && key != "next":
			return false
		}
	}
	return false
}

// tellsAccepted: the sentence says the invitation was or will be taken up
// ("which he accepted and will do").
func tellsAccepted(d *doc, s sentence) bool { return sentenceHas(d, s, acceptWords) }

// acceptWords tell an invitation taken up (tellsAccepted).
var acceptWords = setOf("accepted", "accepts", "accept", "accepting")

// passiveAux before "invited" makes the invited the subject, told to come
// ("is invited to attend"): an announced attendance, not an invitation
// still open.
var passiveAux = setOf("is", "are", "was", "were", "been", "be", "being")
