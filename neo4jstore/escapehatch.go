package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"newsgraph/schema"
)

// cypherTimeout bounds a hand-written query when its context has no
// earlier deadline.
const cypherTimeout = 10 * time.Second

// ReadCypher implements schema.CypherReader: the query runs in a session
// and a managed transaction of read access mode, which the server holds to
// reads, with a transaction timeout.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (schema.CypherResult, error) {
	timeout := cypherTimeout
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < timeout {
		timeout = max(time.Until(dl), time.Millisecond)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	out, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, query, driverParams(params))
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		out := schema.CypherResult{Columns: keys, Rows: []map[string]any{}}
		for res.Next(ctx) {
			if len(out.Rows) == maxRows {
				out.Truncated = true
				break
			}
			rec := res.Record()
			row := make(map[string]any, len(keys))
			for i, k := range keys {
				row[k] = jsonValue(rec.Values[i])
			}
			out.Rows = append(out.Rows, row)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		return out, nil
	}, neo4j.WithTxTimeout(timeout))
	if err != nil {
		return schema.CypherResult{}, refusal(err)
	}
	return out.(schema.CypherResult), nil
}

// refusal turns the server's refusal of a query into a schema.CypherError
// that names its kind; other errors are store errors.
func refusal(err error) error {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) || !strings.HasPrefix(ne.Code, "Neo.ClientError.") {
		return fmt.Errorf("neo4j: cypher: %w", wrap(err))
	}
	reason := "Neo4j refused the query (" + ne.Code + ")"
	switch {
	case strings.Contains(ne.Code, "Statement.SyntaxError"):
		reason = "the Cypher query does not compile"
	case strings.Contains(ne.Code, "Statement.AccessMode"), strings.Contains(ne.Code, "Security.Forbidden"):
		reason = "the Cypher query writes; only reads are allowed"
	case strings.Contains(ne.Code, "Statement.ParameterMissing"):
		reason = "the Cypher query uses a parameter that params does not give"
	case strings.Contains(ne.Code, "Transaction.TransactionTimedOut"), strings.Contains(ne.Code, "TransactionTimedOut"):
		reason = "the Cypher query ran out of time"
	}
	return &schema.CypherError{Reason: reason, Err: err}
}

// driverParams turns JSON parameters into values the driver takes: JSON
// numbers become int64 or float64.
func driverParams(params map[string]any) map[string]any {
	out := make(map[string]any, len(params))
	for k, v := range params {
		out[k] = driverValue(v)
	}
	return out
}

func driverValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case map[string]any:
		return driverParams(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = driverValue(e)
		}
		return out
	}
	return v
}

// jsonValue turns a value the driver returns into one JSON takes: a node
// becomes its properties with "_labels", a relationship its properties
// with "_type", a path its nodes and relationships, and temporal and
// spatial values their string forms.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case dbtype.Node:
		props := jsonValue(x.Props).(map[string]any)
		props["_labels"] = x.Labels
		return props
	case dbtype.Relationship:
		props := jsonValue(x.Props).(map[string]any)
		props["_type"] = x.Type
		return props
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = jsonValue(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = jsonValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case []byte:
		return x
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

var _ schema.CypherReader = (*Store)(nil)
