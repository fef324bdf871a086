package schema

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Stable ids are built here and nowhere else, each from one slug function,
// so that the extractor, the loader and the gazetteer can never name one
// thing two ways ("org:world-bank" and "org:world bank").

// stripMarks holds transformers that decompose letters and drop their
// combining marks: "ễ" is "e" plus two marks, so "Nguyễn" becomes
// "Nguyen". A chained transformer keeps state, so each call takes its own.
var stripMarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// letterFolds are the Latin letters that do not decompose into a base
// letter and marks, each folded in its own case.
var letterFolds = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L",
	'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "TH", 'ı': "i", 'ħ': "h", 'Ħ': "H",
	'ŀ': "l", 'Ŀ': "L", 'ŉ': "n", 'ĸ': "k", 'ŋ': "n", 'Ŋ': "N", 'ſ': "s", 'ĳ': "ij", 'Ĳ': "IJ",
}

// FoldLetters replaces each letter with marks by its base letter, and each
// Latin letter that does not decompose by ASCII, keeping case: "Nguyễn" →
// "Nguyen", "Øresund" → "Oresund". It is the one accent folding: Slug, the
// gazetteers and the scorer all fold through it.
func FoldLetters(s string) string {
	if isASCII(s) {
		return s
	}
	t := stripMarks.Get().(transform.Transformer)
	if folded, _, err := transform.String(t, s); err == nil {
		s = folded
	}
	stripMarks.Put(t)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := letterFolds[r]; f != "" {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Slug makes the key part of a stable id: letters folded to their base
// letters, lower case, apostrophes and periods dropped ("People's" →
// "peoples", "U.S." → "us"), and runs of anything else one hyphen
// ("Nguyễn Phú Trọng" → "nguyen-phu-trong"). Spaced initials are closed
// up first (CloseInitials), so "J. B. Pritzker" and "J.B. Pritzker" are
// one "jb-pritzker".
func Slug(s string) string {
	s = CloseInitials(FoldLetters(s))
	var b strings.Builder
	b.Grow(len(s))
	pendingDash := false
	letter := func(l string) {
		if pendingDash && b.Len() > 0 {
			b.WriteByte('-')
		}
		pendingDash = false
		b.WriteString(l)
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '.' || r == '’' || r == 'ʼ' || r == '‘':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letter(string(unicode.ToLower(r)))
		default:
			pendingDash = true
		}
	}
	return b.String()
}

// CloseInitials writes a run of spaced capital initials without its
// spaces: "J. B. Pritzker" → "J.B. Pritzker", "H. R. McMaster" →
// "H.R. McMaster". Texts and lists space initials either way, and the
// ids and name keys of one person must not depend on it. A lone initial
// ("Joseph R. Biden") and a word after an initial are left alone.
func CloseInitials(s string) string {
	if !strings.Contains(s, ". ") {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		out = append(out, rs[i])
		if rs[i] != '.' || !isInitialAt(rs, i-1) {
			continue
		}
		j := i + 1
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			j++
		}
		if j > i+1 && isInitialAt(rs, j) {
			i = j - 1 // the spaces go; the next initial follows the period
		}
	}
	return string(out)
}

// isInitialAt: rs[k] is a capital letter that begins a word and a period
// follows it.
func isInitialAt(rs []rune, k int) bool {
	return k >= 0 && k+1 < len(rs) && rs[k+1] == '.' && unicode.IsUpper(rs[k]) &&
		(k == 0 || !unicode.IsLetter(rs[k-1]))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// PersonID is the id of a person by full name: "person:xi-jinping".
func PersonID(name string) string { return "person:" + Slug(name) }

// CountryID is the id of a country by ISO 3166-1 alpha-2 code: "country:CN".
func CountryID(code string) string { return "country:" + strings.ToUpper(code) }

// OrgID is the id of an organisation by its short name: "org:nato",
// "org:world-bank".
func OrgID(short string) string { return "org:" + Slug(short) }

// PartyID is the id of what an official acts for: a two-letter upper-case
// code names a country, anything else an organisation by its short name.
func PartyID(code string) string {
	if len(code) == 2 && strings.ToUpper(code) == code {
		return CountryID(code)
	}
	return OrgID(code)
}

// PlaceID is the id of a place by name: "place:beijing".
func PlaceID(name string) string { return "place:" + Slug(name) }

// IssueID is the id of an issue by name or slug: "issue:taiwan".
func IssueID(name string) string { return "issue:" + Slug(name) }

// MeetingID is the id of a meeting: its date and its participants' ids,
// sorted; a meeting without a date is scoped to the article that reports
// it, since nothing says two undated reports are one event.
func MeetingID(articleID, date string, participantIDs []string) string {
	keys := make([]string, len(participantIDs))
	for i, id := range participantIDs {
		_, keys[i], _ = strings.Cut(id, ":")
	}
	slices.Sort(keys)
	when := date
	if when == "" {
		when = "undated-" + Slug(articleID)
	}
	return "meeting:" + when + ":" + strings.Join(keys, "+")
}

// IDOf rebuilds the stable id of a node from what it holds (its name, its
// code or short name, a meeting's date and participants), for the labels
// whose id is a function of them; ok is false for the others (articles,
// whose id is the input's, and meetings, see MeetingID).
func IDOf(n Node) (id string, ok bool) {
	switch n.Label {
	case LabelPerson:
		return PersonID(n.Name), true
	case LabelCountry:
		return CountryID(n.Props[PropCode]), true
	case LabelOrganization:
		if short := n.Props[PropShort]; short != "" {
			return OrgID(short), true
		}
		return OrgID(n.Name), true // an organisation known by its name only
	case LabelPlace:
		return PlaceID(n.Name), true
	}
	return "", false
}
