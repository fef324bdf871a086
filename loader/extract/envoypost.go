package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// honoraryTitles are words the news addresses a person by that name no
// post of theirs: a career ambassador keeps "Ambassador" whatever office
// they hold now.
var honoraryTitles = setOf("ambassador")

// isHonoraryTitle reports whether role is a courtesy title alone, without
// folding every record's role to lower case.
func isHonoraryTitle(role string) bool {
	for w := range honoraryTitles {
		if strings.EqualFold(role, w) {
			return true
		}
	}
	return false
}

// envoyLinks are the lower-case words an envoy's post holds between its
// capitalised words ("Special Envoy to Monitor and Combat Antisemitism",
// "Special Envoy for the Horn of Africa").
var envoyLinks = setOf("for", "to", "of", "on", "and", "the")

// envoyLead are the words that may stand between a name's comma or "as"
// and the post they introduce ("Ambassador Carstens, our Special
// Presidential Envoy for Hostage Affairs", "will serve as its Special Envoy
// for Haiti").
var envoyLead = setOf("our", "the", "its", "his", "her", "their", "a", "new")

// envoyPostMaxWords bounds a post read from the text: the longest open
// corpus's envoy post ("Special Envoy for Afghan Women, Girls, and Human
// Rights") is eight words without its commas.
const envoyPostMaxWords = 12

// postOrOffice is the role of p's record: the envoy's post the article gives
// p where p's office is a courtesy title alone (envoyPost), else wholeOffice.
func postOrOffice(body *doc, r *resolver, p *personEntity) string {
	role := r.wholeOffice(p)
	if p.rolePast || p.roleNominated || !isHonoraryTitle(role) || gazetteer.ListedPastOffice(p.name, p.country, role, r.date) {
		return role
	}
	if post := envoyPost(body, r, p); post != "" {
		return post
	}
	return role
}

// envoyPost is the special envoy's post the article gives p beside a
// mention of the name, "" if none: a title of p's own that names an envoy
// ("Special Envoy Feltman"); the post set before "Ambassador" and a comma
// ("Special Envoy to Monitor and Combat Antisemitism, Ambassador Deborah
// Lipstadt"); set after the name and a comma ("Ambassador Carstens, our
// Special Presidential Envoy for Hostage Affairs"); or the post the name is
// made ("appointing Ambassador Joseph Yun as Special Presidential Envoy for
// Compact Negotiations"), with no other person named between. The longest
// such post wins; a post that holds another person's name is none
// ("Special Presidential Envoy for Hostage Affairs Ambassador Carstens,
// Ambassador John Sullivan").
func envoyPost(body *doc, r *resolver, p *personEntity) string {
	best := ""
	take := func(s string) {
		if len(s) > len(best) {
			best = s
		}
	}
	for _, mi := range p.mentions {
		m := r.mentions[mi]
		if m.pastTitle || m.nominated {
			continue
		}
		if hasWord(m.role, "envoy") {
			take(m.role)
		}
		if m.inTitle {
			continue
		}
		toks := body.toks
		// "<Post>, Ambassador Name"
		if t := m.t0 - 1; t >= 1 && honoraryTitles[toks[t].key] && toks[t-1].text == "," {
			take(envoyRunBefore(body, r, t-1))
		}
		// "Ambassador Name, our <Post>"
		if m.t1 < len(toks) && toks[m.t1].text == "," {
			take(envoyRunAfter(body, r, m.t1+1))
		}
		// "Ambassador Name … as <Post>"
		for t := m.t1; t < len(toks) && toks[t].sent == m.sent; t++ {
			if personAt(r, t) {
				break
			}
			if toks[t].key == "as" {
				take(envoyRunAfter(body, r, t+1))
				break
			}
		}
	}
	return best
}

// envoyRunBefore is the envoy's post that ends right before token end (a
// comma): the capitalised words and links back to the sentence's lower-case
// word, "" if the run names no envoy or holds a person's name.
func envoyRunBefore(d *doc, r *resolver, end int) string {
	start := end
	for t := end - 1; t >= 0 && end-t <= envoyPostMaxWords && d.toks[t].sent == d.toks[end].sent; t-- {
		k := d.toks[t]
		if k.kind != tokWord || !(k.cap || envoyLinks[k.key]) {
			break
		}
		start = t
	}
	for start < end && !d.toks[start].cap {
		start++
	}
	return envoyRun(d, r, start, end)
}

// envoyRunAfter is the envoy's post that starts at token start, after a
// possessive or article (envoyLead), up to its last capitalised word.
func envoyRunAfter(d *doc, r *resolver, start int) string {
	for start < len(d.toks) && envoyLead[d.toks[start].key] && !d.toks[start].cap {
		start++
	}
	if start >= len(d.toks) || !d.toks[start].cap {
		return ""
	}
	end := start
	for t := start; t < len(d.toks) && t-start < envoyPostMaxWords && d.toks[t].sent == d.toks[start].sent; t++ {
		k := d.toks[t]
		if k.kind != tokWord || !(k.cap || envoyLinks[k.key]) {
			break
		}
		if k.cap {
			end = t + 1
		}
	}
	return envoyRun(d, r, start, end)
}

// envoyRun is the text of tokens [start, end) where they are an envoy's
// post: "Envoy" among them, no courtesy title, no person's name. A country's
// word that opens it is the person's party, not the post's ("U.S. Special
// Envoy for Libya" is "Special Envoy for Libya"), as it is in every title.
func envoyRun(d *doc, r *resolver, start, end int) string {
	for s := d.spanOf(start); s != nil && s.t0 == start && s.t1 < end &&
		(s.phrase.Kind == gazetteer.KindCountry || s.phrase.Kind == gazetteer.KindDemonym); s = d.spanOf(start) {
		start = s.t1
	}
	if end-start < 2 {
		return ""
	}
	envoy := false
	for t := start; t < end; t++ {
		if honoraryTitles[d.toks[t].key] || personAt(r, t) {
			return ""
		}
		envoy = envoy || d.toks[t].key == "envoy"
	}
	if !envoy {
		return ""
	}
	return d.text[d.toks[start].start:d.toks[end-1].end]
}

// personAt reports whether body token t is inside the name of a person the
// article resolved: not a bare title standing for one ("the Special Envoy"),
// nor capitalised words no person took ("Special Presidential" before
// "Envoy").
func personAt(r *resolver, t int) bool {
	for i, m := range r.mentions {
		if !m.inTitle && !m.titleRef && m.t0 <= t && t < m.t1 && r.mentionOf[i] >= 0 {
			return true
		}
	}
	return false
}

// hasWord reports whether s holds word w (lower case), case folded.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}
