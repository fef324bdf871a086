package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/schema"
)

// The corpus's two sources, as its articles give them.
const (
	StateSource = "U.S. Department of State press releases (state.gov RSS, archived in github.com/markschaver/State-Department-PR git history)"
	HouseSource = "The White House Briefing Room (whitehouse.gov RSS, archived in github.com/markschaver/White-House-PR git history)"
)

// VenueArticle is an article of source that reports a meeting of two
// people held at place, and mentions each of mentions (places' ids): the
// API's venue tests write it too.
func VenueArticle(id, source, meeting, place string, mentions ...string) schema.ArticleGraph {
	art := "article:" + id
	ev := []schema.Evidence{{ArticleID: id, Sentence: "They met."}}
	g := schema.ArticleGraph{ArticleID: id,
		Nodes: []schema.Node{
			{ID: art, Label: schema.LabelArticle, Name: id, Props: map[string]string{
				schema.PropTitle: id, schema.PropDate: "2022-02-01", schema.PropSource: source, schema.PropText: "They met."}},
			{ID: "person:a-" + id, Label: schema.LabelPerson, Name: "A " + id},
			{ID: "person:b-" + id, Label: schema.LabelPerson, Name: "B " + id},
			{ID: meeting, Label: schema.LabelMeeting, Name: meeting, Props: map[string]string{
				schema.PropKind: "meeting", schema.PropDate: "2022-02-01", schema.PropStatus: "held"}},
			{ID: place, Label: schema.LabelPlace, Name: strings.TrimPrefix(place, "place:")},
		},
		Edges: []schema.Edge{
			{Type: schema.RelReports, From: art, To: meeting, Evidence: ev},
			{Type: schema.RelAttended, From: "person:a-" + id, To: meeting, Evidence: ev},
			{Type: schema.RelAttended, From: "person:b-" + id, To: meeting, Evidence: ev},
			{Type: schema.RelHeldIn, From: meeting, To: place, Evidence: ev},
		},
	}
	for _, m := range mentions {
		g.Nodes = append(g.Nodes, schema.Node{ID: m, Label: schema.LabelPlace, Name: strings.TrimPrefix(m, "place:")})
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelMentions, From: art, To: m, Evidence: ev})
	}
	return g
}

// testMeetingsAtAVenue: a filter by a venue (schema.MeetingFilter.Venue,
// with its city as Place) keeps the meetings held in the city that an
// article reporting them mentions the venue in; the city alone keeps all
// of the city's (issue 10, venue43).
func testMeetingsAtAVenue(t *testing.T, s schema.Store) {
	const (
		house, city, other = "place:white-house", "place:washington", "place:geneva"
		atHouse, atState   = "meeting:2022-02-01:house", "meeting:2022-02-01:state"
		elsewhere          = "meeting:2022-02-01:elsewhere"
	)
	write(t, s,
		VenueArticle("h1", HouseSource, atHouse, city, house),
		VenueArticle("s1", StateSource, atState, city),
		// Mentions the venue, but the meeting was held in another city.
		VenueArticle("g1", HouseSource, elsewhere, other, house),
	)
	tests := []struct {
		name   string
		filter schema.MeetingFilter
		want   []string
	}{
		{"the city, all its meetings", schema.MeetingFilter{Place: city}, []string{atHouse, atState}},
		{"the venue: the city's meetings whose article mentions it", schema.MeetingFilter{Place: city, Venue: house}, []string{atHouse}},
		{"the venue with a participant", schema.MeetingFilter{Place: city, Venue: house, Participant: "person:a-h1"}, []string{atHouse}},
		{"the venue, no meeting of another's", schema.MeetingFilter{Place: city, Venue: house, Participant: "person:a-s1"}, nil},
		{"a venue no article mentions", schema.MeetingFilter{Place: city, Venue: "place:camp-david"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, total := meetings(t, s, tt.filter, 0, 50)
			if got := ids(page); !slices.Equal(got, tt.want) || total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, total, tt.want)
			}
		})
	}
}

// testArticlesByWordsOfTheirSource: an articles' source matches by words,
// each a word or the start of a word of the article's source, in any
// order, as a name does (issue 10, venue43): the corpus's sources are
// sentences, which no analyst types whole.
func testArticlesByWordsOfTheirSource(t *testing.T, s schema.Store) {
	write(t, s,
		VenueArticle("h1", HouseSource, "meeting:2022-02-01:h", "place:washington"),
		VenueArticle("s1", StateSource, "meeting:2022-02-01:s", "place:washington"),
	)
	for _, tt := range []struct {
		source string
		want   []string
	}{
		{"state.gov", []string{"article:s1"}},
		{"whitehouse.gov", []string{"article:h1"}},
		{"White House", []string{"article:h1"}},
		{"Department of State", []string{"article:s1"}},
		{"state dep", []string{"article:s1"}},
		{"github", []string{"article:h1", "article:s1"}},
		{StateSource, []string{"article:s1"}},
		{"reuters", nil},
		{"tate.gov", nil}, // a word's start, not its middle
	} {
		t.Run(tt.source, func(t *testing.T) {
			pages, err := s.Entities(context.Background(), []schema.EntityQuery{{Label: schema.LabelArticle, Source: tt.source}}, 0, 50)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(pages[0].Nodes); !slices.Equal(got, tt.want) || pages[0].Total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, pages[0].Total, tt.want)
			}
		})
	}
}
