package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/loader/extract"
)

// Change is one record one run holds and the other does not, as a reader
// judges it: Base and Main describe the record on each side ("" where that
// side lacks it), Sentence is its evidence (main's, else base's) and
// BaseSentence base's where it differs. Verdict and Why are the reader's.
type Change struct {
	N            int    `json:"n,omitempty"`
	ID           string `json:"id"`
	Kind         string `json:"kind"` // "person added", "meeting changed" …
	Title        string `json:"title"`
	ArticleDate  string `json:"articleDate"`
	Base         string `json:"base"`
	Main         string `json:"main"`
	Sentence     string `json:"sentence"`
	BaseSentence string `json:"baseSentence,omitempty"`
	Verdict      string `json:"verdict"`
	Why          string `json:"why"`
}

// Group is the change's record kind: "person" or "meeting".
func (c Change) Group() string {
	g, _, _ := strings.Cut(c.Kind, " ")
	return g
}

// Diff are article a's changes from base to head: people first, then
// meetings.
func Diff(a extract.Article, base, head extract.Result) []Change {
	return append(personChanges(a, base.People, head.People), meetingChanges(a, base.Meetings, head.Meetings)...)
}

// DescribePerson is a person record as a reader checks it: "Name (CC,
// Role)", with "-" for no country and "null" for no role.
func DescribePerson(p extract.Person) string {
	country, role := p.Country, p.Role
	if country == "" {
		country = "-"
	}
	if role == "" {
		role = "null"
	}
	return fmt.Sprintf("%s (%s, %s)", p.Name, country, role)
}

// personChanges pairs the people of base and head by name: a name on one
// side only is added or removed, one whose country or role differs changed.
func personChanges(a extract.Article, base, head []extract.Person) []Change {
	was := map[string]extract.Person{}
	for _, p := range base {
		was[p.Name] = p
	}
	var out []Change
	for _, p := range head {
		b, ok := was[p.Name]
		delete(was, p.Name)
		switch {
		case !ok:
			out = append(out, change(a, "person added", "", DescribePerson(p), extract.Evidence{}, p.Evidence))
		case DescribePerson(b) != DescribePerson(p):
			out = append(out, change(a, "person changed", DescribePerson(b), DescribePerson(p), b.Evidence, p.Evidence))
		}
	}
	for _, p := range base {
		if _, ok := was[p.Name]; ok {
			out = append(out, change(a, "person removed", DescribePerson(p), "", p.Evidence, extract.Evidence{}))
		}
	}
	return out
}

// change is one Change of article a.
func change(a extract.Article, kind, base, head string, be, he extract.Evidence) Change {
	c := Change{ID: a.ID, Kind: kind, Title: a.Title, ArticleDate: a.Date, Base: base, Main: head, Sentence: he.Sentence}
	switch {
	case head == "":
		c.Sentence = be.Sentence
	case be.Sentence != "" && be.Sentence != he.Sentence:
		c.BaseSentence = be.Sentence
	}
	return c
}

// DescribeMeeting is a meeting record as a reader checks it: "status kind
// date: A + B", participants in sorted order.
func DescribeMeeting(m extract.Meeting) string {
	m.Participants = slices.Sorted(slices.Values(m.Participants))
	return sampling.Describe(m)
}

// meetingChanges are the meeting records (participants, kind, date,
// status) of one side that the other lacks, as many times as one side holds
// more. An unmatched base record and an unmatched head record with the same
// participants, or else the same evidence sentence, are one changed record.
func meetingChanges(a extract.Article, base, head []extract.Meeting) []Change {
	gone, came := unmatched(base, head, DescribeMeeting), unmatched(head, base, DescribeMeeting)
	var out []Change
	for _, same := range []func(x, y extract.Meeting) bool{sameParticipants, sameEvidence} {
		for i := 0; i < len(gone); i++ {
			j := slices.IndexFunc(came, func(m extract.Meeting) bool { return same(gone[i], m) })
			if j < 0 {
				continue
			}
			out = append(out, change(a, "meeting changed", DescribeMeeting(gone[i]), DescribeMeeting(came[j]), gone[i].Evidence, came[j].Evidence))
			gone, came = slices.Delete(gone, i, i+1), slices.Delete(came, j, j+1)
			i--
		}
	}
	for _, m := range came {
		out = append(out, change(a, "meeting added", "", DescribeMeeting(m), extract.Evidence{}, m.Evidence))
	}
	for _, m := range gone {
		out = append(out, change(a, "meeting removed", DescribeMeeting(m), "", m.Evidence, extract.Evidence{}))
	}
	return out
}

func sameParticipants(x, y extract.Meeting) bool {
	return slices.Equal(slices.Sorted(slices.Values(x.Participants)), slices.Sorted(slices.Values(y.Participants)))
}

func sameEvidence(x, y extract.Meeting) bool {
	return x.Evidence.Sentence != "" && x.Evidence.Sentence == y.Evidence.Sentence
}

// unmatched are the records of xs whose key ys holds fewer times, in xs's
// order (a multiset difference).
func unmatched[T any](xs, ys []T, key func(T) string) []T {
	left := map[string]int{}
	for _, y := range ys {
		left[key(y)]++
	}
	var out []T
	for _, x := range xs {
		k := key(x)
		if left[k] > 0 {
			left[k]--
			continue
		}
		out = append(out, x)
	}
	return out
}

// Quiet counts the changes the draw leaves out: a record the same on both
// sides but for its evidence (or a meeting's place or issues), and an
// organisation whose type alone changed.
type Quiet struct {
	PersonEvidence, MeetingEvidence, MeetingPlace, MeetingIssues, OrgType, Articles int
}

// Add counts one article's quiet changes.
func (q *Quiet) Add(base, head extract.Result) {
	before := *q
	q.PersonEvidence += alsoDiffer(base.People, head.People, DescribePerson, func(p extract.Person) string { return evidenceKey(p.Evidence) })
	q.MeetingEvidence += alsoDiffer(base.Meetings, head.Meetings, DescribeMeeting, func(m extract.Meeting) string { return evidenceKey(m.Evidence) })
	q.MeetingPlace += alsoDiffer(base.Meetings, head.Meetings, DescribeMeeting, func(m extract.Meeting) string { return m.Place + "|" + m.PlaceCountry })
	q.MeetingIssues += alsoDiffer(base.Meetings, head.Meetings, DescribeMeeting, func(m extract.Meeting) string { return strings.Join(m.Issues, ",") })
	q.OrgType += orgTypeChanges(base.Entities, head.Entities)
	if *q != before {
		q.Articles++
	}
}

func evidenceKey(e extract.Evidence) string {
	return fmt.Sprintf("%d:%d:%s", e.Start, e.End, e.Sentence)
}

// alsoDiffer counts the records of head whose record key base holds too but
// not with the same extra part: how many matched records changed in extra
// alone.
func alsoDiffer[T any](base, head []T, key, extra func(T) string) int {
	both := func(x T) string { return key(x) + "\x00" + extra(x) }
	return len(unmatched(head, base, both)) - len(unmatched(head, base, key))
}

// orgTypeChanges counts the organisations of one id in both whose type
// differs.
func orgTypeChanges(base, head []extract.Entity) int {
	was := map[string]string{}
	for _, e := range base {
		if e.Type == "Organization" {
			was[e.ID] = e.OrgType
		}
	}
	n := 0
	for _, e := range head {
		if t, ok := was[e.ID]; ok && e.Type == "Organization" && t != e.OrgType {
			n++
		}
	}
	return n
}

// Tally tells w how many changes there are of each kind, in how many
// articles, and the quiet ones.
func Tally(all []Change, q Quiet, w io.Writer) {
	kinds, arts := map[string]int{}, map[string]bool{}
	for _, c := range all {
		kinds[c.Kind]++
		arts[c.ID] = true
	}
	fmt.Fprintf(w, "record changes: %d in %d articles\n", len(all), len(arts))
	for _, k := range []string{"person added", "person removed", "person changed", "meeting added", "meeting removed", "meeting changed"} {
		fmt.Fprintf(w, "  %s: %d\n", k, kinds[k])
	}
	fmt.Fprintf(w, "left out of the draw (%d articles): person evidence only %d, meeting evidence only %d, meeting place only %d, meeting issues only %d, organisation type only %d\n",
		q.Articles, q.PersonEvidence, q.MeetingEvidence, q.MeetingPlace, q.MeetingIssues, q.OrgType)
}
