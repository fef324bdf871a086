package graphtest

import (
	"slices"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
)

// testSearchByATitledName: an analyst types a title with a name, as the
// news writes it ("Secretary Blinken", "Foreign Minister Wang"); names in
// the graph hold no titles, so search finds the person by the name without
// them, and of the people who share it the one who holds the title first
// (analyst42: on the open corpus all three were empty).
func testSearchByATitledName(t *testing.T, newStore func(t *testing.T) schema.Store) {
	wangs := newArticle("a-wangs", "Three Wangs", "2023-05-03")
	for _, n := range []schema.Node{
		// Names of one length: as the name alone matches them, they tie,
		// and the smallest id comes first.
		{ID: "person:wang-yi", Label: schema.LabelPerson, Name: "Wang Yi"},
		{ID: "person:bo-wang", Label: schema.LabelPerson, Name: "Bo Wang"},
		{ID: "person:li-wang", Label: schema.LabelPerson, Name: "Li Wang"},
	} {
		wangs.own[n.ID] = n
	}
	wangs.use("person:bo-wang")
	wangs.affiliation("person:wang-yi", "country:CN", "State Councilor and Foreign Minister", "", "").
		affiliation("person:li-wang", "country:CN", "Vice Foreign Minister", "", "")
	api := newAPIClient(t, newStore(t), graph.Options{Timeout: scenarioTimeout}, append(newsFixture(), wangs.g))
	tests := []struct {
		name, args string
		first      []string // the answer's first ids, in order
		lower      []string // ids that come after first, each scoring less than first[0]
		none       []string // ids that must not be in the answer
		same       string   // args of a search whose answer this one's must equal, scores and all
	}{
		{"a title and a surname", `text: "Secretary Blinken", types: [PERSON]`, []string{"person:antony-blinken"}, nil, nil, ""},
		{"a title and a surname, every type", `text: "Secretary Blinken"`, []string{"person:antony-blinken"}, nil, nil, ""},
		{"a country's title and a surname", `text: "Chinese President Xi", types: [PERSON]`, []string{"person:xi-jinping"}, nil, nil, ""},
		{"the title's holder before others of the name", `text: "Foreign Minister Wang", types: [PERSON]`,
			[]string{"person:wang-yi"}, []string{"person:bo-wang", "person:li-wang"}, nil, ""},
		{"a vice minister holds no minister's title", `text: "Minister Wang", types: [PERSON]`,
			[]string{"person:wang-yi"}, []string{"person:bo-wang", "person:li-wang"}, nil, ""},
		{"no one holds an honorific: the name's answer", `text: "Mr. Wang", types: [PERSON]`, nil, nil, nil, `text: "Wang", types: [PERSON]`},
		{"no people asked, none by the bare name", `text: "Foreign Minister Wang", types: [ARTICLE]`, nil, nil,
			[]string{"person:wang-yi", "person:bo-wang", "person:li-wang"}, ""},
		{"first cuts the merged list", `text: "Foreign Minister Wang", types: [PERSON], first: 1`, []string{"person:wang-yi"}, nil,
			[]string{"person:bo-wang", "person:li-wang"}, ""},
	}
	type answer struct {
		Search []struct {
			Entity identified
			Score  float64
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got answer
			api.query(t, `{ search(`+tt.args+`) { entity { id } score } }`, nil, &got)
			if tt.same != "" {
				var want answer
				api.query(t, `{ search(`+tt.same+`) { entity { id } score } }`, nil, &want)
				if len(got.Search) == 0 || !slices.Equal(got.Search, want.Search) {
					t.Errorf("search(%s) = %+v, want search(%s)'s %+v", tt.args, got.Search, tt.same, want.Search)
				}
			}
			var have []string
			score := map[string]float64{}
			for _, r := range got.Search {
				have = append(have, r.Entity.ID)
				score[r.Entity.ID] = r.Score
			}
			if len(have) < len(tt.first) || !slices.Equal(have[:len(tt.first)], tt.first) {
				t.Fatalf("search(%s) = %v, want it to start with %v", tt.args, have, tt.first)
			}
			for _, id := range tt.lower {
				if s, ok := score[id]; !ok || s >= score[tt.first[0]] {
					t.Errorf("search(%s): %s scores %v (found %v), want it found below %s's %v", tt.args, id, s, ok, tt.first[0], score[tt.first[0]])
				}
			}
			for _, id := range tt.none {
				if _, ok := score[id]; ok {
					t.Errorf("search(%s) = %v, want no %s", tt.args, have, id)
				}
			}
		})
	}
}
