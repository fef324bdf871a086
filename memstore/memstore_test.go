package memstore

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
	"newsgraph/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) schema.Store {
		s := open(t, t.TempDir())
		t.Cleanup(func() { closeStore(t, s) })
		return s
	})
}

func TestReopenReplaysTheJournal(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := open(t, dir)
	write(t, s, storetest.Seed())
	want := counts(t, s)
	wantMeetings, _, err := storetest.Meetings(ctx, s, schema.MeetingFilter{}, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	closeStore(t, s)

	s2 := open(t, dir)
	defer closeStore(t, s2)
	if got := counts(t, s2); got != want {
		t.Errorf("counts after reopen = %+v, want %+v", got, want)
	}
	gotMeetings, _, err := storetest.Meetings(ctx, s2, schema.MeetingFilter{}, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantMeetings, gotMeetings); diff != "" {
		t.Errorf("meetings after reopen (-want +got):\n%s", diff)
	}
}

func TestRewritingUnchangedArticlesDoesNotGrowTheJournal(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	defer closeStore(t, s)
	write(t, s, storetest.Seed())
	before := fileSize(t, filepath.Join(dir, JournalFile))
	write(t, s, storetest.Seed())
	if after := fileSize(t, filepath.Join(dir, JournalFile)); after != before {
		t.Errorf("journal grew from %d to %d bytes on an unchanged rewrite", before, after)
	}
}

func TestTornLastJournalLineIsDroppedWhole(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	seed := storetest.Seed()
	write(t, s, seed[:1])
	want := counts(t, s)
	closeStore(t, s)
	// Simulate a crash in the middle of appending the second transaction.
	line, err := json.Marshal(journalEntry{Graphs: seed[1:]})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, JournalFile), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(line[:len(line)/2]); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	s2, err := Open(dir)
	if err != nil {
		t.Fatalf("open after torn write: %v", err)
	}
	if got := counts(t, s2); got != want {
		t.Errorf("counts after torn write = %+v, want %+v (first transaction only)", got, want)
	}
	// The store stays writable, and the journal stays readable.
	write(t, s2, seed[1:])
	closeStore(t, s2)
	s3, err := Open(dir)
	if err != nil {
		t.Fatalf("journal unreadable after recovery: %v", err)
	}
	closeStore(t, s3)
}

func TestCorruptJournalLineFailsOpenWithItsLine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, JournalFile), []byte("{\"graphs\":[]}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Open = %v, want an error naming line 2", err)
	}
}

func open(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t *testing.T, s *Store, graphs []schema.ArticleGraph) {
	t.Helper()
	if err := storetest.Write(context.Background(), s, graphs); err != nil {
		t.Fatal(err)
	}
}

func counts(t *testing.T, s *Store) schema.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func closeStore(t testing.TB, s *Store) {
	t.Helper()
	if err := s.Close(context.Background()); err != nil {
		t.Errorf("Close: %v", err)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
