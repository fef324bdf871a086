package evaluate

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract"
)

// One person who becomes two nodes splits their meetings and relations in
// two (issue 10, item 6). SplitPeople finds the person ids of an extraction
// that name one person: ids whose names differ only by a title, a suffix
// ("Jr."), an Arabic article kept or dropped ("Al-Kadhimi", "Kadhimi"), a
// transliteration ("Mohammed", "Mohamed", "Muhammad"), a middle initial, or
// that the official lists give as one person's (a row and its alias), or
// whose patronymic names differ by a family name after it ("Khalifa bin
// Zayed Al Nahyan", "Khalifa bin Zayed").

// Kinds of split, from the strictest difference to the loosest: a pair has
// the first kind under which its two names fold to one key.
const (
	SplitSpelling = "punctuation"     // "J.B. Pritzker" and "J. B. Pritzker": one name, two slugs
	SplitTitle    = "title"           // "Sheikh Tamim bin Hamad Al Thani" and "Tamim bin Hamad Al Thani"
	SplitSuffix   = "suffix"          // "Garnell Whitfield Jr." and "Garnell Whitfield"
	SplitParticle = "particle"        // "Mustafa Al-Kadhimi" and "Mustafa Kadhimi"
	SplitTranslit = "transliteration" // "Mohammed bin Zayed" and "Mohamed bin Zayed"
	SplitFamily   = "family name"     // "Khalifa bin Zayed Al Nahyan" and "Khalifa bin Zayed"
	SplitList     = "list"            // a list row's name and another name the lists give the same person
	SplitInitials = "initials"        // "Harry S. Truman" and "Harry Truman"
)

// SplitPair is two person ids (A < B) that name one person, or two
// namesakes that fold to one name, with what the split costs.
type SplitPair struct {
	A, B         string
	NameA, NameB string
	Kind         string
	// Listed: one of the names is on the official lists, which own its id.
	Listed bool
	// Articles naming A, B, and both; meeting records with A, with B.
	ArticlesA, ArticlesB, ArticlesBoth int
	MeetingsA, MeetingsB               int
}

// splitTitles are the words of title and style that a name may carry at
// its head in the text.
var splitTitles = map[string]bool{"sheikh": true, "shaikh": true, "sheik": true, "dr": true, "mr": true,
	"mrs": true, "ms": true, "sir": true, "his": true, "her": true, "highness": true, "excellency": true,
	"majesty": true, "hon": true, "honorable": true, "president": true, "prince": true, "crown": true,
	"king": true, "queen": true, "emir": true, "amir": true, "sultan": true, "minister": true, "prime": true,
	"foreign": true, "secretary": true, "senator": true, "ambassador": true, "general": true}

// splitSuffixes end a name without naming another person of it.
var splitSuffixes = map[string]bool{"jr": true, "sr": true, "jnr": true, "snr": true, "ii": true, "iii": true, "iv": true}

// splitArticles are the Arabic article's spellings ("Al-Kadhimi", "el-Sisi").
var splitArticles = map[string]bool{"al": true, "el": true, "ul": true}

// prophetNames are one given name's transliterations that translitKey
// leaves apart (a vowel differs).
var prophetNames = map[string]string{"muhammad": "mohamed", "mohammad": "mohamed", "muhammed": "mohamed",
	"mohammed": "mohamed", "mohamad": "mohamed", "muhamed": "mohamed", "mohamed": "mohamed"}

// splitKeys are a name's keys after each step of folding, in the order of
// the kinds: keys[i] is the key once the first i+1 steps are applied.
func splitKeys(name string) [7]string {
	var b strings.Builder
	for _, r := range gazetteer.Fold(strings.ToLower(name)) {
		switch {
		case r == '\'' || r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	var keys [7]string
	keys[0] = strings.Join(toks, " ")
	for len(toks) > 1 && splitTitles[toks[0]] {
		toks = toks[1:]
	}
	keys[1] = strings.Join(toks, " ")
	for len(toks) > 1 && splitSuffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	keys[2] = strings.Join(toks, " ")
	noArticles := func(toks []string) []string {
		return slices.DeleteFunc(slices.Clone(toks), func(t string) bool { return splitArticles[t] })
	}
	keys[3] = strings.Join(noArticles(toks), " ")
	keys[4] = strings.Join(translit(noArticles(toks)), " ")
	tr := translit(noArticles(withoutFamilyName(toks)))
	keys[5] = strings.Join(tr, " ")
	var noInitials []string
	for i, t := range tr {
		if i == 0 || len(t) > 1 || i == len(tr)-1 {
			noInitials = append(noInitials, t)
		}
	}
	keys[6] = strings.Join(noInitials, " ")
	return keys
}

// translit folds each word to its transliteration key, a given name of the
// Prophet's to one spelling.
func translit(toks []string) []string {
	tr := make([]string, len(toks))
	for i, t := range toks {
		if p, ok := prophetNames[t]; ok {
			t = p
		}
		tr[i] = gazetteer.TranslitKey(t)
	}
	return tr
}

// patronymicWords link a given name to a father's ("Khalifa bin Zayed").
var patronymicWords = map[string]bool{"bin": true, "bint": true, "ibn": true}

// withoutFamilyName drops a family name after an Arabic article that ends a
// patronymic name ("khalifa bin zayed al nahyan" is "khalifa bin zayed"): the
// chain names the person without it. A name with no patronymic keeps its
// family name, its surname ("Mustafa Al-Kadhimi").
func withoutFamilyName(toks []string) []string {
	n := len(toks)
	if n < 5 || !splitArticles[toks[n-2]] || !slices.ContainsFunc(toks[:n-2], func(t string) bool { return patronymicWords[t] }) {
		return toks
	}
	return toks[:n-2]
}

// listKey is the loosest key of the one list name that name resolves to, by
// the name or an alias, or as the one-word style of a monarch ("Salman",
// whom the lists also know as Salman bin Abdulaziz Al Saud); "" if none or
// several.
func listKey(name string) string {
	terms := gazetteer.OfficialsNamed(name)
	if len(terms) == 0 && !strings.Contains(strings.TrimSpace(name), " ") {
		terms = gazetteer.MonarchsStyled(name)
	}
	if len(terms) == 0 || slices.ContainsFunc(terms, func(o gazetteer.Official) bool { return o.Name != terms[0].Name }) {
		return ""
	}
	return splitKeys(terms[0].Name)[6]
}

// SplitPeople returns the pairs of person ids of results (every Person
// entity, officials or not) that fold to one name of two words or more, or
// that the lists give as one person's, sorted by kind and ids.
func SplitPeople(results []extract.Result) []SplitPair {
	type person struct {
		name     string
		keys     [7]string
		listKey  string // the key of the one list name the name resolves to, or ""
		articles map[string]bool
		meetings int
	}
	people := map[string]*person{}
	for _, r := range results {
		for _, e := range r.Entities {
			if e.Type != "Person" {
				continue
			}
			p := people[e.ID]
			if p == nil {
				p = &person{name: e.Name, keys: splitKeys(e.Name), articles: map[string]bool{}}
				p.listKey = listKey(e.Name)
				people[e.ID] = p
			}
			p.articles[r.ID] = true
		}
		for _, m := range r.Meetings {
			for _, id := range m.ParticipantIDs {
				if p := people[id]; p != nil {
					p.meetings++
				}
			}
		}
	}
	// ids grouped by their loosest key, and by their list name's
	groups := map[string][]string{}
	for id, p := range people {
		if strings.Contains(p.keys[6], " ") {
			groups[p.keys[6]] = append(groups[p.keys[6]], id)
		}
		if p.listKey != "" && p.listKey != p.keys[6] {
			groups[p.listKey] = append(groups[p.listKey], id)
		}
	}
	seen := map[[2]string]bool{}
	var out []SplitPair
	for _, ids := range groups {
		slices.Sort(ids)
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if a == b || seen[[2]string{a, b}] {
					continue
				}
				seen[[2]string{a, b}] = true
				pa, pb := people[a], people[b]
				kind := SplitList
				for k, name := range []string{SplitSpelling, SplitTitle, SplitSuffix, SplitParticle, SplitTranslit, SplitFamily, SplitInitials} {
					if pa.keys[k] == pb.keys[k] {
						kind = name
						break
					}
				}
				both := 0
				for id := range pa.articles {
					if pb.articles[id] {
						both++
					}
				}
				out = append(out, SplitPair{A: a, B: b, NameA: pa.name, NameB: pb.name, Kind: kind,
					Listed:    pa.listKey != "" || pb.listKey != "",
					ArticlesA: len(pa.articles), ArticlesB: len(pb.articles), ArticlesBoth: both,
					MeetingsA: pa.meetings, MeetingsB: pb.meetings})
			}
		}
	}
	order := map[string]int{SplitSpelling: 0, SplitTitle: 1, SplitSuffix: 2, SplitParticle: 3, SplitTranslit: 4, SplitFamily: 5, SplitList: 6, SplitInitials: 7}
	slices.SortFunc(out, func(x, y SplitPair) int {
		return cmp.Or(cmp.Compare(order[x.Kind], order[y.Kind]), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	return out
}
