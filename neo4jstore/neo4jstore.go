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
	"sync/atomic"
	"time"

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

// Auth is how the driver signs in: no authentication without a password
// (a server with auth disabled), else the user, "neo4j" when none is given.
func (cfg Config) Auth() neo4j.AuthToken {
	if cfg.Password == "" {
		return neo4j.NoAuth()
	}
	user := cfg.User
	if user == "" {
		user = "neo4j"
	}
	return neo4j.BasicAuth(user, cfg.Password, "")
}

// Store is schema.Store on Neo4j.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	version string
	words   wordCache // the words of article texts, for Search (search.go)
	// unindexed is set when this store has written articles that the
	// eventually consistent article index may not hold yet.
	unindexed atomic.Bool
	observe   func(query string, params map[string]any) // ObserveReads
}

// Open connects, checks that the server answers, and creates the model's
// constraints and indexes if they are missing.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
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
	for _, stmt := range append(append([]string{}, constraints...), indexes...) {
		if _, err := s.run(ctx, stmt, nil, true); err != nil {
			driver.Close(ctx)
			return nil, fmt.Errorf("neo4j: create schema: %w", err)
		}
	}
	if err := s.ensureMeetingParties(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j: create schema: %w", err)
	}
	if err := s.ensurePairMonths(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j: create schema: %w", err)
	}
	if err := s.renameRefinedMeetings(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4j: rename meetings: %w", err)
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

// run executes one auto-commit query and returns its records. It is not
// a managed transaction: RUN and PULL go out together and every record comes
// back in one answer, so a read costs one round trip, not the two of
// BEGIN…COMMIT. Reads go to readers (neo4j:// clusters), and share the
// bookmarks of the driver's ExecuteQuery. A read that failed for a
// retryable reason (a cluster's leader switch, a dropped connection) is
// tried again; a write never is, as it may have been applied.
func (s *Store) run(ctx context.Context, query string, params map[string]any, write bool) ([]*neo4j.Record, error) {
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	}
	if !write && s.observe != nil {
		s.observe(query, params)
	}
	for attempt := 1; ; attempt++ {
		recs, err := s.runOnce(ctx, query, params, mode)
		if err == nil {
			return recs, nil
		}
		if write || attempt == readAttempts || !neo4j.IsRetryable(err) || ctx.Err() != nil {
			return nil, wrap(err)
		}
		select {
		case <-ctx.Done():
			return nil, wrap(err)
		case <-time.After(time.Duration(attempt) * 50 * time.Millisecond):
		}
	}
}

// readAttempts is how many times run tries a read.
const readAttempts = 3

func (s *Store) runOnce(ctx context.Context, query string, params map[string]any, mode neo4j.AccessMode) ([]*neo4j.Record, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      mode,
		FetchSize:       neo4j.FetchAll,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// collectTx runs query in tx and returns all its records; what names the
// statement in the error.
func collectTx(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any, what string) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return recs, nil
}

// wrap marks connectivity failures so the API can say UNAVAILABLE.
func wrap(err error) error {
	var conn *neo4j.ConnectivityError
	if errors.As(err, &conn) || neo4j.IsRetryable(err) {
		return fmt.Errorf("%w: %w", schema.ErrUnavailable, err)
	}
	return err
}

// Counts implements schema.Store. The relations' buckets (pairmonths.go)
// and the records of merged meetings' ids (labelMergedMeeting) are no node
// of the model; both counts come from Neo4j's count store.
func (s *Store) Counts(ctx context.Context) (schema.Counts, error) {
	recs, err := s.run(ctx, "CALL { MATCH (n) RETURN count(n) AS all } CALL { MATCH (b:"+labelPairMonth+") RETURN count(b) AS buckets } "+
		"CALL { MATCH (x:"+labelMergedMeeting+") RETURN count(x) AS merged } "+
		"CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN all - buckets - merged AS nodes, rels", nil, false)
	if err != nil {
		return schema.Counts{}, err
	}
	if len(recs) != 1 {
		return schema.Counts{}, errors.New("neo4j: counts: no row")
	}
	var d decoder
	c := schema.Counts{Nodes: int(column[int64](&d, recs[0], "nodes")), Relationships: int(column[int64](&d, recs[0], "rels"))}
	return c, d.result("counts")
}
