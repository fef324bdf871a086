// Package memstore is newsgraph's embedded store: a pure-Go, in-process
// property graph that needs no external service, so that `go run .` works on
// a fresh machine. It is durable through an append-only journal of the
// article graphs written to it, replayed when it opens.
//
// It implements schema.Store with the same semantics as the Neo4j store;
// the contract suite in package storetest holds both to them.
package memstore

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/gofrs/flock"

	"newsgraph/schema"
)

// JournalFile is the name of the journal inside the data folder.
const JournalFile = "journal.jsonl"

// Store is the embedded graph. The zero value is not usable: call Open.
type Store struct {
	writeMu sync.Mutex // serialises writers, so a writer's reads stay true until it writes
	mu      sync.RWMutex
	nodes   map[string]*schema.Node
	byLabel map[string]map[string]struct{}
	// meetingDates holds the meetings' ids by the dates they were written
	// with; an entry may be stale (a date refined since), never missing:
	// meetingsDated checks each against the node.
	meetingDates map[string]map[string]struct{}
	// undatedMeetings holds the undated meetings' ids by their
	// participants (undatedKeyOf), for MeetingsUndated.
	undatedMeetings map[string]map[string]struct{}
	// edgeCount is the number of edges; each is in one list of out and
	// one of in.
	edgeCount int
	out       map[string]adjacency         // node id -> its edges out, by type
	in        map[string]adjacency         // node id -> its edges in, by type
	written   map[string][sha256.Size]byte // article id -> hash of its last written graph
	search    searchIndex                  // the words of names, titles and texts, for Search
	sides     meetingParties               // each meeting's officials and their parties (parties.go)
	texts     texts                        // the articles' texts, out of the heap
	journal   journalFile                  // nil when in memory only
	// journalSize is the length of the journal's complete lines: where a
	// failed append is cut back to.
	journalSize int64
	// journalErr, once set, refuses every write: an append failed and the
	// journal could not be cut back, so a later line would follow a torn one.
	journalErr error
	lock       *flock.Flock // the data folder's lock; nil when in memory only
	dir        string       // the data folder; "" when in memory only
	// snapshotOf is the journal length of the snapshot in dir (-1: none).
	snapshotOf int64
	// merged are the ids of meetings merged into others (schema.MergedIDs):
	// recorded as the journal's merges replay, and in the snapshot.
	merged schema.MergedIDs
	// partyNames finds countries and organisations by name (partynames.go).
	partyNames partyNames
	// line is the buffer of the last journal line, kept for the next write
	// (writeLocked); nil while a write uses it.
	line *bytes.Buffer
}

// journalFile is what the store needs of its journal file. *os.File is
// one; tests put in one that fails, as a full disk does.
type journalFile interface {
	io.Writer
	Sync() error
	Truncate(size int64) error
	Close() error
}

// journalEntry is one line of the journal: the graphs of one Write call, so
// that a transaction is one line and a torn last line is a lost transaction,
// never half of one.
type journalEntry struct {
	Graphs []schema.ArticleGraph `json:"graphs,omitempty"`
	// Retract lists articles whose statements were retracted, because
	// their text changed, before the next entry writes their new graphs.
	Retract []string `json:"retract,omitempty"`
}

// Open opens the store kept in dir: it loads the snapshot the last Close
// wrote, when it still matches the journal, and replays the journal's
// entries after it (all of them without one). With dir "" the store lives
// in memory only. One process at a time may have dir open: Open fails at
// once with a *LockedError naming the holder when another has.
func Open(dir string) (*Store, error) {
	if dir == "" {
		s := newStore()
		s.texts = newTexts(&memText{}, 0, nil)
		return s, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("memstore: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	removeStaleSnapshots(dir)
	path := filepath.Join(dir, JournalFile)
	s, size, err := load(dir, path)
	if err != nil {
		lock.Close()
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		lock.Close()
		s.texts.f.Close()
		return nil, fmt.Errorf("memstore: %w", err)
	}
	s.journal, s.journalSize, s.lock = f, size, lock
	if size-max(s.snapshotOf, 0) > snapshotAfterReplay {
		return s.snapshotAndReload(path)
	}
	return s, nil
}

// snapshotAndReload writes a snapshot after a long replay (no snapshot, or
// a crash long after it), so that the next start does not pay it again
// should this process not close, and loads the store back from it: a
// replay leaves each article's strings apart, and the snapshot's store
// holds each once (at 10×, 274 MB of heap instead of 580). The store
// stays open whatever fails.
func (s *Store) snapshotAndReload(path string) (*Store, error) {
	if err := s.writeSnapshot(); err != nil {
		slog.Warn("memstore: could not write a snapshot after replaying the journal", "err", err)
		return s, nil
	}
	loaded, size, err := load(s.dir, path)
	if err != nil || size != s.journalSize || loaded.snapshotOf != size {
		if err == nil {
			loaded.texts.f.Close()
		}
		slog.Warn("memstore: could not reload from the snapshot just written", "err", err)
		return s, nil
	}
	s.texts.f.Close()
	loaded.journal, loaded.journalSize, loaded.lock = s.journal, s.journalSize, s.lock
	return loaded, nil
}

// snapshotAfterReplay is how many bytes of journal Open may replay before
// it writes a snapshot at once rather than at Close.
var snapshotAfterReplay int64 = 64 << 20

func newStore() *Store {
	return &Store{
		nodes:           map[string]*schema.Node{},
		byLabel:         map[string]map[string]struct{}{},
		meetingDates:    map[string]map[string]struct{}{},
		undatedMeetings: map[string]map[string]struct{}{},
		out:             map[string]adjacency{},
		in:              map[string]adjacency{},
		written:         map[string][sha256.Size]byte{},
		search:          newSearchIndex(),
		sides:           newMeetingParties(),
		snapshotOf:      -1,
	}
}

// load opens the store from the snapshot and the journal at path, and
// returns the length of the journal's complete lines.
func load(dir, path string) (*Store, int64, error) {
	s := newStore()
	snap, err := s.loadSnapshot(dir, path)
	if err != nil {
		// A snapshot is only ever a shortcut: the journal holds everything.
		slog.Warn("memstore: replaying the whole journal", "reason", err)
		s, snap = newStore(), nil
	}
	s.dir = dir
	var from, textsSize int64
	var refs map[string]textRef
	if snap != nil {
		from, textsSize, refs = snap.JournalSize, snap.TextsSize, snap.texts
	}
	f, err := openTextsFile(filepath.Join(dir, TextsFile), textsSize)
	if err != nil {
		return nil, 0, err
	}
	s.texts = newTexts(f, textsSize, refs)
	size, err := s.replay(path, from)
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return s, size, nil
}

// replay applies the journal at path from byte from on, and returns the
// length of its complete lines, having cut off a torn last line.
func (s *Store) replay(path string, from int64) (int64, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("memstore: %w", err)
	}
	defer f.Close()
	if _, err := f.Seek(from, io.SeekStart); err != nil {
		return 0, fmt.Errorf("memstore: %w", err)
	}
	r := bufio.NewReaderSize(f, 1<<20)
	good := from
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			if len(b) > 0 {
				// A crash mid-append leaves a line without its newline: that
				// transaction never completed, so it is dropped whole.
				slog.Warn("memstore: dropping incomplete last journal entry", "file", path, "offset", good)
				if err := os.Truncate(path, good); err != nil {
					return 0, fmt.Errorf("memstore: truncate torn journal: %w", err)
				}
			}
			return good, nil
		}
		if err != nil {
			return 0, fmt.Errorf("memstore: read %s: %w", path, err)
		}
		if err := s.replayLine(b); err != nil {
			if from > 0 {
				return 0, fmt.Errorf("memstore: %s line %d after the snapshot (byte %d): %w", path, line, good, err)
			}
			return 0, fmt.Errorf("memstore: %s line %d: %w", path, line, err)
		}
		good += int64(len(b))
	}
}

// rawEntry is a journalEntry whose graphs are left encoded: a graph's
// bytes in the journal are json.Marshal's of it, so they are hashed as
// they are, not encoded again.
type rawEntry struct {
	Graphs  []json.RawMessage `json:"graphs,omitempty"`
	Retract []string          `json:"retract,omitempty"`
}

func (s *Store) replayLine(b []byte) error {
	var e rawEntry
	if err := json.Unmarshal(b, &e); err != nil {
		return err
	}
	if len(e.Retract) > 0 {
		if err := s.retract(e.Retract); err != nil {
			return err
		}
	}
	graphs := make([]schema.ArticleGraph, len(e.Graphs))
	for i, raw := range e.Graphs {
		if err := json.Unmarshal(raw, &graphs[i]); err != nil {
			return err
		}
	}
	refs, err := s.texts.put(graphs, s.hasNode)
	if err != nil {
		return err
	}
	s.texts.record(refs)
	for i, g := range graphs {
		s.apply(g, sha256.Sum256(e.Graphs[i]))
	}
	s.absorbAll(graphs)
	return nil
}

func (s *Store) hasNode(id string) bool { return s.nodes[id] != nil }

// writeLocked journals and applies validated graphs; the caller holds
// writeMu.
//
// Each graph is encoded once, into the journal line that writes it: its
// bytes there are what its hash is of, as replayLine hashes them. (It was
// encoded once to hash it and again within the line, and the line copied
// to end it: three copies of a 10 MB article's text and sentences.)
func (s *Store) writeLocked(graphs []schema.ArticleGraph) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	line := s.lineBuffer(graphs)
	defer s.keepLineBuffer(line)
	line.WriteString(`{"graphs":[`)
	enc := json.NewEncoder(line)
	// Graphs already written unchanged are skipped, so loading the same
	// articles again neither changes the graph nor grows the journal.
	var fresh []schema.ArticleGraph
	hashes := make([][sha256.Size]byte, 0, len(graphs))
	for _, g := range graphs {
		mark := line.Len()
		if len(fresh) > 0 {
			line.WriteByte(',')
		}
		from := line.Len()
		if err := enc.Encode(g); err != nil {
			return fmt.Errorf("memstore: %w", err)
		}
		line.Truncate(line.Len() - 1) // Encode's newline: the bytes are json.Marshal's
		h := sha256.Sum256(line.Bytes()[from:])
		if old, ok := s.written[g.ArticleID]; ok && old == h {
			line.Truncate(mark)
			continue
		}
		fresh = append(fresh, g)
		hashes = append(hashes, h)
	}
	if len(fresh) == 0 {
		return nil
	}
	line.WriteString("]}\n") // json.Marshal(journalEntry{Graphs: fresh}), and the newline
	// Texts go first: should writing them fail, nothing is journalled;
	// should the journal fail, the next write writes over them.
	refs, err := s.texts.put(fresh, s.hasNode)
	if err != nil {
		return err
	}
	if s.journal != nil {
		if err := s.appendJournal(line.Bytes()); err != nil {
			return err
		}
	}
	s.texts.record(refs)
	for i, g := range fresh {
		s.apply(g, hashes[i])
	}
	s.absorbAll(fresh)
	return nil
}

// maxKeptLine is the largest journal line buffer a store keeps for its next
// write: a batch of news articles fits, a pasted book's is let go.
const maxKeptLine = 4 << 20

// lineBuffer returns an empty buffer for the journal line of graphs: the one
// the last write kept, with room for about the graphs' encoding, so that a
// huge article's line is allocated once rather than grown by doubling.
func (s *Store) lineBuffer(graphs []schema.ArticleGraph) *bytes.Buffer {
	b := s.line
	s.line = nil
	if b == nil {
		b = new(bytes.Buffer)
	}
	b.Reset()
	b.Grow(encodedSize(graphs))
	return b
}

// keepLineBuffer keeps a line buffer for the next write unless it is large.
func (s *Store) keepLineBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxKeptLine {
		s.line = b
	}
}

// encodedSize is about the length of the graphs' JSON: their strings, and
// some bytes of names and punctuation for each element. Text escapes may
// make it longer, when the buffer grows once more.
func encodedSize(graphs []schema.ArticleGraph) int {
	n := 16
	for _, g := range graphs {
		n += 64 + len(g.ArticleID)
		for _, nd := range g.Nodes {
			n += 64 + len(nd.ID) + len(nd.Label) + len(nd.Name)
			for _, a := range nd.Aliases {
				n += 4 + len(a)
			}
			for k, v := range nd.Props {
				n += 8 + len(k) + len(v) + len(v)/16
			}
		}
		for _, e := range g.Edges {
			n += 96 + len(e.Type) + len(e.From) + len(e.To) + len(e.Key) + len(e.Since) + len(e.Until)
			for _, ev := range e.Evidence {
				n += 32 + len(ev.ArticleID) + len(ev.Sentence) + len(ev.Sentence)/16
			}
		}
	}
	return n
}

// appendJournal appends one line to the journal and syncs it. When either
// fails (a full disk), it cuts the journal back to its last complete line,
// so the caller can leave the graph as it was and the journal stays
// readable; the write can then be tried again.
func (s *Store) appendJournal(line []byte) error {
	if s.journalErr != nil {
		return fmt.Errorf("memstore: writes are refused since the journal could not be repaired (reopen the store to recover): %w", s.journalErr)
	}
	_, err := s.journal.Write(line)
	if err == nil {
		err = s.journal.Sync()
	}
	if err == nil {
		s.journalSize += int64(len(line))
		return nil
	}
	if terr := s.cutJournalBack(); terr != nil {
		// A torn line stays at the end: Open drops it, but an append
		// after it would make it a corrupt line in the middle.
		s.journalErr = terr
		return fmt.Errorf("memstore: journal append failed: %w; cutting it back failed too: %w", err, terr)
	}
	return fmt.Errorf("memstore: journal append failed, nothing written: %w", err)
}

// cutJournalBack truncates the journal to its complete lines.
func (s *Store) cutJournalBack() error {
	if err := s.journal.Truncate(s.journalSize); err != nil {
		return err
	}
	return s.journal.Sync()
}

// apply merges one validated graph. The caller holds the write lock.
func (s *Store) apply(g schema.ArticleGraph, hash [sha256.Size]byte) {
	s.written[g.ArticleID] = hash
	s.merge(g)
}

// absorbAll carries out the meeting merges of graphs (schema.MeetingMerge)
// once all of them are merged, as the Neo4j store does: each From into the
// end of its chain of merges (schema.MergeEnds), not into an Into that a
// later merge removes. The caller holds the write lock.
func (s *Store) absorbAll(graphs []schema.ArticleGraph) {
	ends := schema.MergeEnds(graphs)
	for _, g := range graphs {
		for _, m := range g.Absorb {
			if into, ok := ends[m.From]; ok {
				s.absorb(schema.MeetingMerge{From: m.From, Into: into})
			}
		}
	}
}

// absorb carries out one schema.MeetingMerge. The caller holds the write
// lock.
func (s *Store) absorb(m schema.MeetingMerge) {
	from := s.nodes[m.From]
	if from == nil || from.Label != schema.LabelMeeting || s.nodes[m.Into] == nil {
		return
	}
	var edges []schema.Edge
	for _, e := range s.edgesOf(m.From) {
		edges = append(edges, *e)
	}
	node, moved := schema.Absorbed(m, *from, edges)
	s.removeNodeAndEdges(m.From, map[string]bool{})
	s.indexMeeting(m.From) // a meeting that is gone loses its parties
	s.merge(schema.ArticleGraph{Nodes: []schema.Node{node}, Edges: moved})
	s.merged.Record(m.From, m.Into)
}

// merge merges a graph's nodes and edges. The caller holds the write lock.
func (s *Store) merge(g schema.ArticleGraph) {
	for _, n := range g.Nodes {
		stored := s.nodes[n.ID]
		merged := schema.MergeNode(stored, n)
		// The text is in s.texts; only the search index reads it here.
		delete(merged.Props, schema.PropText)
		if len(merged.Props) == 0 {
			merged.Props = nil // as a snapshot loads it
		}
		s.nodes[n.ID] = &merged
		s.partyNames.invalidate(stored)
		s.partyNames.invalidate(&merged)
		if s.byLabel[n.Label] == nil {
			s.byLabel[n.Label] = map[string]struct{}{}
		}
		s.byLabel[merged.Label][n.ID] = struct{}{}
		s.indexMeetingDate(&merged)
		s.search.add(&merged, n.Props[schema.PropText])
		if stored != nil && merged.Name != stored.Name {
			s.search.rename(&merged) // a meeting's name took its refined date
		}
	}
	added := make([]bool, len(g.Edges))
	for i, e := range g.Edges {
		if old := s.findEdge(e); old != nil {
			// In place: readers get copies, so the list is never copied here.
			schema.MergeEdgeInto(old, e)
			continue
		}
		merged := schema.MergeEdge(nil, e)
		s.edgeCount++
		addIndex(s.out, e.From, &merged)
		addIndex(s.in, e.To, &merged)
		added[i] = true
	}
	s.indexAfter(g.Edges, added)
}

// findEdge returns the stored edge with e's id, nil when there is none.
// It looks through the shorter of its ends' lists of edges of its type:
// edges join a hub (a country, a busy minister) to a node with few edges,
// so that list is short. The store keeps no map by edge id: at 10× its
// million ids and entries were a quarter of the heap.
func (s *Store) findEdge(e schema.Edge) *schema.Edge {
	list := s.out[e.From].of(e.Type)
	if in := s.in[e.To].of(e.Type); len(in) < len(list) {
		list = in
	}
	for _, x := range list {
		if x.From == e.From && x.To == e.To && x.Key == e.Key {
			return x
		}
	}
	return nil
}

// adjacency is a node's edges in one direction, by relationship type: a
// short list rather than a map, as a node has edges of a few types, and a
// map for each of 70,000 nodes cost tens of MB.
type adjacency []typedEdges

type typedEdges struct {
	typ   string
	edges []*schema.Edge // in the order written
}

// of returns the edges of one type.
func (a adjacency) of(relType string) []*schema.Edge {
	for _, t := range a {
		if t.typ == relType {
			return t.edges
		}
	}
	return nil
}

func addIndex(idx map[string]adjacency, node string, e *schema.Edge) {
	a := idx[node]
	for i := range a {
		if a[i].typ == e.Type {
			a[i].edges = append(a[i].edges, e)
			return
		}
	}
	idx[node] = append(a, typedEdges{typ: e.Type, edges: []*schema.Edge{e}})
}

// Close closes the journal and releases the data folder.
func (s *Store) Close(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.journal == nil {
		return nil
	}
	// The snapshot is written while the journal is still locked, so that
	// it matches the journal: a failure leaves only a slower next start.
	err := s.writeSnapshot()
	err = errors.Join(err, s.journal.Close(), s.texts.f.Close())
	s.journal = nil
	// The lock file stays: removing it would let a process that opened it
	// just before lock a file no longer in the folder.
	return errors.Join(err, s.lock.Close())
}
