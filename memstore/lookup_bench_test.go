package memstore

import (
	"context"
	"fmt"
	"testing"

	"newsgraph/schema"
)

// issueArchive is a graph of n meetings between two of 500 people, each
// held at one of 300 places and discussing one of 40 issues: the shape of
// the open corpus (1,095 meetings, 41 issues), at any size.
func issueArchive(n int) schema.ArticleGraph {
	ev := []schema.Evidence{{ArticleID: "a", Sentence: "x"}}
	g := schema.ArticleGraph{ArticleID: "a"}
	node := func(id, label, name string) {
		g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: label, Name: name})
	}
	for i := range 500 {
		node(fmt.Sprintf("person:p-%d", i), schema.LabelPerson, fmt.Sprintf("Given%d Family%d", i, i%97))
	}
	for i := range 300 {
		node(fmt.Sprintf("place:l-%d", i), schema.LabelPlace, fmt.Sprintf("Town%d", i))
	}
	for i := range 40 {
		node(fmt.Sprintf("issue:i-%d", i), schema.LabelIssue, fmt.Sprintf("Topic%d", i))
	}
	for i := range n {
		m := fmt.Sprintf("meeting:m-%d", i)
		g.Nodes = append(g.Nodes, schema.Node{ID: m, Label: schema.LabelMeeting, Name: m,
			Props: map[string]string{schema.PropDate: fmt.Sprintf("%d-%02d-%02d", 1950+i%70, i%12+1, i%28+1)}})
		g.Edges = append(g.Edges,
			schema.Edge{Type: schema.RelAttended, From: fmt.Sprintf("person:p-%d", i%500), To: m, Evidence: ev},
			schema.Edge{Type: schema.RelAttended, From: fmt.Sprintf("person:p-%d", (i*7+1)%500), To: m, Evidence: ev},
			schema.Edge{Type: schema.RelHeldIn, From: m, To: fmt.Sprintf("place:l-%d", i%300), Evidence: ev},
			schema.Edge{Type: schema.RelDiscussed, From: m, To: fmt.Sprintf("issue:i-%d", i%40), Evidence: ev})
	}
	return g
}

// go test -run '^$' -bench NodeMeetings ./memstore/: a page of issues',
// places' or people's meetings (Issue.meetings, Place.meetings,
// Person.meetings), three of each and the total, one filter per node of
// the page (by id, as those fields give it), over an archive of 1,000 and
// of 8,000 meetings: the time grows with the meetings of the page's nodes,
// not with the archive.
func BenchmarkNodeMeetings(b *testing.B) {
	for _, n := range []int{1000, 8000} {
		s := open(b, "")
		if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{issueArchive(n)}, nil); err != nil {
			b.Fatal(err)
		}
		for _, list := range []struct {
			name  string
			count int
			set   func(f *schema.MeetingFilter, id string)
		}{
			{"issue", 40, func(f *schema.MeetingFilter, id string) { f.Issue = id }},
			{"place", 50, func(f *schema.MeetingFilter, id string) { f.Place = id }},
			{"person", 50, func(f *schema.MeetingFilter, id string) { f.Participant = id }},
		} {
			filters := make([]schema.MeetingFilter, list.count)
			for i := range filters {
				prefix := map[string]string{"issue": "issue:i-", "place": "place:l-", "person": "person:p-"}[list.name]
				list.set(&filters[i], fmt.Sprintf("%s%d", prefix, i))
			}
			b.Run(fmt.Sprintf("%s/meetings=%d", list.name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := s.MeetingPages(context.Background(), filters, 0, 3); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// go test -run '^$' -bench PartyOfficials ./memstore/: a page of twenty
// countries' officials (Country.officials, five of each and the total)
// among 1,000 and 8,000 people, each affiliated with one of 200 countries:
// the time grows with the countries' officials, not with every person.
func BenchmarkPartyOfficials(b *testing.B) {
	for _, n := range []int{1000, 8000} {
		s := open(b, "")
		ev := []schema.Evidence{{ArticleID: "a", Sentence: "x"}}
		g := schema.ArticleGraph{ArticleID: "a"}
		for i := range 200 {
			id := fmt.Sprintf("country:C%d", i)
			g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelCountry, Name: fmt.Sprintf("Land%d", i)})
		}
		for i := range n {
			id := fmt.Sprintf("person:p-%d", i)
			g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: schema.LabelPerson, Name: fmt.Sprintf("Given%d Family%d", i, i%97)})
			g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: id, To: fmt.Sprintf("country:C%d", i%200), Key: "Minister", Evidence: ev})
		}
		if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{g}, nil); err != nil {
			b.Fatal(err)
		}
		queries := make([]schema.EntityQuery, 20)
		for i := range queries {
			queries[i] = schema.EntityQuery{Label: schema.LabelPerson, Parties: []string{fmt.Sprintf("country:C%d", i)}}
		}
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			for b.Loop() {
				pages, err := s.Entities(context.Background(), queries, 0, 5)
				if err != nil || pages[0].Total != n/200 {
					b.Fatalf("%v %+v", err, pages[0])
				}
			}
		})
	}
}
