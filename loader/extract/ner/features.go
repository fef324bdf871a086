package ner

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsgraph/gazetteer"
)

// Tags: BIO over the three types.
const (
	tagO = iota
	tagBPer
	tagIPer
	tagBPlace
	tagIPlace
	tagBOrg
	tagIOrg
	numTags
)

// beginTag is the tag that begins a name of type t (tagBPer, tagBPlace,
// tagBOrg); the tag after it continues the name.
func beginTag(t Type) uint8 { return uint8(2*int(t) - 1) }

// Feature templates. Each feature is a template number mixed with the
// hashes of its values; the mix picks a row of the weight table.
const (
	fBias = iota + 1
	fWord
	fCased
	fWordL1
	fWordR1
	fWordL2
	fWordR2
	fBigramL
	fBigramR
	fShape
	fShapeL1
	fShapeR1
	fShapeTri
	fPre1
	fPre2
	fPre3
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fSentStart
	fSentKind
	fSentKindCommon
	fCommon
	fDoc
	fGaz
	fGazL1
	fGazR1
	fNamePart
	fNamePartL1
	fNamePartR1
	fWordL1Shape
	fSentStartDoc
	fLen
	fRunHead
	fRunFirst
	fRunPos
	fRunBefore
	fRunAfter
	fRunHeadWord
	fRunGaz
	fRunHeadClass
	fCity
	fPrev
	fPrev2
	fPrevWord
	fPrevShape
	fGenClus4
	fGenClus6
	fGenClus10
	fGenClus20
	fGenClusL1
	fGenClusR1
)

// Token flags.
const (
	flCap = 1 << iota
	flUpper
	flDigit
	flLetter
	flCommon
	flGiven
	flSurname
	flSeenLower  // the word occurs in lower case elsewhere in the text
	flSeenCapMid // the word occurs capitalised inside a sentence of ordinary case
	flHasUpper   // some letter is upper case (no feature reads it: decoding skips tokens without one near)
)

// Sentence kinds: capitalisation means less in headlines and all-caps lines.
const (
	sentNormal = iota + 1
	sentTitle
	sentCaps
)

const numStatic = 48 // features that do not depend on the previous tags

// tokInfo is what the features read of one token.
type tokInfo struct {
	word, cased, shape uint64
	text               string
	flags              uint16
	gaz                uint8 // gazetteer kind << 2 | position (1 begin, 2 inside)
	city               uint8 // position in a GeoNames place name (1 begin, 2 inside)
	sentKind           uint8
	// listed is what the common-word and name lists say of a capitalised
	// word (listedCommon, listedGiven, listedSurname), read by wordInfo in
	// one lookup for setLexicon's flags
	listed              uint8
	lexSet              bool   // setLexicon has read the token's lists
	runHead, runFirst   uint64 // last and first word of the capitalised run holding the token
	runBefore, runAfter uint64 // words around that run
	runPos              uint8  // 1 begin, 2 inside, 3 last, 4 single; 0 outside a run
	runLen              uint8
	runGaz              uint8 // gazetteer kinds seen in the run, as bits
	length              uint8
	sentStart           bool
	// genClus is the general-English Brown cluster of the word as written
	// (lexicon/general-clusters.txt): bit i is the i-th step of its path,
	// so the low bits are the coarse clusters; 0 if not clustered
	genClus uint32
	// begin is, for each type, the score of the best tag sequence of the
	// sentence in which a name of that type begins at the token (set by
	// decode in the stretches where it finds a name): how much the model's
	// evidence favours one type over another there
	begin [Organization]float32
}

// mix combines a template number or an earlier mix with a value. The first
// argument is spread over 64 bits first, so that small template numbers
// and small values never collide across templates.
func mix(a, b uint64) uint64 {
	h := (a*0xD6E8FEB86659FD93 ^ b) * 0x9E3779B97F4A7C15
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	hashBOS   = 0x5bd1e9955bd1e995
	hashEOS   = 0x27d4eb2f165667c5
)

// wordHash hashes the lower-case form of s: FNV-1a over its runes, each
// lowered. Most words are ASCII, and for them a byte is a rune.
func wordHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			h, _, _ = lowerHashRunes(s)
			return h
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// lowerHash is wordHash with the hashes of the first three and last four
// runes (lower case) too, with no allocation.
func lowerHash(s string) (h uint64, pre [3]uint64, suf [4]uint64) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return lowerHashRunes(s)
		}
	}
	lower := func(c byte) uint64 {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return uint64(c)
	}
	h = fnvOffset
	for i := 0; i < len(s); i++ {
		h ^= lower(s[i])
		h *= fnvPrime
		if i < 3 {
			pre[i] = h
		}
	}
	for k := len(s); k < 3; k++ {
		pre[k] = h
	}
	for k := 1; k <= 4; k++ {
		sh := uint64(fnvOffset)
		for i := max(len(s)-k, 0); i < len(s); i++ {
			sh ^= lower(s[i])
			sh *= fnvPrime
		}
		suf[k-1] = sh
	}
	return h, pre, suf
}

// lowerHashRunes is lowerHash for any UTF-8.
func lowerHashRunes(s string) (h uint64, pre [3]uint64, suf [4]uint64) {
	h = fnvOffset
	n := 0
	for _, r := range s {
		r = unicode.ToLower(r)
		h ^= uint64(r)
		h *= fnvPrime
		if n < 3 {
			pre[n] = h
		}
		n++
	}
	// suffixes: hash the last k runes
	for k := 1; k <= 4; k++ {
		e := len(s)
		for j := 0; j < k && e > 0; j++ {
			_, size := utf8.DecodeLastRuneInString(s[:e])
			e -= size
		}
		sh := uint64(fnvOffset)
		for _, r := range s[e:] {
			sh ^= uint64(unicode.ToLower(r))
			sh *= fnvPrime
		}
		suf[k-1] = sh
	}
	if n < 3 {
		for k := n; k < 3; k++ {
			pre[k] = h
		}
	}
	return h, pre, suf
}

func strHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// shapeOf hashes the word's short shape: upper → X, lower → x, digit → d,
// other runes as they are, repeats collapsed ("Xx", "X.X.", "Xx-Xx", "dd").
func shapeOf(s string) (h uint64, flags uint16, length uint8) {
	h = fnvOffset
	var last rune = -1
	n := 0
	letters, uppers := 0, 0
	for i, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
			if i == 0 {
				flags |= flCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			flags |= flDigit
		}
		n++
		if c != last {
			h ^= uint64(c)
			h *= fnvPrime
			last = c
		}
	}
	if letters > 0 {
		flags |= flLetter
	}
	if letters >= 2 && letters == uppers {
		flags |= flUpper
	}
	if uppers > 0 {
		flags |= flHasUpper
	}
	return h, flags, uint8(min(n, 255))
}

// Gazetteer kinds for features.
const (
	gzCountry = iota + 1
	gzDemonym
	gzOrg
	gzPlace
	gzRegion
	gzPerson
	gzCity // a GeoNames place
)

var (
	//go:embed lexicon/given-names.txt
	givenNames string
	//go:embed lexicon/surnames.txt
	surnames string
	//go:embed lexicon/places.txt
	places string
	//go:embed lexicon/general-clusters.txt
	generalClusters string
)

type gazEntry struct {
	keys []uint64
	kind uint8
}

// gazIndex holds the gazetteer's names as sequences of word hashes, and the
// given names and surnames of known officials.
type gazIndex struct {
	byFirst  map[uint64][]gazEntry // longest first
	cities   map[uint64][]gazEntry // GeoNames places, longest first
	given    map[uint64]bool
	surname  map[uint64]bool
	demonyms map[uint64]bool   // one-word demonyms that name no country
	common   map[uint64]bool   // common English words (gazetteer.CommonWords)
	clusters *u64Table[uint32] // strHash of a word form, case kept -> its general-English cluster
	// listed is common, given and surname in one table, as listedCommon,
	// listedGiven and listedSurname bits: a capitalised word's three
	// questions in one lookup
	listed *u64Table[uint8]
}

// The bits of gazIndex.listed.
const (
	listedCommon uint8 = 1 << iota
	listedGiven
	listedSurname
	listedStartsName // the first word of a name of byFirst
	listedStartsCity // the first word of a place of cities
)

// listedBits builds gazIndex.listed from its three lists.
func (g *gazIndex) listedBits() map[uint64]uint8 {
	m := make(map[uint64]uint8, len(g.common)+len(g.given)+len(g.surname))
	for h := range g.common {
		m[h] |= listedCommon
	}
	for h := range g.given {
		m[h] |= listedGiven
	}
	for h := range g.surname {
		m[h] |= listedSurname
	}
	for h := range g.byFirst {
		m[h] |= listedStartsName
	}
	for h := range g.cities {
		m[h] |= listedStartsCity
	}
	return m
}

var (
	gazOnce sync.Once
	gaz     *gazIndex
)

func getGaz() *gazIndex {
	gazOnce.Do(func() {
		g := &gazIndex{byFirst: map[uint64][]gazEntry{}, cities: map[uint64][]gazEntry{}, given: map[uint64]bool{}, surname: map[uint64]bool{}, demonyms: map[uint64]bool{}}
		into := g.byFirst
		add := func(text string, kind uint8) {
			toks := Tokenize(text)
			if len(toks) == 0 || len(toks) > 8 {
				return
			}
			e := gazEntry{kind: kind}
			for _, t := range toks {
				h, _, _ := lowerHash(t.Text)
				e.keys = append(e.keys, h)
			}
			into[e.keys[0]] = append(into[e.keys[0]], e)
		}
		g.common = map[uint64]bool{}
		for _, w := range gazetteer.CommonWords() {
			h, _, _ := lowerHash(w)
			g.common[h] = true
		}
		countryWords := map[uint64]bool{}
		for _, p := range gazetteer.Phrases() {
			if p.NotInModel {
				continue // added after training; the model knows the lists it was trained with
			}
			switch p.Kind {
			case gazetteer.KindCountry:
				add(p.Text, gzCountry)
				h, _, _ := lowerHash(p.Text)
				countryWords[h] = true
			case gazetteer.KindDemonym:
				add(p.Text, gzDemonym)
				if !strings.Contains(p.Text, " ") {
					h, _, _ := lowerHash(p.Text)
					g.demonyms[h] = true
				}
			case gazetteer.KindOrg:
				add(p.Text, gzOrg)
			case gazetteer.KindPlace:
				add(p.Text, gzPlace)
			case gazetteer.KindRegion:
				add(p.Text, gzRegion)
			}
		}
		for h := range countryWords {
			delete(g.demonyms, h)
		}
		for _, o := range gazetteer.Officials() {
			if o.HandKept {
				continue // the model is trained on the generated lists only
			}
			names := append([]string{o.Name}, o.Aliases...)
			for _, n := range names {
				if slices.Contains(o.NotInModel, n) {
					continue // a name a hand-kept row gave it after training
				}
				add(n, gzPerson)
				f := strings.Fields(n)
				if len(f) >= 2 {
					h, _, _ := lowerHash(f[0])
					g.given[h] = true
					h, _, _ = lowerHash(f[len(f)-1])
					g.surname[h] = true
				}
			}
		}
		for _, n := range strings.Split(givenNames, "\n") {
			if n != "" {
				h, _, _ := lowerHash(n)
				g.given[h] = true
			}
		}
		for _, n := range strings.Split(surnames, "\n") {
			if n != "" {
				h, _, _ := lowerHash(n)
				g.surname[h] = true
			}
		}
		into = g.cities
		for _, n := range strings.Split(places, "\n") {
			if n != "" {
				add(n, gzCity)
			}
		}
		for _, idx := range []map[uint64][]gazEntry{g.byFirst, g.cities} {
			for k, es := range idx {
				// longest first; among equals the first kind listed wins
				for i := 1; i < len(es); i++ {
					for j := i; j > 0 && len(es[j].keys) > len(es[j-1].keys); j-- {
						es[j], es[j-1] = es[j-1], es[j]
					}
				}
				idx[k] = es
			}
		}
		g.clusters = newU64Table(readClusters(generalClusters))
		g.listed = newU64Table(g.listedBits())
		gaz = g
	})
	return gaz
}

// readClusters reads clusters in the format of lexicon/general-clusters.txt:
// a line per cluster, its path of 0s and 1s, a tab, and its words.
func readClusters(text string) map[uint64]uint32 {
	m := make(map[uint64]uint32, 200_000)
	for line := range strings.Lines(text) {
		path, words, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			continue
		}
		var bits uint32
		for i := 0; i < len(path) && i < 32; i++ {
			if path[i] == '1' {
				bits |= 1 << i
			}
		}
		for w := range strings.FieldsSeq(words) {
			m[strHash(w)] = bits
		}
	}
	return m
}

// docInfo computes each token's feature inputs: hashes, flags, gazetteer
// matches, sentence kinds and what the rest of the text says of each word.
// info, when given, is reused: it must have room for len(toks) entries.
func docInfo(toks []Token, info []tokInfo) []tokInfo {
	info = docInfoNoLexicon(toks, info)
	setLexicon(info, 0, len(info), getGaz())
	return info
}

// docInfoNoLexicon is docInfo but for what the large word lists say
// (setLexicon), which only the features of tokens that decoding reads need:
// decode looks it up stretch by stretch, for most tokens never, and those
// lookups were the costliest part of a token's inputs.
func docInfoNoLexicon(toks []Token, info []tokInfo) []tokInfo {
	g := getGaz()
	if cap(info) < len(toks) {
		info = make([]tokInfo, len(toks))
	} else {
		info = info[:len(toks)]
		clear(info)
	}
	for i := range toks {
		wordInfo(&toks[i], &info[i], g)
	}
	markSentenceKinds(toks, info)
	markSeenElsewhere(info)
	capRuns(toks, info)
	// gazetteers: the longest name at each position, left to right
	matchNames(info, g.byFirst, listedStartsName, func(k int, v uint8) { info[k].gaz = v })
	matchNames(info, g.cities, listedStartsCity, func(k int, v uint8) { info[k].city = v & 3 })
	markRunGazetteers(info)
	return info
}

// wordInfo sets what a token says by itself: its hashes and shape, and,
// for a capitalised word, whether it is a common word, since a capitalised
// common word is rarely a name. What the large word lists say of it
// (setLexicon) waits until its features are read.
func wordInfo(t *Token, x *tokInfo, g *gazIndex) {
	x.word = wordHash(t.Text)
	x.text = t.Text
	x.cased = strHash(t.Text)
	x.shape, x.flags, x.length = shapeOf(t.Text)
	x.sentStart = t.SentStart
	if x.flags&(flCap|flDigit) != 0 { // the words matchNames and setLexicon ask of
		x.listed = g.listed.get(x.word)
		if x.flags&flCap != 0 && x.listed&listedCommon != 0 {
			x.flags |= flCommon
		}
	}
}

// setLexicon sets what the large word lists say of each word in
// info[from:to]: its general-English cluster and, for a capitalised word,
// whether the name lists know it as a given name or a surname. Only
// staticFeatures reads these (a token's and its neighbours'), and each is a
// lookup into a table too large for the cache.
func setLexicon(info []tokInfo, from, to int, g *gazIndex) {
	for i := max(from, 0); i < min(to, len(info)); i++ {
		x := &info[i]
		if x.lexSet {
			continue // a neighbour of an earlier stretch, or a name's token the typer reads again
		}
		x.lexSet = true
		if x.flags&flLetter != 0 {
			x.genClus = g.clusters.get(x.cased)
		}
		if x.flags&flCap != 0 { // what wordInfo read of the lists
			if x.listed&listedGiven != 0 {
				x.flags |= flGiven
			}
			if x.listed&listedSurname != 0 {
				x.flags |= flSurname
			}
		}
	}
}

// markSentenceKinds gives every token its sentence's kind (sentenceKind):
// capitals in a headline or a shouted line say less of a name than in
// running text.
func markSentenceKinds(toks []Token, info []tokInfo) {
	for s := 0; s < len(toks); {
		e := s + 1
		for e < len(toks) && !toks[e].SentStart {
			e++
		}
		kind := sentenceKind(info[s:e])
		for k := s; k < e; k++ {
			info[k].sentKind = kind
		}
		s = e
	}
}

// sentenceKind is sentCaps where most of a sentence's words (four in five,
// at least two) are upper case, sentTitle where two or more words and
// none in lower case but title function words ("of", "the"): a headline;
// else sentNormal.
func sentenceKind(sent []tokInfo) uint8 {
	words, lower, uppers := 0, 0, 0
	for k := range sent {
		f := sent[k].flags
		if f&flLetter == 0 {
			continue
		}
		words++
		if f&flUpper != 0 {
			uppers++
		}
		if lower == 0 && f&flCap == 0 && !titleFunctionHashes[sent[k].word] {
			lower++ // one is enough: the sentence is no headline
		}
	}
	switch {
	case uppers >= 2 && uppers*10 >= words*8:
		return sentCaps
	case words >= 2 && lower == 0:
		return sentTitle
	}
	return sentNormal
}

// markSeenElsewhere sets what the rest of the text says of each word: a
// capitalised word seen capitalised mid-sentence in running text
// (flSeenCapMid) is likely a name wherever it stands, and one the text
// also writes in lower case (flSeenLower) is likely not. The capitalised
// words (few) are gathered first, then each lower-case word marks them.
func markSeenElsewhere(info []tokInfo) {
	caps := 0
	for i := range info {
		if info[i].flags&(flLetter|flCap) == flLetter|flCap {
			caps++
		}
	}
	seen := newSeenTable(caps)
	for i := range info {
		x := &info[i]
		if x.flags&(flLetter|flCap) != flLetter|flCap {
			continue
		}
		var f uint16
		if !x.sentStart && x.sentKind == sentNormal && x.flags&flUpper == 0 {
			f = flSeenCapMid
		}
		*seen.add(x.word) |= f
	}
	for i := range info {
		x := &info[i]
		if x.flags&(flLetter|flCap) != flLetter {
			continue
		}
		var f uint16
		if p := seen.find(x.word); p != nil {
			f = *p
			*p |= flSeenLower
		}
		x.flags |= flSeenLower | f&flSeenCapMid
	}
	for i := range info {
		if x := &info[i]; x.flags&(flLetter|flCap) == flLetter|flCap {
			x.flags |= *seen.find(x.word)
		}
	}
}

// seenTable is markSeenElsewhere's map from the hash of a capitalised word
// to what the text says of it: open addressing in one allocation, sized
// for the text's capitalised words, where a Go map grew and hashed again.
type seenTable struct {
	slots []seenSlot
	shift uint8
}

type seenSlot struct {
	key  uint64
	f    uint16
	used bool
}

// newSeenTable has room for n words, at most half its slots filled.
func newSeenTable(n int) seenTable {
	shift := u64Shift(n)
	return seenTable{slots: make([]seenSlot, 1<<(64-shift)), shift: shift}
}

// add is the flags of word k, added with none if new.
func (t seenTable) add(k uint64) *uint16 {
	mask := uint64(len(t.slots) - 1)
	h := k * u64Mul >> t.shift
	for t.slots[h].used && t.slots[h].key != k {
		h = (h + 1) & mask
	}
	s := &t.slots[h]
	s.key, s.used = k, true
	return &s.f
}

// find is the flags of word k, or nil if it was never added.
func (t seenTable) find(k uint64) *uint16 {
	mask := uint64(len(t.slots) - 1)
	for h := k * u64Mul >> t.shift; t.slots[h].used; h = (h + 1) & mask {
		if t.slots[h].key == k {
			return &t.slots[h].f
		}
	}
	return nil
}

// markRunGazetteers gives every token of a capitalised run the gazetteer
// kinds matched anywhere in the run, as bits, so that each word of
// "Foreign Minister Wang Yi" knows what the run's other words are.
func markRunGazetteers(info []tokInfo) {
	for i := 0; i < len(info); {
		if info[i].runPos == 0 {
			i++
			continue
		}
		e := runEnd(info, i)
		var bits uint8
		for k := i; k < e; k++ {
			if info[k].gaz != 0 {
				bits |= 1 << (info[k].gaz >> 2)
			}
		}
		for k := i; k < e; k++ {
			info[k].runGaz = bits
		}
		i = e
	}
}

// runEnd is the end of the capitalised run that begins at i: runLen
// stops at 255, and a longer run ("Secretary of State Secretary of State
// …") would send the walk into its middle and past the text's end.
func runEnd(info []tokInfo, i int) int {
	if info[i].runPos == 4 {
		return i + 1
	}
	e := i + 1
	for e < len(info) && info[e].runPos == 2 {
		e++
	}
	if e < len(info) && info[e].runPos == 3 {
		e++
	}
	return e
}

// Head words that say what a name is: "Durham University", "Hudson River".
const (
	headOrg = iota + 1
	headPlace
	headPerson
)

var headClass = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			h, _, _ := lowerHash(w)
			m[h] = class
		}
	}
	add(headOrg, `university college school academy institute institution association society council committee
		commission party union league federation corporation corp corp. company co. inc inc. ltd ltd. llc plc group
		bank times post news press journal magazine gazette herald tribune review network broadcasting radio
		television tv airlines airways railway railways agency department ministry office bureau board authority
		administration service services foundation fund trust church congress parliament senate assembly court
		army navy force forces corps police guard team club fc united city's records studios pictures labs
		laboratory laboratories center centre program programme project organization organisation coalition
		alliance movement front institute's brotherhood collaboration consortium federation's`)
	add(headPlace, `river lake sea ocean bay gulf strait island islands mountain mountains mount mt. hill hills valley
		desert forest park garden gardens street st. road avenue ave ave. boulevard blvd blvd. lane square plaza
		bridge tunnel airport station terminal harbour harbor port beach coast county province state region district
		city town village borough castle palace tower hall cathedral abbey temple museum gallery stadium arena
		theatre theater hotel resort market mall building heights springs falls canyon peninsula cape`)
	add(headPerson, `jr jr. sr sr. ii iii iv`)
	return m
}()

// titleFunctionHashes are the wordHash of titleFunctionWords.
var titleFunctionHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range titleFunctionWords {
		m[wordHash(w)] = true
	}
	return m
}()

// titleFunctionWords stay in lower case in a title-case headline.
var titleFunctionWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true,
	"nor": true, "but": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"by": true, "with": true, "from": true, "as": true, "vs": true, "vs.": true, "v": true, "via": true,
	"into": true, "over": true, "amid": true, "after": true, "per": true, "up": true, "off": true, "out": true}

// matchNames finds the longest listed name at each capitalised token, left
// to right, and sets each token of it to kind << 2 | position (1 first, 2 later).
// starts is the listed bit of the words that begin one of index's names:
// a token without it begins none, and index is not asked.
func matchNames(info []tokInfo, index map[uint64][]gazEntry, starts uint8, set func(k int, v uint8)) {
	for i := 0; i < len(info); {
		if info[i].flags&(flCap|flDigit) == 0 || info[i].listed&starts == 0 {
			i++
			continue
		}
		best := 0
		var kind uint8
		for _, e := range index[info[i].word] {
			if len(e.keys) <= best || i+len(e.keys) > len(info) {
				continue
			}
			ok := true
			for k := 1; k < len(e.keys); k++ {
				if info[i+k].word != e.keys[k] {
					ok = false
					break
				}
			}
			if ok {
				best, kind = len(e.keys), e.kind
			}
		}
		if best == 0 {
			i++
			continue
		}
		set(i, kind<<2|1)
		for k := i + 1; k < i+best; k++ {
			set(k, kind<<2|2)
		}
		i += best
	}
}

// connectors join capitalised words into one run ("Bank of England",
// "Hilary of Poitiers", "Leonardo da Vinci").
var connectors = map[string]bool{"of": true, "the": true, "de": true, "for": true, "and": true, "&": true,
	"von": true, "van": true, "da": true, "di": true, "del": true, "la": true, "le": true, "du": true,
	"des": true, "der": true, "den": true, "on": true, "in": true, "y": true, "al": true, "bin": true}

var connectorHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range connectors {
		h, _, _ := lowerHash(w)
		m[h] = true
	}
	return m
}()

// capRuns marks the runs of capitalised words in each sentence, with the
// words that a name's type depends on: its last word ("River", "University"),
// its first, and the words around it.
func capRuns(toks []Token, info []tokInfo) {
	isCap := func(k int) bool { return info[k].flags&flCap != 0 }
	for i := 0; i < len(toks); {
		if !isCap(i) {
			i++
			continue
		}
		e := i + 1
		for e < len(toks) && !toks[e].SentStart {
			if isCap(e) {
				e++
				continue
			}
			// a connector or two between capitalised words
			if connectorHashes[info[e].word] && info[e].flags&flCap == 0 {
				k := e + 1
				if k < len(toks) && !toks[k].SentStart && connectorHashes[info[k].word] && !isCap(k) {
					k++
				}
				if k < len(toks) && !toks[k].SentStart && isCap(k) && k-e <= 2 {
					e = k
					continue
				}
			}
			break
		}
		n := min(e-i, 255)
		before, after := uint64(hashBOS), uint64(hashEOS)
		if i > 0 && !toks[i].SentStart {
			before = info[i-1].word
		}
		if e < len(toks) && !toks[e].SentStart {
			after = info[e].word
		}
		for k := i; k < e; k++ {
			x := &info[k]
			x.runHead, x.runFirst, x.runBefore, x.runAfter, x.runLen = info[e-1].word, info[i].word, before, after, uint8(n)
			switch {
			case e-i == 1:
				x.runPos = 4
			case k == i:
				x.runPos = 1
			case k == e-1:
				x.runPos = 3
			default:
				x.runPos = 2
			}
		}
		i = e
	}
}

// staticFeatures writes the features of token i that do not depend on the
// tags before it.
func staticFeatures(info []tokInfo, i int, out []uint64) []uint64 {
	x := &info[i]
	l1, l2 := uint64(hashBOS), uint64(hashBOS)
	var sl1 uint64 = hashBOS
	var gl1 uint8 = 255
	var nl1 uint16
	var cl1 uint64 = 1 << 32 // no word before: no cluster can be this
	if i > 0 && !x.sentStart {
		p := &info[i-1]
		l1, sl1, gl1, nl1, cl1 = p.word, p.shape, p.gaz, p.flags&(flGiven|flSurname|flCap), uint64(p.genClus&0x3f)
		if i > 1 && !p.sentStart {
			l2 = info[i-2].word
		}
	}
	r1, r2 := uint64(hashEOS), uint64(hashEOS)
	var sr1 uint64 = hashEOS
	var gr1 uint8 = 255
	var nr1 uint16
	var cr1 uint64 = 1 << 32
	if i+1 < len(info) && !info[i+1].sentStart {
		n := &info[i+1]
		r1, sr1, gr1, nr1, cr1 = n.word, n.shape, n.gaz, n.flags&(flGiven|flSurname|flCap), uint64(n.genClus&0x3f)
		if i+2 < len(info) && !info[i+2].sentStart {
			r2 = info[i+2].word
		}
	}
	ss := uint64(0)
	if x.sentStart {
		ss = 1
	}
	caseFlags := uint64(x.flags & (flCap | flUpper))
	_, pre, suf := lowerHash(x.text)
	c := uint64(x.genClus)
	out = append(out,
		mix(fBias, 0),
		mix(fWord, x.word),
		mix(fCased, x.cased),
		mix(fWordL1, l1),
		mix(fWordR1, r1),
		mix(fWordL2, l2),
		mix(fWordR2, r2),
		mix(mix(fBigramL, l1), x.word),
		mix(mix(fBigramR, x.word), r1),
		mix(fShape, x.shape),
		mix(fShapeL1, sl1),
		mix(fShapeR1, sr1),
		mix(mix(mix(fShapeTri, sl1), x.shape), sr1),
		mix(fPre1, pre[0]),
		mix(fPre2, pre[1]),
		mix(fPre3, pre[2]),
		mix(fSuf1, suf[0]),
		mix(fSuf2, suf[1]),
		mix(fSuf3, suf[2]),
		mix(fSuf4, suf[3]),
		mix(mix(fSentStart, ss), x.shape),
		mix(mix(fSentKind, uint64(x.sentKind)), x.shape),
		mix(fSentKindCommon, uint64(x.sentKind)<<8|uint64(x.flags&(flCommon|flCap))|ss<<12),
		mix(fCommon, uint64(x.flags&flCommon)<<4|caseFlags),
		mix(fDoc, uint64(x.flags&(flSeenLower|flSeenCapMid))|caseFlags|uint64(x.sentKind)<<12),
		mix(fGaz, uint64(x.gaz)),
		mix(fGazL1, uint64(gl1)<<8|uint64(x.gaz)),
		mix(fGazR1, uint64(gr1)<<8|uint64(x.gaz)),
		mix(fNamePart, uint64(x.flags&(flGiven|flSurname|flCap))),
		mix(fNamePartL1, uint64(nl1)<<16|uint64(x.flags&flCap)),
		mix(fNamePartR1, uint64(nr1)<<16|uint64(x.flags&flCap)),
		mix(mix(fWordL1Shape, l1), x.shape),
		mix(fSentStartDoc, ss<<20|uint64(x.flags&(flSeenLower|flSeenCapMid|flCommon|flCap))),
		mix(mix(fRunHead, x.runHead), uint64(x.runPos)),
		mix(fRunFirst, x.runFirst),
		mix(fRunPos, uint64(x.runPos)<<8|uint64(min(x.runLen, 5))),
		mix(mix(fRunBefore, x.runBefore), uint64(x.runPos)),
		mix(fRunAfter, x.runAfter),
		mix(mix(fRunHeadWord, x.runHead), x.word),
		mix(fRunGaz, uint64(x.runGaz)<<8|uint64(x.runPos)),
		mix(fRunHeadClass, uint64(headClass[x.runHead])<<8|uint64(x.runPos)),
		mix(fCity, uint64(x.city)<<8|uint64(x.flags&(flCap|flGiven|flSurname))),
		// general English: what kind of word this is outside the training
		// text ("Weehawken" is clustered with "Teterboro"), at four grains,
		// and its neighbours' kinds
		mix(fGenClus4, c&0xf),
		mix(fGenClus6, c&0x3f),
		mix(fGenClus10, c&0x3ff),
		mix(fGenClus20, c&0xfffff),
		mix(fGenClusL1, cl1),
		mix(fGenClusR1, cr1),
	)
	return out
}

// tagFeatures writes the features that read the tag before a token (p is
// numTags at a sentence start): the transition from p.
func tagFeatures(p int, out []uint64) []uint64 {
	return append(out, mix(fPrev, uint64(p)))
}

// lattice is the scratch space of viterbi, kept between calls.
type lattice struct {
	delta [][numTags]float32
	back  [][numTags]uint8
	beta  [][numTags]float32
}

// beginScores sets, after viterbi over the same tokens, each token's
// begin: the score of the best allowed path on which a name of each type
// begins there (the begin tag's max-marginal, forward score plus backward).
// Viterbi's own path is the best of all, so the type it gave a name scores
// highest at the name's first token, and the gaps to the other types say
// how sure it was.
func (l *lattice) beginScores(em [][numTags]float32, trans func(k, p int) [numTags]float32, info []tokInfo) {
	n := len(em)
	if cap(l.beta) < n {
		l.beta = make([][numTags]float32, n, 2*n)
	}
	beta, delta := l.beta[:n], l.delta[:n]
	const neg = -1e30
	beta[n-1] = [numTags]float32{}
	for k := n - 2; k >= 0; k-- {
		for p := 0; p < numTags; p++ {
			sc := trans(k+1, p)
			b := float32(neg)
			for t := 0; t < numTags; t++ {
				if allowed(p, t) {
					b = max(b, sc[t]+em[k+1][t]+beta[k+1][t])
				}
			}
			beta[k][p] = b
		}
	}
	for k := range n {
		for t := Person; t <= Organization; t++ {
			b := beginTag(t)
			info[k].begin[t-1] = delta[k][b] + beta[k][b]
		}
	}
}

// viterbi picks the best allowed tag sequence for n tokens, given each
// token's emission scores and the scores that depend on the tag before.
func (l *lattice) viterbi(em [][numTags]float32, trans func(k, p int) [numTags]float32, out []uint8) {
	n := len(em)
	if n == 0 {
		return
	}
	if cap(l.delta) < n {
		l.delta = make([][numTags]float32, n, 2*n)
		l.back = make([][numTags]uint8, n, 2*n)
	}
	delta, back := l.delta[:n], l.back[:n]
	const neg = -1e30
	first := trans(0, numTags)
	for t := 0; t < numTags; t++ {
		delta[0][t] = neg
		if allowed(numTags, t) {
			delta[0][t] = em[0][t] + first[t]
		}
	}
	for k := 1; k < n; k++ {
		for t := range delta[k] {
			delta[k][t] = neg
		}
		for p := 0; p < numTags; p++ {
			if delta[k-1][p] <= neg/2 {
				continue
			}
			sc := trans(k, p)
			for t := 0; t < numTags; t++ {
				if !allowed(p, t) {
					continue
				}
				if v := delta[k-1][p] + sc[t] + em[k][t]; v > delta[k][t] {
					delta[k][t], back[k][t] = v, uint8(p)
				}
			}
		}
	}
	best := 0
	for t := 1; t < numTags; t++ {
		if delta[n-1][t] > delta[n-1][best] {
			best = t
		}
	}
	for k := n - 1; k >= 0; k-- {
		out[k] = uint8(best)
		best = int(back[k][best])
	}
}

// allowed: an inside tag only continues its own type.
func allowed(prev, t int) bool {
	if t == tagO || t%2 == 1 {
		return true
	}
	return prev == t || prev == t-1
}
