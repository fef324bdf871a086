package extract

// officesMeeting: the office ending at token end owns the meeting at token
// at, named in the possessive right before it ("the President's meeting with
// Russian President Putin", "the President's bilateral meeting with Prime
// Minister Boris Johnson"), so in a US release its holder on the article's
// date is a party (publisherOfficer), as for a trip the office owns
// (ownTrip). Only a singular "meeting" followed by "with" counts: "the
// President's meetings with foreign leaders" tells no one encounter, and a
// call or conversation the office owns is mostly one asked about or an
// earlier one (possconv.go).
func officesMeeting(d *doc, end, at int) bool {
	return officeOwned(d, at) && (end+1 == at || end+2 == at && d.toks[end+1].key == "bilateral")
}

// meetingWith: the meeting word at, or the "bilateral" it opens, is a
// singular "meeting" followed by "with".
func meetingWith(d *doc, at int) bool {
	m := at
	if d.toks[m].key == "bilateral" {
		m++
	}
	return m+1 < len(d.toks) && d.toks[m].key == "meeting" && d.toks[m+1].key == "with"
}

// officeOwned: the meeting word at is owned by the possessive right before
// it ("the President's meeting", "the Secretary's bilateral meeting").
func officeOwned(d *doc, at int) bool {
	if !meetingWith(d, at) {
		return false
	}
	j := at - 1
	if j > 0 && d.toks[j].key == "bilateral" {
		j--
	}
	return j > 0 && possessiveMark(d.toks[j].key)
}

// followingOfficesMeeting: the office's meeting at (officeOwned) is what
// something came after ("following the President's meeting with …",
// "after the Secretary's meeting with …"): a meeting already held, whatever
// modal of the speaker's saying comes before ("I would note that …").
func followingOfficesMeeting(d *doc, at int) bool {
	if !officeOwned(d, at) {
		return false
	}
	for k := at - 2; k >= 0 && k >= at-6; k-- {
		switch d.toks[k].key {
		case "following", "after", "since":
			return true
		case "the":
			return k > 0 && (d.toks[k-1].key == "following" || d.toks[k-1].key == "after" || d.toks[k-1].key == "since")
		}
	}
	return false
}
