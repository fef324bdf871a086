package graphtest

import (
	"slices"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
)

// orgTypeFixture is one article that names organisations of each type.
func orgTypeFixture() []schema.ArticleGraph {
	g := schema.ArticleGraph{ArticleID: "orgs", Nodes: []schema.Node{{ID: "article:orgs", Label: schema.LabelArticle, Name: "Orgs",
		Props: map[string]string{schema.PropTitle: "Orgs", schema.PropDate: "2024-01-02", schema.PropText: "Organisations."}}}}
	for _, o := range []struct{ id, name, typ string }{
		{"org:nato", "NATO", schema.OrgTypeInternational}, {"org:acme", "Acme Corp.", schema.OrgTypeCompany},
		{"org:labour-party", "Labour Party", schema.OrgTypeParty}, {"org:state-department", "State Department", schema.OrgTypeGovernment},
		{"org:church", "Church of Scientology", schema.OrgTypeOther}, {"org:untyped", "Untyped", ""},
	} {
		n := schema.Node{ID: o.id, Label: schema.LabelOrganization, Name: o.name, Props: map[string]string{}}
		if o.typ != "" {
			n.Props[schema.PropOrgType] = o.typ
		}
		g.Nodes = append(g.Nodes, n)
		g.Edges = append(g.Edges, schema.Edge{Type: schema.RelMentions, From: "article:orgs", To: o.id,
			Evidence: []schema.Evidence{{ArticleID: "orgs", Sentence: "Organisations."}}})
	}
	return []schema.ArticleGraph{g}
}

func testOrganizationsByType(t *testing.T, newStore func(t *testing.T) schema.Store) {
	api := newAPIClient(t, newStore(t), graph.Options{}, orgTypeFixture())
	tests := []struct {
		where string
		want  []string
		types []string
	}{
		{`{type: COMPANY}`, []string{"org:acme"}, []string{"COMPANY"}},
		{`{type: PARTY}`, []string{"org:labour-party"}, []string{"PARTY"}},
		{`{type: GOVERNMENT_BODY}`, []string{"org:state-department"}, []string{"GOVERNMENT_BODY"}},
		{`{type: INTERNATIONAL_ORGANIZATION}`, []string{"org:nato"}, []string{"INTERNATIONAL_ORGANIZATION"}},
		{`{type: OTHER}`, []string{"org:church"}, []string{"OTHER"}},
		{`{name: "untyped"}`, []string{"org:untyped"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.where, func(t *testing.T) {
			var got struct {
				Organizations struct {
					TotalCount int
					Nodes      []struct {
						ID   string
						Type *string
					}
				}
			}
			api.query(t, `{ organizations(where: `+tt.where+`) { totalCount nodes { id type } } }`, nil, &got)
			var ids, types []string
			for _, n := range got.Organizations.Nodes {
				ids = append(ids, n.ID)
				typ := ""
				if n.Type != nil {
					typ = *n.Type
				}
				types = append(types, typ)
			}
			if !slices.Equal(ids, tt.want) || !slices.Equal(types, tt.types) || got.Organizations.TotalCount != len(tt.want) {
				t.Errorf("organizations(where: %s): %v %v (total %d), want %v %v", tt.where, ids, types, got.Organizations.TotalCount, tt.want, tt.types)
			}
		})
	}
}
