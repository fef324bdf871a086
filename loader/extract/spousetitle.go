package extract

import "strings"

// A leader's spouse who leads a delegation, hosts or meets officials is a
// person of the gold, under the title "First Lady" or "Second Gentleman"
// (GUIDELINES.md; the dev gold's Jill Biden, Douglas Emhoff and Olena
// Zelenska). "Lady" is no office word elsewhere ("Lady Gaga"), so these
// titles are heads only as the whole title, capitalised.

// spouseTitles are the titles of a head of state's or a vice president's
// spouse, by their second word and the first words that may come before it.
var spouseTitles = map[string]map[string]bool{
	"lady":      setOf("first", "second"),
	"gentleman": setOf("first", "second"),
}

// usSpouseTitles name the US Vice President's spouse, an office no other
// state of the corpus has: the title itself says the person is the US's.
var usSpouseTitles = setOf("second gentleman", "second lady")

// spouseTitleHead: token i is the second word of a capitalised spouse's
// title ("First Lady Olena Zelenska", "Mr. Douglas Emhoff, Second Gentleman
// of the United States").
func (d *doc) spouseTitleHead(i int) bool {
	t := &d.toks[i]
	if i == 0 || t.kind != tokWord || !t.cap {
		return false
	}
	p := &d.toks[i-1]
	return p.kind == tokWord && p.cap && spouseTitles[t.key][p.key]
}

// spouseTitleCountry is the country a spouse's title alone gives: the US
// for the Vice President's spouse, none for a first lady, whose country
// needs a cue of her own ("Ukraine's First Lady", "First Lady of Iceland")
// or the head whose name she shares (spouseCountry).
func spouseTitleCountry(role string) string {
	if usSpouseTitles[strings.ToLower(role)] {
		return "US"
	}
	return ""
}

// bareSpouseTitle: a spouse's title with no country of its own before a
// comma is a reference, not the name's title: "The First Lady, Billie Jean
// King, …" lists the First Lady and a guest, "As First Lady, Rosa Lobo …"
// tells of another's term. With a country ("Ukraine's First Lady, Olena
// Zelenska", "First Lady of Iceland, Eliza Reid") the name is hers.
func (d *doc) bareSpouseTitle(tn titledName, s sentence) bool {
	if tn.r1 >= s.t1 || d.toks[tn.r1].text != "," || !d.spouseTitleIn(tn.r0, tn.r1) {
		return false
	}
	return tn.ofCountry == "" && d.countryBefore(tn.r0, s.t0) == ""
}

// spouseTitleIn: the role at tokens [r0, r1) is a spouse's title.
// It counts, not scans: every one-word name asks of its sentence, and a
// sentence of a megabyte (a transcript with no full stop) made that
// quadratic.
func (d *doc) spouseTitleIn(r0, r1 int) bool {
	if d.spouseHeads == nil {
		d.spouseHeads = make([]int32, len(d.toks)+1)
		for k := range d.toks {
			d.spouseHeads[k+1] = d.spouseHeads[k]
			if d.spouseTitleHead(k) {
				d.spouseHeads[k+1]++
			}
		}
	}
	r0, r1 = max(r0, 0), min(r1, len(d.toks))
	return r0 < r1 && d.spouseHeads[r1] > d.spouseHeads[r0]
}

// spouseTitleAt is the role of the spouse's title whose second word is
// token h, read by roleAt from r0 to r1 with the country of its complement:
// the title's two words, a "former" before them and an "of <Country>"
// ("First Lady of the United States Jill Biden"), never other words before
// it ("The President and First Lady Jill Biden" are two people) nor another
// complement ("The President and First Lady to Host the White House Easter
// Egg Roll").
func (d *doc) spouseTitleAt(r0, h, r1 int, country string) (int, int, string) {
	start := h - 1
	if start-1 >= r0 && d.toks[start-1].key == "former" {
		start-- // "former First Lady Rosa Elena Bonilla Avila"
	}
	if country != "" {
		return start, r1, country
	}
	return start, h + 1, ""
}

// spouseOfHeads are the offices whose holder's spouse the title's first
// word names: a first lady is the spouse of a head of state or government,
// a second lady or gentleman of a vice president.
var spouseOfHeads = map[string]map[string]bool{
	"first":  setOf("president", "prime minister", "premier", "king", "queen", "emir", "sultan", "chancellor", "monarch"),
	"second": setOf("vice president"),
}

// spouseCountry gives a leader's spouse whom no cue placed the country of
// the head the title names who shares her family name in the article: "the
// assassination of President Jovenel Moise and the attack on First Lady
// Martine Moise" makes her Haiti's First Lady, as GUIDELINES.md's "the
// state the person acts for" and the dev gold's Jill Biden (US, "First
// Lady") have it. A first lady of another family name ("First Lady
// Gutiérrez Müller" beside President López Obrador) is left without one.
func spouseCountry(r *resolver) {
	for _, p := range r.people {
		which := spouseTitleWord(p.role)
		if p.country != "" || which == "" || len(p.words) < 2 {
			continue
		}
		country := ""
		for _, q := range r.people {
			if q == p || q.country == "" || len(q.words) < 2 || q.words[len(q.words)-1] != p.words[len(p.words)-1] ||
				!spouseOfHeads[which][headOffice(q.role)] {
				continue
			}
			if country != "" && country != q.country {
				country = ""
				break // two heads of the name: no one spouse
			}
			country = q.country
		}
		p.country = country
	}
}

// spouseTitleWord is the first word of a spouse's title in role ("first"
// for "First Lady", "second" for "former Second Gentleman"), "" if role is
// none.
func spouseTitleWord(role string) string {
	w := strings.Fields(strings.ToLower(role))
	for i := 0; i+1 < len(w); i++ {
		if spouseTitles[w[i+1]][w[i]] {
			return w[i]
		}
	}
	return ""
}

// headOffice is a role in lower case without a word that qualifies its
// term ("Acting Prime Minister" is the prime minister's office).
func headOffice(role string) string {
	role = strings.ToLower(role)
	for _, q := range []string{"former ", "acting ", "interim ", "late "} {
		role = strings.TrimPrefix(role, q)
	}
	return role
}
