// Command inline-names converts documents written with inline name markup
// into gum-open's record format (testdata/own-news.jsonl from
// testdata/own-news.txt, testdata/own-news-orgs.jsonl from
// testdata/own-news-orgs.txt and testdata/own-genres.jsonl from
// testdata/own-genres.txt), so that package gum reads them as it reads GUM's
// own annotation: train-ner -extragum adds such a file to training, or
// -heldout scores the trained model on it.
//
// The source holds documents one after another. A document opens with a
// line "=== ID" (ID as gum-open's: "own_GENRE_NAME"); its first text line is
// the headline, and paragraphs are separated by a blank line. A name is
// written {p:Maria Okafor}, {o:Teamsters Local 12} or {l:Harbour Street}
// (person, organisation, place): the braces hold only the name's core, by
// gum-open's conventions. With -check the command writes nothing and fails
// when the output file differs from what the source gives.
//
//	go run ./loader/extract/ner/cmd/inline-names -in loader/extract/ner/testdata/own-news.txt -out loader/extract/ner/testdata/own-news.jsonl
package main

import (
	"bytes"
	"flag"
	"log"
	"os"

	"newsgraph/loader/extract/ner/cmd/inline-names/inline"
)

func main() {
	in := flag.String("in", "testdata/own-news.txt", "documents with inline name markup")
	out := flag.String("out", "testdata/own-news.jsonl", "gum-open records to write")
	check := flag.Bool("check", false, "fail when -out differs from what -in gives, instead of writing it")
	flag.Parse()
	log.SetFlags(0)
	src, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	recs, err := inline.Parse(string(src))
	if err != nil {
		log.Fatalf("%s: %v", *in, err)
	}
	b, err := inline.Marshal(recs)
	if err != nil {
		log.Fatal(err)
	}
	if *check {
		old, err := os.ReadFile(*out)
		if err != nil {
			log.Fatal(err)
		}
		if !bytes.Equal(old, b) {
			log.Fatalf("%s is not what %s gives: run without -check", *out, *in)
		}
		return
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d documents", *out, len(recs))
}
