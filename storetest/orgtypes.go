package storetest

import (
	"context"
	"slices"
	"testing"

	"newsgraph/schema"
)

// orgArticle names organisations of several types, and one of no type.
func orgArticle(id string, orgs ...schema.Node) schema.ArticleGraph {
	g := schema.ArticleGraph{ArticleID: id, Nodes: []schema.Node{{ID: "article:" + id, Label: schema.LabelArticle, Name: id,
		Props: map[string]string{schema.PropTitle: id, schema.PropDate: "2024-01-02", schema.PropText: "Organisations."}}}}
	for _, o := range orgs {
		g.Nodes = append(g.Nodes, o)
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelMentions, From: "article:" + id, To: o.ID,
			Evidence: []schema.Evidence{{ArticleID: id, Sentence: "Organisations."}}})
	}
	return g
}

func org(id, name, typ string) schema.Node {
	n := schema.Node{ID: id, Label: schema.LabelOrganization, Name: name, Props: map[string]string{}}
	if typ != "" {
		n.Props[schema.PropOrgType] = typ
	}
	return n
}

func testOrganizationTypes(t *testing.T, s schema.Store) {
	write(t, s,
		orgArticle("o1", org("org:nato", "NATO", schema.OrgTypeInternational), org("org:acme", "Acme Corp.", schema.OrgTypeCompany),
			org("org:labour-party", "Labour Party", schema.OrgTypeParty), org("org:state-department", "State Department", schema.OrgTypeGovernment),
			org("org:church", "Church of Scientology", schema.OrgTypeOther), org("org:untyped", "Untyped", "")),
		// a later article's type does not replace the first one's
		orgArticle("o2", org("org:acme", "Acme", schema.OrgTypeOther)))
	tests := []struct {
		name string
		q    schema.EntityQuery
		want []string
	}{
		{"companies", schema.EntityQuery{Label: schema.LabelOrganization, OrgType: schema.OrgTypeCompany}, []string{"org:acme"}},
		{"parties", schema.EntityQuery{Label: schema.LabelOrganization, OrgType: schema.OrgTypeParty}, []string{"org:labour-party"}},
		{"government bodies", schema.EntityQuery{Label: schema.LabelOrganization, OrgType: schema.OrgTypeGovernment}, []string{"org:state-department"}},
		{"international organisations", schema.EntityQuery{Label: schema.LabelOrganization, OrgType: schema.OrgTypeInternational}, []string{"org:nato"}},
		{"other", schema.EntityQuery{Label: schema.LabelOrganization, OrgType: schema.OrgTypeOther}, []string{"org:church"}},
		{"any type, by name", schema.EntityQuery{Label: schema.LabelOrganization},
			[]string{"org:acme", "org:church", "org:labour-party", "org:nato", "org:state-department", "org:untyped"}},
		{"type and words", schema.EntityQuery{Label: schema.LabelOrganization, OrgType: schema.OrgTypeCompany, Name: "labour"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := s.Entities(context.Background(), []schema.EntityQuery{tt.q}, 0, 50)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(pages[0].Nodes); !slices.Equal(got, tt.want) || pages[0].Total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, pages[0].Total, tt.want)
			}
		})
	}
	pages, err := s.Entities(context.Background(), []schema.EntityQuery{{Label: schema.LabelOrganization, IDs: []string{"org:acme"}}}, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := pages[0].Nodes[0].Props[schema.PropOrgType]; got != schema.OrgTypeCompany {
		t.Errorf("org:acme has type %q after a second article said %q; want the first article's %q", got, schema.OrgTypeOther, schema.OrgTypeCompany)
	}
}
