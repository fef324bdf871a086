package storetest

import "newsgraph/schema"

// Meeting ids of the fixture.
const (
	mBlinkenXi      = "meeting:2023-06-19:antony-blinken+xi-jinping"
	mBlinkenWang    = "meeting:2023-06:antony-blinken+wang-yi"
	mBidenXiPlanned = "meeting:2023:joe-biden+xi-jinping"
	mBidenXiBali    = "meeting:2022-11:joe-biden+xi-jinping"
	mKerryXie       = "meeting:undated-a2:john-kerry+xie-zhenhua"
)

// Seed returns two hand-built article graphs modelled on the seed article
// and a second report: five meetings of five officials of two countries,
// with places, issues and evidence on every edge.
func Seed() []schema.ArticleGraph {
	ev := func(article, s string) []schema.Evidence { return []schema.Evidence{{ArticleID: article, Sentence: s}} }
	person := func(id, name string, aliases ...string) schema.Node {
		return schema.Node{ID: id, Label: schema.LabelPerson, Name: name, Aliases: aliases}
	}
	meeting := func(id, kind, date, status, name string) schema.Node {
		return schema.Node{ID: id, Label: schema.LabelMeeting, Name: name, Props: map[string]string{
			schema.PropKind: kind, schema.PropDate: date, schema.PropStatus: status}}
	}
	us := schema.Node{ID: "country:US", Label: schema.LabelCountry, Name: "United States", Aliases: []string{"U.S.", "US"}, Props: map[string]string{schema.PropCode: "US"}}
	cn := schema.Node{ID: "country:CN", Label: schema.LabelCountry, Name: "China", Aliases: []string{"PRC"}, Props: map[string]string{schema.PropCode: "CN"}}
	affiliated := func(article, date, person, party, role, sentence string) schema.Edge {
		return schema.Edge{Type: schema.RelAffiliatedWith, From: person, To: party, Key: role, Since: date, Until: date, Evidence: ev(article, sentence)}
	}
	attended := func(article, person, m, sentence string) schema.Edge {
		return schema.Edge{Type: schema.RelAttended, From: person, To: m, Evidence: ev(article, sentence)}
	}
	const (
		s1 = "In a rare visit to Beijing by U.S. Secretary of State Antony Blinken, China and the United States reached an agreement on Monday."
		s2 = "Chinese President Xi Jinping expressed satisfaction with the progress made after meeting with Blinken at the Great Hall of the People."
		s3 = "Blinken's discussions in Beijing included talks with China's top diplomat Wang Yi."
		s4 = "Biden and Xi's last meeting occurred during the G20 summit in Bali, Indonesia, in November."
		s5 = "The hope was that this meeting would facilitate a summit between Xi and U.S. President Joe Biden later in the year."
		s6 = "Special Envoy John Kerry met Chinese Special Envoy Xie Zhenhua."
	)
	a1 := schema.ArticleGraph{ArticleID: "a1",
		Nodes: []schema.Node{
			{ID: "article:a1", Label: schema.LabelArticle, Name: "China and US Seek to Stabilize Relationship", Props: map[string]string{
				schema.PropTitle: "China and US Seek to Stabilize Relationship", schema.PropDate: "2023-06-19", schema.PropURL: "",
				schema.PropSource: "seed", schema.PropText: s1 + " " + s2 + " " + s3 + " " + s4 + " " + s5}},
			person("person:antony-blinken", "Antony Blinken", "Secretary Blinken"),
			person("person:xi-jinping", "Xi Jinping", "President Xi"),
			person("person:wang-yi", "Wang Yi"),
			person("person:joe-biden", "Joe Biden", "President Biden"),
			us, cn,
			{ID: "country:TW", Label: schema.LabelCountry, Name: "Taiwan", Props: map[string]string{schema.PropCode: "TW"}},
			{ID: "country:ID", Label: schema.LabelCountry, Name: "Indonesia", Props: map[string]string{schema.PropCode: "ID"}},
			{ID: "place:beijing", Label: schema.LabelPlace, Name: "Beijing"},
			{ID: "place:bali", Label: schema.LabelPlace, Name: "Bali"},
			{ID: "place:great-hall-of-the-people", Label: schema.LabelPlace, Name: "Great Hall of the People"},
			{ID: "issue:taiwan", Label: schema.LabelIssue, Name: "Taiwan"},
			{ID: "issue:military-communications", Label: schema.LabelIssue, Name: "Military communications", Aliases: []string{"mil-mil", "military-to-military communications"}},
			meeting(mBlinkenXi, "meeting", "2023-06-19", "held", "Antony Blinken – Xi Jinping meeting, 2023-06-19"),
			meeting(mBlinkenWang, "meeting", "2023-06", "held", "Antony Blinken – Wang Yi meeting, 2023-06"),
			meeting(mBidenXiBali, "summit", "2022-11", "held", "Joe Biden – Xi Jinping summit, 2022-11"),
			meeting(mBidenXiPlanned, "summit", "2023", "planned", "Joe Biden – Xi Jinping summit, 2023"),
		},
		Edges: []schema.Edge{
			affiliated("a1", "2023-06-19", "person:antony-blinken", "country:US", "Secretary of State", s1),
			affiliated("a1", "2023-06-19", "person:xi-jinping", "country:CN", "President", s2),
			affiliated("a1", "2023-06-19", "person:wang-yi", "country:CN", "top diplomat", s3),
			affiliated("a1", "2023-06-19", "person:joe-biden", "country:US", "President", s5),
			{Type: schema.RelMentions, From: "article:a1", To: "person:xi-jinping", Evidence: ev("a1", s2)},
			{Type: schema.RelMentions, From: "article:a1", To: "country:TW", Evidence: ev("a1", s2)},
			{Type: schema.RelMentions, From: "article:a1", To: "country:ID", Evidence: ev("a1", s4)},
			{Type: schema.RelReports, From: "article:a1", To: mBlinkenXi, Evidence: ev("a1", s2)},
			{Type: schema.RelReports, From: "article:a1", To: mBlinkenWang, Evidence: ev("a1", s3)},
			{Type: schema.RelReports, From: "article:a1", To: mBidenXiBali, Evidence: ev("a1", s4)},
			{Type: schema.RelReports, From: "article:a1", To: mBidenXiPlanned, Evidence: ev("a1", s5)},
			attended("a1", "person:antony-blinken", mBlinkenXi, s2),
			attended("a1", "person:xi-jinping", mBlinkenXi, s2),
			attended("a1", "person:antony-blinken", mBlinkenWang, s3),
			attended("a1", "person:wang-yi", mBlinkenWang, s3),
			attended("a1", "person:joe-biden", mBidenXiBali, s4),
			attended("a1", "person:xi-jinping", mBidenXiBali, s4),
			attended("a1", "person:joe-biden", mBidenXiPlanned, s5),
			attended("a1", "person:xi-jinping", mBidenXiPlanned, s5),
			{Type: schema.RelHeldIn, From: mBlinkenXi, To: "place:beijing", Evidence: ev("a1", s1)},
			{Type: schema.RelHeldIn, From: mBidenXiBali, To: "place:bali", Evidence: ev("a1", s4)},
			{Type: schema.RelIn, From: "place:beijing", To: "country:CN", Evidence: ev("a1", s1)},
			{Type: schema.RelIn, From: "place:bali", To: "country:ID", Evidence: ev("a1", s4)},
			{Type: schema.RelDiscussed, From: mBlinkenXi, To: "issue:taiwan", Evidence: ev("a1", s2)},
			{Type: schema.RelDiscussed, From: mBlinkenWang, To: "issue:military-communications", Evidence: ev("a1", s3)},
			{Type: schema.RelDiscussed, From: "article:a1", To: "issue:taiwan", Evidence: ev("a1", s2)},
		},
	}
	a2 := schema.ArticleGraph{ArticleID: "a2",
		Nodes: []schema.Node{
			{ID: "article:a2", Label: schema.LabelArticle, Name: "Kerry meets Xie", Props: map[string]string{
				schema.PropTitle: "Kerry meets Xie", schema.PropDate: "2021-04-17", schema.PropURL: "https://example.org/a2",
				schema.PropSource: "fixture", schema.PropText: s6}},
			person("person:john-kerry", "John Kerry", "Special Envoy Kerry"),
			person("person:xie-zhenhua", "Xie Zhenhua"),
			us, cn,
			meeting(mKerryXie, "meeting", "", "held", "John Kerry – Xie Zhenhua meeting"),
		},
		Edges: []schema.Edge{
			affiliated("a2", "2021-04-17", "person:john-kerry", "country:US", "Special Envoy", s6),
			affiliated("a2", "2021-04-17", "person:xie-zhenhua", "country:CN", "Special Envoy", s6),
			{Type: schema.RelReports, From: "article:a2", To: mKerryXie, Evidence: ev("a2", s6)},
			attended("a2", "person:john-kerry", mKerryXie, s6),
			attended("a2", "person:xie-zhenhua", mKerryXie, s6),
		},
	}
	return []schema.ArticleGraph{a1, a2}
}

// GraphBuilder builds a hand-made article graph for a scenario: each node it
// adds is named by its id, and every edge has the same one sentence of
// evidence.
type GraphBuilder struct {
	Graph    schema.ArticleGraph
	evidence []schema.Evidence
}

// NewGraphBuilder starts the graph of article articleID, whose edges cite sentence.
func NewGraphBuilder(articleID, sentence string) *GraphBuilder {
	return &GraphBuilder{
		Graph:    schema.ArticleGraph{ArticleID: articleID},
		evidence: []schema.Evidence{{ArticleID: articleID, Sentence: sentence}},
	}
}

// Node adds a node named by its id.
func (b *GraphBuilder) Node(id, label string, props map[string]string) {
	b.Graph.Nodes = append(b.Graph.Nodes, schema.Node{ID: id, Label: label, Name: id, Props: props})
}

// Edge adds an edge with the builder's evidence.
func (b *GraphBuilder) Edge(from, relType, to, key string) {
	b.Graph.Edges = append(b.Graph.Edges, schema.Edge{Type: relType, From: from, To: to, Key: key, Evidence: b.evidence})
}
