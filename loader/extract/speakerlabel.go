package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// A transcript's label "MR. ZIENTS:", "DR. WALENSKY:" names the one who
// speaks by an honorific and the surname in capitals, at the start of a
// line. In a US release such a label is mostly one of the government's own
// officers at a briefing, so the surname is looked up in the lists: the one
// US official of that surname in office on the article's date, not a member
// of Congress or a judge, who speak under their titles ("SENATOR X:"), so
// that a guest's "MR. BRADY:" (a football player) or "MS THOMAS:" (a
// moderator) is no Representative Brady or Justice Thomas. A surname the
// lists hold for no such officer ("MR PRICE" in 2021) gives no one.

// labelHonorifics are the honorifics of a speaker's label.
var labelHonorifics = setOf("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.")

// speakerLabelSurname: mention m is the surname of a speaker's label: one
// word in capitals after an honorific in capitals that opens a line, with
// the label's colon after it.
func (d *doc) speakerLabelSurname(m *personMention) bool {
	h := m.t0 - 1
	if m.t1-m.t0 != 1 || h < 0 || m.t1 >= len(d.toks) || d.toks[m.t1].text != ":" || !d.toks[m.t0].upper {
		return false
	}
	ht := &d.toks[h]
	if !labelHonorifics[ht.key] || !ht.upper {
		return false
	}
	return h == 0 || d.toks[h-1].kind == tokNewline
}

// labelOfficer is the listed official a speaker's label names (above).
func (r *resolver) labelOfficer(surname string) (gazetteer.Official, bool) {
	if !r.usSource {
		return gazetteer.Official{}, false
	}
	var found []gazetteer.Official
	for _, o := range r.activeOfficials(surname) {
		if o.Country == "US" && !seatHolder(o.Role) {
			found = append(found, o)
		}
	}
	return onePerson(found)
}

// seatHolder: a legislator's or a court's office.
func seatHolder(role string) bool {
	switch roleHead(role) {
	case "representative", "senator", "delegate", "speaker":
		return !strings.Contains(strings.ToLower(role), " to ") // "Permanent Representative to NATO" is an envoy
	}
	return courtJustice(role)
}
