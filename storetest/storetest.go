// Package storetest is the contract suite that every schema.Store must pass.
// The same scenarios run against the embedded store and against a real
// Neo4j server, so that a difference in behaviour between the two shows up
// as a failing test.
package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

// OpenFunc opens an empty store for one test, and closes it when the test
// ends (t.Cleanup).
type OpenFunc func(t *testing.T) schema.Store

// Run runs every scenario of the contract against stores from open.
func Run(t *testing.T, open OpenFunc) {
	scenarios := []struct {
		name string
		run  func(t *testing.T, s schema.Store)
	}{
		{"WriteThenReadNodes", testWriteThenReadNodes},
		{"NodeNameFirstWinsAndAliasesAccumulate", testNodeMerge},
		{"EdgeDatesWidenAndEvidenceAccumulates", testEdgeMerge},
		{"EvidenceKeepsTheFirstMaxEvidenceArticles", testEvidenceCap},
		{"ArticleEdgesReadBackTheirEvidenceAndKeys", testArticleEdgeEvidence},
		{"MeetingDateRefinesAndHeldWins", testMeetingMerge},
		{"MergedMeetingIDsAnswerTheMeetingThatHoldsThem", testMergedIDs},
		{"MeetingNameTakesItsRefinedDate", testMeetingNameTakesItsRefinedDate},
		{"MeetingKindIsTheSourcesMajority", testMeetingKindIsTheSourcesMajority},
		{"ChangedArticleReplacesItsKindVote", testChangedArticleReplacesItsKindVote},
		{"MeetingWrittenBeforeKindsKeepsItsKind", testMeetingWrittenBeforeKindsKeepsItsKind},
		{"WritingTwiceChangesNothing", testIdempotent},
		{"BadGraphRejectsWholeBatch", testAtomicBatch},
		{"EdgesByDirectionInFixedOrder", testEdges},
		{"NeighboursReadEdgeSetsWithTheirNodes", testNeighbours},
		{"MeetingsFilters", testMeetingsFilters},
		{"MeetingsOrderAndPaging", testMeetingsPaging},
		{"MeetingPagesOfManyAreSlicesOfTheWholeOrder", testMeetingPagesOfMany},
		{"MeetingPagesReadTheirMeetingsEdgeSets", testMeetingPageEdgeSets},
		{"FindNodesByIDNameOrAlias", testFindNodes},
		{"SearchRanksNamesAndAliases", testSearch},
		{"SearchFindsArticlesByTitleAndText", testSearchArticles},
		{"SearchThroughMarksInsideWords", testSearchThroughMarksInsideWords},
		{"SearchTiesGoToTheBetterKnown", testSearchTiesByDegree},
		{"MeetingsByParticipantsCountriesPlaceAndOrders", testMeetingsMoreFilters},
		{"MeetingsAtAVenueAreItsCitysThatItsArticlesName", testMeetingsAtAVenue},
		{"EntitiesFilterOrderAndCount", testEntities},
		{"ArticlesByWordsOfTheirSource", testArticlesByWordsOfTheirSource},
		{"ArticlesStampWhenTheirTextWasIngested", testIngestedAt},
		{"MeetingsReportedByArticlesIngestedAfterAStamp", testMeetingsIngestedAfter},
		{"OrganizationsFilterByType", testOrganizationTypes},
		{"EdgesAmongNodes", testEdgesAmong},
		{"EdgesBetweenTwoSetsOfNodes", testEdgesBetween},
		{"SubgraphWalksAsWorkedByHand", testSubgraph},
		{"ParticipantsByIDNameOrAliasWhateverTheirCharacters", testParticipantNames},
		{"TimelineInDateOrder", testTimeline},
		{"TimelinePagesJoinToTheWhole", testTimelinePages},
		{"TimelineKeepsTheKindsAsked", testTimelineKinds},
		{"RankingsByMeetingsInADateWindow", testRankingsInADateWindow},
		{"CoParticipantsByCount", testCoParticipants},
		{"RelationsCountMonthsPairsAndIssues", testRelations},
		{"RelationsMonthsFollowWritesAndRewrites", testRelationsFollowWrites},
		{"ShortestPathIsTheLeastOfTheShortest", testShortestPath},
		{"ShortestPathInADateWindow", testShortestPathInAWindow},
		{"MeetingsDatedByDateAndPrefix", testMeetingsDated},
		{"SearchDropsRepeatedWordsAndRefusesLongTexts", testSearchBounds},
		{"MeetingPartiesFollowWritesAndRewrites", testMeetingParties},
		{"ConcurrentWritersMergeAsOneAfterAnother", testConcurrentWriters},
		{"MeetingMergesFollowTheirChain", testMeetingMergesFollowTheirChain},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			s := open(t)
			sc.run(t, s)
		})
	}
}

func write(t *testing.T, s schema.Store, graphs ...schema.ArticleGraph) {
	t.Helper()
	if err := Write(context.Background(), s, graphs); err != nil {
		t.Fatalf("Write: %v", err)
	}
}

func edges(t *testing.T, s schema.Store, ids []string, relType string, dir schema.Direction) map[string][]schema.Edge {
	t.Helper()
	out, err := Edges(context.Background(), s, ids, relType, dir)
	if err != nil {
		t.Fatalf("Edges: %v", err)
	}
	return out
}

func meetings(t *testing.T, s schema.Store, f schema.MeetingFilter, offset, limit int) ([]schema.Node, int) {
	t.Helper()
	page, total, err := Meetings(context.Background(), s, f, offset, limit)
	if err != nil {
		t.Fatalf("Meetings: %v", err)
	}
	return page, total
}

func counts(t *testing.T, s schema.Store) schema.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("Counts: %v", err)
	}
	return c
}

func testWriteThenReadNodes(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	got, err := s.Nodes(context.Background(), []string{"person:xi-jinping", "country:US", "meeting:2023-06-19:antony-blinken+xi-jinping", "article:a1", "person:nobody", "bogus"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("Nodes returned %d nodes, want the 4 that exist: %v", len(got), keys(got))
	}
	xi := got["person:xi-jinping"]
	if xi.Label != schema.LabelPerson || xi.Name != "Xi Jinping" {
		t.Errorf("Xi = %+v", xi)
	}
	if us := got["country:US"]; us.Props[schema.PropCode] != "US" || us.Label != schema.LabelCountry {
		t.Errorf("US = %+v", us)
	}
	m := got["meeting:2023-06-19:antony-blinken+xi-jinping"]
	if m.Props[schema.PropDate] != "2023-06-19" || m.Props[schema.PropStatus] != "held" || m.Props[schema.PropKind] != "meeting" {
		t.Errorf("meeting props = %v", m.Props)
	}
	if a := got["article:a1"]; a.Props[schema.PropText] == "" || a.Props[schema.PropDate] != "2023-06-19" {
		t.Errorf("article props = %v", a.Props)
	}
	c := counts(t, s)
	wantNodes, wantEdges := distinct(Seed())
	if c.Nodes != wantNodes || c.Relationships != wantEdges {
		t.Errorf("Counts = %+v, want %d nodes and %d relationships", c, wantNodes, wantEdges)
	}
}

func testNodeMerge(t *testing.T, s schema.Store) {
	a := schema.ArticleGraph{ArticleID: "n1", Nodes: []schema.Node{
		{ID: "person:xi-jinping", Label: schema.LabelPerson, Name: "Xi Jinping", Aliases: []string{"Xi", "President Xi"}},
	}}
	b := schema.ArticleGraph{ArticleID: "n2", Nodes: []schema.Node{
		{ID: "person:xi-jinping", Label: schema.LabelPerson, Name: "XI JINPING", Aliases: []string{"President Xi", "Chinese President Xi"}},
	}}
	write(t, s, a)
	write(t, s, b)
	got, err := s.Nodes(context.Background(), []string{"person:xi-jinping"})
	if err != nil {
		t.Fatal(err)
	}
	want := schema.Node{ID: "person:xi-jinping", Label: schema.LabelPerson, Name: "Xi Jinping",
		Aliases: []string{"Xi", "President Xi", "Chinese President Xi"}}
	if !reflect.DeepEqual(got["person:xi-jinping"], want) {
		t.Errorf("merged node = %+v, want %+v", got["person:xi-jinping"], want)
	}
}

func testEdgeMerge(t *testing.T, s schema.Store) {
	graph := func(article, date, sentence string) schema.ArticleGraph {
		return schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{
			{ID: "person:antony-blinken", Label: schema.LabelPerson, Name: "Antony Blinken"},
			{ID: "country:US", Label: schema.LabelCountry, Name: "United States", Props: map[string]string{schema.PropCode: "US"}},
		}, Edges: []schema.Edge{{Type: schema.RelAffiliatedWith, From: "person:antony-blinken", To: "country:US",
			Key: "Secretary of State", Since: date, Until: date, Evidence: []schema.Evidence{{ArticleID: article, Sentence: sentence}}}}}
	}
	write(t, s, graph("e2", "2022-03-01", "second"))
	write(t, s, graph("e1", "2021-05-20", "first"), graph("e3", "2022-07-30", "third"))
	write(t, s, graph("e1", "2021-05-20", "first again")) // same article: its sentence is already there
	got := edges(t, s, []string{"person:antony-blinken"}, schema.RelAffiliatedWith, schema.Out)
	want := []schema.Edge{{Type: schema.RelAffiliatedWith, From: "person:antony-blinken", To: "country:US", Key: "Secretary of State",
		Since: "2021-05-20", Until: "2022-07-30", Evidence: []schema.Evidence{
			{ArticleID: "e2", Sentence: "second"}, {ArticleID: "e1", Sentence: "first"}, {ArticleID: "e3", Sentence: "third"}}}}
	if diff := cmp.Diff(want, got["person:antony-blinken"]); diff != "" {
		t.Errorf("merged edge (-want +got):\n%s", diff)
	}
}

func testMeetingMerge(t *testing.T, s schema.Store) {
	meeting := func(article, date, status string) schema.ArticleGraph {
		return schema.ArticleGraph{ArticleID: article, Nodes: []schema.Node{{ID: "meeting:m", Label: schema.LabelMeeting, Name: "m",
			Props: map[string]string{schema.PropDate: date, schema.PropStatus: status, schema.PropKind: "summit"}}}}
	}
	steps := []struct {
		article, date, status string
		wantDate, wantStatus  string
	}{
		{"r1", "2023", "planned", "2023", "planned"},
		{"r2", "2023-11", "planned", "2023-11", "planned"}, // more precise and agreeing: refines
		{"r3", "2023", "held", "2023-11", "held"},          // coarser: keeps the date; held wins
		{"r4", "2023-12-01", "planned", "2023-11", "held"}, // disagreeing date is not taken; held stays
		{"r5", "2023-11-15", "held", "2023-11-15", "held"}, // refines to the day
	}
	for _, st := range steps {
		write(t, s, meeting(st.article, st.date, st.status))
		got, err := s.Nodes(context.Background(), []string{"meeting:m"})
		if err != nil {
			t.Fatal(err)
		}
		p := got["meeting:m"].Props
		if p[schema.PropDate] != st.wantDate || p[schema.PropStatus] != st.wantStatus || p[schema.PropKind] != "summit" {
			t.Errorf("after %s (%s, %s): props %v, want date %s status %s", st.article, st.date, st.status, p, st.wantDate, st.wantStatus)
		}
	}
}

func testIdempotent(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	before := counts(t, s)
	m1, n1 := meetings(t, s, schema.MeetingFilter{}, 0, 100)
	e1 := edges(t, s, []string{"meeting:2023-06-19:antony-blinken+xi-jinping"}, schema.RelReports, schema.In)
	write(t, s, Seed()...)
	for _, g := range Seed() {
		write(t, s, g)
	}
	if after := counts(t, s); after != before {
		t.Errorf("counts changed on reload: %+v -> %+v", before, after)
	}
	m2, n2 := meetings(t, s, schema.MeetingFilter{}, 0, 100)
	e2 := edges(t, s, []string{"meeting:2023-06-19:antony-blinken+xi-jinping"}, schema.RelReports, schema.In)
	if n1 != n2 {
		t.Errorf("meetings total changed on reload: %d -> %d", n1, n2)
	}
	if diff := cmp.Diff(m1, m2); diff != "" {
		t.Errorf("meetings changed on reload (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(e1, e2); diff != "" {
		t.Errorf("reports changed on reload (-before +after):\n%s", diff)
	}
}

func testAtomicBatch(t *testing.T, s schema.Store) {
	bad := schema.ArticleGraph{ArticleID: "bad", Nodes: []schema.Node{
		{ID: "person:someone", Label: schema.LabelPerson, Name: "Someone"},
	}, Edges: []schema.Edge{{Type: schema.RelAttended, From: "person:someone", To: "meeting:missing"}}}
	err := Write(context.Background(), s, append(Seed(), bad))
	if err == nil {
		t.Fatal("Write accepted a graph whose edge joins a node it lacks")
	}
	if c := counts(t, s); c.Nodes != 0 || c.Relationships != 0 {
		t.Errorf("a refused batch left %+v behind", c)
	}
}

func testEdges(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	m := "meeting:2023-06-19:antony-blinken+xi-jinping"
	in := edges(t, s, []string{m, "meeting:none"}, schema.RelAttended, schema.In)
	var from []string
	for _, e := range in[m] {
		from = append(from, e.From)
		if e.To != m || e.Type != schema.RelAttended {
			t.Errorf("edge %+v does not end at %s", e, m)
		}
	}
	if !slices.Equal(from, []string{"person:antony-blinken", "person:xi-jinping"}) {
		t.Errorf("participants = %v, want Blinken then Xi (ordered by id)", from)
	}
	if _, ok := in["meeting:none"]; ok {
		t.Errorf("Edges returned a list for an unknown node")
	}
	out := edges(t, s, []string{"person:xi-jinping"}, schema.RelAttended, schema.Out)
	if len(out["person:xi-jinping"]) != 3 {
		t.Errorf("Xi attended %d meetings, want 3", len(out["person:xi-jinping"]))
	}
	rep := edges(t, s, []string{m}, schema.RelReports, schema.In)
	if len(rep[m]) != 1 || len(rep[m][0].Evidence) != 1 || rep[m][0].Evidence[0].ArticleID != "a1" || rep[m][0].Evidence[0].Sentence == "" {
		t.Errorf("REPORTS edge lost its evidence: %+v", rep[m])
	}
}

func testMeetingsFilters(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	tests := []struct {
		name   string
		filter schema.MeetingFilter
		want   []string
	}{
		{"all, newest first", schema.MeetingFilter{}, []string{mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mBidenXiBali, mKerryXie}},
		{"participant by name with officials of US by code", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US"}, []string{mBlinkenXi, mBidenXiPlanned, mBidenXiBali}},
		{"participant by alias, case folded", schema.MeetingFilter{Participant: "president xi", WithOfficialsOf: "United States"}, []string{mBlinkenXi, mBidenXiPlanned, mBidenXiBali}},
		{"participant by id", schema.MeetingFilter{Participant: "person:wang-yi"}, []string{mBlinkenWang}},
		{"officials of a party exclude the participant himself", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "CN"}, nil},
		{"officials of a country by id", schema.MeetingFilter{WithOfficialsOf: "country:CN"}, []string{mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mBidenXiBali, mKerryXie}},
		{"officials of a party by an alias, case folded", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "u.s."}, []string{mBlinkenXi, mBidenXiPlanned, mBidenXiBali}},
		{"officials of several countries by aliases", schema.MeetingFilter{Countries: []string{"prc", "u.s."}}, []string{mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mBidenXiBali, mKerryXie}},
		{"a party named by no word names none", schema.MeetingFilter{WithOfficialsOf: "--"}, nil},
		{"unknown participant matches nothing", schema.MeetingFilter{Participant: "Nobody"}, nil},
		{"status planned", schema.MeetingFilter{Status: "planned"}, []string{mBidenXiPlanned}},
		{"kind summit", schema.MeetingFilter{Kind: "summit"}, []string{mBidenXiPlanned, mBidenXiBali}},
		{"issue by name", schema.MeetingFilter{Issue: "Taiwan"}, []string{mBlinkenXi}},
		{"issue by alias", schema.MeetingFilter{Issue: "mil-mil"}, []string{mBlinkenWang}},
		{"from a month admits its days", schema.MeetingFilter{From: "2023-06"}, []string{mBlinkenXi, mBlinkenWang}},
		{"to a year admits its months", schema.MeetingFilter{From: "2022-01-01", To: "2022"}, []string{mBidenXiBali}},
		{"to a day admits the month that holds it", schema.MeetingFilter{To: "2022-11-13"}, []string{mBidenXiBali}},
		{"undated meetings drop out of date ranges", schema.MeetingFilter{From: "2000"}, []string{mBlinkenXi, mBlinkenWang, mBidenXiPlanned, mBidenXiBali}},
		{"ids", schema.MeetingFilter{IDs: []string{mKerryXie, mBlinkenXi}}, []string{mBlinkenXi, mKerryXie}},
		// The Xi query's shape, whose total the store may take from its
		// count of the person's meetings with the party: not with these.
		{"a participant with a party's officials, held only", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US", Status: "held"}, []string{mBlinkenXi, mBidenXiBali}},
		{"a participant with a party's officials, summits only", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US", Kind: "summit"}, []string{mBidenXiPlanned, mBidenXiBali}},
		{"a participant with a party's officials, from a month", schema.MeetingFilter{Participant: "Xi Jinping", WithOfficialsOf: "US", From: "2023-06"}, []string{mBlinkenXi}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, total := meetings(t, s, tt.filter, 0, 50)
			var got []string
			for _, m := range page {
				got = append(got, m.ID)
			}
			if !slices.Equal(got, tt.want) || total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, total, tt.want)
			}
		})
	}
}

func testMeetingsPaging(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	page, total := meetings(t, s, schema.MeetingFilter{}, 0, 0)
	if total != 5 || len(page) != 0 {
		t.Errorf("limit 0: %d rows, total %d; want 0 rows, total 5", len(page), total)
	}
	page, total = meetings(t, s, schema.MeetingFilter{}, 1, 2)
	if total != 5 || len(page) != 2 || page[0].ID != mBlinkenWang || page[1].ID != mBidenXiPlanned {
		t.Errorf("offset 1 limit 2 = %v (total %d)", ids(page), total)
	}
	page, _ = meetings(t, s, schema.MeetingFilter{}, 4, 10)
	if len(page) != 1 || page[0].ID != mKerryXie {
		t.Errorf("last page = %v", ids(page))
	}
}

func testFindNodes(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	tests := []struct {
		text   string
		labels []string
		want   []string
	}{
		{"Xi Jinping", nil, []string{"person:xi-jinping"}},
		{"president xi", []string{schema.LabelPerson}, []string{"person:xi-jinping"}},
		{"person:wang-yi", nil, []string{"person:wang-yi"}},
		{"U.S.", nil, []string{"country:US"}},
		{"Taiwan", nil, []string{"country:TW", "issue:taiwan"}},
		{"Taiwan", []string{schema.LabelIssue}, []string{"issue:taiwan"}},
		{"tw", nil, []string{"country:TW"}}, // a country's ISO code
		{"id", []string{schema.LabelCountry, schema.LabelPerson}, []string{"country:ID"}},
		{"Nobody", nil, nil},
	}
	for _, tt := range tests {
		got, err := s.FindNodes(ctx, tt.text, tt.labels)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(got), tt.want) {
			t.Errorf("FindNodes(%q, %v) = %v, want %v", tt.text, tt.labels, ids(got), tt.want)
		}
	}
}

func testSearch(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	tests := []struct {
		text   string
		labels []string
		limit  int
		want   []string
	}{
		{"Xi", nil, 10, []string{"person:xi-jinping", "person:xie-zhenhua", "article:a2", "article:a1"}}, // articles by title and text, after names
		{"Xi", []string{schema.LabelPerson}, 10, []string{"person:xi-jinping", "person:xie-zhenhua"}},
		{"Xi", []string{schema.LabelMeeting}, 2, []string{"meeting:2023:joe-biden+xi-jinping", "meeting:2022-11:joe-biden+xi-jinping"}}, // shorter names rank first
		{"xi jin", nil, 10, []string{"person:xi-jinping", "article:a1"}},
		{"great hall", nil, 10, []string{"place:great-hall-of-the-people", "article:a1"}},
		{"taiwan", nil, 10, []string{"issue:taiwan", "country:TW"}}, // a tie: the issue has more edges
		{"kerry", nil, 10, []string{"person:john-kerry", "article:a2"}},
		{"taiwan", []string{schema.LabelCountry}, 10, []string{"country:TW"}},
		{"b", []string{schema.LabelPerson, schema.LabelPlace}, 10, []string{"place:bali", "place:beijing", "person:antony-blinken", "person:joe-biden"}},
		{"b", []string{schema.LabelPerson, schema.LabelPlace}, 2, []string{"place:bali", "place:beijing"}},
		{"zzz", nil, 10, nil},
		{"  ", nil, 10, nil},
	}
	for _, tt := range tests {
		got, err := s.Search(ctx, tt.text, tt.labels, tt.limit, schema.Projection{Text: true})
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs []string
		for _, h := range got {
			gotIDs = append(gotIDs, h.Node.ID)
			if h.Score <= 0 {
				t.Errorf("Search(%q) hit %s has score %v", tt.text, h.Node.ID, h.Score)
			}
		}
		if !slices.Equal(gotIDs, tt.want) {
			t.Errorf("Search(%q, %v, %d) = %v, want %v", tt.text, tt.labels, tt.limit, gotIDs, tt.want)
		}
	}
}

func ids(nodes []schema.Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, n.ID)
	}
	return out
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// distinct counts the distinct nodes and edges of some graphs.
func distinct(graphs []schema.ArticleGraph) (nodes, edges int) {
	n, e := map[string]bool{}, map[string]bool{}
	for _, g := range graphs {
		for _, x := range g.Nodes {
			n[x.ID] = true
		}
		for _, x := range g.Edges {
			e[x.EdgeID()] = true
		}
	}
	return len(n), len(e)
}
