package storetest

import (
	"newsgraph/gazetteer"
	"newsgraph/schema"
)

// ListedOfficials is a graph of the official lists' office holders
// (gazetteer.Officials): a person for each term's holder, affiliated by
// the office's one wording (gazetteer.OfficeWording, as the loader keys a
// listed office) with the party its code names (schema.PartyID), and, for
// every other term whose code is also an organisation's short name, with
// that organisation; each affiliation attested on its term's first day
// alone, so that a date inside a term is held by the term, not by the
// attestation. It is what officials(asOf:) and affiliations(asOf:) read
// the lists' terms for (graph/terms.go's bench and its test of answers).
func ListedOfficials() schema.ArticleGraph {
	const article = "listed-officials"
	ev := []schema.Evidence{{ArticleID: article, Sentence: "s"}}
	g := schema.ArticleGraph{ArticleID: article}
	nodes, edges := map[string]bool{}, map[string]bool{}
	node := func(id, label, name string, props map[string]string) {
		if !nodes[id] {
			nodes[id] = true
			g.Nodes = append(g.Nodes, schema.Node{ID: id, Label: label, Name: name, Props: props})
		}
	}
	for i, o := range gazetteer.Officials() {
		person := schema.PersonID(o.Name)
		party := schema.PartyID(o.Country)
		if org, ok := gazetteer.OrgByCode(o.Country); ok && i%2 == 1 {
			party = schema.OrgID(org.Code)
		}
		if schema.LabelOf(party) == schema.LabelCountry {
			node(party, schema.LabelCountry, o.Country, map[string]string{schema.PropCode: o.Country})
		} else {
			node(party, schema.LabelOrganization, o.Country, map[string]string{schema.PropShort: o.Country})
		}
		node(person, schema.LabelPerson, o.Name, nil)
		key := gazetteer.OfficeWording(o.Role)
		if o.Start == "" || edges[person+"|"+party+"|"+key] {
			continue
		}
		edges[person+"|"+party+"|"+key] = true
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelAffiliatedWith, From: person, To: party, Key: key,
			Since: schema.StartOf(o.Start), Until: schema.StartOf(o.Start), Evidence: ev})
	}
	return g
}
