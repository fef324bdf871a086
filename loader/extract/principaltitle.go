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
	if nameWords := strings.Fields(name); ok && len(nameWords) >= 3 && len(gazetteer.OfficialsBySurname(nameWords[0])) > 0 {
		return "", false
	}
	return office, ok
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
