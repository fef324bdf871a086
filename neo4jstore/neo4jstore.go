// Package neo4jstore is newsgraph's production store: schema.Store on
// Neo4j through the official Go driver. It creates the model's constraints
// and indexes at start, writes each batch of article graphs in one managed
// write transaction as UNWIND … MERGE statements, and reads with
// parameterised Cypher, one round trip per call.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/schema"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://host:7687, or neo4j://… for a cluster
	User     string
	Password string // empty for a server with auth disabled
	Database string // "" for the server's default database
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE. ok is false when NEO4J_URI is unset.
func ConfigFromEnv() (cfg Config, ok bool) {
	cfg = Config{
		URI:      os.Getenv("NEO4J_URI"),
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	return cfg, cfg.URI != ""
}

// Store is schema.Store on Neo4j.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	version string
}

// Open connects, checks that the server answers, and creates the model's
// constraints and indexes if they are missing.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		user := cfg.User
		if user == "" {
			user = "neo4j"
		}
		auth = neo4j.BasicAuth(user, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, fmt.Errorf("neo4j: %w", err)
	}
	s := &Store{driver: driver, db: cfg.Database}
	info, err := driver.GetServerInfo(ctx)
	if err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j at %s: %w: %w", cfg.URI, schema.ErrUnavailable, err)
	}
	s.version = info.Agent()
	for _, stmt := range append(append([]string{}, schema.Constraints...), schema.Indexes...) {
		if _, err := s.run(ctx, stmt, nil, true); err != nil {
			driver.Close(ctx)
			return nil, fmt.Errorf("neo4j: create schema: %w", err)
		}
	}
	// Indexes build in the background; wait so that the first search sees them.
	if _, err := s.run(ctx, "CALL db.awaitIndexes(300)", nil, false); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j: await indexes: %w", err)
	}
	return s, nil
}

// ServerVersion is the server's agent string, "Neo4j/5.26.0".
func (s *Store) ServerVersion() string { return s.version }

// Close closes the driver.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// run executes one auto-committed query and returns its records.
func (s *Store) run(ctx context.Context, query string, params map[string]any, write bool) ([]*neo4j.Record, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(s.db)}
	if write {
		opts = append(opts, neo4j.ExecuteQueryWithWritersRouting())
	} else {
		opts = append(opts, neo4j.ExecuteQueryWithReadersRouting())
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return nil, wrap(err)
	}
	return res.Records, nil
}

// wrap marks connectivity failures so the API can say UNAVAILABLE.
func wrap(err error) error {
	var conn *neo4j.ConnectivityError
	if errors.As(err, &conn) || neo4j.IsRetryable(err) {
		return fmt.Errorf("%w: %w", schema.ErrUnavailable, err)
	}
	return err
}

// Counts implements schema.Store.
func (s *Store) Counts(ctx context.Context) (schema.Counts, error) {
	recs, err := s.run(ctx, "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels", nil, false)
	if err != nil {
		return schema.Counts{}, err
	}
	if len(recs) != 1 {
		return schema.Counts{}, errors.New("neo4j: counts: no row")
	}
	n, _ := recs[0].Get("nodes")
	r, _ := recs[0].Get("rels")
	return schema.Counts{Nodes: int(n.(int64)), Relationships: int(r.(int64))}, nil
}
