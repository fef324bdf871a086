package graphtest

import (
	"fmt"
	"strings"

	"newsgraph/schema"
)

// The fixture is a small, hand-built news graph: every node and edge the
// API tests expect is written here, the way the loader would write it
// (one ArticleGraph per article, every edge with its evidence).

// catalogue holds the entity nodes the fixture articles refer to. It is
// filled once, by init, and only read afterwards.
var catalogue = map[string]schema.Node{}

// placeCountry is the country each catalogue place is in.
var placeCountry = map[string]string{}

func init() {
	person := func(id, name string, aliases ...string) {
		catalogue[id] = schema.Node{ID: id, Label: schema.LabelPerson, Name: name, Aliases: aliases}
	}
	person("person:xi-jinping", "Xi Jinping", "Xi", "President Xi")
	person("person:joe-biden", "Joe Biden", "Biden", "President Biden")
	person("person:antony-blinken", "Antony Blinken", "Blinken")
	person("person:john-kerry", "John Kerry", "Kerry")
	person("person:vladimir-putin", "Vladimir Putin", "Putin")
	person("person:emmanuel-macron", "Emmanuel Macron", "Macron")
	person("person:jens-stoltenberg", "Jens Stoltenberg", "Stoltenberg")

	country := func(code, name string, aliases ...string) {
		id := "country:" + code
		catalogue[id] = schema.Node{ID: id, Label: schema.LabelCountry, Name: name, Aliases: aliases, Props: map[string]string{schema.PropCode: code}}
	}
	country("US", "United States", "U.S.", "America")
	country("CN", "China", "People's Republic of China")
	country("RU", "Russia")
	country("FR", "France")
	country("PE", "Peru")
	country("LT", "Lithuania")
	catalogue["org:nato"] = schema.Node{ID: "org:nato", Label: schema.LabelOrganization, Name: "North Atlantic Treaty Organization",
		Aliases: []string{"NATO", "the Alliance"}, Props: map[string]string{schema.PropShort: "NATO"}}

	place := func(id, name, countryID string) {
		catalogue[id] = schema.Node{ID: id, Label: schema.LabelPlace, Name: name}
		placeCountry[id] = countryID
	}
	place("place:woodside", "Woodside", "country:US")
	place("place:washington", "Washington", "country:US")
	place("place:beijing", "Beijing", "country:CN")
	place("place:moscow", "Moscow", "country:RU")
	place("place:lima", "Lima", "country:PE")
	place("place:vilnius", "Vilnius", "country:LT")

	issue := func(id, name string, aliases ...string) {
		catalogue[id] = schema.Node{ID: id, Label: schema.LabelIssue, Name: name, Aliases: aliases}
	}
	issue("issue:taiwan", "Taiwan")
	issue("issue:fentanyl", "Fentanyl", "fentanyl trafficking")
	issue("issue:ukraine", "War in Ukraine", "Ukraine")
	issue("issue:climate", "Climate change", "climate")
}

// articleBuilder builds the graph one article contributes.
type articleBuilder struct {
	g    schema.ArticleGraph
	node string // the article's node id
	date string
	have map[string]bool
	// own holds nodes made for this article alone (the bulk fixture's),
	// consulted before the catalogue; ownPlace their places' countries.
	own      map[string]schema.Node
	ownPlace map[string]string
}

func (b *articleBuilder) lookup(id string) schema.Node {
	if n, ok := b.own[id]; ok {
		return n
	}
	n, ok := catalogue[id]
	if !ok {
		panic("graphtest: no catalogue node " + id)
	}
	return n
}

func (b *articleBuilder) countryOf(place string) string {
	if c, ok := b.ownPlace[place]; ok {
		return c
	}
	return placeCountry[place]
}

func newArticle(id, title, date string) *articleBuilder {
	b := &articleBuilder{
		g:        schema.ArticleGraph{ArticleID: id},
		node:     schema.ArticleID(id),
		date:     date,
		have:     map[string]bool{},
		own:      map[string]schema.Node{},
		ownPlace: map[string]string{},
	}
	b.add(schema.Node{ID: b.node, Label: schema.LabelArticle, Name: title, Props: map[string]string{
		schema.PropTitle:  title,
		schema.PropDate:   date,
		schema.PropURL:    "https://news.example/" + id,
		schema.PropSource: "Example News",
		schema.PropText:   title + ". The full text of article " + id + ".",
	}})
	return b
}

func (b *articleBuilder) add(n schema.Node) {
	if !b.have[n.ID] {
		b.have[n.ID] = true
		b.g.Nodes = append(b.g.Nodes, n)
	}
}

// use adds catalogue nodes, and a MENTIONS edge to each: the article names
// them.
func (b *articleBuilder) use(ids ...string) {
	for _, id := range ids {
		if b.have[id] {
			continue
		}
		n := b.lookup(id)
		b.add(n)
		b.edge(schema.Edge{Type: schema.RelMentions, From: b.node, To: id}, n.Name+" was mentioned.")
	}
}

func (b *articleBuilder) edge(e schema.Edge, sentence string) {
	e.Evidence = []schema.Evidence{{ArticleID: b.g.ArticleID, Sentence: sentence}}
	b.g.Edges = append(b.g.Edges, e)
}

// affiliation says the article attests person's role for a party over
// [since, until]; empty bounds default to the article's date.
func (b *articleBuilder) affiliation(person, party, role, since, until string) *articleBuilder {
	b.use(person, party)
	if since == "" {
		since = b.date
	}
	if until == "" {
		until = b.date
	}
	b.edge(schema.Edge{Type: schema.RelAffiliatedWith, From: person, To: party, Key: role, Since: since, Until: until},
		fmt.Sprintf("%s, %s of %s, spoke.", b.lookup(person).Name, role, b.lookup(party).Name))
	return b
}

// meetingSpec is one meeting an article reports.
type meetingSpec struct {
	Kind, Date, Status string
	Place              string // place id, "" for none
	Participants       []string
	Issues             []string
	Sentence           string
}

// meetingID is the stable id the loader gives a meeting: date and
// participant slugs.
func meetingID(date string, participants []string) string {
	slugs := make([]string, len(participants))
	for i, p := range participants {
		_, slugs[i], _ = strings.Cut(p, ":")
	}
	return "meeting:" + date + ":" + strings.Join(slugs, "+")
}

// meeting adds a meeting with its REPORTS, ATTENDED, HELD_IN, IN and
// DISCUSSED edges.
func (b *articleBuilder) meeting(m meetingSpec) *articleBuilder {
	id := meetingID(m.Date, m.Participants)
	var names []string
	for _, p := range m.Participants {
		b.use(p)
		names = append(names, b.lookup(p).Name)
	}
	b.add(schema.Node{ID: id, Label: schema.LabelMeeting, Name: strings.Join(names, " – ") + " " + m.Kind,
		Props: map[string]string{schema.PropKind: m.Kind, schema.PropDate: m.Date, schema.PropStatus: m.Status}})
	b.edge(schema.Edge{Type: schema.RelReports, From: b.node, To: id}, m.Sentence)
	for _, p := range m.Participants {
		b.edge(schema.Edge{Type: schema.RelAttended, From: p, To: id}, m.Sentence)
	}
	if m.Place != "" {
		b.use(m.Place, b.countryOf(m.Place))
		b.edge(schema.Edge{Type: schema.RelHeldIn, From: id, To: m.Place}, m.Sentence)
		b.edge(schema.Edge{Type: schema.RelIn, From: m.Place, To: b.countryOf(m.Place)}, m.Sentence)
	}
	for _, is := range m.Issues {
		b.use(is)
		b.edge(schema.Edge{Type: schema.RelDiscussed, From: id, To: is}, m.Sentence)
		b.edge(schema.Edge{Type: schema.RelDiscussed, From: b.node, To: is}, m.Sentence)
	}
	return b
}

// Meeting ids of the news fixture.
const (
	meetingLima      = "meeting:2024-11:joe-biden+xi-jinping"
	meetingCall      = "meeting:2024-04-02:joe-biden+xi-jinping"
	meetingWoodside  = "meeting:2023-11-15:joe-biden+xi-jinping"
	meetingKerry2023 = "meeting:2023-07-17:john-kerry+xi-jinping"
	meetingVilnius   = "meeting:2023-07-11:joe-biden+jens-stoltenberg"
	meetingBlinken   = "meeting:2023-06-19:antony-blinken+xi-jinping"
	meetingMoscow    = "meeting:2023-03:vladimir-putin+xi-jinping"
	meetingMacron    = "meeting:2020-06:emmanuel-macron+john-kerry"
	meetingKerry2015 = "meeting:2015-09-25:john-kerry+xi-jinping"
	meeting2011      = "meeting:2011-08-18:joe-biden+xi-jinping"
)

// allMeetings lists the fixture's meetings newest first, as the store
// orders them.
var allMeetings = []string{
	meetingLima, meetingCall, meetingWoodside, meetingKerry2023, meetingVilnius,
	meetingBlinken, meetingMoscow, meetingMacron, meetingKerry2015, meeting2011,
}

// newsFixture is the graph most API tests read: ten meetings, two of them
// with Xi Jinping and US officials of different roles over the years.
func newsFixture() []schema.ArticleGraph {
	xi, biden, kerry := "person:xi-jinping", "person:joe-biden", "person:john-kerry"
	articles := []*articleBuilder{
		newArticle("a-2011", "Biden meets Vice President Xi in Beijing", "2011-08-19").
			affiliation(biden, "country:US", "Vice President", "2009-01-20", "").
			affiliation(xi, "country:CN", "Vice President", "2008-03-15", "").
			meeting(meetingSpec{Kind: "visit", Date: "2011-08-18", Status: "held", Place: "place:beijing",
				Participants: []string{biden, xi}, Sentence: "Vice President Biden met Vice President Xi Jinping in Beijing on Thursday."}),
		newArticle("a-kerry-2015", "Kerry hosts Xi in Washington", "2015-09-26").
			affiliation(kerry, "country:US", "Secretary of State", "2013-02-01", "").
			affiliation(xi, "country:CN", "President", "2013-03-14", "").
			meeting(meetingSpec{Kind: "meeting", Date: "2015-09-25", Status: "held", Place: "place:washington",
				Participants: []string{kerry, xi}, Issues: []string{"issue:climate"}, Sentence: "Secretary Kerry welcomed President Xi to Washington."}),
		newArticle("a-macron-2020", "Kerry and Macron talk climate", "2020-06-15").
			affiliation("person:emmanuel-macron", "country:FR", "President", "2017-05-14", "").
			meeting(meetingSpec{Kind: "call", Date: "2020-06", Status: "held",
				Participants: []string{"person:emmanuel-macron", kerry}, Issues: []string{"issue:climate"}, Sentence: "Macron spoke with John Kerry by phone in June."}),
		newArticle("a-moscow", "Xi visits Putin in Moscow", "2023-03-22").
			affiliation("person:vladimir-putin", "country:RU", "President", "", "").
			affiliation(xi, "country:CN", "President", "", "").
			meeting(meetingSpec{Kind: "visit", Date: "2023-03", Status: "held", Place: "place:moscow",
				Participants: []string{"person:vladimir-putin", xi}, Issues: []string{"issue:ukraine"}, Sentence: "Xi Jinping visited Vladimir Putin in Moscow in March."}),
		newArticle("a-blinken", "Blinken meets Xi in Beijing", "2023-06-20").
			affiliation("person:antony-blinken", "country:US", "Secretary of State", "2021-01-26", "").
			affiliation(xi, "country:CN", "President", "", "").
			meeting(meetingSpec{Kind: "meeting", Date: "2023-06-19", Status: "held", Place: "place:beijing",
				Participants: []string{"person:antony-blinken", xi}, Issues: []string{"issue:taiwan"}, Sentence: "Blinken met Xi Jinping at the Great Hall of the People on Monday."}),
		newArticle("a-vilnius", "NATO summit in Vilnius", "2023-07-12").
			affiliation(biden, "country:US", "President", "2021-01-20", "").
			affiliation("person:jens-stoltenberg", "org:nato", "Secretary General", "2014-10-01", "").
			meeting(meetingSpec{Kind: "summit", Date: "2023-07-11", Status: "held", Place: "place:vilnius",
				Participants: []string{biden, "person:jens-stoltenberg"}, Issues: []string{"issue:ukraine"}, Sentence: "Biden and Stoltenberg opened the summit in Vilnius."}),
		newArticle("a-kerry-2023", "Kerry in Beijing for climate talks", "2023-07-18").
			affiliation(kerry, "country:US", "Climate Envoy", "2021-01-27", "").
			meeting(meetingSpec{Kind: "meeting", Date: "2023-07-17", Status: "held", Place: "place:beijing",
				Participants: []string{kerry, xi}, Issues: []string{"issue:climate"}, Sentence: "Climate envoy John Kerry met Xi Jinping in Beijing."}),
		newArticle("a-woodside", "Biden and Xi meet in Woodside", "2023-11-16").
			affiliation(biden, "country:US", "President", "", "").
			affiliation(xi, "country:CN", "President", "", "").
			meeting(meetingSpec{Kind: "meeting", Date: "2023-11-15", Status: "held", Place: "place:woodside",
				Participants: []string{biden, xi}, Issues: []string{"issue:taiwan", "issue:fentanyl"}, Sentence: "Biden and Xi met at the Filoli estate in Woodside on Wednesday."}),
		newArticle("a-woodside-2", "Xi and Biden agree on fentanyl", "2023-11-17").
			meeting(meetingSpec{Kind: "meeting", Date: "2023-11-15", Status: "held", Place: "place:woodside",
				Participants: []string{biden, xi}, Issues: []string{"issue:fentanyl"}, Sentence: "At their meeting in Woodside, the two leaders agreed to curb fentanyl."}),
		newArticle("a-call", "Biden and Xi speak by phone", "2024-04-03").
			affiliation(biden, "country:US", "President", "", "").
			meeting(meetingSpec{Kind: "call", Date: "2024-04-02", Status: "held",
				Participants: []string{biden, xi}, Issues: []string{"issue:taiwan"}, Sentence: "Biden and Xi spoke by phone on Tuesday."}),
		newArticle("a-lima", "Biden and Xi to meet in Lima", "2024-10-20").
			affiliation(biden, "country:US", "President", "", "").
			meeting(meetingSpec{Kind: "meeting", Date: "2024-11", Status: "planned", Place: "place:lima",
				Participants: []string{biden, xi}, Sentence: "Biden will meet Xi on the sidelines of APEC in Lima in November."}),
	}
	out := make([]schema.ArticleGraph, len(articles))
	for i, b := range articles {
		out[i] = b.g
	}
	return out
}

// bulkFixture has n meetings of two people each, every one with its own
// people, affiliations, place, issue and reporting article, so that each
// nested list of a page of meetings grows with n.
func bulkFixture(n int) []schema.ArticleGraph {
	out := make([]schema.ArticleGraph, n)
	for i := range n {
		id := fmt.Sprintf("bulk-%02d", i)
		date := fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28)
		b := newArticle(id, "Bulk article "+id, date)
		var people []string
		for _, side := range []string{"a", "b"} {
			p := fmt.Sprintf("person:bulk-%02d-%s", i, side)
			b.own[p] = schema.Node{ID: p, Label: schema.LabelPerson, Name: fmt.Sprintf("Bulk Person %02d%s", i, side)}
			people = append(people, p)
		}
		place := fmt.Sprintf("place:bulk-%02d", i)
		b.own[place] = schema.Node{ID: place, Label: schema.LabelPlace, Name: fmt.Sprintf("Bulk Town %02d", i)}
		b.ownPlace[place] = "country:FR"
		issue := fmt.Sprintf("issue:bulk-%02d", i)
		b.own[issue] = schema.Node{ID: issue, Label: schema.LabelIssue, Name: fmt.Sprintf("Bulk Issue %02d", i)}
		b.affiliation(people[0], "country:US", "Envoy", "", "").
			affiliation(people[1], "country:CN", "Envoy", "", "").
			meeting(meetingSpec{Kind: "meeting", Date: date, Status: "held", Place: place,
				Participants: people, Issues: []string{issue}, Sentence: "Bulk meeting " + id + "."})
		out[i] = b.g
	}
	return out
}
