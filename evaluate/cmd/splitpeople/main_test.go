package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunFailsOnAListedPersonUnderTwoIDs checks the exit status: 1 where a
// listed official has two ids, 0 where only unlisted people do, 2 on a
// usage or input error.
func TestRunFailsOnAListedPersonUnderTwoIDs(t *testing.T) {
	cases := []struct {
		name, extracted string
		want            int
		wantOut         string
	}{
		{"a listed official under two spellings",
			`{"id":"a","entities":[{"id":"person:mustafa-al-kadhimi","type":"Person","name":"Mustafa Al-Kadhimi"}]}` + "\n" +
				`{"id":"b","entities":[{"id":"person:mustafa-kadhimi","type":"Person","name":"Mustafa Kadhimi"}]}`,
			1, "particle\tlisted\tperson:mustafa-al-kadhimi\tperson:mustafa-kadhimi"},
		{"unlisted people only",
			`{"id":"a","entities":[{"id":"person:alexei-mordashov","type":"Person","name":"Alexei Mordashov"}]}` + "\n" +
				`{"id":"b","entities":[{"id":"person:alexey-mordashov","type":"Person","name":"Alexey Mordashov"}]}`,
			0, "transliteration\tunlisted\tperson:alexei-mordashov\tperson:alexey-mordashov"},
		{"not JSON", `{"id":`, 2, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "extracted.jsonl")
			if err := os.WriteFile(path, []byte(c.extracted+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			if got := run([]string{path}, &out, &errOut); got != c.want {
				t.Errorf("exit %d, want %d (stderr %s)", got, c.want, errOut.String())
			}
			if !strings.Contains(out.String(), c.wantOut) {
				t.Errorf("stdout %q, want it to hold %q", out.String(), c.wantOut)
			}
		})
	}
	if got := run(nil, &bytes.Buffer{}, &bytes.Buffer{}); got != 2 {
		t.Errorf("no arguments: exit %d, want 2", got)
	}
}
