// Command train-ner trains the recogniser of package ner on the training
// part of gum-open, plus any documents annotated by listing their names
// (-extra, one or more files, added to every training set and never
// scored; -extragum the same for files in gum-open's own format), and
// writes the model file. With -cv it reports k-fold
// cross-validation on the training part (for choosing options; in all and
// by genre), with
// -cvlisted the same over the first -extra file's documents (news-like
// text drawn at random; the whole GUM training part and the other -extra
// files always trained on); with -score it reports the test part, which is
// never used for choosing, and with -heldout documents never trained on in
// gum-open's format (testdata/own-news-orgs.jsonl: news rich in
// organisations; testdata/own-genres.jsonl: GUM's genres). With -shiftorg,
// -shift and -cvshifts lower the score of beginning an organisation
// instead of tag O.
//
//	go run ./loader/extract/ner/cmd/train-ner -data loader/extract/ner/testdata/gum-open.jsonl -extra loader/extract/ner/testdata/usgov-names.jsonl -extragum loader/extract/ner/testdata/own-news.jsonl -out loader/extract/ner/model.bin
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"newsgraph/loader/extract/ner"
	"newsgraph/loader/extract/ner/gum"
)

func main() {
	data := flag.String("data", "testdata/gum-open.jsonl", "gum-open documents")
	extra := flag.String("extra", "", "files of documents annotated by listing their names (gum.ReadListed), comma-separated, added to every training set and never scored")
	extraGum := flag.String("extragum", "", "files of documents in gum-open's format (gum.Read, e.g. testdata/own-news.jsonl), comma-separated (a file given twice is trained on twice), added to every training set after the -extra files and never scored")
	out := flag.String("out", "", "write the trained model here")
	epochs := flag.Int("epochs", 12, "training passes")
	minCount := flag.Int("mincount", 2, "leave out features seen fewer times")
	bits := flag.Uint("bits", 20, "log2 of the weight table's rows")
	runs := flag.Int("runs", 4, "perceptrons trained with their own document orders, whose weights are averaged")
	prune := flag.Float64("prune", 0.05, "leave out rows whose weights are all below this")
	cv := flag.Int("cv", 0, "report k-fold cross-validation on the training part")
	score := flag.Bool("score", false, "report the test part")
	cvListed := flag.Int("cvlisted", 0, "report k-fold cross-validation on the first -extra file's documents, each fold scored by a model trained on the whole GUM training part, the other -extra files and the other folds (a second, news-like check)")
	shift := flag.Float64("shift", 0, "lower the score of tag O by this much at every token the model reads (Model.ShiftOutside): more recall, less precision")
	shiftOrg := flag.Bool("shiftorg", false, "-shift and -cvshifts lower the score of beginning an organisation (Model.ShiftBegin) instead of tag O: fewer organisations")
	cvShifts := flag.String("cvshifts", "", "with -cv: also score each fold's model with these shifts of tag O instead of -shift, comma-separated (for choosing -shift)")
	misses := flag.String("misses", "", "with -cv: write every gold name of the folds' documents, by type, shape and what the model gave there (first seed, shift 0 or the first -cvshifts), to this file")
	predictions := flag.String("predictions", "", "with -cv: write each fold document's gold and predicted names (first seed, first shift) to this file, one JSON line per document, for sorting errors by kind")
	heldOut := flag.String("heldout", "", "files of documents in gum-open's format never trained on (e.g. testdata/own-news-orgs.jsonl), comma-separated: report the trained model on each, as -score does the test part")
	seeds := flag.Int("seeds", 1, "with -cv or -cvlisted: train each fold with this many shuffling seeds and add up the counts (less noise)")
	flag.Parse()
	log.SetFlags(0)
	docs, err := gum.Read(*data)
	if err != nil {
		log.Fatal(err)
	}
	train, test := gum.Split(docs)
	// extraDocs are all the listed documents; the first file's come first
	// (firstExtra of them), and only they are folded by -cvlisted
	var extraDocs []gum.Doc
	firstExtra := 0
	if *extra != "" {
		for i, path := range strings.Split(*extra, ",") {
			ds, err := gum.ReadListed(path)
			if err != nil {
				log.Fatal(err)
			}
			if i == 0 {
				firstExtra = len(ds)
			}
			extraDocs = append(extraDocs, ds...)
			log.Printf("%s: %d listed documents added to training", path, len(ds))
		}
	}
	if *extraGum != "" {
		for _, path := range strings.Split(*extraGum, ",") {
			ds, err := gum.Read(path)
			if err != nil {
				log.Fatal(err)
			}
			extraDocs = append(extraDocs, ds...)
			log.Printf("%s: %d documents added to training", path, len(ds))
		}
	}
	opt := ner.TrainOptions{Bits: *bits, Epochs: *epochs, MinCount: *minCount, Seed: 1, Runs: *runs}
	log.Printf("%d documents: %d for training, %d for testing", len(docs), len(train), len(test))
	shifts := []float64{*shift}
	if *cvShifts != "" {
		shifts = nil
		for _, f := range strings.Split(*cvShifts, ",") {
			x, err := strconv.ParseFloat(f, 64)
			if err != nil {
				log.Fatalf("-cvshifts: %v", err)
			}
			shifts = append(shifts, x)
		}
	}
	if *cv > 1 {
		folds := gum.Folds(train, *cv)
		totals := make([]gum.Score, len(shifts))
		var table gum.MissTable
		var predLines bytes.Buffer
		byGenre := gum.ByGenre{} // the first shift's, all seeds
		for seed := uint64(1); seed <= uint64(max(*seeds, 1)); seed++ {
			fopt := opt
			fopt.Seed = seed
			var seedTotal gum.Score // the first shift's, for the spread over seeds
			for k := range folds {
				tr := append([]gum.Doc(nil), extraDocs...)
				for j := range folds {
					if j != k {
						tr = append(tr, folds[j]...)
					}
				}
				m, _ := gum.Train(tr, fopt)
				m = roundTrip(m, float32(*prune))
				for i, sh := range shifts {
					ms := shifted(m, float32(sh), *shiftOrg)
					s := gum.Evaluate(ms, folds[k])
					log.Printf("seed %d fold %d shift %g: typed F1 %.3f", seed, k, sh, s.Typed.F1())
					for _, d := range folds[k] {
						pred := gum.Certain(ms.Find(d.Text))
						totals[i].Add(d.Names, pred)
						if i == 0 {
							seedTotal.Add(d.Names, pred)
							byGenre.Add(d, pred)
						}
						if seed == 1 && i == 0 {
							table.Add(gum.Compare(d.Text, d.Names, pred))
							line, err := json.Marshal(predictionLine{ID: d.ID, Genre: d.Genre, Text: d.Text, Gold: d.Names, Pred: pred})
							if err != nil {
								log.Fatal(err)
							}
							predLines.Write(append(line, '\n'))
						}
					}
				}
			}
			log.Printf("seed %d, all folds, shift %g: typed F1 %.4f", seed, shifts[0], seedTotal.Typed.F1())
		}
		if *predictions != "" {
			if err := os.WriteFile(*predictions, predLines.Bytes(), 0o644); err != nil {
				log.Fatal(err)
			}
		}
		if *misses != "" {
			if err := os.WriteFile(*misses, []byte(table.String()), 0o644); err != nil {
				log.Fatal(err)
			}
		}
		fmt.Printf("cross-validation by genre, shift of O %g:\n%s", shifts[0], byGenre)
		for i, sh := range shifts {
			fmt.Printf("cross-validation, %d folds of the training part, shift of O %g:\n%s", *cv, sh, totals[i])
		}
	}
	if *cvListed > 1 {
		if firstExtra < *cvListed {
			log.Fatalf("-cvlisted %d needs at least that many documents in the first -extra file", *cvListed)
		}
		folds := gum.Folds(extraDocs[:firstExtra], *cvListed)
		var total gum.Score
		for seed := uint64(1); seed <= uint64(max(*seeds, 1)); seed++ {
			fopt := opt
			fopt.Seed = seed
			var seedTotal gum.Score // for the spread over seeds
			for k := range folds {
				tr := append(append([]gum.Doc(nil), train...), extraDocs[firstExtra:]...)
				for j := range folds {
					if j != k {
						tr = append(tr, folds[j]...)
					}
				}
				m, _ := gum.Train(tr, fopt)
				m = shifted(roundTrip(m, float32(*prune)), float32(*shift), *shiftOrg)
				for _, d := range folds[k] {
					pred := gum.Certain(m.Find(d.Text))
					total.Add(d.Names, pred)
					seedTotal.Add(d.Names, pred)
				}
			}
			log.Printf("seed %d, all folds of the listed documents: typed F1 %.4f", seed, seedTotal.Typed.F1())
		}
		fmt.Printf("cross-validation, %d folds of the listed documents:\n%s", *cvListed, total)
	}
	if *out == "" && !*score && *heldOut == "" {
		return
	}
	start := time.Now()
	m, st := gum.Train(append(append([]gum.Doc(nil), train...), extraDocs...), opt)
	log.Printf("trained in %s: %d tokens, %d names (%d misaligned, %d overlapping)", time.Since(start).Round(time.Millisecond), st.Tokens, st.Names, st.Misaligned, st.Overlapping)
	m = shifted(m, float32(*shift), *shiftOrg)
	var buf bytes.Buffer
	if err := m.Encode(&buf, float32(*prune)); err != nil {
		log.Fatal(err)
	}
	m, err = ner.Decode(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s: %d bytes", *out, buf.Len())
	}
	if *score {
		fmt.Printf("test part (%d documents):\n%s", len(test), gum.Evaluate(m, test))
	}
	if *heldOut != "" {
		for _, path := range strings.Split(*heldOut, ",") {
			ds, err := gum.Read(path)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%s (%d documents, never trained on):\n%s", path, len(ds), gum.Evaluate(m, ds))
		}
	}
}

// predictionLine is one document of -predictions: its gold names and the
// certain names a fold's model found, as byte ranges into Text.
type predictionLine struct {
	ID, Genre, Text string
	Gold, Pred      []ner.Span
}

// shifted lowers the score of tag O by d, or with org that of beginning an
// organisation.
func shifted(m *ner.Model, d float32, org bool) *ner.Model {
	if org {
		return m.ShiftBegin(ner.Organization, d)
	}
	return m.ShiftOutside(d)
}

// roundTrip prunes and quantises a model as writing it would.
func roundTrip(m *ner.Model, prune float32) *ner.Model {
	var buf bytes.Buffer
	if err := m.Encode(&buf, prune); err != nil {
		log.Fatal(err)
	}
	m, err := ner.Decode(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	return m
}
