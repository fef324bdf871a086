// Command word-clusters makes the recogniser's word clusters
// (../../lexicon/clusters.txt) from unlabelled text: Brown clusters (package
// brown) of the words of the news corpus (US government releases, public
// domain), split into words as the recogniser splits them (ner.Tokenize):
//
//	go run ./loader/extract/ner/cmd/word-clusters \
//	    -corpus ../shared/corpus/diplomacy.jsonl,../shared/corpus/general.jsonl \
//	    -out loader/extract/ner/lexicon/clusters.txt
//
// -gum adds the text of the GUM training part (never the test part). The
// committed file leaves it out: clusters made from the documents that
// cross-validation holds out know those documents' words in their own
// contexts, and so raise its score without raising the test part's (see
// ../../lexicon/NOTICE.md).
//
// The output has one line per cluster: its bit string, a tab, and its words,
// most frequent first, separated by spaces (a token never holds one).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"newsgraph/loader"
	"newsgraph/loader/extract/ner"
	"newsgraph/loader/extract/ner/brown"
	"newsgraph/loader/extract/ner/gum"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/diplomacy.jsonl,../shared/corpus/general.jsonl", "article files (JSON lines with a text field), comma-separated")
	gumPath := flag.String("gum", "", "gum-open documents whose training part's text is added (none if empty)")
	clusters := flag.Int("clusters", 256, "clusters kept while words enter (C)")
	minCount := flag.Int("mincount", 3, "leave out words seen fewer times")
	out := flag.String("out", "loader/extract/ner/lexicon/clusters.txt", "write the clusters here")
	flag.Parse()
	log.SetFlags(0)
	var seqs [][]string
	tokens := 0
	addText := func(text string) {
		toks := ner.Tokenize(text)
		s := make([]string, len(toks))
		for i, t := range toks {
			s[i] = t.Text
		}
		seqs = append(seqs, s)
		tokens += len(s)
	}
	for _, path := range strings.Split(*corpus, ",") {
		n := 0
		for r := range loader.ReadFile(path, loader.ReadOptions{}) {
			if r.Err != nil {
				log.Fatal(r.Err)
			}
			addText(r.Article.Text)
			n++
		}
		log.Printf("%s: %d articles", path, n)
	}
	if *gumPath != "" {
		docs, err := gum.Read(*gumPath)
		if err != nil {
			log.Fatal(err)
		}
		train, _ := gum.Split(docs)
		for _, d := range train {
			addText(d.Text)
		}
		log.Printf("%s: the %d documents of the training part", *gumPath, len(train))
	}
	start := time.Now()
	words := brown.Cluster(seqs, brown.Options{Clusters: *clusters, MinCount: *minCount})
	log.Printf("%d tokens: %d words in %d clusters in %s", tokens, len(words), *clusters, time.Since(start).Round(time.Second))
	if err := write(*out, words); err != nil {
		log.Fatal(err)
	}
}

// write writes one line per cluster: bit string, tab, words.
func write(path string, words []brown.Word) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i, word := range words {
		switch {
		case i == 0:
			fmt.Fprintf(w, "%s\t%s", word.Path, word.Text)
		case word.Path != words[i-1].Path:
			fmt.Fprintf(w, "\n%s\t%s", word.Path, word.Text)
		default:
			fmt.Fprintf(w, " %s", word.Text)
		}
	}
	if len(words) > 0 {
		w.WriteString("\n")
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
