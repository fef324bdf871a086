package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// A bare capitalised word that no title vouches for may stand for a listed
// official by surname ("Putin's war", "Blinken said"), but not where the text
// shows it is something else: a US city given with its state ("Austin, TX" in
// a list of jurisdictions is no Lloyd Austin), a place or an institution the
// words around it name ("the Moon", "University of Texas at Austin", "the
// counties of Carbon, Park, and Stillwater", "Austin Mayor Steve Adler"), or
// the given name of someone the text names in full ("Austin Tice … secure
// Austin's release").

// placeNotSurname: the bare word at tokens [i, e) of the sentence [s0, s1)
// names a place or an institution, not a listed official (each test below).
// Beyond a city with its state, only a word the lists hold as a name is
// dropped: another capitalised word ("the Personal Envoy") keeps the reading
// it had, which later rules build on.
func (d *doc) placeNotSurname(i, e, s0, s1 int) bool {
	if d.cityWithState(e, s1) || d.kinListItem(i, s0) {
		return true
	}
	if !d.afterThe(i, e, s0) && !d.campusTown(i, s0) && !d.officeOfPlace(e, s1) && !d.placeListItem(i, e, s0, s1) {
		return false
	}
	w := d.toks[i].text
	return gazetteer.HasOfficialsBySurname(w) || gazetteer.HasOfficialsByGivenName(w) // "Moon Jae-in"
}

// cityWithState: the bare word ending at token e is followed by a comma and
// a US state, by its postal code (gazetteer/data/us_states.tsv) or by a place the gazetteer lists in the
// US ("Austin, TX", "Austin, Texas"): the word is a city.
func (d *doc) cityWithState(e, s1 int) bool {
	if e+1 >= s1 || d.toks[e].text != "," {
		return false
	}
	if gazetteer.IsUSStateCode(d.toks[e+1].text) {
		return true
	}
	si := d.spanAt[e+1]
	if si < 0 {
		return false
	}
	p := d.spans[si].phrase
	return p.Kind == gazetteer.KindPlace && p.Country == "US" && d.spans[si].t0 == e+1
}

// givenNameOfOther: the bare word w opens a name of two or more words that
// the text gives and that is nobody's the lists know (keyOf[mi] are the
// mentions' name keys; unresolved ones are no listed official's): the word
// is that person's given name ("Austin Tice" … "Austin"), not a surname.
//
// It asks only the names that open with w, and drops for good each one that
// fails: in resolveIn, where it is asked, a mention once resolved stays so
// and the lists' names do not change. Walking every mention for every bare
// word was quadratic in a long article.
func (r *resolver) givenNameOfOther(w string, keyOf [][]string) bool {
	if r.givenOf == nil {
		r.givenOf = map[string][]int{}
		for mi, k := range keyOf {
			if len(k) >= 2 {
				r.givenOf[k[0]] = append(r.givenOf[k[0]], mi)
			}
		}
	}
	l := r.givenOf[w]
	for len(l) > 0 {
		if mi := l[0]; r.mentionOf[mi] < 0 && len(r.officialsNamed(r.mentions[mi].name)) == 0 {
			r.givenOf[w] = l
			return true
		}
		l = l[1:]
	}
	r.givenOf[w] = l
	return false
}

// afterThe: "the Moon", "The Biden-Harris Administration": a surname with no
// title takes no article ("the Biden administration", where a lower-case
// noun follows, is attributive and read before this). A possessive is left
// alone: "the Maduro's regime" names its owner, if clumsily.
func (d *doc) afterThe(i, e, s0 int) bool {
	return i > s0 && d.toks[i-1].key == "the" && !(e < len(d.toks) && d.toks[e].key == "'s")
}

// campusWords open an institution's name whose campus follows "at".
var campusWords = setOf("university", "college", "school", "institute")

// campusTown: the word ends an institution's name after "at" ("University of
// Texas at Austin", "University of Texas School of Law at Austin"): the
// capitalised run before "at" holds a campus word.
func (d *doc) campusTown(i, s0 int) bool {
	if i-2 < s0 || d.toks[i-1].key != "at" {
		return false
	}
	for k := i - 2; k >= s0 && k > i-10; k-- {
		t := &d.toks[k]
		if t.kind != tokWord || !t.cap && t.key != "of" && t.key != "the" {
			return false
		}
		if t.cap && campusWords[t.key] {
			return true
		}
	}
	return false
}

// placeOffices are a town's or a county's offices, which a place's name
// precedes ("Austin Mayor Steve Adler").
var placeOffices = setOf("mayor", "governor", "sheriff", "councilmember", "councilman", "councilwoman", "county")

// officeOfPlace: the word is followed by a town's or county's office and a
// name: it is the jurisdiction, and the name is the holder's.
func (d *doc) officeOfPlace(e, s1 int) bool {
	return e+1 < s1 && d.toks[e].cap && placeOffices[d.toks[e].key] && d.nameWord(e+1, true)
}

// placeListItem: the word is an item of a list of places: another item is a
// place the gazetteer lists or a "… County" ("Austin, Little Rock, San
// Diego, Atlanta", "Austin and Travis County"), or the list follows
// "counties of" or ends in "Counties" ("the counties of Adams, Buffalo,
// Burt, Cass"; "SF Peninsula, Marin, and Sonoma Counties").
func (d *doc) placeListItem(i, e, s0, s1 int) bool {
	if !(e < s1 && d.listSep(e)) && !(i > s0 && d.toks[i-1].key == "and") {
		return false // "A native of Florence, Alabama, Klibanoff joined": a clause's subject, no item
	}
	before, l := d.listItemsBefore(i, s0)
	after, closed := d.listItemsAfter(e, s1)
	items := append(before, after...) // the first token of each other item
	if len(items) == 0 {
		return false
	}
	if closed || d.countiesOf(l, s0) {
		return true // "the counties of Adams, Buffalo, Burt", "Marin, and Sonoma Counties"
	}
	for _, k := range items {
		if d.placeItem(k, s1) {
			return true
		}
	}
	return false
}

// listSep: token k separates a list's items (a comma or "and").
func (d *doc) listSep(k int) bool { return d.toks[k].text == "," || d.toks[k].key == "and" }

// listItemsBefore returns the first token of each item before the word
// that starts at token i, nearest first, and the first token of the list:
// an item is one to three capitalised words, as a place's name is, before
// separators.
func (d *doc) listItemsBefore(i, s0 int) (items []int, first int) {
	l := i
	for l-1 > s0 && d.listSep(l-1) {
		k := l - 1
		for k-1 >= s0 && d.listSep(k-1) {
			k--
		}
		n := 0
		for k-1 >= s0 && d.toks[k-1].cap && d.toks[k-1].kind == tokWord && n < 3 {
			k--
			n++
		}
		if n == 0 {
			break
		}
		items, l = append(items, k), k
	}
	return items, l
}

// listItemsAfter returns the first token of each item after the word that
// ends at token e (one to three capitalised words after separators), and
// whether a plural place noun closes the list ("SF Peninsula, Marin, and
// Sonoma Counties": the counties are the list's, not the last item's).
func (d *doc) listItemsAfter(e, s1 int) (items []int, closed bool) {
	for r := e; r < s1 && d.listSep(r); {
		k := r + 1
		for k < s1 && d.listSep(k) {
			k++
		}
		k0, n := k, 0
		for k < s1 && d.toks[k].cap && d.toks[k].kind == tokWord && n < 3 {
			if placeNouns[d.toks[k].key] {
				closed = strings.HasSuffix(d.toks[k].key, "ies") // "Sonoma Counties": the list's
				break
			}
			k++
			n++
		}
		if n == 0 {
			break
		}
		items, r = append(items, k0), k
	}
	return items, closed
}

// countiesOf: the list that starts at token first follows a place noun and
// "of" ("the counties of Adams, Buffalo, Burt"), which makes each item a
// place.
func (d *doc) countiesOf(first, s0 int) bool {
	return first-2 >= s0 && d.toks[first-1].key == "of" && placeNouns[d.toks[first-2].key]
}

// placeItem: the item that starts at token k is a place, which makes its
// list one of places: the gazetteer lists it ("… Atlanta"), or a place noun
// ends it within four capitalised words ("Travis County").
func (d *doc) placeItem(k, s1 int) bool {
	if d.isPlace(k) {
		return true
	}
	for j := k; j < s1 && j < k+4 && d.toks[j].cap; j++ {
		if placeNouns[d.toks[j].key] {
			return true
		}
	}
	return false
}

// placeNouns are the nouns of a US jurisdiction's name ("Travis County",
// "the counties of", "Sonoma Counties").
var placeNouns = setOf("county", "counties", "parish", "parishes")

// isPlace: token k lies in a place the gazetteer lists (a city, not a
// country: "Putin, Russia" is no list of places).
func (d *doc) isPlace(k int) bool {
	sp := d.spanOf(k)
	return sp != nil && sp.phrase.Kind == gazetteer.KindPlace
}
