package main

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

// naiveStore is the baseline the issue asks for: the same merge rules as
// neo4jstore, but one Cypher statement per graph element, each in its own
// auto-commit transaction, the way a first loader is usually written. Reads
// (the loader's meeting resolution) go to the real store.
type naiveStore struct {
	*neo4jstore.Store
	driver neo4j.DriverWithContext
	db     string
}

func openNaive(ctx context.Context, cfg neo4jstore.Config, s *neo4jstore.Store) (*naiveStore, error) {
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, err
	}
	return &naiveStore{Store: s, driver: d, db: cfg.Database}, nil
}

func (n *naiveStore) Close(ctx context.Context) error { return n.driver.Close(ctx) }

func (n *naiveStore) Write(ctx context.Context, graphs []schema.ArticleGraph) error {
	sess := n.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: n.db})
	defer sess.Close(ctx)
	run := func(q string, p map[string]any) error {
		res, err := sess.Run(ctx, q, p)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return err
	}
	for _, g := range graphs {
		for _, node := range g.Nodes {
			props := map[string]any{}
			for k, v := range node.Props {
				props[k] = v
			}
			aliases := node.Aliases
			if aliases == nil {
				aliases = []string{}
			}
			if err := run(naiveNodeCypher(node.Label), map[string]any{
				"id": node.ID, "name": node.Name, "aliases": aliases, "props": props,
			}); err != nil {
				return fmt.Errorf("naive node %s: %w", node.ID, err)
			}
		}
		for _, e := range g.Edges {
			arts := make([]string, len(e.Evidence))
			sents := make([]string, len(e.Evidence))
			for i, ev := range e.Evidence {
				arts[i], sents[i] = ev.ArticleID, ev.Sentence
			}
			if err := run(naiveEdgeCypher(e.Type, schema.LabelOf(e.From), schema.LabelOf(e.To)), map[string]any{
				"from": e.From, "to": e.To, "key": e.Key, "since": e.Since, "until": e.Until,
				"articles": arts, "sentences": sents,
			}); err != nil {
				return fmt.Errorf("naive edge %s: %w", e.EdgeID(), err)
			}
		}
	}
	return nil
}

// naiveNodeCypher is neo4jstore's node merge for one node.
func naiveNodeCypher(label string) string {
	meeting := ""
	if label == schema.LabelMeeting {
		meeting = `
SET n.date = CASE WHEN size(coalesce($props.date, '')) > size(coalesce(n.date, ''))
                   AND $props.date STARTS WITH coalesce(n.date, '') THEN $props.date ELSE n.date END,
    n.status = CASE WHEN $props.status = 'held' THEN 'held' ELSE n.status END`
	}
	return `MERGE (n:` + label + ` {id: $id})
ON CREATE SET n.name = $name, n += $props, n.aliases = []` + meeting + `
WITH n, [a IN $aliases WHERE NOT a IN n.aliases] AS fresh
SET n.aliases = n.aliases + fresh
WITH n
SET n.aliasText = reduce(t = '', a IN n.aliases | t + CASE t WHEN '' THEN '' ELSE ' | ' END + a)`
}

// naiveEdgeCypher is neo4jstore's edge merge for one edge.
func naiveEdgeCypher(relType, from, to string) string {
	return `MATCH (a:` + from + ` {id: $from})
MATCH (b:` + to + ` {id: $to})
MERGE (a)-[r:` + relType + ` {key: $key}]->(b)
ON CREATE SET r.articles = [], r.sentences = []
SET r.since = CASE WHEN coalesce(r.since, '') = '' OR ($since <> '' AND $since < r.since) THEN $since ELSE r.since END,
    r.until = CASE WHEN coalesce(r.until, '') = '' OR ($until <> '' AND $until > r.until) THEN $until ELSE r.until END
WITH r, [i IN range(0, size($articles) - 1) WHERE NOT $articles[i] IN r.articles] AS fresh
SET r.articles = r.articles + [i IN fresh | $articles[i]],
    r.sentences = r.sentences + [i IN fresh | $sentences[i]]`
}
