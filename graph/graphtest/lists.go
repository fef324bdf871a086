package graphtest

import (
	"fmt"
	"slices"
	"testing"
)

// Scenarios of the connections: the top-level lists with where and
// orderBy, counts on edges, and the nested per-node connections.

type countedEdge struct {
	Count *int
	Node  identified
}

func showCounted(edges []countedEdge) []string {
	var out []string
	for _, e := range edges {
		if e.Count != nil {
			out = append(out, fmt.Sprintf("%s:%d", e.Node.ID, *e.Count))
		} else {
			out = append(out, e.Node.ID)
		}
	}
	return out
}

func testListsWhereAndOrderBy(t *testing.T, api *apiClient) {
	tests := []struct {
		name, query string
		total       int
		want        []string
	}{
		{"people by meetings", `{ list: people(orderBy: {field: MEETINGS}, first: 3) { totalCount edges { count node { id } } } }`,
			7, []string{"person:xi-jinping:8", "person:joe-biden:5", "person:john-kerry:3"}},
		{"people by name", `{ list: people(first: 2) { totalCount edges { count node { id } } } }`,
			7, []string{"person:antony-blinken", "person:emmanuel-macron"}},
		{"officials of the US as of a day", `{ list: people(where: {officialsOf: ["US"], asOf: "2023-06-19"}) { totalCount edges { count node { id } } } }`,
			3, []string{"person:antony-blinken", "person:joe-biden", "person:john-kerry"}},
		{"officials as of a year", `{ list: people(where: {officialsOf: ["United States"], asOf: "2011"}) { totalCount edges { count node { id } } } }`,
			1, []string{"person:joe-biden"}},
		{"people by words of a name", `{ list: people(where: {name: "jo"}) { totalCount edges { count node { id } } } }`,
			2, []string{"person:joe-biden", "person:john-kerry"}},
		// analyst45: who held an office on a day was every official's roles, read page by page.
		{"officials of the US by role as of a day", `{ list: people(where: {officialsOf: ["US"], asOf: "2023-06-19", role: "Secretary of State"}) { totalCount edges { count node { id } } } }`,
			1, []string{"person:antony-blinken"}},
		{"officials by role as of a year", `{ list: people(where: {officialsOf: ["US"], asOf: "2014", role: "secretary"}) { totalCount edges { count node { id } } } }`,
			1, []string{"person:john-kerry"}},
		{"anyone by words of a role", `{ list: people(where: {role: "vice pres"}) { totalCount edges { count node { id } } } }`,
			2, []string{"person:joe-biden", "person:xi-jinping"}},
		{"countries by meetings with the US", `{ list: countries(orderBy: {field: MEETINGS, with: "US"}) { totalCount edges { count node { id } } } }`,
			5, []string{"country:CN:7", "country:FR:1", "country:LT:0", "country:PE:0", "country:RU:0"}},
		// analyst45's 16: who met Russia's officials most in 2022 took a meetings call per pair.
		{"countries by meetings with the US in a year", `{ list: countries(orderBy: {field: MEETINGS, with: "US", from: "2023", to: "2023"}) { totalCount edges { count node { id } } } }`,
			5, []string{"country:CN:3", "country:FR:0", "country:LT:0", "country:PE:0", "country:RU:0"}},
		{"people by meetings from a year", `{ list: people(orderBy: {field: MEETINGS, from: "2024"}, first: 3) { totalCount edges { count node { id } } } }`,
			7, []string{"person:joe-biden:2", "person:xi-jinping:2", "person:antony-blinken:0"}},
		{"people by meetings with China's officials up to a day", `{ list: people(orderBy: {field: MEETINGS, with: "China", to: "2015-09-25"}, first: 2) { totalCount edges { count node { id } } } }`,
			6, []string{"person:joe-biden:1", "person:john-kerry:1"}},
		{"places by meetings in a window", `{ list: places(orderBy: {field: MEETINGS, from: "2023-07", to: "2023-12"}, first: 2) { totalCount edges { count node { id } } } }`,
			6, []string{"place:beijing:1", "place:vilnius:1"}},
		{"countries by officials, fewest first", `{ list: countries(orderBy: {field: OFFICIALS, direction: ASC}, first: 2) { totalCount edges { count node { id } } } }`,
			6, []string{"country:LT:0", "country:PE:0"}},
		{"organizations", `{ list: organizations(where: {name: "atlantic"}) { totalCount edges { count node { id } } } }`,
			1, []string{"org:nato"}},
		{"places in a country", `{ list: places(where: {countries: ["US"]}) { totalCount edges { count node { id } } } }`,
			2, []string{"place:washington", "place:woodside"}},
		{"places by meetings", `{ list: places(orderBy: {field: MEETINGS}, first: 1) { totalCount edges { count node { id } } } }`,
			6, []string{"place:beijing:3"}},
		{"issues by meetings", `{ list: issues(orderBy: {field: MEETINGS}) { totalCount edges { count node { id } } } }`,
			4, []string{"issue:climate:3", "issue:taiwan:3", "issue:ukraine:2", "issue:fentanyl:1"}},
		{"articles newest first", `{ list: articles(first: 2) { totalCount edges { node { id } } } }`,
			11, []string{"article:a-lima", "article:a-call"}},
		{"articles by title", `{ list: articles(orderBy: {field: TITLE}, first: 1) { totalCount edges { node { id } } } }`,
			11, []string{"article:a-woodside"}},
		{"articles that mention someone", `{ list: articles(where: {mentions: ["person:vladimir-putin"]}) { totalCount edges { node { id } } } }`,
			1, []string{"article:a-moscow"}},
		{"articles by bare ids and dates", `{ list: articles(where: {ids: ["a-call", "article:a-lima", "a-2011"], from: "2024"}) { totalCount edges { node { id } } } }`,
			2, []string{"article:a-lima", "article:a-call"}},
		{"no ids select nothing", `{ list: countries(where: {ids: []}) { totalCount edges { count node { id } } } }`, 0, nil},
		{"meetings oldest first", `{ list: meetings(orderBy: {field: DATE, direction: ASC}, first: 2) { totalCount edges { node { id } } } }`,
			10, []string{meeting2011, meetingKerry2015}},
		{"meetings by sources", `{ list: meetings(orderBy: {field: SOURCES}, first: 2) { totalCount edges { node { id } } } }`,
			10, []string{meetingWoodside, meetingLima}},
		{"meetings between two countries", `{ list: meetings(where: {countries: ["US", "CN"]}, first: 1) { totalCount edges { node { id } } } }`,
			7, []string{meetingLima}},
		{"meetings of several participants", `{ list: meetings(where: {participants: ["Biden", "Xi"]}, first: 1) { totalCount edges { node { id } } } }`,
			4, []string{meetingLima}},
		{"meetings at a place", `{ list: meetings(where: {place: "Beijing"}) { totalCount edges { node { id } } } }`,
			3, []string{meetingKerry2023, meetingBlinken, meeting2011}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				List struct {
					TotalCount int
					Edges      []countedEdge
				}
			}
			api.query(t, tt.query, nil, &got)
			if have := showCounted(got.List.Edges); !slices.Equal(have, tt.want) || got.List.TotalCount != tt.total {
				t.Errorf("got %v (total %d), want %v (total %d)", have, got.List.TotalCount, tt.want, tt.total)
			}
		})
	}

	t.Run("pages follow with after", func(t *testing.T) {
		const q = `query($after: String) { people(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`
		var seen []string
		var after any
		for range 5 {
			var got struct {
				People struct {
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
					Nodes []identified
				}
			}
			api.query(t, q, map[string]any{"after": after}, &got)
			seen = append(seen, ids(got.People.Nodes)...)
			if !got.People.PageInfo.HasNextPage {
				break
			}
			after = got.People.PageInfo.EndCursor
		}
		if len(seen) != 7 || seen[0] != "person:antony-blinken" || seen[6] != "person:xi-jinping" {
			t.Errorf("pages of people: %v", seen)
		}
	})
	t.Run("a bad cursor and first are refused", func(t *testing.T) {
		expectCode(t, api.post(t, `{ people(first: 101) { totalCount } }`, nil), "INVALID_ARGUMENT")
		expectCode(t, api.post(t, `{ countries(after: "nope") { totalCount } }`, nil), "INVALID_ARGUMENT")
	})
}

func testNestedConnections(t *testing.T, api *apiClient) {
	t.Run("officials of countries as of a day", func(t *testing.T) {
		var got struct {
			Countries struct {
				Nodes []struct {
					ID        string
					Officials struct {
						TotalCount int
						Nodes      []identified
					}
					Presidents struct {
						TotalCount int
						Nodes      []identified
					}
				}
			}
		}
		api.query(t, `{ countries(where: {ids: ["country:US", "country:CN", "country:PE"]}) { nodes { id officials(asOf: "2023-06-19") { totalCount nodes { id } }
			presidents: officials(asOf: "2023-06-19", role: "President") { totalCount nodes { id } } } } }`, nil, &got)
		var have []string
		for _, c := range got.Countries.Nodes {
			have = append(have, fmt.Sprintf("%s %d %v, presidents %d %v", c.ID, c.Officials.TotalCount, ids(c.Officials.Nodes),
				c.Presidents.TotalCount, ids(c.Presidents.Nodes)))
		}
		want := []string{
			"country:CN 1 [person:xi-jinping], presidents 1 [person:xi-jinping]",
			"country:PE 0 [], presidents 0 []",
			"country:US 3 [person:antony-blinken person:joe-biden person:john-kerry], presidents 1 [person:joe-biden]",
		}
		if !slices.Equal(have, want) {
			t.Errorf("got %q\nwant %q", have, want)
		}
	})
	t.Run("meetings of people, countries, places, issues and organizations", func(t *testing.T) {
		var got struct {
			Person       struct{ Meetings struct{ TotalCount int } }
			Country      struct{ Meetings struct{ Nodes []identified } }
			Place        struct{ Meetings struct{ TotalCount int } }
			Issue        struct{ Meetings struct{ TotalCount int } }
			Organization struct {
				Meetings  struct{ Nodes []identified }
				Officials struct{ TotalCount int }
			}
		}
		api.query(t, `{
			person: person(name: "Xi Jinping") { meetings(where: {withOfficialsOf: "US"}) { totalCount } }
			country: node(id: "country:RU") { ... on Country { meetings { nodes { id } } } }
			place: node(id: "place:beijing") { ... on Place { meetings(orderBy: {field: DATE, direction: ASC}) { totalCount } } }
			issue: node(id: "issue:taiwan") { ... on Issue { meetings(where: {kind: CALL}) { totalCount } } }
			organization: node(id: "org:nato") { ... on Organization { meetings { nodes { id } } officials { totalCount } } }
		}`, nil, &got)
		if got.Person.Meetings.TotalCount != 7 || !slices.Equal(ids(got.Country.Meetings.Nodes), []string{meetingMoscow}) ||
			got.Place.Meetings.TotalCount != 3 || got.Issue.Meetings.TotalCount != 1 ||
			!slices.Equal(ids(got.Organization.Meetings.Nodes), []string{meetingVilnius}) || got.Organization.Officials.TotalCount != 1 {
			t.Errorf("nested meetings = %+v", got)
		}
	})
	t.Run("every participant's meetings in one store call", func(t *testing.T) {
		api.store.take()
		var got struct {
			Meetings struct {
				Nodes []struct {
					Participants []struct {
						Person struct {
							ID       string
							Meetings struct {
								TotalCount int
								Nodes      []identified
							}
						}
					}
				}
			}
		}
		api.query(t, `{ meetings { nodes { participants { person { id meetings(first: 1) { totalCount nodes { id } } } } } } }`, nil, &got)
		counts := map[string]int{}
		for _, m := range got.Meetings.Nodes {
			for _, p := range m.Participants {
				counts[p.Person.ID] = p.Person.Meetings.TotalCount
				if len(p.Person.Meetings.Nodes) != 1 {
					t.Errorf("%s: %d meetings on the page, want 1", p.Person.ID, len(p.Person.Meetings.Nodes))
				}
			}
		}
		if counts["person:xi-jinping"] != 8 || counts["person:joe-biden"] != 5 || counts["person:jens-stoltenberg"] != 1 {
			t.Errorf("meeting counts = %v", counts)
		}
		if calls := tally(api.store.take()); calls != "1× MeetingPages(limit=1), 1× MeetingPages(limit=20 with ATTENDED in)" {
			t.Errorf("store calls = %s", calls)
		}
	})
}
