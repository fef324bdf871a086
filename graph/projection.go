package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"newsgraph/schema"
)

// textFields and evidenceFields are the fields (type.field) whose values
// come from article texts and from edges' evidence lists. An operation
// that selects none of them reads neither from the store: on hub edges
// the evidence is most of what a read would ship.
var (
	textFields     = map[string]bool{"Article.text": true}
	evidenceFields = map[string]bool{"Source.sentence": true, "Affiliation.evidence": true, "GraphEdge.properties": true, "GraphEdge.evidence": true}
)

// projectionOf says what an operation needs of texts and evidence, from
// every field it selects, through fragments too.
func projectionOf(op *graphql.OperationContext) schema.Projection {
	var p schema.Projection
	if op == nil || op.Operation == nil {
		return schema.Projection{Text: true, Evidence: true}
	}
	seen := map[*ast.FragmentDefinition]bool{}
	var walk func(set ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch x := sel.(type) {
			case *ast.Field:
				name := x.Name
				if x.ObjectDefinition != nil {
					name = x.ObjectDefinition.Name + "." + x.Name
				}
				p.Text = p.Text || textFields[name] || (x.ObjectDefinition == nil && x.Name == "text")
				p.Evidence = p.Evidence || evidenceFields[name] || (x.ObjectDefinition == nil && (x.Name == "sentence" || x.Name == "evidence" || x.Name == "properties"))
				walk(x.SelectionSet)
			case *ast.InlineFragment:
				walk(x.SelectionSet)
			case *ast.FragmentSpread:
				def := x.Definition
				if def == nil {
					def = op.Doc.Fragments.ForName(x.Name)
				}
				if def != nil && !seen[def] {
					seen[def] = true
					walk(def.SelectionSet)
				}
			}
		}
	}
	walk(op.Operation.SelectionSet)
	return p
}

// fieldSets are the edge sets that fields of an object read through
// EdgesOf, by type and field.
var fieldSets = map[string]map[string][]schema.EdgeSet{
	"Meeting": {
		"place":         {{Type: schema.RelHeldIn, Dir: schema.Out}},
		"participants":  {{Type: schema.RelAttended, Dir: schema.In}},
		"issues":        {{Type: schema.RelDiscussed, Dir: schema.Out}},
		"sources":       {{Type: schema.RelReports, Dir: schema.In}},
		"firstReported": {{Type: schema.RelReports, Dir: schema.In}}, // its sources' dates
	},
	"Article": {
		"meetings": {{Type: schema.RelReports, Dir: schema.Out}},
		"issues":   {{Type: schema.RelDiscussed, Dir: schema.Out}},
		"mentions": {{Type: schema.RelMentions, Dir: schema.Out}},
	},
}

// siblingSets returns set and the edge sets that the other fields
// selected on the same object will read (see fieldSets), so that one store
// call reads them all, in the order of the fields selected.
func siblingSets(ctx context.Context, set schema.EdgeSet) []schema.EdgeSet {
	sets := []schema.EdgeSet{set}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fieldSets[fc.Object] == nil || !graphql.HasOperationContext(ctx) {
		return sets
	}
	// The selections of the object are on the nearest field above that
	// has any: list items have a context of their own without a field.
	parent := fc.Parent
	for parent != nil && parent.Field.Field == nil {
		parent = parent.Parent
	}
	if parent == nil {
		return sets
	}
	// In the selection's order, whichever field asks first: the order is
	// the statement's text, and the first to ask is a race between the
	// fields' resolvers, so that one selection was up to three statements
	// for Neo4j to plan (the warm-up planned one of them).
	var selected []schema.EdgeSet
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), parent.Field.Selections, []string{fc.Object}) {
		for _, s := range fieldSets[fc.Object][f.Name] {
			if !containsSet(selected, s) {
				selected = append(selected, s)
			}
		}
	}
	if !containsSet(selected, set) {
		return append(sets, selected...)
	}
	return selected
}

func containsSet(sets []schema.EdgeSet, s schema.EdgeSet) bool {
	for _, x := range sets {
		if x == s {
			return true
		}
	}
	return false
}

// connectionNodeSets are the edge sets that the fields selected on the
// nodes of the connection being resolved (under nodes, or edges' node)
// will read (see fieldSets), so that the page's statement can read them
// too; nodeType is the nodes' type, edgeType the connection's edge type.
func connectionNodeSets(ctx context.Context, connType, edgeType, nodeType string) []schema.EdgeSet {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) || fieldSets[nodeType] == nil {
		return nil
	}
	op := graphql.GetOperationContext(ctx)
	var sets []schema.EdgeSet
	add := func(selections ast.SelectionSet) {
		for _, f := range graphql.CollectFields(op, selections, []string{nodeType}) {
			for _, s := range fieldSets[nodeType][f.Name] {
				if !containsSet(sets, s) {
					sets = append(sets, s)
				}
			}
		}
	}
	for _, f := range graphql.CollectFields(op, fc.Field.Selections, []string{connType}) {
		switch f.Name {
		case "nodes":
			add(f.Selections)
		case "edges":
			for _, e := range graphql.CollectFields(op, f.Selections, []string{edgeType}) {
				if e.Name == "node" {
					add(e.Selections)
				}
			}
		}
	}
	return sets
}
