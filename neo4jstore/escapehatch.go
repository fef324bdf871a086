package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"newsgraph/schema"
)

// cypherTimeout bounds a hand-written query when its context has no
// earlier deadline.
const cypherTimeout = 10 * time.Second

// AllowedProcedures are the only procedures a hand-written query may call:
// they read the schema or a full-text index of the graph. The README lists
// them.
var AllowedProcedures = []string{
	"db.labels",
	"db.relationshipTypes",
	"db.propertyKeys",
	"db.schema.visualization",
	"db.schema.nodeTypeProperties",
	"db.schema.relTypeProperties",
	"db.index.fulltext.queryNodes",
	"db.index.fulltext.queryRelationships",
}

// ReadCypher implements schema.CypherReader: the query runs in a session
// and a managed transaction of read access mode, which the server holds to
// reads, with a transaction timeout. Read access mode still lets through
// LOAD CSV (which reads files and fetches URLs), commands such as SHOW
// USERS and TERMINATE TRANSACTIONS, and procedures such as
// db.clearQueryCaches, so the query is first planned with EXPLAIN, in the
// same transaction, and run only when checkPlan accepts the plan.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (schema.CypherResult, error) {
	timeout := cypherTimeout
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < timeout {
		timeout = max(time.Until(dl), time.Millisecond)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	p := driverParams(params)
	out, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		plan, err := tx.Run(ctx, "EXPLAIN "+query, p)
		if err != nil {
			return nil, err
		}
		summary, err := plan.Consume(ctx)
		if err != nil {
			return nil, err
		}
		if err := s.checkPlan(summary); err != nil {
			return nil, err
		}
		res, err := tx.Run(ctx, query, p)
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

// checkPlan accepts the plan of a query only when none of its operators loads CSV, runs a command
// (SHOW …, TERMINATE …, administration), calls a procedure off
// AllowedProcedures or runs on another database than the store's, and
// Neo4j classes the query as read-only ("r").
func (s *Store) checkPlan(summary neo4j.ResultSummary) error {
	if summary.Plan() == nil {
		return refuse("Neo4j gave no plan for the Cypher query", "no plan")
	}
	var check func(p neo4j.Plan) error
	check = func(p neo4j.Plan) error {
		op, db, _ := strings.Cut(p.Operator(), "@")
		switch {
		case op == "LoadCSV":
			return refuse("LOAD CSV is not allowed", "operator %s", op)
		case op == "AdministrationCommand", strings.HasPrefix(op, "Show"), strings.HasPrefix(op, "Terminate"):
			return refuse("commands (SHOW …, TERMINATE …, administration) are not allowed", "operator %s", op)
		case op == "ProcedureCall":
			details, _ := p.Arguments()["Details"].(string)
			name, _, _ := strings.Cut(details, "(")
			name = strings.TrimSpace(name)
			if !slices.Contains(AllowedProcedures, name) {
				return refuse("the procedure "+strconv.Quote(name)+" is not allowed; allowed: "+strings.Join(AllowedProcedures, ", "), "details %q", details)
			}
		case db != "" && db != s.db:
			return refuse("the Cypher query reads another database than the graph's", "operator %s", p.Operator())
		}
		for _, c := range p.Children() {
			if err := check(c); err != nil {
				return err
			}
		}
		return nil
	}
	if err := check(summary.Plan()); err != nil {
		return err // the more precise reason
	}
	switch t := summary.StatementType(); t {
	case neo4j.StatementTypeReadOnly:
		return nil
	case neo4j.StatementTypeReadWrite, neo4j.StatementTypeWriteOnly:
		return refuse("the Cypher query writes; only reads are allowed", "Neo4j classes it as %q", t)
	default:
		return refuse("the Cypher query changes the schema or the system; only reads are allowed", "Neo4j classes it as %q", t)
	}
}

// refuse is a query that checkPlan refuses: reason for the caller, and
// the plan's detail for the log.
func refuse(reason, format string, args ...any) *schema.CypherError {
	return &schema.CypherError{Reason: reason, Err: fmt.Errorf("plan refused: "+format, args...)}
}

// refusal turns the server's refusal of a query into a schema.CypherError
// that names its kind; other errors are store errors.
func refusal(err error) error {
	var refused *schema.CypherError
	if errors.As(err, &refused) {
		return refused
	}
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

// DriverParams turns parameters decoded from JSON (json.Decoder's
// UseNumber) into values the driver takes, as ReadCypher does: JSON
// numbers become int64 or float64. Tools that replay logged statements
// use it.
func DriverParams(params map[string]any) map[string]any { return driverParams(params) }

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
