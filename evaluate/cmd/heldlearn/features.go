package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"newsgraph/evaluate"
	"newsgraph/loader/extract"
)

// candidate is a pair of people the rules found, named together in one
// sentence or more, whom no held meeting of the rules holds together; or,
// with -group, everyone a sentence names (group), a and b the first and
// the last named.
type candidate struct {
	a, b     extract.Person
	group    []extract.Person
	feats    map[string]bool
	label    bool   // the gold holds a held meeting with both
	goldDate string // the date of that gold meeting (for the ceiling)
	date     string // the date an added meeting gets
	kind     string // the kind an added meeting gets
	sentence extract.Evidence
	// ruleDated: date and kind are those of a rule-made meeting told in
	// one of the pair's sentences; nSentences counts the sentences.
	ruleDated  bool
	nSentences int
	ruleHeld   bool // the rules hold the two together (a training example only)
}

// span is a person's mention in a sentence.
type span struct {
	id         string
	start, end int
}

// sentence is one sentence of the text with the people named in it.
type sentence struct {
	index      int // order in the article
	start, end int
	people     []span
}

var wordRE = regexp.MustCompile(`[\p{L}][\p{L}'’\-]*|\d+|["“”]`)

// token is a lower-cased word of a sentence, or "<p>" for a person's name,
// "<a>" and "<b>" for the pair's own two.
type token struct {
	text       string
	start, end int
}

// Cue lexicons: meeting words, the future and modality, negation, a past
// marker, the first person. They name no article and no person.
var (
	meetWords = set("met", "meet", "meets", "meeting", "meetings", "call", "called", "calls", "spoke", "speak",
		"spoken", "talk", "talks", "talked", "hosted", "host", "hosts", "hosting", "welcomed", "welcome", "welcomes",
		"visit", "visited", "visits", "visiting", "discussed", "discuss", "discussion", "discussions", "joined",
		"dialogue", "consultations", "bilateral", "conversation", "summit", "sat", "received", "greeted",
		"trip", "travel", "travels", "traveled", "together", "counterpart", "session", "conference", "phone",
		"readout", "hosted", "dinner", "lunch", "breakfast", "signed", "thanked", "congratulated")
	futureWords = set("will", "would", "shall", "plans", "plan", "planned", "forward", "upcoming", "next", "tomorrow",
		"expected", "expects", "scheduled", "invite", "invited", "invitation", "later", "soon", "intends", "going",
		"hope", "hopes", "could", "may", "might", "should", "can")
	negWords    = set("not", "no", "never", "n't", "without", "nor", "neither")
	pastWords   = set("today", "yesterday", "earlier", "last", "ago", "recently", "had", "has", "have", "was", "were", "did")
	firstPerson = set("i", "we", "my", "our", "me", "us")
)

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// sentences are the sentences of r that name at least two of its people,
// in text order, each with the people's mentions.
func sentences(r extract.Result) []sentence {
	people := map[string]bool{}
	for _, p := range r.People {
		people[p.ID] = true
	}
	bounds := map[int]int{}
	byStart := map[int][]span{}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			bounds[m.SentenceStart] = m.SentenceEnd
			if e.Type == "Person" && people[e.ID] {
				byStart[m.SentenceStart] = append(byStart[m.SentenceStart], span{e.ID, m.Start, m.End})
			}
		}
	}
	starts := make([]int, 0, len(bounds))
	for s := range bounds {
		starts = append(starts, s)
	}
	slices.Sort(starts)
	var out []sentence
	for i, s := range starts {
		out = append(out, sentence{index: i, start: s, end: bounds[s], people: byStart[s]})
	}
	return out
}

// tokens are the words of text[s.start:s.end], a person's mention one token
// ("<a>" for a's, "<b>" for b's, "<p>" for anyone else's).
func tokens(text string, s sentence, a, b span) []token {
	var out []token
	at := s.start
	mentions := slices.Clone(s.people)
	slices.SortFunc(mentions, func(x, y span) int { return x.start - y.start })
	emit := func(upTo int) {
		if upTo <= at || at >= len(text) {
			return
		}
		seg := text[at:min(upTo, len(text))]
		for _, loc := range wordRE.FindAllStringIndex(seg, -1) {
			w := strings.ToLower(seg[loc[0]:loc[1]])
			if w == "“" || w == "”" {
				w = `"`
			}
			out = append(out, token{w, at + loc[0], at + loc[1]})
		}
	}
	for _, m := range mentions {
		if m.start < at {
			continue
		}
		emit(m.start)
		name := "<p>"
		switch {
		case m == a:
			name = "<a>"
		case m == b:
			name = "<b>"
		}
		if n := len(out); name != "<p>" || n == 0 || out[n-1].text != "<p>" {
			out = append(out, token{name, m.start, m.end})
		}
		at = m.end
	}
	emit(s.end)
	return out
}

// closest are the mentions of x and y in s nearest each other, the earlier
// first.
func closest(s sentence, x, y string) (span, span, bool) {
	var best [2]span
	dist := -1
	for _, m := range s.people {
		for _, n := range s.people {
			if m.id != x || n.id != y {
				continue
			}
			first, second := m, n
			if n.start < m.start {
				first, second = n, m
			}
			if d := second.start - first.end; d >= 0 && (dist < 0 || d < dist) {
				best, dist = [2]span{first, second}, d
			}
		}
	}
	return best[0], best[1], dist >= 0
}

// articleFacts are what the features read of the whole article: the rules'
// meetings by the sentence that tells them, and who is in any.
type articleFacts struct {
	heldPair    map[[2]string]bool
	plannedPair map[[2]string]bool
	inHeld      map[string]bool
	inAny       map[string]bool
	bySentence  map[int][]extract.Meeting
}

func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func factsOf(r extract.Result) articleFacts {
	f := articleFacts{heldPair: map[[2]string]bool{}, plannedPair: map[[2]string]bool{}, inHeld: map[string]bool{},
		inAny: map[string]bool{}, bySentence: map[int][]extract.Meeting{}}
	for _, m := range r.Meetings {
		f.bySentence[m.Evidence.Start] = append(f.bySentence[m.Evidence.Start], m)
		for i, x := range m.ParticipantIDs {
			f.inAny[x] = true
			if m.Status == "held" {
				f.inHeld[x] = true
			}
			for _, y := range m.ParticipantIDs[i+1:] {
				if m.Status == "held" {
					f.heldPair[pairKey(x, y)] = true
				} else {
					f.plannedPair[pairKey(x, y)] = true
				}
			}
		}
	}
	return f
}

// candidates are the pairs of people of r named in one sentence whom the
// rules did not hold together, with their features summed over their
// sentences (a feature is set when any sentence sets it) and their labels
// from gold.
func candidates(ex example, withHeld bool) []candidate {
	sents := sentences(ex.res)
	facts := factsOf(ex.res)
	person := map[string]extract.Person{}
	for _, p := range ex.res.People {
		person[p.ID] = p
	}
	held := goldHeld(ex.gold)
	byPair := map[[2]string]*candidate{}
	var order [][2]string
	for _, s := range sents {
		ids := distinctIDs(s.people)
		for i, x := range ids {
			for _, y := range ids[i+1:] {
				k := pairKey(x, y)
				if facts.heldPair[k] && !withHeld {
					continue
				}
				c, ok := byPair[k]
				if !ok {
					c = newCandidate(ex, person[k[0]], person[k[1]], held)
					c.ruleHeld = facts.heldPair[k]
					byPair[k] = c
					order = append(order, k)
				}
				ma, mb, _ := closest(s, k[0], k[1])
				addSentence(c, ex.art, s, ma, mb, facts)
			}
		}
	}
	return finished(order, byPair)
}

// groupCandidates are, one a set of people, everyone a sentence names
// where the rules hold some two of them in no held meeting, with the
// features of the sentences' first and last names.
func groupCandidates(ex example, withHeld bool) []candidate {
	facts := factsOf(ex.res)
	person := map[string]extract.Person{}
	for _, p := range ex.res.People {
		person[p.ID] = p
	}
	held := goldHeld(ex.gold)
	byGroup := map[string]*candidate{}
	var order []string
	for _, s := range sentences(ex.res) {
		ids := distinctIDs(s.people)
		first, last, ok := outermost(s)
		if !ok {
			continue
		}
		allHeld := true
		for i, x := range ids {
			for _, y := range ids[i+1:] {
				allHeld = allHeld && facts.heldPair[pairKey(x, y)]
			}
		}
		if allHeld && !withHeld {
			continue
		}
		k := strings.Join(ids, "|")
		c, seen := byGroup[k]
		if !seen {
			c = newCandidate(ex, person[first.id], person[last.id], held)
			for _, id := range ids {
				c.group = append(c.group, person[id])
			}
			// Only a pair the rules miss makes the group right: one they
			// hold already gains nothing from it.
			c.label, c.goldDate = heldTogether(c.group, held, func(a, b extract.Person) bool { return facts.heldPair[pairKey(a.ID, b.ID)] })
			c.ruleHeld = allHeld
			c.feats["group:"+bucket(len(ids), 2, 3, 4, 6)] = true
			byGroup[k] = c
			order = append(order, k)
		}
		addSentence(c, ex.art, s, first, last, facts)
	}
	return finished(order, byGroup)
}

// finished are the candidates by[k] in order, each with the features of
// every sentence given: the bias and how many sentences named them.
func finished[K comparable](order []K, by map[K]*candidate) []candidate {
	out := make([]candidate, 0, len(order))
	for _, k := range order {
		c := by[k]
		c.feats["bias"] = true
		c.feats["nsent:"+bucket(c.nSentences, 1, 2, 3)] = true
		out = append(out, *c)
	}
	return out
}

// outermost are the first mention of s and the last one of someone else.
func outermost(s sentence) (span, span, bool) {
	ms := slices.Clone(s.people)
	slices.SortFunc(ms, func(x, y span) int { return x.start - y.start })
	for i := len(ms) - 1; i > 0; i-- {
		if ms[i].id != ms[0].id {
			return ms[0], ms[i], true
		}
	}
	return span{}, span{}, false
}

func distinctIDs(ms []span) []string {
	var ids []string
	for _, m := range ms {
		if !slices.Contains(ids, m.id) {
			ids = append(ids, m.id)
		}
	}
	slices.Sort(ids)
	return ids
}

func newCandidate(ex example, a, b extract.Person, held []goldPair) *candidate {
	c := &candidate{a: a, b: b, feats: map[string]bool{}, date: ex.art.Date, kind: "meeting"}
	c.label, c.goldDate = heldTogether([]extract.Person{a, b}, held, func(_, _ extract.Person) bool { return false })
	pairFeatures(c.feats, ex.art, a, b, nameWords(ex.res))
	return c
}

// heldTogether reports whether the gold holds two of people in a held
// meeting, two that skip does not leave out, and that meeting's date.
func heldTogether(people []extract.Person, held []goldPair, skip func(a, b extract.Person) bool) (bool, string) {
	for _, h := range held {
		for i, a := range people {
			for _, b := range people[i+1:] {
				if skip(a, b) {
					continue
				}
				if matches(h.a, a.Name) && matches(h.b, b.Name) || matches(h.b, a.Name) && matches(h.a, b.Name) {
					return true, h.date
				}
			}
		}
	}
	return false, ""
}

// participants are the names an added meeting holds.
func (c candidate) participants() []string {
	if c.group == nil {
		return []string{c.a.Name, c.b.Name}
	}
	var out []string
	for _, p := range c.group {
		out = append(out, p.Name)
	}
	return out
}

func matches(gold, pred string) bool { return evaluate.NamesMatch(gold, pred) != evaluate.NoMatch }

// goldPair is a pair of names the gold holds in a held meeting, with its
// date.
type goldPair struct{ a, b, date string }

// goldHeld are the pairs of names the gold holds in a held meeting.
func goldHeld(g evaluate.Doc) []goldPair {
	var out []goldPair
	for _, m := range g.Meetings {
		if !strings.EqualFold(strings.TrimSpace(m.Status), "held") {
			continue
		}
		for i, x := range m.Participants {
			for _, y := range m.Participants[i+1:] {
				out = append(out, goldPair{x, y, m.Date})
			}
		}
	}
	return out
}

// pairFeatures are the pair's own: countries, roles, and whether the
// title names them.
func pairFeatures(f map[string]bool, art extract.Article, a, b extract.Person, names map[string]bool) {
	switch {
	case a.Country == "" || b.Country == "":
		f["country:unknown"] = true
	case a.Country == b.Country:
		f["country:same"] = true
	default:
		f["country:different"] = true
	}
	if a.Country == "US" || b.Country == "US" {
		f["country:us"] = true
	}
	title := strings.ToLower(art.Title)
	inTitle := 0
	for _, p := range []extract.Person{a, b} {
		words := strings.Fields(strings.ToLower(p.Name))
		if len(words) > 0 && strings.Contains(title, words[len(words)-1]) {
			inTitle++
		}
		for _, w := range wordRE.FindAllString(strings.ToLower(p.Role), -1) {
			f["role:"+w] = true
		}
		if p.Role == "" {
			f["role:none"] = true
		}
	}
	f[fmt.Sprintf("title:named%d", inTitle)] = true
	for _, w := range titleWords(art.Title, names) {
		f["t="+w] = true
	}
}

// titleWords are the lower-cased words of title, a possessive's "'s"
// dropped, less every word of the people's names: no feature names anyone.
func titleWords(title string, names map[string]bool) []string {
	var out []string
	for _, w := range wordRE.FindAllString(strings.ToLower(title), -1) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !names[w] {
			out = append(out, w)
		}
	}
	return out
}

// nameWords are the lower-cased words of the names of r's people.
func nameWords(r extract.Result) map[string]bool {
	out := map[string]bool{}
	for _, p := range r.People {
		for _, w := range wordRE.FindAllString(strings.ToLower(p.Name), -1) {
			out[w] = true
		}
	}
	return out
}

// addSentence sets the features of one sentence naming the pair, and
// takes its rule-made meeting's date and kind if the candidate has none
// from an earlier sentence.
func addSentence(c *candidate, art extract.Article, s sentence, ma, mb span, facts articleFacts) {
	f := c.feats
	c.nSentences++
	if c.sentence.End == 0 || !c.ruleDated {
		for _, m := range facts.bySentence[s.start] {
			if m.Date != "" {
				c.date, c.kind, c.ruleDated = m.Date, m.Kind, true
				c.sentence = extract.Evidence{}
				break
			}
		}
		if c.sentence.End == 0 {
			c.sentence = extract.Evidence{Sentence: art.Text[s.start:min(s.end, len(art.Text))], Start: s.start, End: s.end}
		}
	}
	toks := tokens(art.Text, s, ma, mb)
	ia, ib := slices.IndexFunc(toks, func(t token) bool { return t.text == "<a>" || t.text == "<b>" }), -1
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].text == "<a>" || toks[i].text == "<b>" {
			ib = i
			break
		}
	}
	if ia < 0 || ib <= ia {
		return
	}
	lexical(f, toks, ia, ib)
	cues(f, toks)
	ruleFeatures(f, s, ma.id, mb.id, facts)
	f["sent:"+bucket(s.index, 0, 1, 3, 7)] = true
	f["len:"+bucket(len(toks), 0, 15, 30, 45)] = true
}

// lexical are the words and bigrams between the two names, and the words
// around them.
func lexical(f map[string]bool, toks []token, ia, ib int) {
	between := toks[ia+1 : ib]
	for i, t := range between {
		f["b="+t.text] = true
		prev := "<a>"
		if i > 0 {
			prev = between[i-1].text
		}
		f["bb="+prev+"_"+t.text] = true
	}
	if len(between) > 0 {
		f["bb="+between[len(between)-1].text+"_<b>"] = true
	}
	f["dist:"+bucket(len(between), 0, 1, 3, 6, 11, 21)] = true
	others := 0
	for _, t := range between {
		if t.text == "<p>" {
			others++
		}
	}
	f["others:"+bucket(others, 0, 1, 2, 3)] = true
	for i := max(0, ia-3); i < ia; i++ {
		f["l="+toks[i].text] = true
	}
	if ia > 0 {
		f["l1="+toks[ia-1].text] = true
	} else {
		f["l1=<start>"] = true
	}
	for i := ib + 1; i < min(len(toks), ib+4); i++ {
		f["r="+toks[i].text] = true
	}
	if ib+1 < len(toks) {
		f["r1="+toks[ib+1].text] = true
	}
}

// cues are the sentence's meeting, tense, modal, negation, quotation and
// first-person words.
func cues(f map[string]bool, toks []token) {
	for _, t := range toks {
		w := t.text
		switch {
		case meetWords[w]:
			f["meet="+w] = true
			f["meet:any"] = true
		case futureWords[w]:
			f["fut="+w] = true
			f["fut:any"] = true
		case negWords[w]:
			f["neg:any"] = true
		case pastWords[w]:
			f["past="+w] = true
		case firstPerson[w]:
			f["first:any"] = true
		case w == `"`:
			f["quote:any"] = true
		}
	}
}

// ruleFeatures say what the rules made of the sentence and the pair.
func ruleFeatures(f map[string]bool, s sentence, a, b string, facts articleFacts) {
	if facts.plannedPair[pairKey(a, b)] {
		f["rule:planned-together"] = true
	}
	for _, x := range []string{a, b} {
		switch {
		case facts.inHeld[x]:
			f["rule:one-in-held"] = true
		case facts.inAny[x]:
			f["rule:one-in-planned"] = true
		default:
			f["rule:one-in-none"] = true
		}
	}
	for _, m := range facts.bySentence[s.start] {
		f["rule:sentence-"+m.Status] = true
		f["rule:sentence-kind-"+m.Kind] = true
		if slices.Contains(m.ParticipantIDs, a) || slices.Contains(m.ParticipantIDs, b) {
			f["rule:sentence-"+m.Status+"-has-one"] = true
		}
	}
}

// bucket names the range of edges n falls in: "<e1", "e1-e2", …, ">=eN".
func bucket(n int, edges ...int) string {
	for i := len(edges) - 1; i >= 0; i-- {
		if n >= edges[i] {
			if i == len(edges)-1 {
				return fmt.Sprintf(">=%d", edges[i])
			}
			return fmt.Sprintf("%d-%d", edges[i], edges[i+1]-1)
		}
	}
	return fmt.Sprintf("<%d", edges[0])
}
