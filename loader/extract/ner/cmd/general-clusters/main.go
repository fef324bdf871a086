// Command general-clusters derives the recogniser's general-English word
// clusters (../../lexicon/general-clusters.txt) from the PyPI package
// spacy-lookups-data, whose English table en_lexeme_cluster holds the Brown
// clusters that spaCy v2.2's English models shipped, so that the file can be
// made again byte for byte:
//
//	pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/pkgs
//	go run ./loader/extract/ner/cmd/general-clusters \
//	    -wheel /tmp/pkgs/spacy_lookups_data-1.0.5-py2.py3-none-any.whl \
//	    -out loader/extract/ner/lexicon/general-clusters.txt
//
// It reads the wheel as it is and refuses one whose SHA-256 is not the one
// recorded here. The table maps each word form, case kept, to its cluster's
// bit string stored reversed as an integer (the path's first step is bit 0),
// 0 for a word that was not clustered. The output has one line per cluster:
// its bit string up to its last 1 (the integer cannot keep trailing zeros),
// a tab, and its words in the table's order (most frequent first), separated
// by spaces. Forms holding white space are left out: a token never holds one.
package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// wheelSHA256 is spacy_lookups_data-1.0.5-py2.py3-none-any.whl as PyPI serves it.
const wheelSHA256 = "466f21f087e4144bc93800679437ec5a17be7d0888734b1ba880b3ecb0978bc6"

const table = "spacy_lookups_data/data/en_lexeme_cluster.json.gz"

func main() {
	wheel := flag.String("wheel", "", "spacy_lookups_data-1.0.5-py2.py3-none-any.whl from PyPI")
	out := flag.String("out", "loader/extract/ner/lexicon/general-clusters.txt", "write the clusters here")
	flag.Parse()
	log.SetFlags(0)
	if *wheel == "" {
		log.Fatal("general-clusters: -wheel is required (see the command's doc for the pip download line)")
	}
	b, err := os.ReadFile(*wheel)
	if err != nil {
		log.Fatal(err)
	}
	if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != wheelSHA256 {
		log.Fatalf("%s: sha256 %x, want %s (not the release the clusters are made from)", *wheel, sum, wheelSHA256)
	}
	text, n, err := derive(b)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, text, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d words", *out, n)
}

// derive makes the cluster file from the wheel's bytes and says how many
// words it holds.
func derive(wheel []byte) ([]byte, int, error) {
	zr, err := zip.NewReader(bytes.NewReader(wheel), int64(len(wheel)))
	if err != nil {
		return nil, 0, err
	}
	f, err := zr.Open(table)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", table, err)
	}
	words, ids, err := readTable(gz)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", table, err)
	}
	byCluster := map[string][]string{}
	n := 0
	for i, w := range words {
		if ids[i] == 0 || w == "" || strings.ContainsFunc(w, unicode.IsSpace) {
			continue
		}
		bits := strconv.FormatUint(ids[i], 2)
		// the integer is the path reversed: its lowest bit is the first step
		path := []byte(bits)
		slices.Reverse(path)
		byCluster[string(path)] = append(byCluster[string(path)], w)
		n++
	}
	paths := make([]string, 0, len(byCluster))
	for p := range byCluster {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var buf bytes.Buffer
	for _, p := range paths {
		buf.WriteString(p)
		buf.WriteByte('\t')
		buf.WriteString(strings.Join(byCluster[p], " "))
		buf.WriteByte('\n')
	}
	return buf.Bytes(), n, nil
}

// readTable reads the JSON object of word -> cluster in its own order.
func readTable(r io.Reader) ([]string, []uint64, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil, fmt.Errorf("not a JSON object (%v)", err)
	}
	var words []string
	var ids []uint64
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		w, _ := t.(string)
		var num json.Number
		if err := dec.Decode(&num); err != nil {
			return nil, nil, fmt.Errorf("%q: %w", w, err)
		}
		id, err := strconv.ParseUint(num.String(), 10, 32)
		if err != nil {
			return nil, nil, fmt.Errorf("%q: %w", w, err)
		}
		words = append(words, w)
		ids = append(ids, id)
	}
	return words, ids, nil
}
