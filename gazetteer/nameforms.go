package gazetteer

import (
	"slices"
	"strings"
)

// patronymics link a given name to the father's ("bin Zayed").
var patronymics = map[string]bool{"bin": true, "bint": true, "binti": true, "ibn": true}

// sameNameForms are the positions of the terms whose name (or the spelling a
// renamed term keeps) has every word of the text's name, loose (its
// looseNameKey, which OfficialsNamed has already made), in order, from the
// same first word, or whose words loose has so (fullerForm, either way
// round): the text left out a middle name ("Umaro Embalo" for Umaro Sissoco
// Embaló, "William Burns" for William Joseph Burns) or gave one the row
// lacks ("Carlos Andrés Alvarado Quesada" for Carlos Alvarado Quesada), or
// stopped a patronymic name at the father's name, before the grandfather's
// and the family name ("Khalifa bin Zayed" for Khalifa bin Zayed Al Nahyan,
// "Salman bin Hamad Al Khalifa" for Salman bin Hamad bin Isa Al Khalifa). A
// word left out right after "bin" would make another man the father ("Salman
// bin Isa" is no Salman bin Hamad bin Isa), and a name that leaves out the
// father's link ("Khalifa Al Nahyan") may be any son of the family.
func (x *index) sameNameForms(loose string) []int { return x.sameNameFormsOf(strings.Fields(loose)) }

// sameNameFormsOf is sameNameForms of the loose key whose words are w.
func (x *index) sameNameFormsOf(w []string) []int {
	if len(w) < 2 {
		return nil
	}
	var out []int
	for _, i := range x.byGiven[w[0]] {
		for _, lw := range x.looseWords[i] {
			if lw != nil && (fullerForm(w, lw) || fullerForm(lw, w)) && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

// fullerForm: the list's words full hold the text's words w, in order, from
// the same first word, with no word skipped right after a patronymic, and
// end on w's last word, or go on from a father's name that ends w only with
// further links of the chain and a family name ("bin Isa Al Khalifa").
func fullerForm(w, full []string) bool {
	if len(full) <= len(w) || full[0] != w[0] {
		return false
	}
	j := 0 // full[j] matched w[i-1]
	for i := 1; i < len(w); i++ {
		k := j + 1
		if patronymics[w[i-1]] {
			if k == len(full) || full[k] != w[i] {
				return false
			}
		} else {
			for k < len(full) && full[k] != w[i] {
				if patronymics[full[k]] && !slices.ContainsFunc(w[:i], func(t string) bool { return patronymics[t] }) {
					return false // the father is left out ("Khalifa Al Nahyan")
				}
				k++
			}
			if k == len(full) {
				return false
			}
		}
		j = k
	}
	tail := full[j+1:]
	if len(tail) == 0 {
		return true
	}
	if len(w) < 3 || !patronymics[w[len(w)-2]] || len(tail)%2 != 0 {
		return false
	}
	for k := 0; k < len(tail); k += 2 {
		last := k+2 == len(tail)
		if !patronymics[tail[k]] && !(last && tail[k] == "al") {
			return false
		}
	}
	return true
}
