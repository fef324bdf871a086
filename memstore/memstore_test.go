package memstore

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsgraph/schema"
	"newsgraph/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) schema.Store {
		s, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenReplaysTheJournal(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, storetest.Seed()); err != nil {
		t.Fatal(err)
	}
	want, _ := s.Counts(ctx)
	wantMeetings, _, _ := s.Meetings(ctx, schema.MeetingFilter{}, 0, 100)
	s.Close(ctx)

	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close(ctx)
	got, _ := s2.Counts(ctx)
	gotMeetings, _, _ := s2.Meetings(ctx, schema.MeetingFilter{}, 0, 100)
	if got != want || !reflect.DeepEqual(gotMeetings, wantMeetings) {
		t.Errorf("after reopen: %+v, want %+v", got, want)
	}
}

func TestRewritingUnchangedArticlesDoesNotGrowTheJournal(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	s.Write(ctx, storetest.Seed())
	before := fileSize(t, filepath.Join(dir, JournalFile))
	s.Write(ctx, storetest.Seed())
	if after := fileSize(t, filepath.Join(dir, JournalFile)); after != before {
		t.Errorf("journal grew from %d to %d bytes on an unchanged rewrite", before, after)
	}
}

func TestTornLastJournalLineIsDroppedWhole(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, _ := Open(dir)
	seed := storetest.Seed()
	s.Write(ctx, seed[:1])
	want, _ := s.Counts(ctx)
	s.Close(ctx)
	// Simulate a crash in the middle of appending the second transaction.
	line, _ := json.Marshal(journalEntry{Graphs: seed[1:]})
	f, _ := os.OpenFile(filepath.Join(dir, JournalFile), os.O_APPEND|os.O_WRONLY, 0)
	f.Write(line[:len(line)/2])
	f.Close()

	s2, err := Open(dir)
	if err != nil {
		t.Fatalf("open after torn write: %v", err)
	}
	got, _ := s2.Counts(ctx)
	if got != want {
		t.Errorf("counts after torn write = %+v, want %+v (first transaction only)", got, want)
	}
	// The store stays writable, and the journal stays readable.
	if err := s2.Write(ctx, seed[1:]); err != nil {
		t.Fatal(err)
	}
	s2.Close(ctx)
	if _, err := Open(dir); err != nil {
		t.Fatalf("journal unreadable after recovery: %v", err)
	}
}

func TestCorruptJournalLineFailsOpenWithItsLine(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, JournalFile), []byte("{\"graphs\":[]}\nnot json\n"), 0o644)
	_, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Open = %v, want an error naming line 2", err)
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
