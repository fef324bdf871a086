package extract

import "strings"

// bareSurname is a titled surname written with its article, spaced or
// hyphenated ("Al Sisi", "Al-Sisi", "El Sisi"), without it ("sisi"); ""
// for any other name. The lists write the article one way ("Abdel Fattah
// el-Sisi") and the text another, so the surname is looked up bare, as
// "President Sisi" is (OfficialsBySurnameWithoutArticle).
func bareSurname(key []string) string {
	switch {
	case len(key) == 2 && (key[0] == "al" || key[0] == "el"):
		return key[1]
	case len(key) == 1:
		for _, a := range []string{"al-", "el-"} {
			if rest, ok := strings.CutPrefix(key[0], a); ok && len(rest) >= 3 && !strings.Contains(rest, "-") {
				return rest
			}
		}
	}
	return ""
}

// byArticleSurname is the person a titled name of an article and a surname
// ("President Al Sisi") stands for where no name of the text holds it, and
// the lists' state: the one official the lists hold in office under that
// title with that surname written any way ("Abdel Fattah el-Sisi"), the
// text's person of that name if there is one. -1 if the mention is
// untitled, the name no such form, or none or several fit (a royal house's
// name under a shared title).
func (r *resolver) byArticleSurname(m personMention, key []string, byKey map[string]int) (int, string) {
	bare := bareSurname(key)
	if bare == "" || !m.strong || roleHead(m.role) == "" {
		return -1, ""
	}
	o, ok := r.bySurname(bare, m.role, m.country, false)
	if !ok {
		return -1, ""
	}
	return r.listedPerson(o, byKey), o.Country
}
