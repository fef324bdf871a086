package gazetteer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An office is written many ways: "Secretary of State", "State Secretary",
// "Secretary of State of the United States", "Secretary Blinken"'s bare
// "Secretary"; "Secretary of Defense", "Defense Secretary", "Secretary of
// the Department of Defense (DOD)"; "Foreign Minister", "Minister of Foreign
// Affairs". A timeline that keys a role by the text's words shows each as an
// office of its own, with its own span (roles43). The functions here tell
// when two wordings are one office, by their words, and which office the
// official lists hold a person in on a date.

// officeFiller are the words an office's wording adds or leaves out without
// naming another office: "Secretary of the Department of Defense" is the
// "Defense Secretary", "Minister of Foreign Affairs" the "Foreign Minister".
var officeFiller = setOfWords("of", "the", "for", "and", "&", "to", "on", "department", "affairs")

// officeRanks are the words that make another office of the same words:
// the Vice President is not the President, a Deputy Secretary not the
// Secretary, an Alternate Prime Minister not a Foreign Minister.
var officeRanks = setOfWords("vice", "deputy", "assistant", "under", "acting", "associate", "principal",
	"alternate", "former", "nominee", "elect", "president-elect", "first", "second", "senior", "chief",
	"executive", "general", "prime", "lieutenant", "adjutant", "permanent", "special", "co", "ranking",
	"minority", "majority")

// officeSpellings are one word's other spellings.
var officeSpellings = map[string]string{"defence": "defense", "programme": "program", "labour": "labor", "adviser": "advisor"}

// foreignOfficeNames are the names some states give the foreign ministry,
// as their official lists and the news write them, each read as "foreign
// affairs" when two wordings are compared: India's "External Affairs
// Minister" is its "Foreign Minister", South Africa's "Minister of
// International Relations and Cooperation", Mexico's, Panama's and Costa
// Rica's "Foreign Relations" minister or secretary too (roles44; the lists
// name the office the timeline keeps).
var foreignOfficeNames = []string{"international relations and cooperation", "external affairs", "foreign relations",
	"external relations"}

func setOfWords(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// officeWords are the words of an office's wording that name it, lower-case
// and as a set: no filler, no bracketed acronym ("(DOD)"), a slash a word's
// end as "and" is ("Deputy Prime Minister/Foreign Minister"; roles46), and for a US
// office no "U.S." before it or "of the United States" after it, which the
// party already says.
func officeWords(role, party string) map[string]bool {
	r := role
	for {
		i := strings.IndexByte(r, '(')
		j := strings.IndexByte(r, ')')
		if i < 0 || j < i {
			break
		}
		r = r[:i] + " " + r[j+1:]
	}
	r = strings.ToLower(r)
	for _, f := range foreignOfficeNames {
		r = strings.ReplaceAll(r, f, "foreign affairs")
	}
	if party == "US" {
		for _, p := range []string{"u.s. ", "us ", "united states "} {
			r = strings.TrimPrefix(r, p)
		}
		for _, s := range []string{" of the united states of america", " of the united states"} {
			r = strings.TrimSuffix(r, s)
		}
	}
	ws := map[string]bool{}
	for _, w := range strings.FieldsFunc(r, func(c rune) bool { return c == ' ' || c == ',' || c == '–' || c == '/' }) {
		if strings.HasSuffix(w, "-elect") {
			ws["elect"] = true
			w = strings.TrimSuffix(w, "-elect")
		}
		for _, p := range strings.Split(w, "-") {
			if p == "" || officeFiller[p] {
				continue
			}
			if s, ok := officeSpellings[p]; ok {
				p = s
			}
			ws[p] = true
		}
	}
	return ws
}

// SameOffice reports whether the wordings a and b name one office of party:
// the words of one hold the other's, and the words only one has name no
// rank ("Secretary" and "Secretary of State" are one; "President" and "Vice
// President", "Deputy Secretary" and "Secretary" are not). A past or
// nominated office is never the office ("Former Senator").
func SameOffice(a, b, party string) bool {
	d, ok := officeDifference(a, b, party)
	return ok && d >= 0
}

// officeDifference is how many words one wording adds to the other when
// they name one office (ok), else ok is false.
func officeDifference(a, b, party string) (int, bool) {
	if standingWord(a) || standingWord(b) {
		return 0, false
	}
	wa, wb := officeWords(a, party), officeWords(b, party)
	if len(wa) == 0 || len(wb) == 0 {
		return 0, false
	}
	small, big := wa, wb
	if len(small) > len(big) {
		small, big = big, small
	}
	for w := range small {
		if !big[w] {
			return 0, false
		}
	}
	for w := range big {
		if !small[w] && (officeRanks[w] || officeHeads[w]) {
			return 0, false
		}
	}
	return len(big) - len(small), true
}

// officeHeads are the nouns that head an office: a wording that adds one
// names a second office beside the first ("State Councilor and Foreign
// Minister", "President and African Union Assembly Chairperson"), where a
// wording that adds others only qualifies it ("Minister of Foreign Affairs
// and International Cooperation" is the Foreign Minister). The heads of the
// shorter wording itself are not among the added words.
var officeHeads = setOfWords("minister", "secretary", "president", "chair", "chairman", "chairwoman",
	"chairperson", "director", "councilor", "counselor", "coordinator", "prince", "advisor", "adviser",
	"governor", "ambassador", "representative", "envoy", "commissioner", "administrator", "leader",
	"speaker", "senator", "mayor", "king", "queen", "premier", "chancellor", "spokesperson", "spokesman",
	"head", "member", "officer", "judge", "justice", "attorney", "emir", "sultan", "general")

// standingWord: the role says the person's standing to an office, not the
// office held ("Former Senator", "Nominee for …").
func standingWord(role string) bool {
	low := strings.ToLower(role)
	return strings.HasPrefix(low, "former") || strings.HasPrefix(low, "nominee") || strings.Contains(low, "-elect") ||
		strings.Contains(low, "designate")
}

// ListedOffice is the office the official lists hold the person named in
// for party on date (YYYY-MM-DD) that role is a form of, in the lists'
// words: "State Secretary" of Antony Blinken in 2022 is "Secretary of
// State". A role-less mention takes the person's one listed office then, or
// the shortest of several ("Vladimir Putin" is the President, not the
// Supreme Commander-in-Chief of the Armed Forces; "Xi Jinping" the
// President, not the General Secretary of the Chinese Communist Party).
// The office is in its one wording (OfficeWording). ok is false where the lists hold no such office.
func ListedOffice(name, party, role, date string) (office string, ok bool) {
	if party == "" || len(date) < 4 {
		return "", false
	}
	best := -1
	for _, o := range OfficialsNamed(name) {
		if o.Country != party || !o.ActiveOn(date) {
			continue
		}
		if role == "" {
			if !surelyActiveOn(o, date) {
				continue
			}
			if best < 0 || len(o.Role) < len(office) {
				office, best = o.Role, 0
			}
			continue
		}
		if d, same := officeDifference(role, o.Role, party); same && (best < 0 || d < best) {
			office, best = o.Role, d
		}
	}
	return OfficeWording(office), best >= 0
}

// surelyActiveOn: the term covers date whatever day its dates of a
// coarser precision stand for. A mention with no title takes a listed
// office only so: Naftali Bennett's term, listed "2021" to "2022", does not
// make "Bennett" on 2021-06-02, before he took office, or on 2022-07-14,
// after he left it, the Prime Minister.
func surelyActiveOn(o Official, date string) bool {
	if o.Start != "" {
		d := date[:min(len(o.Start), len(date))]
		if d < o.Start || d == o.Start && len(o.Start) < len(date) {
			return false
		}
	}
	if o.End != "" {
		d := date[:min(len(o.End), len(date))]
		if d > o.End || d == o.End && len(o.End) < len(date) {
			return false
		}
	}
	return true
}

// officeWordings are the one wording kept for an office the lists and the
// news write several ways, the news's commonest (over the open corpus's
// extracted roles: "Foreign Minister" 406, "Minister of Foreign Affairs"
// 21, "Minister for Foreign Affairs" 4; "Defense Minister" 16, "Minister of
// Defense" 6; "Secretary General" 57, "Secretary-General" 12), keyed in
// lower case.
var officeWordings = map[string]string{
	"minister of foreign affairs":  "Foreign Minister",
	"minister for foreign affairs": "Foreign Minister",
	"minister of defense":          "Defense Minister",
	"minister of defence":          "Defense Minister",
	"minister for defence":         "Defense Minister",
	"minister for defense":         "Defense Minister",
	"defence minister":             "Defense Minister",
	"secretary-general":            "Secretary General",
	"director-general":             "Director General",
	"federal chancellor":           "Chancellor",
	"united states trade representative, with the rank of ambassador":      "United States Trade Representative",
	"secretary of state for foreign and commonwealth affairs":              "Foreign Secretary",
	"secretary of state for foreign, commonwealth and development affairs": "Foreign Secretary",
}

// OfficeWording is the office's one wording (officeWordings) with its case
// undone (OfficeName), and an office to be taken up "-elect" in lower case
// as the news mostly writes it ("President-Elect" and "President-elect" are
// one standing; 5 people of the open corpus have both).
func OfficeWording(role string) string {
	role = OfficeName(sentenceCaseUndone(role))
	role = officeAcronymInBrackets.ReplaceAllString(role, "")
	role = atLarge.ReplaceAllString(role, " at Large")
	role = hyphenedVice.ReplaceAllString(role, "Vice $1")
	if w, ok := officeWordings[strings.ToLower(role)]; ok {
		return w
	}
	return strings.ReplaceAll(role, "-Elect", "-elect")
}

// One office's wordings differ in their punctuation and case too (roles44:
// 12 people of the open corpus had one office twice in their timeline so):
// a body's acronym in brackets ("European External Action Service (EEAS)
// Secretary General", "… Stabilization Operations (CSO)"), "Ambassador-at-
// Large" for "Ambassador at Large", "Vice-President" for "Vice President",
// and a sentence's case after a capital ("Former governor"). A bracket that
// is no acronym stays ("Deputy Under Secretary of Defense (Comptroller)").
var (
	officeAcronymInBrackets = regexp.MustCompile(`\s*\([A-Z][A-Z&.]{1,9}\)`)
	atLarge                 = regexp.MustCompile(`-[Aa]t-[Ll]arge\b`)
	hyphenedVice            = regexp.MustCompile(`\bVice-(\p{Lu})`)
)

// sentenceCaseUndone is role in its title case where only its first word
// has a capital ("Former governor" is "Former Governor", "Prime minister"
// "Prime Minister"); else role.
func sentenceCaseUndone(role string) string {
	first, rest, ok := strings.Cut(role, " ")
	if !ok || strings.ToLower(rest) != rest || strings.ToLower(first) == first {
		return role
	}
	return first + " " + OfficeName(rest)
}

// officeStyles are styles, honorifics and forms of address the news puts
// before a name as it puts an office ("Prince Faisal bin Farhan", "Sheikh
// Tamim", "His Excellency …", "Dr. Jaishankar"): they name no office, so a
// role that is one of them alone is none (roles44: "Prince" of Saudi
// Arabia's Foreign Minister and Defense Minister and of Bahrain's Prime
// Minister).
var officeStyles = setOfWords("prince", "princess", "sheikh", "sheikha", "shaikh", "his excellency", "her excellency",
	"excellency", "his highness", "her highness", "his royal highness", "her royal highness", "his majesty",
	"her majesty", "the honorable", "honorable", "the honourable", "honourable", "dr.", "dr", "doctor", "sir",
	"dame", "lord", "lady", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "madam", "mister")

// OfficeStyle reports whether role is a style or honorific alone, no
// office (officeStyles).
func OfficeStyle(role string) bool {
	return officeStyles[strings.ToLower(strings.TrimSpace(role))]
}

// officeRankTitles are military ranks, which the news puts before a name as
// it puts an office, the longer first.
var officeRankTitles = []string{"Lieutenant General", "Major General", "Brigadier General", "Vice Admiral",
	"Rear Admiral", "Lieutenant Colonel", "Air Marshal", "Admiral", "General", "Colonel"}

// WithoutTrailingRank is role without a military rank that a title glued
// to its end where the words before the rank end in an office's head or its
// complement ("Chief of the Military Staff of the President of the Republic
// Admiral Jean-Philippe Rolland", "Sovereign Council Chair General …",
// "Permanent Secretary of the Ministry of Defense General …"): the rank is
// the person's, not the office's. A rank that makes the office with the word
// before it stays ("Attorney General", "Secretary General", "Surgeon
// General", "Commanding General"), and so does a role that is no office
// without the rank ("Air Force General").
func WithoutTrailingRank(role string) string {
	for _, rank := range officeRankTitles {
		rest, ok := strings.CutSuffix(role, " "+rank)
		if !ok {
			continue
		}
		ws := strings.Fields(strings.ToLower(rest))
		if len(ws) == 0 || rankCompounds[ws[len(ws)-1]] {
			return role
		}
		for _, w := range ws {
			if officeHeads[strings.Trim(w, ",")] || w == "commander" || w == "chief" {
				return strings.TrimRight(rest, ", ")
			}
		}
		return role
	}
	return role
}

// rankCompounds are the words that make an office of a following
// "General" or rank: "Attorney General", "Consul General", "Commanding
// General", "Vice Admiral".
var rankCompounds = setOfWords("attorney", "attorneys", "secretary", "surgeon", "consul", "inspector", "director",
	"solicitor", "postmaster", "auditor", "advocate", "adjutant", "comptroller", "accountant", "procurator",
	"registrar", "prosecutor", "controller", "governor", "commanding", "vice", "rear", "lieutenant", "major",
	"brigadier", "former", "retired", "paymaster", "quartermaster", "provost", "receiver", "agent", "judge")

// ListedPastOffice reports whether role is an office the lists hold the
// person in for party before date and not on it: "Vice President Biden" in
// 2022 is a past office, as the lists end his term in 2017.
func ListedPastOffice(name, party, role, date string) bool {
	if party == "" || role == "" || len(date) < 4 || standingWord(role) {
		return false
	}
	if _, held := ListedOffice(name, party, role, date); held {
		return false
	}
	past := false
	for _, o := range append(OfficialsNamed(name), FormerOfficialsNamed(name)...) {
		if o.Country != party || o.End == "" || o.ActiveOn(date) || laterTerm(o, date) || !SameOffice(role, o.Role, party) ||
			!courtesyTitleOf(role, o.Role, party) {
			continue
		}
		if date[:min(len(o.End), len(date))] <= o.End {
			return false // ends later than date at its precision: not yet past
		}
		past = true
	}
	return past
}

// courtesyTitles are the bare titles a holder keeps when out of office,
// as the news writes them ("Secretary Kerry", "Ambassador Rice", "Governor
// Dean"). Another bare head names whichever office of its kind the person
// holds now, which the lists may not give: "NEC Director Brian Deese" in
// 2022 is no past "Director of the Office of Management and Budget" (2014),
// nor Taiwan's "Minister John Deng" a past Minister of Economic Affairs.
var courtesyTitles = setOfWords("president", "secretary", "ambassador", "governor", "senator", "justice",
	"speaker", "mayor", "chancellor", "judge")

// courtesyTitleOf: role names the office as it is, or as the bare courtesy
// title its holder keeps.
func courtesyTitleOf(role, office, party string) bool {
	ws := officeWords(role, party)
	if len(ws) != 1 || len(officeWords(office, party)) == 1 {
		return true
	}
	for w := range ws {
		return courtesyTitles[w]
	}
	return false
}

// OfficeName is an office's wording with a heading's or a sentence's case
// undone: "DEPUTY SECRETARY OF STATE" and "Deputy Secretary Of State" are
// "Deputy Secretary of State", a lower-case "acting director" is "Acting
// Director". A wording in mixed case keeps its words but the small ones.
func OfficeName(role string) string {
	if role == "" {
		return role
	}
	ws := strings.Fields(role)
	upper, lower := true, true
	for _, w := range ws {
		upper = upper && strings.ToUpper(w) == w
		lower = lower && strings.ToLower(w) == w
	}
	for i, w := range ws {
		low := strings.ToLower(w)
		switch {
		case i > 0 && minorWords[low]:
			ws[i] = low
		case upper && len(w) > 1 && !officeAcronym(w):
			ws[i] = titleWord(low)
		case lower || i == 0:
			ws[i] = titleWord(w)
		}
	}
	return strings.Join(ws, " ")
}

var minorWords = setOfWords("of", "the", "for", "and", "to", "on", "in", "at", "a", "an")

// officeAcronym: a word of an upper-case heading that is an abbreviation,
// not a word of the office ("U.S.").
func officeAcronym(w string) bool { return strings.Contains(w, ".") }

func titleWord(w string) string {
	c, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(c)) + w[n:]
}

// ShorterOfficeForm reports whether short is a shorter wording of the
// office long names for party (SameOffice, fewer words): "Special Envoy"
// of "Special Envoy for the Horn of Africa", "Deputy Secretary" of "Deputy
// Secretary of State".
func ShorterOfficeForm(short, long, party string) bool {
	d, ok := officeDifference(short, long, party)
	return ok && d > 0 && len(officeWords(short, party)) < len(officeWords(long, party))
}

// RewordedOffice reports whether a and b are one office of party in other
// words of the same count: the same words in another order ("Minister of
// Unification" and "Unification Minister", "Director of the National
// Economic Council" and "National Economic Council Director", "Prosecutor
// General" and "General Prosecutor"), or with an acronym of one spelled
// out by the other's capitalised words ("NSC Spokesperson" and "National
// Security Council Spokesperson", "Director of the CIA" and "Director of
// the Central Intelligence Agency", "LA Mayor" and "Mayor of Los
// Angeles"). A wording that adds or lacks a word is no rewording
// (ShorterOfficeForm), nor is a past or nominated office the office; two
// wordings of one standing to an office are one ("Nominee for Under
// Secretary of Commerce for Standards and Technology" and "Nominee for
// Under Secretary for Standards and Technology, Department of Commerce",
// "Former Secretary of the Interior" and "Former Interior Secretary").
func RewordedOffice(a, b, party string) bool {
	if a == b {
		return false
	}
	for _, s := range []string{"former ", "nominee for "} {
		if len(a) > len(s) && len(b) > len(s) && strings.EqualFold(a[:len(s)], s) && strings.EqualFold(b[:len(s)], s) {
			return RewordedOffice(a[len(s):], b[len(s):], party)
		}
	}
	if d, ok := officeDifference(a, b, party); ok {
		return d == 0
	}
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if s, ok := acronymSpelledOut(p[0], p[1]); ok {
			if d, same := officeDifference(s, p[1], party); same && d == 0 {
				return true
			}
		}
	}
	return false
}

// acronymSpelledOut is role with each acronym of its words ("NSC", "DPRK")
// replaced by the run of capitalised words of other whose initials spell
// it, small words between them aside ("Democratic People’s Republic of
// Korea"); ok is false where role has no acronym other spells out.
func acronymSpelledOut(role, other string) (string, bool) {
	ws := strings.Fields(role)
	ow := strings.Fields(other)
	ok := false
	for i, w := range ws {
		if !officeAcronymWord.MatchString(w) {
			continue
		}
		if run := initialsRun(ow, w); run != "" {
			ws[i], ok = run, true
		}
	}
	return strings.Join(ws, " "), ok
}

// officeAcronymWord is an acronym as an office's wording writes one: two
// to six capitals.
var officeAcronymWord = regexp.MustCompile(`^[A-Z]{2,6}$`)

// initialsRun is the first run of words whose capitalised words' initials
// spell acr, the run starting and ending on a capitalised word and any
// word between them a small one ("of", "the"); "" if none.
func initialsRun(ws []string, acr string) string {
	for i := range ws {
		n, j := 0, i
		for ; j < len(ws) && n < len(acr); j++ {
			c, _ := utf8.DecodeRuneInString(ws[j])
			switch {
			case unicode.IsUpper(c) && byte(c) == acr[n] && c < utf8.RuneSelf:
				n++
			case n > 0 && minorWords[ws[j]]:
			default:
				j = len(ws)
			}
		}
		if n == len(acr) {
			return strings.Join(ws[i:j], " ")
		}
	}
	return ""
}
