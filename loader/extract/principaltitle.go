package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// aideWords name an aide's office: a title made of one of them, "to" and
// another's office is the aide's ("Senior Advisor to", "Chief of Staff to",
// "Deputy Executive Secretary to").
var aideWords = setOf("assistant", "advisor", "adviser", "aide", "counselor", "counsellor", "counsel",
	"staff", "secretary", "director", "speechwriter", "liaison", "spokesperson", "coordinator")

// principalOffice: a title read before a name that is an aide's office, then
// "to" and another office with no article before it, names the
// principal, not the aide: "… serves as the Special Assistant for Strategy to
// Secretary of Defense Lloyd Austin", "Chief of Staff to Speaker of the House
// Paul Ryan", "National Security Advisor to President Barack Obama". The
// name's role is then that office ("Secretary of Defense"). With "the"
// before the office the title is the aide's own and the name the aide's
// ("Press Secretary to the Vice President Kirsten Allen", "Special Assistant
// to the President Caitlin Durkovich"): ok is false. So it is where the
// name glues the principal's surname to the aide's name ("Economic Advisor
// to President Ramaphosa Trudi Makhaya": three words or more, the first a
// listed official's surname), which no office mends.
func principalOffice(role, name string) (office string, ok bool) {
	words := strings.Fields(role)
	aide := false
	for i, w := range words {
		low := strings.ToLower(w)
		if low == "to" && aide && i+1 < len(words) {
			if h := officeHead(words[i+1:]); h >= 0 {
				office, ok = singularHead(words[i+1:], h), true
				break
			}
		}
		aide = aide || aideWords[low]
	}
	// the glued name is asked of the lists only for an aide's title: this
	// runs on every titled name
	if nameWords := strings.Fields(name); ok && len(nameWords) >= 3 && gazetteer.HasOfficialsBySurname(nameWords[0]) {
		return "", false
	}
	if !ok {
		return listedPrincipalOffice(words, name)
	}
	return office, ok
}

// principalLinks join an aide's office to its principal's: "Chief of Staff
// for European Commission President", "Head of Cabinet of the European
// Commission President", "Special Envoy of President".
var principalLinks = setOf("to", "for", "of")

// listedPrincipalOffice: an aide's title, then "to", "for" or "of", maybe
// "the", and another office, names the principal where the lists hold the
// name with that office's head ("Bjoern Seibert, Head of Cabinet of the
// European Commission President Ursula von der Leyen", "Xie Zhenhua, Special
// Envoy of President Xi Jinping", "a Legislative Assistant for United States
// Senator Sherrod Brown"; issue 10, audit38). With "the", "for" or "of" the
// title is as often the aide's own ("Press Secretary to the Vice President
// Kirsten Allen", "Personal Envoy of the Secretary-General Staffan de
// Mistura"), so the lists decide: the aide is no listed holder of the office;
// or, after "for", the office is a legislator's or judge's (staffedOffice).
func listedPrincipalOffice(words []string, name string) (office string, ok bool) {
	aide := false
	for i, w := range words {
		low := strings.ToLower(w)
		if aide && principalLinks[low] && i+1 < len(words) {
			rest := words[i+1:]
			if strings.EqualFold(rest[0], "the") && len(rest) > 1 {
				rest = rest[1:]
			}
			if h := officeHead(rest); h >= 0 && (holdsOfficeHead(name, strings.ToLower(strings.TrimSuffix(rest[h], ","))) || staffedOffice(low, rest)) {
				return singularHead(rest, h), true
			}
		}
		aide = aide || aideWords[low] || low == "cabinet" || low == "envoy"
	}
	return "", false
}

// holdsOfficeHead reports whether the lists give name a term whose office
// has that head word ("president" for von der Leyen's "President of the
// European Commission").
func holdsOfficeHead(name, head string) bool {
	if one := singularRole(head); one != "" {
		head = strings.ToLower(one) // "U.S. Senators Daniel Patrick Moynihan and Bill Bradley"
	}
	for _, o := range gazetteer.OfficialsNamed(name) {
		if roleHead(o.Role) == head {
			return true
		}
	}
	return false
}

// officeHead is the index of the role head where the words open an office:
// capitalised, no article first, and a role head before any "of", "for",
// "to", "and" or comma ("Secretary of Defense", "Interior Secretaries", "New
// Jersey Governor"; not "the President", "Haiti", "Commerce and
// Administrator"); -1 where they do not.
func officeHead(words []string) int {
	if first := words[0]; strings.EqualFold(first, "the") || strings.ToLower(first) == first {
		return -1
	}
	for k, w := range words {
		low := strings.ToLower(w)
		if low == "of" || low == "for" || low == "to" || low == "and" {
			return -1
		}
		if word, comma := strings.CutSuffix(low, ","); roleHeads[word] {
			return k
		} else if comma {
			return -1
		}
	}
	return -1
}

// singularHead joins the office's words with a plural head that a
// complement follows in the singular ("Secretaries of State Colin Powell
// and …" → "Secretary of State"); a plural head at the end stays, for
// titleSharers to give each name the singular ("Interior Secretaries Sally
// Jewell and Ken Salazar").
func singularHead(words []string, h int) string {
	if h < len(words)-1 {
		if one := singularRole(strings.Join(words[:h+1], " ")); one != "" {
			return one + " " + strings.Join(words[h+1:], " ")
		}
	}
	return strings.Join(words, " ")
}

// staffedOffices are the offices whose holder keeps a personal staff and
// which name no portfolio, so that "for" before one names the principal
// whom the aide serves, listed or not.
var staffedOffices = setOf("senator", "senators", "congressman", "congresswoman", "representative",
	"representatives", "judge", "governor", "mayor")

// staffedOffice: after "for", the words are one of staffedOffices, with
// nothing after its head, so the name that follows holds it: "Chief of
// Staff for U.S. Senator Mary L. Landrieu", "Press Secretary for U.S.
// Senators Daniel Patrick Moynihan and Bill Bradley", "Judicial Assistant
// for Chief Judge Thomas Hogan" (issue 10, audit38: no list holds them).
// A portfolio after "for" ("Coordinator for Counterterrorism") has no such
// head.
func staffedOffice(link string, rest []string) bool {
	last := strings.ToLower(strings.TrimSuffix(rest[len(rest)-1], ","))
	return link == "for" && staffedOffices[last] && roleHead(strings.Join(rest, " ")) == last
}
