package storetest

import (
	"context"
	"testing"

	"newsgraph/schema"
)

// testMeetingNameTakesItsRefinedDate: a meeting's name that ends with its
// date follows the date as later reports refine it, so that a label never
// says "2022" of a meeting the store dates 2022-07-28; a name that does not
// end with the date is left alone; and search finds the meeting by the
// words of its new name.
func testMeetingNameTakesItsRefinedDate(t *testing.T, s schema.Store) {
	meeting := func(article, id, name, date string) schema.ArticleGraph {
		return schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{{ID: id, Label: schema.LabelMeeting, Name: name,
			Props: map[string]string{schema.PropDate: date, schema.PropStatus: schema.StatusHeld, schema.PropKind: "call"}}}}
	}
	const call, summit, other = "meeting:call", "meeting:summit", "meeting:other"
	steps := []struct {
		graph schema.ArticleGraph
		id    string
		want  string
	}{
		{meeting("r1", call, "Joe Biden – Xi Jinping call, 2022", "2022"), call, "Joe Biden – Xi Jinping call, 2022"},
		// The first article's words stay; only the date changes.
		{meeting("r2", call, "Xi Jinping – Joe Biden call, 2022-07", "2022-07"), call, "Joe Biden – Xi Jinping call, 2022-07"},
		{meeting("r3", call, "Joe Biden – Xi Jinping call, 2023-01", "2023-01"), call, "Joe Biden – Xi Jinping call, 2022-07"}, // disagrees: kept
		{meeting("r4", call, "Joe Biden – Xi Jinping call, 2022", "2022"), call, "Joe Biden – Xi Jinping call, 2022-07"},       // coarser: kept
		{meeting("r5", call, "Joe Biden – Xi Jinping call, 2022-07-28", "2022-07-28"), call, "Joe Biden – Xi Jinping call, 2022-07-28"},
		{meeting("s1", summit, "Summit of the Americas", "2022"), summit, "Summit of the Americas"},
		{meeting("s2", summit, "Summit of the Americas", "2022-06"), summit, "Summit of the Americas"}, // no date in the name
		{meeting("o1", other, "A – B call, 2021", "2022"), other, "A – B call, 2021"},
		{meeting("o2", other, "A – B call, 2022-05", "2022-05"), other, "A – B call, 2021"}, // ends with another date
	}
	for _, st := range steps {
		write(t, s, st.graph)
		got, err := s.Nodes(context.Background(), []string{st.id})
		if err != nil {
			t.Fatal(err)
		}
		if n := got[st.id]; n.Name != st.want {
			t.Errorf("after %s (%s): name %q, want %q", st.graph.ArticleID, st.graph.Nodes[0].Props[schema.PropDate], n.Name, st.want)
		}
	}
	hits, err := s.Search(context.Background(), "xi call 2022-07-28", []string{schema.LabelMeeting}, 10, schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Node.ID != call || hits[0].Node.Name != "Joe Biden – Xi Jinping call, 2022-07-28" {
		t.Errorf("Search(xi call 2022-07-28) = %v, want the call under its refined name", hits)
	}
}
