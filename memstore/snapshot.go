package memstore

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"newsgraph/schema"
)

// SnapshotFile is the name, inside the data folder, of the store's
// snapshot: its whole state as of a length of the journal, written when
// the store closes, so that the next Open loads it and replays only the
// journal's entries after it instead of decoding and merging every
// article again. It is derived data: the journal stays the record, and
// Open ignores a snapshot that does not match it.
const SnapshotFile = "snapshot.gob"

// snapshotVersion changes whenever snapshot's meaning does; Open replays
// the journal instead of loading a snapshot of another version. 4: a
// meeting's name takes its refined date (schema.MeetingNameAtDate), so a
// snapshot of 3 may hold names that a replay renames. 5: the ids of
// meetings merged into others (Merged), which a snapshot of 4 lacks.
const snapshotVersion = 5

// journalTailBytes is how much of the journal before its recorded length a
// snapshot hashes, to tell that the journal is still the one it was taken
// of (the journal is only ever appended to, or cut back to its complete
// lines, so a changed or replaced journal differs there).
const journalTailBytes = 64 << 10

// snapshot is the store's state, encoded with encoding/gob. Every string
// is stored once, in Blob; the rest are flat lists of numbers, so that a
// load is a few large allocations rather than millions of small ones, and
// a string repeated across the graph (an id, a sentence given as evidence
// for several edges) takes its memory once.
type snapshot struct {
	Version     int
	JournalSize int64             // the journal's length the snapshot is of
	JournalTail [sha256.Size]byte // hash of its journalTailBytes before JournalSize
	TextsSize   int64             // the texts file's length it is of

	Blob string   // every distinct string, one after the other
	Ends []uint32 // string i is Blob[Ends[i-1]:Ends[i]]

	// Nodes, per node: id, label, name, len(aliases), aliases…,
	// len(props), (key, value)….
	Nodes []uint32
	// TextIDs[i]'s text is TextLens[i] bytes at TextOffs[i] in the texts file.
	TextIDs  []uint32
	TextOffs []int64
	TextLens []uint32
	// Edges, per edge: type, from, to, key, since, until,
	// len(evidence), (article, sentence)….
	Edges []uint32
	// Out and In, per node and relationship type: node, type, len(edges),
	// edge numbers (in Edges' order)…, in the indexes' order.
	Out, In []uint32
	Written []uint32 // article ids
	Hashes  []byte   // sha256.Size per written article

	// The search index: SearchIDs and SearchAliases by ordinal; Names per
	// word: word, len(ordinals), ordinals…; TextWords by word number, with
	// each word's postings at PostEnds[i-1]:PostEnds[i] of PostData.
	SearchIDs     []uint32
	SearchAliases []uint32
	Names         []uint32
	TextWords     []uint32
	PostLast      []uint32
	PostEnds      []uint32
	PostData      []byte

	// Merged, per meeting merged away: its id, the id of the meeting that
	// holds it (schema.MergedIDs), by id.
	Merged []uint32

	texts map[string]textRef // TextIDs… after load
}

// snapshotHeader is the first gob value of a snapshot file; the lists
// follow, each as its length and then chunks of it.
type snapshotHeader struct {
	Version     int
	JournalSize int64
	JournalTail [sha256.Size]byte
	TextsSize   int64
	BlobLen     int
}

// snapshotChunk is how many elements of a list one gob value holds. gob
// reads a large value in growing steps (it cannot trust a length it reads),
// copying it each time; values of a few MB are read at once.
const snapshotChunk = 1 << 20

// lists are the snapshot's lists in the order written.
func (snap *snapshot) lists() []any {
	return []any{&snap.Ends, &snap.Nodes, &snap.TextIDs, &snap.TextOffs, &snap.TextLens, &snap.Edges, &snap.Out, &snap.In,
		&snap.Written, &snap.Hashes, &snap.SearchIDs, &snap.SearchAliases, &snap.Names, &snap.TextWords, &snap.PostLast,
		&snap.PostEnds, &snap.PostData, &snap.Merged}
}

func (snap *snapshot) encode(enc *gob.Encoder) error {
	if err := enc.Encode(snapshotHeader{snap.Version, snap.JournalSize, snap.JournalTail, snap.TextsSize, len(snap.Blob)}); err != nil {
		return err
	}
	for i := 0; i < len(snap.Blob); i += snapshotChunk * 4 {
		if err := enc.Encode(snap.Blob[i:min(i+snapshotChunk*4, len(snap.Blob))]); err != nil {
			return err
		}
	}
	for _, l := range snap.lists() {
		var err error
		switch l := l.(type) {
		case *[]uint32:
			err = encodeChunks(enc, *l)
		case *[]int64:
			err = encodeChunks(enc, *l)
		case *[]byte:
			err = encodeChunks(enc, *l)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// decode reads a snapshot of a file of size bytes: no list or string in it
// can be longer, which bounds what a corrupt length makes it allocate.
func (snap *snapshot) decode(dec *gob.Decoder, size int64) error {
	var h snapshotHeader
	if err := dec.Decode(&h); err != nil {
		return err
	}
	snap.Version, snap.JournalSize, snap.JournalTail, snap.TextsSize = h.Version, h.JournalSize, h.JournalTail, h.TextsSize
	if snap.Version != snapshotVersion {
		return nil // the caller refuses it
	}
	if h.BlobLen < 0 || int64(h.BlobLen) > size {
		return errCorrupt
	}
	var blob strings.Builder
	blob.Grow(h.BlobLen)
	for blob.Len() < h.BlobLen {
		var part string
		if err := dec.Decode(&part); err != nil {
			return err
		}
		if part == "" {
			return errCorrupt
		}
		blob.WriteString(part)
	}
	snap.Blob = blob.String()
	for _, l := range snap.lists() {
		var err error
		switch l := l.(type) {
		case *[]uint32:
			err = decodeChunks(dec, l, size)
		case *[]int64:
			err = decodeChunks(dec, l, size)
		case *[]byte:
			err = decodeChunks(dec, l, size)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func encodeChunks[T any](enc *gob.Encoder, list []T) error {
	if err := enc.Encode(len(list)); err != nil {
		return err
	}
	for i := 0; i < len(list); i += snapshotChunk {
		if err := enc.Encode(list[i:min(i+snapshotChunk, len(list))]); err != nil {
			return err
		}
	}
	return nil
}

// decodeChunks reads a list that encodeChunks wrote into one allocation
// of its final size.
func decodeChunks[T any](dec *gob.Decoder, list *[]T, size int64) error {
	var n int
	if err := dec.Decode(&n); err != nil {
		return err
	}
	if n < 0 || int64(n) > size { // gob takes a byte at least per element
		return errCorrupt
	}
	*list = make([]T, 0, n)
	var part []T
	for len(*list) < n {
		part = part[:0]
		if err := dec.Decode(&part); err != nil {
			return err
		}
		if len(part) == 0 || len(*list)+len(part) > n {
			return errCorrupt
		}
		*list = append(*list, part...)
	}
	return nil
}

// strTable numbers distinct strings as a snapshot is written.
type strTable struct {
	num  map[string]uint32
	blob strings.Builder
	ends []uint32
}

func (t *strTable) id(s string) uint32 {
	if n, ok := t.num[s]; ok {
		return n
	}
	n := uint32(len(t.ends))
	t.num[s] = n
	t.blob.WriteString(s)
	t.ends = append(t.ends, uint32(t.blob.Len()))
	return n
}

// journalTail hashes the journalTailBytes of the journal before size.
func journalTail(path string, size int64) ([sha256.Size]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	defer f.Close()
	from := max(size-journalTailBytes, 0)
	b := make([]byte, size-from)
	if _, err := f.ReadAt(b, from); err != nil {
		return [sha256.Size]byte{}, fmt.Errorf("the journal is shorter than the snapshot: %w", err)
	}
	return sha256.Sum256(b), nil
}

// writeSnapshot writes the store's state as of its journal to the data
// folder, unless the snapshot there already is of it. The caller holds
// the write lock.
func (s *Store) writeSnapshot() error {
	if s.dir == "" || s.journalErr != nil || s.journalSize == s.snapshotOf {
		return nil
	}
	if err := s.texts.f.Sync(); err != nil {
		return fmt.Errorf("memstore: snapshot: %w", err)
	}
	snap, err := s.snapshot()
	if err != nil {
		return fmt.Errorf("memstore: snapshot: %w", err)
	}
	path := filepath.Join(s.dir, SnapshotFile)
	tmp, err := os.CreateTemp(s.dir, SnapshotFile+".*")
	if err != nil {
		return fmt.Errorf("memstore: snapshot: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename, there is none
	w := bufio.NewWriterSize(tmp, 1<<20)
	sum := sha256.New()
	err = snap.encode(gob.NewEncoder(io.MultiWriter(w, sum)))
	if err == nil {
		// The file ends with the hash of what precedes it.
		_, err = w.Write(sum.Sum(nil))
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	err = errors.Join(err, tmp.Close())
	if err == nil {
		// The rename replaces the old snapshot whole or not at all.
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("memstore: snapshot: %w", err)
	}
	s.snapshotOf = s.journalSize
	return nil
}

// removeStaleSnapshots removes the temporary files of snapshots whose
// writing was cut short (a process killed while it closed). The caller
// holds the folder's lock, so no other process is writing one.
func removeStaleSnapshots(dir string) {
	stale, _ := filepath.Glob(filepath.Join(dir, SnapshotFile+".*"))
	for _, f := range stale {
		if err := os.Remove(f); err != nil {
			slog.Warn("memstore: could not remove an unfinished snapshot", "file", f, "err", err)
		}
	}
}

// snapshot encodes the store's state.
func (s *Store) snapshot() (*snapshot, error) {
	tail, err := journalTail(filepath.Join(s.dir, JournalFile), s.journalSize)
	if err != nil {
		return nil, err
	}
	t := &strTable{num: map[string]uint32{}}
	snap := &snapshot{Version: snapshotVersion, JournalSize: s.journalSize, JournalTail: tail, TextsSize: s.texts.size}
	for _, id := range sortedKeys(s.nodes) {
		n := s.nodes[id]
		snap.Nodes = append(snap.Nodes, t.id(n.ID), t.id(n.Label), t.id(n.Name), uint32(len(n.Aliases)))
		for _, a := range n.Aliases {
			snap.Nodes = append(snap.Nodes, t.id(a))
		}
		snap.Nodes = append(snap.Nodes, uint32(len(n.Props)))
		for _, k := range sortedKeys(n.Props) {
			snap.Nodes = append(snap.Nodes, t.id(k), t.id(n.Props[k]))
		}
	}
	for _, id := range sortedKeys(s.texts.refs) {
		r := s.texts.refs[id]
		snap.TextIDs = append(snap.TextIDs, t.id(id))
		snap.TextOffs = append(snap.TextOffs, r.Off)
		snap.TextLens = append(snap.TextLens, r.Len)
	}
	// Edges are numbered in the order of the out lists, where each is once.
	var all []*schema.Edge
	for _, node := range sortedKeys(s.out) {
		for _, typed := range s.out[node] {
			all = append(all, typed.edges...)
		}
	}
	edgeNum := make(map[*schema.Edge]uint32, len(all))
	for _, e := range all {
		edgeNum[e] = uint32(len(edgeNum))
		snap.Edges = append(snap.Edges, t.id(e.Type), t.id(e.From), t.id(e.To), t.id(e.Key), t.id(e.Since), t.id(e.Until), uint32(len(e.Evidence)))
		for _, ev := range e.Evidence {
			snap.Edges = append(snap.Edges, t.id(ev.ArticleID), t.id(ev.Sentence))
		}
	}
	index := func(idx map[string]adjacency) []uint32 {
		var out []uint32
		for _, node := range sortedKeys(idx) {
			for _, typed := range idx[node] {
				out = append(out, t.id(node), t.id(typed.typ), uint32(len(typed.edges)))
				for _, e := range typed.edges {
					out = append(out, edgeNum[e])
				}
			}
		}
		return out
	}
	snap.Out, snap.In = index(s.out), index(s.in)
	for _, a := range sortedKeys(s.written) {
		h := s.written[a]
		snap.Written = append(snap.Written, t.id(a))
		snap.Hashes = append(snap.Hashes, h[:]...)
	}
	x := &s.search
	for o, id := range x.ids {
		snap.SearchIDs = append(snap.SearchIDs, t.id(id))
		snap.SearchAliases = append(snap.SearchAliases, uint32(x.aliases[o]))
	}
	for _, w := range sortedKeys(x.names) {
		list := x.names[w]
		snap.Names = append(snap.Names, t.id(w), uint32(len(list)))
		snap.Names = append(snap.Names, list...)
	}
	words := make([]string, len(x.postings))
	for w, i := range x.textIDs {
		words[i] = w
	}
	for i, w := range words {
		p := x.postings[i]
		snap.TextWords = append(snap.TextWords, t.id(w))
		snap.PostLast = append(snap.PostLast, p.last)
		snap.PostData = append(snap.PostData, p.data...)
		snap.PostEnds = append(snap.PostEnds, uint32(len(snap.PostData)))
	}
	for _, id := range sortedKeys(s.merged.Into) {
		snap.Merged = append(snap.Merged, t.id(id), t.id(s.merged.Into[id]))
	}
	snap.Blob, snap.Ends = t.blob.String(), t.ends
	return snap, nil
}

// loadSnapshot fills the empty store from the snapshot in dir, when there
// is one that matches the journal at journalPath; it returns nil, nil when
// there is none, and an error (the store then half filled) when it cannot
// be used.
func (s *Store) loadSnapshot(dir, journalPath string) (*snapshot, error) {
	f, err := os.Open(filepath.Join(dir, SnapshotFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	// A byte changed on disk could still decode, into another graph: the
	// file's hash is checked first (about 0.1 s at 10×).
	size := fi.Size() - sha256.Size
	if size < 0 {
		return nil, fmt.Errorf("read %s: %w", f.Name(), errCorrupt)
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, io.NewSectionReader(f, 0, size)); err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name(), err)
	}
	want := make([]byte, sha256.Size)
	if _, err := f.ReadAt(want, size); err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name(), err)
	}
	if !bytes.Equal(sum.Sum(nil), want) {
		return nil, fmt.Errorf("read %s: %w: its hash does not match", f.Name(), errCorrupt)
	}
	var snap snapshot
	if err := snap.decode(gob.NewDecoder(bufio.NewReaderSize(io.NewSectionReader(f, 0, size), 1<<20)), size); err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name(), err)
	}
	if snap.Version != snapshotVersion {
		return nil, fmt.Errorf("%s is of version %d, not %d", f.Name(), snap.Version, snapshotVersion)
	}
	tail, err := journalTail(journalPath, snap.JournalSize)
	if err != nil {
		return nil, err
	}
	if tail != snap.JournalTail {
		return nil, fmt.Errorf("%s is not of the journal %s", f.Name(), journalPath)
	}
	if fi, err := os.Stat(filepath.Join(dir, TextsFile)); err != nil || fi.Size() < snap.TextsSize {
		return nil, fmt.Errorf("the texts file is missing or shorter than %s says", f.Name())
	}
	if err := s.fromSnapshot(&snap); err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name(), err)
	}
	s.snapshotOf = snap.JournalSize
	return &snap, nil
}

// errCorrupt is fromSnapshot's error for numbers that point nowhere.
var errCorrupt = errors.New("corrupt snapshot")

// fromSnapshot fills the empty store from a decoded snapshot.
func (s *Store) fromSnapshot(snap *snapshot) (err error) {
	// Numbers out of range are a corrupt file, which the journal repairs.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errCorrupt, r)
		}
	}()
	str := func(i uint32) string {
		start := uint32(0)
		if i > 0 {
			start = snap.Ends[i-1]
		}
		return snap.Blob[start:snap.Ends[i]]
	}
	next := func(list []uint32, at *int) uint32 {
		v := list[*at]
		*at++
		return v
	}
	nodes := snap.Nodes
	s.nodes = make(map[string]*schema.Node, len(snap.SearchIDs))
	for i := 0; i < len(nodes); {
		n := &schema.Node{ID: str(next(nodes, &i)), Label: str(next(nodes, &i)), Name: str(next(nodes, &i))}
		if k := int(next(nodes, &i)); k > 0 {
			n.Aliases = make([]string, k)
			for j := range n.Aliases {
				n.Aliases[j] = str(next(nodes, &i))
			}
		}
		if k := int(next(nodes, &i)); k > 0 {
			n.Props = make(map[string]string, k)
			for range k {
				key := str(next(nodes, &i))
				n.Props[key] = str(next(nodes, &i))
			}
		}
		s.nodes[n.ID] = n
		if s.byLabel[n.Label] == nil {
			s.byLabel[n.Label] = map[string]struct{}{}
		}
		s.byLabel[n.Label][n.ID] = struct{}{}
		s.indexMeetingDate(n)
	}
	snap.texts = make(map[string]textRef, len(snap.TextIDs))
	for i, id := range snap.TextIDs {
		snap.texts[str(id)] = textRef{Off: snap.TextOffs[i], Len: snap.TextLens[i]}
	}

	// Edges and their evidence live in two large arrays.
	edges := snap.Edges
	var count, evidence int
	for i := 0; i < len(edges); count++ {
		k := int(edges[i+6])
		evidence += k
		i += 7 + 2*k
	}
	all := make([]schema.Edge, count)
	evs := make([]schema.Evidence, evidence)
	s.edgeCount = count
	for i, j, e := 0, 0, 0; i < len(edges); e++ {
		x := &all[e]
		x.Type, x.From, x.To = str(edges[i]), str(edges[i+1]), str(edges[i+2])
		x.Key, x.Since, x.Until = str(edges[i+3]), str(edges[i+4]), str(edges[i+5])
		k := int(edges[i+6])
		i += 7
		// Clipped, so that a merge appending evidence copies the list; nil
		// when empty, as a merge leaves it.
		if k > 0 {
			x.Evidence = evs[j : j+k : j+k]
		}
		for m := range k {
			x.Evidence[m] = schema.Evidence{ArticleID: str(edges[i]), Sentence: str(edges[i+1])}
			i += 2
		}
		j += k
	}
	index := func(list []uint32, idx map[string]adjacency) {
		for i := 0; i < len(list); {
			node, typ, k := str(list[i]), str(list[i+1]), int(list[i+2])
			i += 3
			l := make([]*schema.Edge, k)
			for j := range l {
				l[j] = &all[list[i+j]]
			}
			idx[node] = append(idx[node], typedEdges{typ: typ, edges: l})
			i += k
		}
	}
	index(snap.Out, s.out)
	index(snap.In, s.in)
	s.rebuildParties() // derived, so not in the file
	for i, a := range snap.Written {
		s.written[str(a)] = [sha256.Size]byte(snap.Hashes[i*sha256.Size : (i+1)*sha256.Size])
	}

	s.search = newSearchIndex()
	x := &s.search
	x.ids = make([]string, len(snap.SearchIDs))
	x.aliases = make([]int, len(snap.SearchIDs))
	for o, id := range snap.SearchIDs {
		x.ids[o] = str(id)
		x.ord[x.ids[o]] = uint32(o)
		x.aliases[o] = int(snap.SearchAliases[o])
	}
	names := snap.Names
	for i := 0; i < len(names); {
		w, k := str(names[i]), int(names[i+1])
		x.names[w] = slices.Clip(names[i+2 : i+2+k])
		x.nameVocab.pending = append(x.nameVocab.pending, w)
		i += 2 + k
	}
	if cap(snap.PostData) > len(snap.PostData) {
		// gob grows the list as it reads it: keep only what it holds.
		snap.PostData = bytes.Clone(snap.PostData)
	}
	x.postings = make([]postings, len(snap.TextWords))
	x.counts = make([]uint32, len(snap.TextWords))
	x.textVocab.pending = make([]string, len(snap.TextWords))
	start := uint32(0)
	for i, w := range snap.TextWords {
		word := str(w)
		x.textIDs[word] = uint32(i)
		x.textVocab.pending[i] = word
		end := snap.PostEnds[i]
		x.postings[i] = postings{last: snap.PostLast[i], data: snap.PostData[start:end:end]}
		start = end
	}
	for i := 0; i < len(snap.Merged); i += 2 {
		s.merged.Add(str(snap.Merged[i]), str(snap.Merged[i+1]))
	}
	if len(s.nodes) == 0 && len(nodes) > 0 {
		return io.ErrUnexpectedEOF
	}
	return nil
}
