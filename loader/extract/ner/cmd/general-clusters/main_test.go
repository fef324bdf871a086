package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// wheelWith is a zip holding the English cluster table as the given JSON.
func wheelWith(t *testing.T, tableJSON string) []byte {
	t.Helper()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write([]byte(tableJSON)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.Create(table)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(gz.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The table's integers are paths read backwards (the first step is bit 0);
// the file groups words by path, paths sorted, words in the table's order,
// and leaves out unclustered words and forms with white space.
func TestDeriveGroupsWordsByPath(t *testing.T) {
	tests := []struct {
		name, table, want string
		words             int
	}{
		{"one word", `{"London": 678}`, "0110010101\tLondon\n", 1},
		{"same path keeps table order", `{"Paris": 678, "London": 678}`, "0110010101\tParis London\n", 2},
		{"paths sorted", `{"Smith": 86, "NASA": 38}`, "011001\tNASA\n0110101\tSmith\n", 2},
		{"unclustered and spaced left out", `{"Google": 0, "\n\n": 3, "a b": 5, "the": 11}`, "1101\tthe\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, err := derive(wheelWith(t, tt.table))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("file (-want +got):\n%s", diff)
			}
			if n != tt.words {
				t.Errorf("%d words, want %d", n, tt.words)
			}
		})
	}
}

func TestDeriveRefusesATableThatIsNoObject(t *testing.T) {
	if _, _, err := derive(wheelWith(t, `[1, 2]`)); err == nil {
		t.Error("derive accepted a JSON array")
	}
}
