package schema

// Terms are the terms of office the official lists give that bear on a date
// (EntityQuery.AsOf), by the affiliation each makes (TermKey): a listed
// office holder's affiliation is held at the date by its term where the
// lists give one, and otherwise, as every other affiliation, where its
// attested span covers the date (HeldAt). Yoshihide Suga's "Prime Minister"
// of Japan, attested 2021-06-03 to 2021-08-12, is held on 2021-09-01, as
// his term runs from 2020-09-16 to 2021-10-04.
//   - Closed: the affiliations whose listed term, start and end both given,
//     covers the date.
//   - Open: those whose listed term began by the date and has no end in the
//     lists (in office when they were written): held from the term's start
//     to the latest date an article attests, since the lists do not say how
//     long it lasted.
type Terms struct {
	Closed, Open []string
}

// TermKey is the key of Terms for a person's affiliation to a party (ids)
// with an office (the AFFILIATED_WITH edge's key).
func TermKey(person, party, office string) string {
	return person + "|" + party + "|" + office
}

// TermCovers reports whether a term of office from start to end (ISO dates
// of any precision, end "" while in office) covers the date at as Terms
// means it, by the days it surely ran, from the last day start may stand
// for to the first day end may: a closed term where those overlap at's
// days, an open one where they began by at's last day. A term listed as
// begun in "2021" does not cover 2021-09-01 (Fumio Kishida took office on
// 2021-10-04), and covers 2021.
func TermCovers(start, end, at string) (closed, open bool) {
	if start == "" || at == "" || EndOf(start) > EndOf(at) {
		return false, false
	}
	if end == "" {
		return false, true
	}
	return StartOf(at) <= StartOf(end) && EndOf(start) <= StartOf(end), false
}

// HeldAt reports whether affiliation e (an AFFILIATED_WITH edge) is held
// at the date at: attested then (AttestedAt), or a listed office held then
// by its term (Terms); as AttestedAt, an empty at is held by every attested
// affiliation. The function is made once per query.
func (t Terms) HeldAt() func(e *Edge, at string) bool {
	closed, open := make(map[string]bool, len(t.Closed)), make(map[string]bool, len(t.Open))
	for _, k := range t.Closed {
		closed[k] = true
	}
	for _, k := range t.Open {
		open[k] = true
	}
	return func(e *Edge, at string) bool {
		if AttestedAt(e.Since, e.Until, at) {
			return true
		}
		if at == "" || len(closed) == 0 && len(open) == 0 {
			return false
		}
		k := TermKey(e.From, e.To, e.Key)
		return closed[k] || open[k] && StartOf(at) <= max(EndOf(e.Until), EndOf(e.Since))
	}
}
