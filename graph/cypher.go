package graph

import (
	"context"
	"errors"

	"newsgraph/graph/apierr"
	"newsgraph/graph/model"
	"newsgraph/schema"
)

// MaxCypherRows is the most rows a cypher query returns.
const MaxCypherRows = 1000

// cypher runs hand-written read-only Cypher on a store that can
// (schema.CypherReader), for a caller with the API key.
func (r *Resolver) cypher(ctx context.Context, query string, params map[string]any) (*model.CypherResult, error) {
	if err := r.authorize(ctx, "cypher"); err != nil {
		return nil, err
	}
	reader, ok := r.Store.(schema.CypherReader)
	if !ok {
		return nil, apierr.New(apierr.Unavailable, "cypher needs the Neo4j store; this server runs the embedded one")
	}
	res, err := reader.ReadCypher(ctx, query, params, MaxCypherRows)
	var refused *schema.CypherError
	if errors.As(err, &refused) {
		r.logger().InfoContext(ctx, "graphql: cypher refused", "err", err)
		return nil, apierr.Invalid("%s", refused.Reason)
	}
	if err != nil {
		return nil, err
	}
	rows := res.Rows
	if rows == nil {
		rows = []map[string]any{}
	}
	return &model.CypherResult{Columns: res.Columns, Rows: rows, Truncated: res.Truncated}, nil
}
