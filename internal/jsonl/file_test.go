package jsonl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileDecodesEveryLineAndNamesTheBadOne(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	if err := os.WriteFile(good, []byte("{\"id\":\"a\"}\n\n{\"id\":\"b\"}"), 0o644); err != nil {
		t.Fatal(err)
	}
	type rec struct{ ID string }
	got, err := ReadFile[rec](good)
	if err != nil || len(got) != 2 || got[0].ID != "a" || got[1].ID != "b" {
		t.Errorf("got %v, %v; want a and b", got, err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\"}\n{\"id\":\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile[rec](bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl:2:") {
		t.Errorf("got %v, want an error naming bad.jsonl:2", err)
	}
}
