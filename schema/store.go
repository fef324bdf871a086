package schema

import (
	"context"
	"errors"
)

// Store is a knowledge graph that the loader writes and the API reads.
// Neo4j is the production implementation; the embedded store makes
// `go run .` work with nothing installed. Both pass the contract suite in
// package storetest, so a difference in behaviour between them is a bug.
//
// Reads take batches of ids so that a GraphQL request makes a fixed number of
// store calls however many rows it returns.
type Store interface {
	// Write merges the graphs of some articles in one transaction: either all
	// of them are written or none is. Writing the same graph again changes
	// nothing (see the merge rules on MergeNode and MergeEdge).
	Write(ctx context.Context, graphs []ArticleGraph) error

	// Meetings returns the meetings that match the filter, newest first (ties
	// by id), skipping offset and returning at most limit, together with the
	// total number that match. limit 0 returns only the total.
	Meetings(ctx context.Context, f MeetingFilter, offset, limit int) ([]Node, int, error)

	// Nodes returns the nodes with the given ids; unknown ids are absent.
	Nodes(ctx context.Context, ids []string) (map[string]Node, error)

	// Edges returns the edges of one type that touch the given nodes, keyed
	// by the given node's id: outgoing edges when dir is Out, incoming when
	// In. Each list is in a fixed order (by the other end's id, then key).
	Edges(ctx context.Context, ids []string, relType string, dir Direction) (map[string][]Edge, error)

	// FindNodes returns the nodes of the given labels (all labels when
	// empty) whose id is text, or whose name or an alias equals text with
	// case folded, ordered by id.
	FindNodes(ctx context.Context, text string, labels []string) ([]Node, error)

	// Search ranks nodes whose name or aliases contain the words of text.
	Search(ctx context.Context, text string, labels []string, limit int) ([]SearchHit, error)

	// Counts returns the number of nodes and relationships in the graph.
	Counts(ctx context.Context) (Counts, error)

	// Close releases the store.
	Close(ctx context.Context) error
}

// Direction says which edges of a node Store.Edges returns.
type Direction int

const (
	Out Direction = iota // edges starting at the node
	In                   // edges ending at the node
)

// MeetingFilter selects meetings. Empty fields do not filter.
type MeetingFilter struct {
	IDs []string
	// Participant is a person's id, name or alias; the meeting must have
	// that person among its participants.
	Participant string
	// WithOfficialsOf is a country or organisation (id, ISO code, short
	// name, name or alias); the meeting must have a participant affiliated
	// with it, other than Participant.
	WithOfficialsOf string
	// Issue is an issue's id, name or alias that the meeting discussed.
	Issue  string
	Status string // held or planned
	Kind   string // meeting, call, visit or summit
	// From and To bound the meeting's date, inclusive, each at its own
	// precision: From "2022" admits "2022-11"; To "2023-06" admits
	// "2023-06-19".
	From, To string
}

// SearchHit is one ranked search result.
type SearchHit struct {
	Node  Node
	Score float64
}

// Counts is the size of the graph.
type Counts struct {
	Nodes         int `json:"nodes"`
	Relationships int `json:"relationships"`
}

// ErrUnavailable is wrapped by store errors that mean the backing service
// could not be reached; the API maps it to the UNAVAILABLE error code.
var ErrUnavailable = errors.New("store unavailable")
