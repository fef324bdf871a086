package loader

import (
	"strings"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// BuildGraph turns one article and what was extracted from it into the
// graph rows the article contributes. Every edge carries the article and the
// sentence it came from.
//
// A meeting's id is made of its date and its participants, so that the same
// meeting reported by several articles on the same date is one node; a
// meeting without a date is kept apart per article, because nothing says two
// undated reports are one event.
func BuildGraph(a extract.Article, r extract.Result) schema.ArticleGraph {
	b := graphBuilder{
		article: schema.ArticleID(a.ID),
		g:       schema.ArticleGraph{ArticleID: a.ID},
		nodes:   map[string]int{},
		edges:   map[string]int{},
		text:    a.Text,
	}
	title := a.Title
	if title == "" {
		title = a.ID
	}
	b.node(schema.Node{ID: b.article, Label: schema.LabelArticle, Name: title, Props: map[string]string{
		schema.PropTitle: a.Title, schema.PropDate: a.Date, schema.PropURL: a.URL,
		schema.PropSource: a.Source, schema.PropText: a.Text,
		schema.PropContentHash: schema.ArticleContentHash(a.Title, a.Date, a.URL, a.Source, a.Text),
	}})

	// Entities, with every surface form as an alias so that "Xi" and
	// "President Xi" find Xi Jinping.
	names := map[string]string{} // entity id -> name, for parties named by code only
	for _, e := range r.Entities {
		e = oneBodyEntity(e)
		label := entityLabel(e.Type)
		if label == "" || e.ID == "" || schema.LabelOf(e.ID) != label {
			continue
		}
		names[e.ID] = e.Name
		var aliases []string
		for _, m := range e.Mentions {
			if 0 <= m.Start && m.Start < m.End && m.End <= len(a.Text) {
				// One space for any run of spaces: "Antony J.\u202fBlinken"
				// (a narrow no-break space) is the alias "Antony J. Blinken".
				if s := strings.Join(strings.Fields(a.Text[m.Start:m.End]), " "); s != e.Name {
					aliases = schema.AppendNew(aliases, s)
				}
			}
		}
		n := schema.Node{ID: e.ID, Label: label, Name: e.Name}
		switch label {
		case schema.LabelCountry:
			n = partyNode(e.ID, strings.TrimPrefix(e.ID, "country:"), e.Name)
		case schema.LabelOrganization:
			n = partyNode(e.ID, orgShort(e), e.Name)
			if e.OrgType != "" {
				n.Props[schema.PropOrgType] = e.OrgType
			}
		}
		if label == schema.LabelPerson {
			aliases = schema.AppendNew(aliases, listedAliases(e.Name)...)
		}
		n.Aliases = schema.AppendNew(n.Aliases, aliases...)
		b.node(n)
		var ev []schema.Evidence
		if len(e.Mentions) > 0 {
			ev = b.evidenceAt(e.Mentions[0])
		}
		b.edge(schema.Edge{Type: schema.RelMentions, From: b.article, To: e.ID, Evidence: ev})
	}

	// Officials and their affiliations, dated by the article.
	people := map[string]bool{} // ids of the officials
	for _, p := range r.People {
		id := p.ID
		if id == "" {
			id = schema.PersonID(p.Name)
		}
		people[id] = true
		b.node(schema.Node{ID: id, Label: schema.LabelPerson, Name: p.Name, Aliases: listedAliases(p.Name)})
		if p.Country == "" {
			continue
		}
		party := officialParty(p.Country, p.Evidence.Sentence)
		b.node(partyNode(party, p.Country, names[party]))
		b.edge(schema.Edge{
			Type: schema.RelAffiliatedWith, From: id, To: party, Key: timelineOffice(p.Name, p.Country, p.Role, a.Date),
			Since: a.Date, Until: a.Date, Evidence: b.evidence(p.Evidence),
		})
	}

	// Issues the article discusses.
	for _, is := range r.Issues {
		b.node(schema.Node{ID: is.ID, Label: schema.LabelIssue, Name: is.Name})
		b.edge(schema.Edge{Type: schema.RelDiscussed, From: b.article, To: is.ID, Evidence: b.evidence(is.Evidence)})
	}

	for _, m := range r.Meetings {
		var ids []string
		for _, id := range m.ParticipantIDs {
			if people[id] {
				ids = schema.AppendNew(ids, id)
			}
		}
		if len(ids) < 2 {
			continue
		}
		mid := schema.MeetingID(a.ID, m.Date, ids)
		ev := b.evidence(m.Evidence)
		props := map[string]string{schema.PropKind: m.Kind, schema.PropDate: m.Date, schema.PropStatus: m.Status}
		if m.Kind != "" {
			props[schema.PropSourceKinds] = a.ID + ":" + m.Kind // the article's own kind, which the stores count (MergeNode)
		}
		b.node(schema.Node{ID: mid, Label: schema.LabelMeeting, Name: meetingName(m), Props: props})
		b.edge(schema.Edge{Type: schema.RelReports, From: b.article, To: mid, Evidence: ev})
		for _, pid := range ids {
			b.edge(schema.Edge{Type: schema.RelAttended, From: pid, To: mid, Evidence: ev})
		}
		if m.Place != "" {
			place := schema.PlaceID(m.Place)
			b.node(schema.Node{ID: place, Label: schema.LabelPlace, Name: m.Place})
			b.edge(schema.Edge{Type: schema.RelHeldIn, From: mid, To: place, Evidence: ev})
			if m.PlaceCountry != "" {
				country := schema.PartyID(m.PlaceCountry)
				b.node(partyNode(country, m.PlaceCountry, names[country]))
				b.edge(schema.Edge{Type: schema.RelIn, From: place, To: country, Evidence: ev})
			}
		}
		for k, issue := range m.Issues {
			if _, ok := b.nodes[issue]; ok {
				b.edge(schema.Edge{Type: schema.RelDiscussed, From: mid, To: issue, Evidence: b.issueEvidence(m, k, ev)})
			}
		}
	}
	return b.g
}

type graphBuilder struct {
	article string
	g       schema.ArticleGraph
	nodes   map[string]int // id -> index in g.Nodes
	edges   map[string]int // edge id -> index in g.Edges
	text    string
}

// node adds a node once; a later mention of the same id adds its aliases.
func (b *graphBuilder) node(n schema.Node) {
	if i, ok := b.nodes[n.ID]; ok {
		b.g.Nodes[i] = schema.MergeNode(&b.g.Nodes[i], n)
		return
	}
	b.nodes[n.ID] = len(b.g.Nodes)
	b.g.Nodes = append(b.g.Nodes, schema.MergeNode(nil, n))
}

// edge adds an edge once; a repeat within the article merges into it.
func (b *graphBuilder) edge(e schema.Edge) {
	id := e.EdgeID()
	if i, ok := b.edges[id]; ok {
		b.g.Edges[i] = schema.MergeEdge(&b.g.Edges[i], e)
		return
	}
	b.edges[id] = len(b.g.Edges)
	b.g.Edges = append(b.g.Edges, schema.MergeEdge(nil, e))
}

func (b *graphBuilder) evidence(ev extract.Evidence) []schema.Evidence {
	s := strings.TrimSpace(ev.Sentence)
	if s == "" {
		return nil
	}
	return []schema.Evidence{{ArticleID: strings.TrimPrefix(b.article, "article:"), Sentence: s}}
}

// evidenceAt is the sentence that holds a mention, as the extractor gave
// its span.
func (b *graphBuilder) evidenceAt(m extract.Mention) []schema.Evidence {
	if m.SentenceStart < 0 || m.SentenceEnd > len(b.text) || m.SentenceStart >= m.SentenceEnd {
		return nil
	}
	return b.evidence(extract.Evidence{Sentence: b.text[m.SentenceStart:m.SentenceEnd]})
}

func entityLabel(t string) string {
	switch t {
	case "Person":
		return schema.LabelPerson
	case "Country":
		return schema.LabelCountry
	case "Organization":
		return schema.LabelOrganization
	case "Place":
		return schema.LabelPlace
	}
	return ""
}

// listedAliases is the other names the official lists give the official
// whose name the person's is (the lists' common name, which the extractor
// gives a listed official): "Richard Durbin" and "Richard J. Durbin" of
// Dick Durbin, so that an analyst who asks for the formal name finds the
// person the texts call otherwise. None for a name no official's.
func listedAliases(name string) []string {
	var out []string
	for _, o := range gazetteer.OfficialsNamed(name) {
		if gazetteer.CommonName(o.Name) != name {
			continue // a looser match of the lists' (another spelling, another person's)
		}
		for _, a := range append([]string{o.Name, o.Spelled}, o.Aliases...) {
			if a != "" && a != name {
				out = schema.AppendNew(out, a)
			}
		}
	}
	return out
}

// partyNode is the node of a country or organisation that an official acts
// for, named from the gazetteer so that the name does not depend on which
// article mentioned the party first.
func partyNode(id, code, name string) schema.Node {
	if schema.LabelOf(id) == schema.LabelCountry {
		n := schema.Node{ID: id, Label: schema.LabelCountry, Name: name, Props: map[string]string{schema.PropCode: code}}
		if c, ok := gazetteer.CountryByCode(code); ok {
			n.Name, n.Aliases = c.Name, c.Aliases
		}
		if n.Name == "" {
			n.Name = code
		}
		return n
	}
	n := schema.Node{ID: id, Label: schema.LabelOrganization, Name: name, Props: map[string]string{}}
	if code != "" {
		n.Props[schema.PropShort] = code
	}
	if o, ok := gazetteer.OrgByCode(code); ok {
		n.Name, n.Aliases = o.Name, o.Aliases
	}
	if n.Name == "" {
		n.Name = code
	}
	return n
}

// orgShort is an organisation's short name: the gazetteer's code, or the
// name itself when it is an acronym ("NASA"); "" for a name like
// "Democratic Party", whose id is no short name.
func orgShort(e extract.Entity) string {
	if _, ok := gazetteer.OrgByCode(e.Name); ok {
		return e.Name // the gazetteer's organisations are named by their code
	}
	code := strings.ToUpper(strings.TrimPrefix(e.ID, "org:"))
	if _, ok := gazetteer.OrgByCode(code); ok {
		return code
	}
	if !strings.ContainsAny(e.Name, " ") && strings.ToUpper(e.Name) == e.Name {
		return e.Name
	}
	return ""
}

func meetingName(m extract.Meeting) string {
	name := strings.Join(m.Participants, " – ") + " " + m.Kind
	if m.Date != "" {
		name += ", " + m.Date
	}
	return name
}

// issueEvidence is the evidence of a meeting's k-th issue: the sentence the
// extractor found naming it (Meeting.IssueEvidence, audit44), else the
// meeting's own.
func (b *graphBuilder) issueEvidence(m extract.Meeting, k int, own []schema.Evidence) []schema.Evidence {
	if k < len(m.IssueEvidence) && m.IssueEvidence[k].Sentence != "" {
		return b.evidence(m.IssueEvidence[k])
	}
	return own
}
