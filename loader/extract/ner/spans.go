package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// strip are words that a tagger may take into a name but that are no part
// of its core: determiners, honorifics and titles.
var strip = map[string]bool{
	"the": true, "a": true, "an": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true,
	"ms.": true, "dr": true, "dr.": true, "sir": true, "dame": true, "president": true, "prime": true,
	"minister": true, "secretary": true, "senator": true, "sen.": true, "rep.": true, "gov.": true,
	"gen.": true, "general": true, "king": true, "queen": true, "prince": true, "princess": true,
	"lord": true, "lady": true, "professor": true, "prof.": true, "judge": true, "justice": true,
	"this": true, "that": true, "his": true, "her": true, "their": true, "our": true, "its": true,
	// forms of address, religious and military titles that open a person's name in the open corpus
	// ("Madam Zelenska", "Baroness Cathy Ashton", "Father Alex", "Rabbi Tarfon", "Admiral Shultz"; ents37)
	"madam": true, "madame": true, "baroness": true, "father": true, "rabbi": true, "pastor": true, "imam": true,
	"admiral": true, "colonel": true, "sheriff": true,
}

// titles are offices and ranks: a name after one is a person's, and the
// title is no part of the name ("U.S. President Donald Trump").
var titles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "senator": true, "governor": true, "mayor": true,
	"king": true, "queen": true, "prince": true, "princess": true, "judge": true, "justice": true,
	"chairman": true, "chairwoman": true, "ceo": true, "director": true, "general": true, "gen.": true,
	"ambassador": true, "chancellor": true, "premier": true, "pope": true, "emperor": true, "sheikh": true,
	"representative": true, "rep.": true, "sen.": true, "gov.": true, "lt.": true, "col.": true,
	"captain": true, "capt.": true, "sergeant": true, "sgt.": true, "inspector": true, "detective": true,
	"professor": true, "prof.": true, "dr.": true, "dr": true, "mr.": true, "mr": true, "mrs.": true, "mrs": true,
	"ms.": true, "ms": true, "sir": true, "dame": true, "lord": true, "lady": true, "bishop": true,
	"archbishop": true, "cardinal": true, "rev.": true, "reverend": true, "coach": true, "officer": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "commissioner": true, "councillor": true,
	"councilor": true, "congressman": true, "congresswoman": true, "speaker": true, "attorney": true,
	"assistant": true, "envoy": true, "adviser": true, "advisor": true, "undersecretary": true,
	"secretary-general": true, "ministers": true, "secretaries": true,
}

// regional adjectives are no mentions, like nationality adjectives.
var regionalAdjectives = map[string]bool{"european": true, "african": true, "asian": true, "arab": true,
	"hispanic": true, "latino": true, "nordic": true, "scandinavian": true, "caribbean": true,
	"transatlantic": true, "western": true, "eastern": true, "southern": true, "northern": true}

// peopleAdjectives name a people or community, not one of them
// ("Black residents", "Indigenous women", "State, local, Tribal, and
// territorial"); alone they are no mentions, like nationality adjectives.
var peopleAdjectives = map[string]bool{"black": true, "white": true, "indigenous": true, "tribal": true}

// officeWords complete a title ("Secretary of State", "Minister of
// Foreign Affairs"); a name after a title starts after them.
var officeWords = map[string]bool{"of": true, "for": true, "the": true, "state": true, "defense": true,
	"defence": true, "foreign": true, "affairs": true, "justice": true, "treasury": true, "commerce": true,
	"health": true, "energy": true, "interior": true, "homeland": true, "security": true, "education": true,
	"labor": true, "labour": true, "agriculture": true, "transportation": true, "finance": true, "trade": true,
	"general": true, "prime": true, "vice": true, "deputy": true, "chief": true, "executive": true}

// titledName returns where the name starts in a span that holds a title
// and then a name, or s when the span holds no title.
func titledName(toks []Token, info []tokInfo, s, e int) int {
	title := -1
	for k := s; k < e-1; k++ {
		if inLower(titles, toks[k].Text) {
			title = k
		}
	}
	if title < 0 {
		return s
	}
	n := e
	for n-1 > title && info[n-1].flags&flCap != 0 && !inLower(officeWords, toks[n-1].Text) &&
		!inLower(titles, toks[n-1].Text) {
		n--
	}
	if n == e {
		return s
	}
	return n
}

// honorifics before a capitalised word make it a person's name ("Mr Key").
var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "dame": true}

// spansOf reads the names off the tags, trims what is no part of a core and
// drops nationality adjectives.
func spansOf(toks []Token, info []tokInfo, tags []uint8, ty *typer) []Span {
	return spansVoted(toks, info, tags, ty, nil)
}

// spansVoted is spansOf that also records, in voted where it is not nil,
// the tagger's own type of each span the typer re-typed, by its byte range.
func spansVoted(toks []Token, info []tokInfo, tags []uint8, ty *typer, voted map[[2]int]Type) []Span {
	g := getGaz()
	terms := lowerCaseAbbreviations(toks, info)
	var out []Span
	for i := 0; i < len(tags); {
		if int(tags[i]) == tagO {
			i++
			continue
		}
		t, e := taggedRun(tags, i)
		s := i
		i = e
		run := s
		s, e = trimToCore(toks, info, s, e)
		e = arabicParticlesAfter(toks, tags, s, e) // "Muqtada al-Sadr", not "Muqtada"
		typ := Type((t + 1) / 2)
		if s > run && titleOpensName(toks, info, g, s-1, e, typ) {
			s-- // "King County", "General Motors": the title word is the name's own
		} else if n := titledName(toks, info, s, e); n > s {
			// "U.S. President Donald Trump", "Secretary of State Antony
			// Blinken": the name after the title and its complement
			s, typ = n, Person
		}
		if typ == Place {
			s = placeHeadBefore(toks, info, tags, s)
		}
		if s >= e || noMention(g, terms, toks, info, s, e) {
			continue
		}
		out = append(out, Span{Start: toks[s].Start, End: toks[e-1].End, Type: typ, Uncertain: weakSpan(g, info, s, e)})
	}
	out = honorificNames(toks, info, tags, out)
	return variantNames(toks, shortForms(toks, info, propagateNames(toks, info, out, ty, voted)))
}

// variantWords after a name make it a virus variant's ("the Delta
// variant"), which is no person, place or organisation.
var variantWords = map[string]bool{"variant": true, "variants": true, "subvariant": true, "subvariants": true}

// variantNames drops the names that some mention in the text shows to be a
// variant's ("the Delta variant" … "Delta"), each of their mentions. Only a
// text with such a mention (few: 48 open articles) has all its names' words
// joined, in a second pass.
func variantNames(toks []Token, spans []Span) []Span {
	var variants map[string]bool
	k := 0
	for _, sp := range spans {
		var e int
		k, e = spanTokens(toks, sp, k)
		if e < len(toks) && inLower(variantWords, toks[e].Text) {
			if variants == nil {
				variants = map[string]bool{}
			}
			variants[joinTokens(toks, k, e)] = true
		}
	}
	if variants == nil {
		return spans
	}
	out := spans[:0]
	k = 0
	for _, sp := range spans {
		var e int
		k, e = spanTokens(toks, sp, k)
		if !variants[joinTokens(toks, k, e)] {
			out = append(out, sp)
		}
	}
	return out
}

// spanTokens is the first token at or after the start of span sp,
// searching from token k, and the first token past k that ends after sp.
func spanTokens(toks []Token, sp Span, k int) (int, int) {
	for k < len(toks) && toks[k].Start < sp.Start {
		k++
	}
	e := k
	for e < len(toks) && toks[e].End <= sp.End {
		e++
	}
	return k, e
}

// joinTokens is the texts of tokens s to e joined by single spaces.
func joinTokens(toks []Token, s, e int) string {
	ws := make([]string, 0, e-s)
	for _, t := range toks[s:e] {
		ws = append(ws, t.Text)
	}
	return strings.Join(ws, " ")
}

// arabicParticles open the last parts of Arabic names ("al-Sadr",
// "el-Zour", "ad-Din"), written in lower case and so no capitalised word's
// edge of a name: the tagger stops before them, and "Muqtada", "Sultan" of
// "Sultan al-Jaber", "Hay’at Tahrir" of "Hay’at Tahrir al-Sham" are half
// names (ents37: 17 open articles, besides "Eid al-Adha").
var arabicParticles = []string{"al-", "el-", "ad-", "ar-", "ash-", "az-"}

// arabicParticlesAfter widens a name that ends at e over the untagged
// words right after it, in its sentence, that are an Arabic particle and a
// capitalised part ("al-Bukhari"); it returns the name's end.
func arabicParticlesAfter(toks []Token, tags []uint8, s, e int) int {
	for s < e && e < len(toks) && tags[e] == tagO && !toks[e].SentStart && toks[e].Start == toks[e-1].End+1 &&
		arabicPart(toks[e].Text) {
		e++
	}
	return e
}

// arabicPart: w is an Arabic particle, lower case, with a hyphen, and a
// capitalised part ("al-Sham").
func arabicPart(w string) bool {
	for _, p := range arabicParticles {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// placeHeadBefore widens a place that starts at s over a place's head word
// and "of" the tagger left out before it ("District of Columbia", "Province
// of Alberta"), where no capitalised word stands before the head word, so
// that the widened name is whole; it returns the place's start.
func placeHeadBefore(toks []Token, info []tokInfo, tags []uint8, s int) int {
	h := s - 2
	if h < 0 || toks[s-1].Text != "of" || tags[s-1] != tagO || tags[h] != tagO || toks[s].SentStart || toks[s-1].SentStart {
		return s
	}
	if info[h].flags&flCap == 0 || headClass[info[h].word] != headPlace {
		return s
	}
	if h > 0 && !toks[h].SentStart && info[h-1].flags&flCap != 0 {
		return s // "Southern District of": the name starts further back
	}
	return h
}

// nonTitleStrip are the words of strip that are no title, determiners and
// possessives (honorifics are honorifics'), which never open a place's or a
// body's name.
var nonTitleStrip = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"his": true, "her": true, "their": true, "our": true, "its": true}

// nameOpeningTitles are the titles that also open the names of firms and
// places ("General Motors", "General Mills", "Queen Creek", "Prince
// Rupert"), where no head word says so.
var nameOpeningTitles = map[string]bool{"general": true, "king": true, "queen": true, "prince": true, "princess": true}

// titleOpensName reports whether the title word at k, which trimToCore
// stripped from a tagged run that goes on to e, is the first word of a
// place's or a body's name, not a person's title: the name's last word is a
// place's or a body's head word ("King County", "General Services
// Administration", "Justice Department"), or the title is one that opens
// firms' and places' names too (nameOpeningTitles), the tagger typed the run
// a place or an organisation and the word after the title is no given name
// ("General Motors", "Queen Creek"; "King Charles" typed a place keeps its
// title out). A title, honorific or office word after it makes it a
// person's title still ("Prime Minister Fumio Kishida").
func titleOpensName(toks []Token, info []tokInfo, g *gazIndex, k, e int, typ Type) bool {
	w := toks[k].Text
	if e-k < 2 || info[k].flags&flCap == 0 || !inLower(strip, w) || inLower(nonTitleStrip, w) || inLower(honorifics, w) {
		return false
	}
	for j := k + 1; j < e; j++ {
		if inLower(titles, toks[j].Text) || inLower(strip, toks[j].Text) || inLower(officeWords, toks[j].Text) {
			return false // "Prime Minister Fumio Kishida", "Secretary of State"
		}
	}
	if c := headClass[info[e-1].word]; c == headPlace || c == headOrg {
		return true
	}
	if typ == Person || !inLower(nameOpeningTitles, w) {
		return false // "Madam Chair", "Judge Boom", "Lord Trimble" typed places
	}
	setLexicon(info, k+1, k+2, g)
	return info[k+1].flags&flGiven == 0
}

// taggedRun returns the begin tag of the name that starts at i and where its
// inside tags end; a stray inside tag starts a name of its type, so no tagged
// word is lost.
func taggedRun(tags []uint8, i int) (t, e int) {
	t = int(tags[i])
	if t%2 == 0 {
		t--
	}
	e = i + 1
	for e < len(tags) && int(tags[e]) == t+1 {
		e++
	}
	return t, e
}

// trimToCore narrows a tagged run [s, e) to the name's core: determiners,
// honorifics and titles the tagger took in (strip) and punctuation go, and a
// name starts and ends with a capitalised word or a number ("of
// Environment" is no name's edge).
func trimToCore(toks []Token, info []tokInfo, s, e int) (int, int) {
	for s < e && (inLower(strip, toks[s].Text) && e-s > 1 || info[s].flags&flLetter == 0 && info[s].flags&flDigit == 0) {
		s++
	}
	for e > s && (info[e-1].flags&(flLetter|flDigit) == 0 || toks[e-1].Text[0] == '\'' || strings.HasPrefix(toks[e-1].Text, "’")) {
		e--
	}
	for s < e && info[s].flags&(flCap|flDigit) == 0 {
		s++
	}
	for e > s && info[e-1].flags&(flCap|flDigit) == 0 {
		e--
	}
	return s, e
}

// noMention reports a trimmed span that names nothing: a nationality,
// regional or people's adjective, the short form of a lower-case term, a plural
// acronym, an adjective after a hyphen, or a title alone.
func noMention(g *gazIndex, terms map[uint64]bool, toks []Token, info []tokInfo, s, e int) bool {
	if e-s == 1 && (g.demonyms[info[s].word] || inLower(regionalAdjectives, toks[s].Text)) {
		return true // "Afghan", "Chinese", "European": nationality adjectives are no mentions
	}
	if e-s == 1 && inLower(peopleAdjectives, toks[s].Text) {
		return true // "Black", "Indigenous", "Tribal": a people's adjective
	}
	if e-s == 1 && terms[info[s].cased] {
		return true // "sea surface salinity (SSS)": the short form of a term is no name
	}
	if e-s == 1 && pluralAcronym(toks[s].Text) {
		return true // "HBCUs", "NGOs", "CDFIs": a class of things, no one name
	}
	if e-s == 1 && lowerAfterHyphen(toks[s].Text) {
		return true // "UN-mandated" is an adjective
	}
	return onlyTitles(toks, s, e) // "Foreign Minister", "Deputy Assistant Secretary": a title without a name
}

// weakSpan reports a name whose evidence is weak (Span.Uncertain): a common
// word alone, a run of all-capital words, or, in a sentence that is
// not ordinary prose, a word known neither from ordinary text nor a list.
func weakSpan(g *gazIndex, info []tokInfo, s, e int) bool {
	if e-s == 1 && info[s].flags&flUpper == 0 && g.common[info[s].word] && info[s].gaz == 0 && info[s].city == 0 {
		return true // "State", "Alliance": a common word alone is weak evidence
	}
	if allCapsWords(info, s, e) {
		return true // "BARTLETT": a speaker label or a shout, not an acronym
	}
	if info[s].sentKind != sentNormal {
		// every word must be known from ordinary text or a list
		for k := s; k < e; k++ {
			if info[k].flags&flLetter != 0 && info[k].gaz == 0 && info[k].flags&flSeenCapMid == 0 {
				return true
			}
		}
	}
	return false
}

// propagateNames makes a text's names agree: each name written the same
// way takes the type its mentions give the most evidence for, and a name
// found once is found wherever it recurs as a run of its own. A mention's
// evidence for a type is the score of the best tagging of its sentence with
// the name of that type (decode's begin), so a mention the model was sure of
// can outweigh several it hesitated over ("Elsevier" in an academic text,
// an organisation once and a person three times: the organisation's lead in
// its sentence is larger than the person's three leads together, and GUM has
// it an organisation each time); summed over the mentions, the scores pick among
// the types the mentions were given, and on a tie the count of mentions
// decides. (Cross-validated against the count alone:
// docs/extraction-quality.md.)
func propagateNames(toks []Token, info []tokInfo, spans []Span, ty *typer, voted map[[2]int]Type) []Span {
	if len(spans) == 0 {
		return spans
	}
	taken := make([]bool, len(toks))
	keys := make([]string, len(spans))
	names, order := tallyNames(toks, info, spans, taken, keys)
	if ty != nil {
		ty.retype(info, names)
	}
	for k := range spans {
		n := names[keys[k]]
		if t := n.best(); t != 0 {
			if v := n.voted(); v != t && voted != nil {
				voted[[2]int{spans[k].Start, spans[k].End}] = v
			}
			spans[k].Type = t
		}
	}
	added := recurringNames(toks, info, namesByFirstWord(names, order), taken, voted)
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	return spans
}

// nameTally is one way of writing a name in a text: its words, and per type
// the certain mentions given that type and the evidence they give for it.
type nameTally struct {
	key      string // its words joined by spaces, its key in tallyNames' map
	words    []string
	votes    [4]int
	evidence [4]float32
	mentions []mentionRange // every mention's tokens, for the typer
	typed    Type           // the typer's type, which best gives when set
}

// best returns the typer's type where it set one, else voted.
func (n *nameTally) best() Type {
	if n.typed != 0 {
		return n.typed
	}
	return n.voted()
}

// voted returns the type with the most evidence among the types the name's
// certain mentions were given, the larger count of mentions on a tie, or 0
// when no mention was certain: the tagger's own vote.
func (n *nameTally) voted() Type {
	b := Type(0)
	for t := Person; t <= Organization; t++ {
		if n.votes[t] > 0 && (b == 0 || n.evidence[t] > n.evidence[b] ||
			n.evidence[t] == n.evidence[b] && n.votes[t] > n.votes[b]) {
			b = t
		}
	}
	return b
}

// tallyNames groups the spans by their words (keys[k] is span k's), in the
// order first seen, counting each certain mention's type and adding its
// sentence's evidence for every type; it marks the spans' tokens taken, so
// a recurrence is looked for only outside them.
func tallyNames(toks []Token, info []tokInfo, spans []Span, taken []bool, keys []string) (map[string]*nameTally, []string) {
	names := map[string]*nameTally{}
	var order []string
	var key []byte // a span's words joined by spaces: a string only for a name not seen before
	for si, sp := range spans {
		first := sort.Search(len(toks), func(t int) bool { return toks[t].Start >= sp.Start })
		key = key[:0]
		k := first
		for ; k < len(toks) && toks[k].End <= sp.End; k++ {
			if k > first {
				key = append(key, ' ')
			}
			key = append(key, toks[k].Text...)
			taken[k] = true
		}
		n := names[string(key)]
		if n == nil {
			ws := make([]string, 0, k-first)
			for _, t := range toks[first:k] {
				ws = append(ws, t.Text)
			}
			n = &nameTally{key: string(key), words: ws}
			names[n.key] = n
			order = append(order, n.key)
		}
		keys[si] = n.key
		n.mentions = append(n.mentions, mentionRange{first, k})
		if !sp.Uncertain {
			n.votes[sp.Type]++
			for t := Person; t <= Organization; t++ {
				n.evidence[t] += info[first].begin[t-1]
			}
		}
	}
	return names, order
}

// namesByFirstWord indexes the names with a type by their first word, in
// the order first seen, so a recurrence is matched as the first name found.
func namesByFirstWord(names map[string]*nameTally, order []string) map[string][]*nameTally {
	byFirst := map[string][]*nameTally{}
	for _, key := range order {
		n := names[key]
		if n.best() != 0 {
			byFirst[n.words[0]] = append(byFirst[n.words[0]], n)
		}
	}
	return byFirst
}

// recurringNames finds the named words again wherever they recur outside
// the spans, as a run of their own, and returns them as new spans of the
// name's type.
func recurringNames(toks []Token, info []tokInfo, byFirst map[string][]*nameTally, taken []bool, voted map[[2]int]Type) []Span {
	var added []Span
	for i := 0; i < len(toks); i++ {
		if taken[i] || info[i].flags&flCap == 0 && info[i].flags&flDigit == 0 {
			continue
		}
		for _, n := range byFirst[toks[i].Text] {
			if !recursAt(toks, info, taken, i, n.words) {
				continue
			}
			e := i + len(n.words)
			added = append(added, Span{Start: toks[i].Start, End: toks[e-1].End, Type: n.best(), Uncertain: info[i].sentKind != sentNormal})
			if v := n.voted(); v != n.best() && voted != nil {
				voted[[2]int{toks[i].Start, toks[e-1].End}] = v
			}
			for k := i; k < e; k++ {
				taken[k] = true
			}
			i = e - 1
			break
		}
	}
	return added
}

// recursAt reports whether words recur at token i, untaken, as a run of
// their own: no capitalised word joins them on either side, and a lone word
// at a sentence start is not one the text also writes in lower case ("Will",
// "May").
func recursAt(toks []Token, info []tokInfo, taken []bool, i int, words []string) bool {
	e := i + len(words)
	if e > len(toks) {
		return false
	}
	for k := 1; k < len(words); k++ {
		if taken[i+k] || toks[i+k].Text != words[k] {
			return false
		}
	}
	if i > 0 && !toks[i].SentStart && info[i-1].flags&flCap != 0 || e < len(toks) && !toks[e].SentStart && info[e].flags&flCap != 0 {
		return false
	}
	return !(info[i].sentStart && info[i].flags&flSeenLower != 0 && len(words) == 1)
}

// honorificNames adds the names after "Mr", "Ms", "Dr" that the tagger
// left out ("Mr Key said": "Key" is also a word), but not an address by
// title ("Mr. President", "Mr. Secretary General"), which names no one and
// which propagateNames would find again in every "the President".
func honorificNames(toks []Token, info []tokInfo, tags []uint8, spans []Span) []Span {
	added := false
	for i := 0; i+1 < len(toks); i++ {
		if info[i].flags&flCap == 0 || len(toks[i].Text) > 4 || tags[i+1] != tagO || !inLower(honorifics, toks[i].Text) {
			continue
		}
		e := i + 1
		for e < len(toks) && e < i+4 && info[e].flags&flCap != 0 && tags[e] == tagO && !toks[e].SentStart &&
			info[e].flags&flUpper == 0 {
			e++
		}
		if e == i+1 || addressTitle(toks[i+1].Text) {
			continue
		}
		spans = append(spans, Span{Start: toks[i+1].Start, End: toks[e-1].End, Type: Person, Uncertain: info[i].sentKind != sentNormal})
		added = true
		i = e - 1
	}
	if added {
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	}
	return spans
}

// lowerCaseAbbreviations returns the cased hashes of the short forms that
// the text defines for a term written in lower case: "global sea surface
// salinity (SSS)", "second language (L2)", "other-initiated repair (OIR)".
// A short form is one word in parentheses, starting with a capital and with
// no lower-case letter, right after a lower-case word; its first letter must
// begin one of the words just before it. A name's short form follows a
// capitalised long form ("National Aeronautics and Space Administration
// (NASA)") and is left alone. In 5-fold cross-validation on the GUM training
// part the short forms of terms were the largest kind of capitalised word
// tagged as a name where the gold has none.
func lowerCaseAbbreviations(toks []Token, info []tokInfo) map[uint64]bool {
	var terms map[uint64]bool
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Text != "(" || toks[k+2].Text != ")" {
			continue
		}
		ab := &info[k+1]
		if ab.flags&flCap == 0 || ab.flags&flUpper == 0 && ab.flags&flDigit == 0 || hasLower(toks[k+1].Text) {
			continue
		}
		if info[k-1].flags&flHasUpper != 0 || info[k-1].flags&flLetter == 0 {
			continue // the word before is capitalised (a name's long form) or no word
		}
		first := unicode.ToLower(rune(toks[k+1].Text[0]))
		for j := k - 1; j >= 0 && j >= k-1-int(ab.length)-1 && !toks[j+1].SentStart; j-- {
			if r, _ := utf8.DecodeRuneInString(toks[j].Text); info[j].flags&flHasUpper == 0 && unicode.ToLower(r) == first {
				if terms == nil {
					terms = map[uint64]bool{}
				}
				terms[ab.cased] = true
				break
			}
		}
	}
	return terms
}

// hasLower reports a lower-case letter in s.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// allCapsWords: every word of the span is in capitals and one has five or
// more letters, and no list knows it.
func allCapsWords(info []tokInfo, s, e int) bool {
	long := false
	for k := s; k < e; k++ {
		if info[k].flags&flLetter == 0 {
			continue
		}
		if info[k].flags&flUpper == 0 || info[k].gaz != 0 {
			return false
		}
		if info[k].length >= 5 {
			long = true
		}
	}
	return long
}

// onlyTitles: every word of the span is a title or a word of one, or
// the span is "First Lady" or "First Gentleman", a president's spouse's
// title ("Madam First Lady" once "Madam" goes; not "First State").
func onlyTitles(toks []Token, s, e int) bool {
	if e-s == 2 && strings.EqualFold(toks[s].Text, "first") && inLower(firstSpouse, toks[s+1].Text) {
		return true
	}
	for k := s; k < e; k++ {
		if !titleWord(toks[k].Text) {
			return false
		}
	}
	return true
}

// firstSpouse: the words after "First" of a spouse's title.
var firstSpouse = map[string]bool{"lady": true, "gentleman": true}

// surnameTitles are titles that are also common surnames ("Dr. King").
var surnameTitles = map[string]bool{"king": true, "lord": true, "bishop": true, "judge": true, "cardinal": true}

// addressTitle: a title one addresses someone by ("Mr. President"), not
// one that is also a surname.
func addressTitle(w string) bool {
	return titleWord(w) && !inLower(surnameTitles, w)
}

// titleWord: a title or a word of one ("Secretary", "Foreign", "Under").
func titleWord(w string) bool {
	return inLower(titles, w) || inLower(officeWords, w) || inLower(titleWordsBesides, w)
}

// titleWordsBesides are the words of titles that neither titles nor
// officeWords hold.
var titleWordsBesides = map[string]bool{"under": true, "special": true, "senior": true, "chargé": true, "counsel": true,
	"chair": true} // "Madam Chair" once "Madam" goes (strip)

// pluralAcronym: an acronym of two or more capitals with a plural "s"
// ("HBCUs", "MOUs").
func pluralAcronym(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && !hasLower(stem) && upperCount(stem) >= 2
}

// upperCount is the number of capital letters in s.
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// lowerAfterHyphen: a hyphenated word whose last part is in lower case
// ("UN-facilitated", "U.S.-based").
func lowerAfterHyphen(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// GenericName reports whether a name is one word that says what kind of
// body or place something is ("Commission", "Court", "River"): GUM
// annotates such words when they stand for one entity, but alone they
// identify none.
func GenericName(name string) bool {
	if strings.ContainsAny(name, " ") {
		return false
	}
	h, _, _ := lowerHash(name)
	return headClass[h] != 0
}

// shortForms finds the later mentions of a text's people by surname alone:
// a person named in full is then named by the last word of the name ("Rick
// Santorum" … "the Santorum cocktail"), which a tagger that reads one
// sentence at a time often misses. The word must stand alone among
// capitalised words, in ordinary text, and be no common word; a surname
// shared by names of other types is no evidence. In 5-fold cross-validation
// on the GUM training part it adds about 35 names for every 10 it adds wrongly.
func shortForms(toks []Token, info []tokInfo, spans []Span) []Span {
	surnames := map[uint64]bool{} // false: also the last word of a name of another type
	taken := make([]bool, len(toks))
	k := 0
	for _, sp := range spans {
		for k < len(toks) && toks[k].Start < sp.Start {
			k++
		}
		e := k
		for e < len(toks) && toks[e].End <= sp.End {
			taken[e] = true
			e++
		}
		if sp.Uncertain || e-k < 2 {
			continue
		}
		last := &info[e-1]
		if last.flags&flCap == 0 || last.length < 2 || headClass[last.word] != 0 {
			continue
		}
		if old, seen := surnames[last.word]; !seen || old {
			surnames[last.word] = sp.Type == Person
		}
	}
	var added []Span
	for i := range toks {
		x := &info[i]
		if taken[i] || x.runPos != 4 || x.sentKind != sentNormal || x.flags&flCap == 0 || x.flags&flCommon != 0 ||
			x.sentStart && x.flags&flSeenLower != 0 || !surnames[x.word] {
			continue
		}
		added = append(added, Span{Start: toks[i].Start, End: toks[i].End, Type: Person})
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	return spans
}

// inLower reports set[strings.ToLower(w)], with no allocation for an ASCII
// word of up to 32 bytes: spansOf asks its word lists of many capitalised
// tokens, and each lower-cased copy was an allocation.
func inLower(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
