package extract

// betweenOfficeReach is how many tokens after "and" the other participant's
// name may end within ("and his Armenian counterpart, Foreign Minister
// Mirzoyan").
const betweenOfficeReach = 9

// betweenOffice: a US release or an official's answer names an encounter's
// first participant after "between" by the publisher's office alone and the
// other by name after "and" ("there was a bilateral meeting today between the
// Secretary and his Armenian counterpart, Foreign Minister Mirzoyan", "the
// bilat meeting between the Secretary and Foreign Minister Maas"). It returns
// the office's holder on the article's date followed by the officials named
// after "and", or nil when the sentence has no such form, the holder is not
// named in the article, or nobody is named after "and" ("the call between the
// Secretary and the Israeli foreign minister"): the gold counts named people.
func betweenOffice(d *doc, s sentence, mentions []int, r *resolver) []int {
	at, _ := betweenAt(d, s)
	if at < 0 || !r.usSource || at+2 >= s.t1 || d.toks[at+1].key != "the" {
		return nil
	}
	for _, o := range publisherOffices {
		end := at + 2 + len(o.words)
		if end >= s.t1 || !titleWords(d, at+2, o.words) || d.toks[end].key != "and" {
			continue // not this office, or "the Secretary General", "the President of …"
		}
		holder := namedHolder(r, o.role)
		if holder < 0 {
			return nil
		}
		people := officialsAfter(mentions, r, end, end+1+betweenOfficeReach, []int{holder})
		if len(people) < 2 {
			return nil
		}
		return people
	}
	return nil
}

// asksQuestion: the sentence opens a reporter's turn, "QUESTION:" in the
// State Department's transcripts, "Q" in the White House's.
func asksQuestion(d *doc, s sentence) bool {
	if s.t0+1 >= s.t1 {
		return false
	}
	t, next := &d.toks[s.t0], &d.toks[s.t0+1]
	switch t.text {
	case "QUESTION":
		return next.text == ":"
	case "Q":
		return next.kind == tokWord || next.text == ":"
	}
	return false
}
