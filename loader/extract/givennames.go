package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// A lone capitalised word is a listed official's surname only where it can
// be one: not a relative's given name in the list after a kin noun ("They
// have three sons, Justin, Austin, and Harrison" is no Lloyd Austin,
// whitehouse-21783), nor, untitled, the given name of an official whose name
// the lists write family name first ("Park Jin": "Jin said" is the singer
// Jin, whitehouse-54487; Koreans call the minister "Foreign Minister Park").

// kinNouns name relatives whose given names a list after them gives.
var kinNouns = setOf("son", "sons", "daughter", "daughters", "children", "kids", "grandchildren", "grandsons",
	"granddaughters", "brothers", "sisters", "siblings")

// kinListItem: the word at tokens [i, e) is an item of the comma list that
// follows a kin noun ("three sons, Justin, Austin, and Harrison"; "his son,
// Denis"): a relative's given name.
func (d *doc) kinListItem(i, s0 int) bool {
	_, l := d.listItemsBefore(i, s0)
	k := l - 1
	for k >= s0 && (d.toks[k].text == "," || d.toks[k].text == ":") {
		k--
	}
	return k < l-1 && k >= s0 && kinNouns[d.toks[k].key]
}

// givenNameOfFamilyFirst: the word w is not the first word of the listed
// name of o, an official of a country whose names the lists write family
// name first: w is the official's given name, which no untitled mention
// goes by ("Jin" of Park Jin, "Sen" of Hun Sen).
func givenNameOfFamilyFirst(o gazetteer.Official, w string) bool {
	f := strings.Fields(o.Name)
	return len(f) >= 2 && gazetteer.FamilyNameFirst(o.Country) && !strings.EqualFold(f[0], w)
}
