package extract

import "strings"

// An envoy or aide "of" a named leader acts for the leader's state: "His
// Excellency Xie Zhenhua, Special Envoy of President Xi Jinping, People’s
// Republic of China". The office's words stop at the leader's name, so the
// role read "Special Envoy of President", a title with no state, and a US
// release gave it the US default. The leader's country, where the text or
// the lists gave one, is the person's; the role drops the dangling "of
// President". A person with a cue of their own keeps it.

// leaderTitles are the leaders' titles an office "of" names before the
// leader's name.
var leaderTitles = []string{"president", "prime minister", "king", "chancellor", "emir", "crown prince", "premier", "sultan"}

// leaderOfSuffix is the length of the role's trailing " of [the] <leader
// title>" and that title, or 0.
func leaderOfSuffix(role string) (int, string) {
	low := strings.ToLower(role)
	for _, t := range leaderTitles {
		for _, of := range []string{" of the ", " of "} {
			if strings.HasSuffix(low, of+t) && len(low) > len(of+t) {
				return len(of + t), t
			}
		}
	}
	return 0, ""
}

// leaderEnvoys ends the role of each person whose role ends in "of <leader
// title>" right before the leader's named mention before the "of", and
// gives them the leader's country where their own is none or the US
// default.
func leaderEnvoys(d *doc, r *resolver, nBody int) {
	for _, p := range r.people {
		n, title := leaderOfSuffix(p.role)
		if n == 0 {
			continue
		}
		for _, mi := range p.mentions {
			m := r.mentions[mi]
			if mi >= nBody || m.role != p.role {
				continue
			}
			q := leaderNamedAfter(d, r, mi, title)
			if q < 0 || q == r.mentionOf[mi] {
				continue
			}
			if c := r.people[q].country; c != "" && (p.country == "" || p.usDefault) {
				p.country, p.usDefault = c, false
			}
			p.role = strings.TrimSpace(p.role[:len(p.role)-n])
			break
		}
	}
}

// leaderNamedAfter is the person of the first mention after mention mi in
// its sentence whose title, right before its name, is the leader title and
// follows "of" (with no other words between mi's name and that "of" but
// the office's, at most 8), or -1.
func leaderNamedAfter(d *doc, r *resolver, mi int, title string) int {
	m := r.mentions[mi]
	words := len(strings.Fields(title))
	for qi, q := range r.mentions {
		if q.sent != m.sent || q.inTitle != m.inTitle || q.t0 <= m.t1 || q.t0 > m.t1+12 || r.mentionOf[qi] < 0 {
			continue
		}
		t0 := q.t0 - words // the leader's title
		of := t0 - 1
		if of > m.t1 && d.toks[of].key == "the" {
			of-- // "of the President"
		}
		if of <= m.t1 || d.toks[of].key != "of" || strings.ToLower(d.joinText(t0, q.t0)) != title {
			continue
		}
		return r.mentionOf[qi]
	}
	return -1
}
