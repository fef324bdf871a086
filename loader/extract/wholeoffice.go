package extract

import "strings"

// bareHeads are office words that name no office alone: "Secretary Austin"
// is a secretary of something, "Director Yang" a director of something.
// "President", "Senator" or "Governor" alone are offices and stay.
var bareHeads = setOf("secretary", "director", "administrator", "chairman", "chairwoman", "chair",
	"chairperson", "minister", "commissioner", "coordinator")

// wholeOffice is person p's role with a bare head ("Secretary") made the
// office it stands for (issue 10, audit38: Lloyd Austin "Secretary" in 9
// meetings an analyst meets, Yang Jiechi "Director" in 4): the article's
// longest present title of p with that head ("Defense Secretary", "Secretary
// of Defense"), else the one office with that head the lists give p on the
// article's date ("Secretary of Defense" for "Secretary Austin"). A past
// title, a head the article or the lists do not complete, or lists that
// give p two offices with that head, leave the role as it is.
func (r *resolver) wholeOffice(p *personEntity) string {
	head := strings.ToLower(p.role)
	if p.rolePast || !bareHeads[head] {
		return p.role
	}
	if office := r.longestTitle(p, head); office != "" {
		return office
	}
	listed := ""
	for _, o := range r.officialsNamed(p.name) {
		if !o.ActiveOn(r.date) || roleHead(o.Role) != head && !generalOffice(o.Role, head) || p.country != "" && o.Country != p.country {
			continue
		}
		if listed != "" && listed != o.Role {
			return p.role
		}
		listed = o.Role
	}
	if listed == "" {
		return p.role
	}
	return listed
}

// longestTitle is the longest present title of more than one word with
// that head among p's mentions (officeWithHead), "" if none.
func (r *resolver) longestTitle(p *personEntity, head string) string {
	best := ""
	for _, mi := range p.mentions {
		m := r.mentions[mi]
		if !m.pastTitle && len(m.role) > len(best) && officeWithHead(m.role, head) {
			best = m.role
		}
	}
	return best
}

// officeWithHead reports whether a title of more than one word is an
// office with that head: only role modifiers before the head ("Defense
// Secretary", "Deputy Secretary"), and nothing after it but a complement
// ("Secretary of Defense"). A title read with a clause's first word
// ("Although Secretary", "LOCAL Secretary") or a name's ("Foreign Minister
// De") is none.
func officeWithHead(title, head string) bool {
	words := strings.Fields(strings.ToLower(title))
	for h, w := range words {
		if w == head {
			return len(words) > 1 && (h == len(words)-1 || principalLinks[words[h+1]])
		}
		if !roleModifiers[w] {
			return false
		}
	}
	return false
}

// generalOffice: a listed office that is the head with "General" after it
// ("Secretary General", "Director-General"), an international body's head,
// whom the news also calls by the bare head ("Secretary Stoltenberg",
// "Director Grossi"); roleHead reads "general" as its head.
func generalOffice(role, head string) bool {
	r := strings.ToLower(role)
	return r == head+" general" || r == head+"-general"
}
