package loader

import (
	"slices"
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
		label := entityLabel(e.Type)
		if label == "" || e.ID == "" || schema.LabelOf(e.ID) != label {
			continue
		}
		names[e.ID] = e.Name
		var aliases []string
		for _, m := range e.Mentions {
			if 0 <= m.Start && m.Start < m.End && m.End <= len(a.Text) {
				if s := strings.TrimSpace(a.Text[m.Start:m.End]); s != e.Name {
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
		n.Aliases = schema.AppendNew(n.Aliases, aliases...)
		b.node(n)
		var ev []schema.Evidence
		if len(e.Mentions) > 0 {
			ev = b.evidenceAt(e.Mentions[0].Start, e.Mentions[0].End)
		}
		b.edge(schema.Edge{Type: schema.RelMentions, From: b.article, To: e.ID, Evidence: ev})
	}

	// Officials and their affiliations, dated by the article.
	personID := map[string]string{} // name -> id
	for _, p := range r.People {
		id := p.ID
		if id == "" {
			id = "person:" + extract.Slug(p.Name)
		}
		personID[p.Name] = id
		b.node(schema.Node{ID: id, Label: schema.LabelPerson, Name: p.Name})
		if p.Country == "" {
			continue
		}
		party := partyID(p.Country)
		b.node(partyNode(party, p.Country, names[party]))
		b.edge(schema.Edge{
			Type: schema.RelAffiliatedWith, From: id, To: party, Key: p.Role,
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
		for _, name := range m.Participants {
			if id, ok := personID[name]; ok {
				ids = schema.AppendNew(ids, id)
			}
		}
		if len(ids) < 2 {
			continue
		}
		mid := MeetingID(a.ID, m.Date, ids)
		ev := b.evidence(m.Evidence)
		b.node(schema.Node{ID: mid, Label: schema.LabelMeeting, Name: meetingName(m), Props: map[string]string{
			schema.PropKind: m.Kind, schema.PropDate: m.Date, schema.PropStatus: m.Status,
		}})
		b.edge(schema.Edge{Type: schema.RelReports, From: b.article, To: mid, Evidence: ev})
		for _, pid := range ids {
			b.edge(schema.Edge{Type: schema.RelAttended, From: pid, To: mid, Evidence: ev})
		}
		if m.Place != "" {
			place := "place:" + extract.Slug(m.Place)
			b.node(schema.Node{ID: place, Label: schema.LabelPlace, Name: m.Place})
			b.edge(schema.Edge{Type: schema.RelHeldIn, From: mid, To: place, Evidence: ev})
			if m.PlaceCountry != "" {
				country := partyID(m.PlaceCountry)
				b.node(partyNode(country, m.PlaceCountry, names[country]))
				b.edge(schema.Edge{Type: schema.RelIn, From: place, To: country, Evidence: ev})
			}
		}
		for _, issue := range m.Issues {
			if _, ok := b.nodes[issue]; ok {
				b.edge(schema.Edge{Type: schema.RelDiscussed, From: mid, To: issue, Evidence: ev})
			}
		}
	}
	return b.g
}

// MeetingID is the stable id of a meeting: its date and its participants'
// ids, sorted; undated meetings are scoped to the article that reports them.
func MeetingID(articleID, date string, participantIDs []string) string {
	slugs := make([]string, len(participantIDs))
	for i, id := range participantIDs {
		_, slugs[i], _ = strings.Cut(id, ":")
	}
	slices.Sort(slugs)
	when := date
	if when == "" {
		when = "undated-" + extract.Slug(articleID)
	}
	return "meeting:" + when + ":" + strings.Join(slugs, "+")
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

// evidenceAt is the sentence around a mention: the extractor gives entity
// mentions as offsets only.
func (b *graphBuilder) evidenceAt(start, end int) []schema.Evidence {
	if start < 0 || end > len(b.text) || start >= end {
		return nil
	}
	return b.evidence(extract.Evidence{Sentence: SentenceAround(b.text, start, end)})
}

// SentenceAround returns the sentence of text that holds [start, end): from
// the previous sentence end or line break to the next one.
func SentenceAround(text string, start, end int) string {
	from := start
	for from > 0 {
		c := text[from-1]
		if c == '\n' || (from >= 2 && (text[from-2] == '.' || text[from-2] == '?' || text[from-2] == '!') && c == ' ' && !isInitial(text, from-2)) {
			break
		}
		from--
	}
	to := end
	for to < len(text) {
		c := text[to]
		if c == '\n' {
			break
		}
		if (c == '.' || c == '?' || c == '!') && (to+1 == len(text) || text[to+1] == ' ' || text[to+1] == '\n') && !isInitial(text, to) {
			to++
			break
		}
		to++
	}
	return strings.TrimSpace(text[from:to])
}

// isInitial reports whether the period at i ends an abbreviation such as
// "U.S." or "J.", which does not end a sentence.
func isInitial(text string, i int) bool {
	return i >= 1 && 'A' <= text[i-1] && text[i-1] <= 'Z' && (i < 2 || text[i-2] == ' ' || text[i-2] == '.')
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

// partyID is the node id of what an official acts for: an ISO code names a
// country, anything else an organisation by its short name.
func partyID(code string) string {
	if len(code) == 2 && strings.ToUpper(code) == code {
		return "country:" + code
	}
	return "org:" + strings.ToLower(code)
}

// partyNode is the node of a country or organisation that an official acts
// for, named from the gazetteer so that the name does not depend on which
// article mentioned the party first.
func partyNode(id, code, name string) schema.Node {
	if strings.HasPrefix(id, "country:") {
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
