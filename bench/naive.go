package main

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

// naiveStore is the baseline the issue asks for: neo4jstore's own merge
// statements (neo4jstore.ElementStatements), but one per graph element, each in its own
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

// WriteResolved writes each element with a statement of its own. Meetings
// are resolved first, through the store's own transaction, which then
// writes nothing: the naive path is measured on its writes.
func (n *naiveStore) WriteResolved(ctx context.Context, graphs []schema.ArticleGraph, resolve schema.Resolver) error {
	if resolve != nil {
		err := n.Store.WriteResolved(ctx, nil, func(ctx context.Context, _ []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
			var err error
			graphs, err = resolve(ctx, graphs, read)
			return nil, err
		})
		if err != nil {
			return err
		}
	}
	sess := n.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: n.db})
	defer sess.Close(ctx)
	run := func(q string, p map[string]any) error {
		res, err := sess.Run(ctx, q, p)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return err
	}
	for _, st := range neo4jstore.ElementStatements(graphs) {
		if err := run(st.Query, st.Params); err != nil {
			return fmt.Errorf("naive statement: %w", err)
		}
	}
	return nil
}

var _ schema.Store = (*naiveStore)(nil)
