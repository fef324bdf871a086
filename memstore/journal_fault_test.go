package memstore

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
	"newsgraph/storetest"
)

// faultyJournal is the journal file on a disk that fills up: it writes the
// first room bytes it is given, then fails with ENOSPC, as write(2) does.
// It can also fail Sync or Truncate.
type faultyJournal struct {
	*os.File
	room         int   // bytes that still fit; below 0, unlimited
	syncErr      error // returned by the next Sync when set
	truncateErr  error // returned by Truncate when set
	writes, cuts int
}

func (f *faultyJournal) Write(p []byte) (int, error) {
	f.writes++
	if f.room < 0 || len(p) <= f.room {
		if f.room >= 0 {
			f.room -= len(p)
		}
		return f.File.Write(p)
	}
	n, err := f.File.Write(p[:f.room])
	f.room = 0
	if err != nil {
		return n, err
	}
	return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
}

func (f *faultyJournal) Sync() error {
	if err := f.syncErr; err != nil {
		f.syncErr = nil
		return err
	}
	return f.File.Sync()
}

func (f *faultyJournal) Truncate(size int64) error {
	f.cuts++
	if f.truncateErr != nil {
		return f.truncateErr
	}
	return f.File.Truncate(size)
}

// withFaultyJournal opens the store in dir with its journal behind a
// faultyJournal that has unlimited room until the test says otherwise, and
// writes the first of graphs with write: the state a fault then meets.
func withFaultyJournal(t *testing.T, dir string, write writeFunc, graphs []schema.ArticleGraph) (*Store, *faultyJournal) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	fj := &faultyJournal{File: s.journal.(*os.File), room: -1}
	s.journal = fj
	if err := write(context.Background(), s, graphs[:1]); err != nil {
		t.Fatal(err)
	}
	return s, fj
}

// writeFunc is one way of writing graphs to a store.
type writeFunc func(ctx context.Context, s *Store, graphs []schema.ArticleGraph) error

// writePaths are every way a graph reaches the journal.
var writePaths = []struct {
	name  string
	write writeFunc
}{
	{"WriteResolved without a resolver", func(ctx context.Context, s *Store, graphs []schema.ArticleGraph) error {
		return s.WriteResolved(ctx, graphs, nil)
	}},
	{"WriteResolved", writeResolved},
}

// writeResolved writes graphs through WriteResolved, with a resolver that
// reads the stored meetings, as the loader's does, and renames none.
func writeResolved(ctx context.Context, s *Store, graphs []schema.ArticleGraph) error {
	return s.WriteResolved(ctx, graphs, func(ctx context.Context, write []schema.ArticleGraph, read schema.ResolveReads) ([]schema.ArticleGraph, error) {
		if _, err := read.MeetingsDated([]string{"2023-06-19"}, []string{"2023"}); err != nil {
			return nil, err
		}
		return write, nil
	})
}

// state is what a test compares to tell two stores apart.
type state struct {
	Counts   schema.Counts
	Meetings []schema.Node
	Nodes    map[string]schema.Node
}

// reopenAs opens the store in dir again, after the test closed it, and
// checks that it, and its journal alone, replay to want; the reopened
// store is closed when the test ends.
func reopenAs(t *testing.T, dir string, want state) *Store {
	t.Helper()
	reopened, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { closeStore(t, reopened) })
	if diff := cmp.Diff(want, stateOf(t, reopened)); diff != "" {
		t.Errorf("reopened store (-closed +reopened):\n%s", diff)
	}
	// The snapshot Close wrote answers for most of the journal: the journal
	// alone must replay to the same state.
	journalOnly := open(t, copyFiles(t, dir, JournalFile))
	defer closeStore(t, journalOnly)
	if diff := cmp.Diff(want, stateOf(t, journalOnly)); diff != "" {
		t.Errorf("the journal alone replayed (-closed +replayed):\n%s", diff)
	}
	return reopened
}

func stateOf(t *testing.T, s *Store) state {
	t.Helper()
	ctx := context.Background()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := storetest.Meetings(ctx, s, schema.MeetingFilter{}, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, g := range storetest.Seed() {
		for _, n := range g.Nodes {
			ids = append(ids, n.ID)
		}
	}
	nodes, err := s.Nodes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	return state{c, m, nodes}
}

// faults are the ways an append can fail.
var faults = []struct {
	name   string
	inject func(f *faultyJournal)
}{
	{"disk full before the line", func(f *faultyJournal) { f.room = 0 }},
	{"disk full in the middle of the line", func(f *faultyJournal) { f.room = 100 }},
	{"sync fails after the whole line", func(f *faultyJournal) { f.syncErr = syscall.EIO }},
}

func TestFailedJournalAppendLeavesStoreAndJournalAsBefore(t *testing.T) {
	for _, path := range writePaths {
		for _, fault := range faults {
			t.Run(path.name+"/"+fault.name, func(t *testing.T) {
				ctx := context.Background()
				dir := t.TempDir()
				seed := storetest.Seed()
				s, fj := withFaultyJournal(t, dir, path.write, seed)
				before := stateOf(t, s)
				journalBefore := readJournal(t, dir)

				fault.inject(fj)
				err := path.write(ctx, s, seed[1:])
				if err == nil {
					t.Fatal("the write succeeded though its journal append failed")
				}
				if !strings.Contains(err.Error(), "journal append failed, nothing written") {
					t.Errorf("error = %v, want it to say nothing was written", err)
				}
				if diff := cmp.Diff(before, stateOf(t, s)); diff != "" {
					t.Errorf("the failed write changed the store (-before +after):\n%s", diff)
				}
				if got := readJournal(t, dir); got != journalBefore {
					t.Errorf("journal after the failed write:\n%q\nwant it cut back to:\n%q", got, journalBefore)
				}

				// Room again: the same write now succeeds (the failed one
				// did not count as written), and the journal replays to it.
				fj.room, fj.syncErr = -1, nil
				if err := path.write(ctx, s, seed[1:]); err != nil {
					t.Fatalf("retry after the fault: %v", err)
				}
				want := stateOf(t, s)
				if want.Counts == before.Counts {
					t.Fatal("the retried write added nothing")
				}
				if err := s.Close(ctx); err != nil {
					t.Fatal(err)
				}
				reopenAs(t, dir, want)
			})
		}
	}
}

func TestJournalThatCannotBeCutBackRefusesWritesAndReopens(t *testing.T) {
	for _, path := range writePaths {
		t.Run(path.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			seed := storetest.Seed()
			s, fj := withFaultyJournal(t, dir, path.write, seed)
			before := stateOf(t, s)

			fj.room, fj.truncateErr = 100, syscall.EIO
			err := path.write(ctx, s, seed[1:2])
			if !errors.Is(err, syscall.ENOSPC) || !errors.Is(err, syscall.EIO) {
				t.Errorf("error = %v, want both the append's and the cut's", err)
			}
			// A torn line is at the end now: no later line may follow it,
			// even once the disk has room.
			fj.room = -1
			writes := fj.writes
			if err := path.write(ctx, s, seed[1:]); err == nil || !strings.Contains(err.Error(), "writes are refused") {
				t.Errorf("write after an unrepaired journal = %v, want it refused", err)
			}
			if fj.writes != writes {
				t.Error("the refused write reached the journal")
			}
			if diff := cmp.Diff(before, stateOf(t, s)); diff != "" {
				t.Errorf("the failed writes changed the store (-before +after):\n%s", diff)
			}
			closeStore(t, s)

			// Open drops the torn tail.
			reopened := reopenAs(t, dir, before)
			if err := path.write(ctx, reopened, seed[1:]); err != nil {
				t.Errorf("write after reopening: %v", err)
			}
		})
	}
}

// TestAppendsAfterAFullDiskKeepTheJournalReadable is the repro of issue
// 12: one append failed (the disk was full), later ones succeeded, and
// the store would not open again ("journal.jsonl line 2: invalid
// character").
func TestAppendsAfterAFullDiskKeepTheJournalReadable(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	seed := storetest.Seed()
	s, fj := withFaultyJournal(t, dir, writeResolved, seed)
	fj.room = 10
	if err := writeResolved(ctx, s, seed[1:2]); err == nil {
		t.Fatal("write on a full disk succeeded")
	}
	fj.room = -1
	if err := writeResolved(ctx, s, seed[1:2]); err != nil {
		t.Fatal(err)
	}
	want := stateOf(t, s)
	closeStore(t, s)
	reopenAs(t, dir, want)
}

func readJournal(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, JournalFile))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
