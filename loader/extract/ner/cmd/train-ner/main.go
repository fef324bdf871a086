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
// instead of tag O. With -learner crf the weights of the same features are
// fitted by a linear-chain CRF (-l2, -crfiters) instead of the perceptron
// (tried against it and not kept: README.md, "A CRF instead of the
// perceptron"). With -augment each training set
// gains copies of its documents with names replaced by others of the same
// type (gum.Augment: -augmentrate, -augmentcensus, -augmenttypes,
// -augmentextra; never a test fold's or a -heldout file's; tried and not
// kept: docs/extraction-quality.md, "Data augmentation"). With -typer a
// span-level typer is trained after the tagger on the same documents' gold
// names and re-types the names found (go generate trains the embedded model
// with it: docs/extraction-quality.md, "A span-level typer").
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
	"slices"
	"strconv"
	"strings"
	"time"

	"newsgraph/loader/extract/ner"
	"newsgraph/loader/extract/ner/gum"
)

// options are the command's flags.
type options struct {
	data, extra, extraGum, out                  string
	epochs, minCount, runs, cv, cvListed, seeds int
	bits                                        uint
	prune, shift                                float64
	score, shiftOrg                             bool
	cvShifts, misses, predictions, heldOut      string
	learner                                     string
	l2                                          float64
	iterations                                  int
	augment                                     augmenting
	typer                                       bool
	typerOpt                                    ner.TyperOptions
}

// augmenting is what -augment copies and how.
type augmenting struct {
	gum.AugmentOptions
	// extra copies the -extra and -extragum documents too, not the GUM
	// training part's alone
	extra bool
}

// parseFlags reads the command line into options.
func parseFlags() options {
	var o options
	flag.StringVar(&o.data, "data", "testdata/gum-open.jsonl", "gum-open documents")
	flag.StringVar(&o.extra, "extra", "", "files of documents annotated by listing their names (gum.ReadListed), comma-separated, added to every training set and never scored")
	flag.StringVar(&o.extraGum, "extragum", "", "files of documents in gum-open's format (gum.Read, e.g. testdata/own-news.jsonl), comma-separated (a file given twice is trained on twice), added to every training set after the -extra files and never scored")
	flag.StringVar(&o.out, "out", "", "write the trained model here")
	flag.IntVar(&o.epochs, "epochs", 12, "training passes")
	flag.IntVar(&o.minCount, "mincount", 2, "leave out features seen fewer times")
	flag.UintVar(&o.bits, "bits", 20, "log2 of the weight table's rows")
	flag.IntVar(&o.runs, "runs", 4, "perceptrons trained with their own document orders, whose weights are averaged")
	flag.Float64Var(&o.prune, "prune", 0.05, "leave out rows whose weights are all below this")
	flag.IntVar(&o.cv, "cv", 0, "report k-fold cross-validation on the training part")
	flag.BoolVar(&o.score, "score", false, "report the test part")
	flag.IntVar(&o.cvListed, "cvlisted", 0, "report k-fold cross-validation on the first -extra file's documents, each fold scored by a model trained on the whole GUM training part, the other -extra files and the other folds (a second, news-like check)")
	flag.Float64Var(&o.shift, "shift", 0, "lower the score of tag O by this much at every token the model reads (Model.ShiftOutside): more recall, less precision")
	flag.BoolVar(&o.shiftOrg, "shiftorg", false, "-shift and -cvshifts lower the score of beginning an organisation (Model.ShiftBegin) instead of tag O: fewer organisations")
	flag.StringVar(&o.cvShifts, "cvshifts", "", "with -cv: also score each fold's model with these shifts of tag O instead of -shift, comma-separated (for choosing -shift)")
	flag.StringVar(&o.misses, "misses", "", "with -cv: write every gold name of the folds' documents, by type, shape and what the model gave there (first seed, shift 0 or the first -cvshifts), to this file")
	flag.StringVar(&o.predictions, "predictions", "", "with -cv: write each fold document's gold and predicted names (first seed, first shift) to this file, one JSON line per document, for sorting errors by kind")
	flag.StringVar(&o.heldOut, "heldout", "", "files of documents in gum-open's format never trained on (e.g. testdata/own-news-orgs.jsonl), comma-separated: report the trained model on each, as -score does the test part")
	flag.StringVar(&o.learner, "learner", "perceptron", "perceptron, or crf: a linear-chain CRF on the same features (deterministic: -seeds, -epochs and -runs change nothing)")
	flag.Float64Var(&o.l2, "l2", 1, "with -learner crf: the L2 regularisation, the loss adding this half times the squared weights")
	flag.IntVar(&o.iterations, "crfiters", 200, "with -learner crf: at most this many L-BFGS iterations")
	flag.IntVar(&o.augment.Copies, "augment", 0, "add this many copies of each GUM training document (the training folds' alone in -cv; never a test fold's nor a -heldout file's; the -extra files' with -augmentextra) with names replaced by others of the same type (gum.Augment; tried and not kept: docs/extraction-quality.md)")
	flag.Float64Var(&o.augment.Rate, "augmentrate", 0.5, "with -augment: the chance that a distinct name of a copy is replaced")
	flag.BoolVar(&o.augment.extra, "augmentextra", false, "with -augment: copy the -extra and -extragum documents too (in -cvlisted never the test fold's)")
	flag.Float64Var(&o.augment.Census, "augmentcensus", 0, "with -augment: the chance that a person's replacement is made of the census name lists rather than drawn from the training documents' people")
	flag.Func("augmenttypes", "with -augment: the types whose names are replaced, comma-separated (person, place, organization); every type if not given", func(v string) error {
		ts, err := gum.ParseTypes(v)
		o.augment.Types = ts
		return err
	})
	flag.BoolVar(&o.typer, "typer", false, "train the span-level typer after the tagger, on the training documents' gold names, and re-type the names found with it")
	flag.UintVar(&o.typerOpt.Bits, "typerbits", 18, "with -typer: log2 of its table's rows")
	flag.IntVar(&o.typerOpt.Epochs, "typerepochs", 10, "with -typer: its training passes")
	flag.Float64Var(&o.typerOpt.Rate, "typerrate", 0.2, "with -typer: AdaGrad's step")
	flag.Float64Var(&o.typerOpt.L2, "typerl2", 0, "with -typer: weight decay")
	flag.IntVar(&o.typerOpt.Runs, "typerruns", 4, "with -typer: typers trained in their own orders, averaged")
	flag.Float64Var(&o.typerOpt.Evidence, "typerevidence", 0.1, "with -typer: the weight of the tagger's evidence for each type beside the typer's scores")
	flag.IntVar(&o.seeds, "seeds", 1, "with -cv or -cvlisted: train each fold with this many shuffling seeds and add up the counts (less noise)")
	flag.Parse()
	return o
}

func main() {
	o := parseFlags()
	log.SetFlags(0)
	docs, err := gum.Read(o.data)
	if err != nil {
		log.Fatal(err)
	}
	train, test := gum.Split(docs)
	extraDocs, firstExtra, err := readExtra(o.extra, o.extraGum)
	if err != nil {
		log.Fatal(err)
	}
	opt := ner.TrainOptions{Bits: o.bits, Epochs: o.epochs, MinCount: o.minCount, Seed: 1, Runs: o.runs, L2: o.l2, Iterations: o.iterations}
	if o.typer {
		opt.Typer = &o.typerOpt
	}
	switch o.learner {
	case "perceptron":
	case "crf":
		opt.Learner = ner.CRF
	default:
		log.Fatalf("-learner %q: perceptron or crf", o.learner)
	}
	log.Printf("%d documents: %d for training, %d for testing", len(docs), len(train), len(test))
	shifts, err := parseShifts(o.shift, o.cvShifts)
	if err != nil {
		log.Fatalf("-cvshifts: %v", err)
	}
	if o.cv > 1 {
		crossValidate(o, gum.Folds(train, o.cv), extraDocs, opt, shifts)
	}
	if o.cvListed > 1 {
		if firstExtra < o.cvListed {
			log.Fatalf("-cvlisted %d needs at least that many documents in the first -extra file", o.cvListed)
		}
		crossValidateListed(o, gum.Folds(extraDocs[:firstExtra], o.cvListed), train, extraDocs[firstExtra:], opt)
	}
	if o.out == "" && !o.score && o.heldOut == "" {
		return
	}
	m := trainAndWrite(o, slices.Concat(train, extraDocs, copiesOf(o.augment, train, extraDocs, 1)), opt)
	if o.score {
		fmt.Printf("test part (%d documents):\n%s", len(test), gum.Evaluate(m, test))
	}
	if o.heldOut != "" {
		reportHeldOut(m, o.heldOut)
	}
}

// readExtra reads the -extra files (listed names) and then the -extragum
// files (gum-open's format), in the order given, and says how many
// documents the first -extra file gave: only they are folded by -cvlisted.
func readExtra(extra, extraGum string) (docs []gum.Doc, firstExtra int, err error) {
	if extra != "" {
		for i, path := range strings.Split(extra, ",") {
			ds, err := gum.ReadListed(path)
			if err != nil {
				return nil, 0, err
			}
			if i == 0 {
				firstExtra = len(ds)
			}
			docs = append(docs, ds...)
			log.Printf("%s: %d listed documents added to training", path, len(ds))
		}
	}
	if extraGum != "" {
		for _, path := range strings.Split(extraGum, ",") {
			ds, err := gum.Read(path)
			if err != nil {
				return nil, 0, err
			}
			docs = append(docs, ds...)
			log.Printf("%s: %d documents added to training", path, len(ds))
		}
	}
	return docs, firstExtra, nil
}

// parseShifts are the shifts of tag O that -cv scores each fold's model
// with: those -cvshifts lists, else -shift alone.
func parseShifts(shift float64, list string) ([]float64, error) {
	if list == "" {
		return []float64{shift}, nil
	}
	var shifts []float64
	for _, f := range strings.Split(list, ",") {
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, err
		}
		shifts = append(shifts, x)
	}
	return shifts, nil
}

// foldTraining is the training set of fold k: the documents every fold
// trains on, then every other fold's, in order.
func foldTraining(always []gum.Doc, folds [][]gum.Doc, k int) []gum.Doc {
	tr := append([]gum.Doc(nil), always...)
	for j := range folds {
		if j != k {
			tr = append(tr, folds[j]...)
		}
	}
	return tr
}

// cvTraining is the training set of fold k of a cross-validation:
// foldTraining's, then -augment's copies of the other folds' documents
// (and of always's, with -augmentextra), made with a seed of the fold's
// own. The test fold is never copied.
func cvTraining(aug augmenting, always []gum.Doc, folds [][]gum.Doc, k int, seed uint64) []gum.Doc {
	return append(foldTraining(always, folds, k), copiesOf(aug, foldTraining(nil, folds, k), always, seed<<8|uint64(k))...)
}

// copiesOf are -augment's copies of docs, and of extra with -augmentextra;
// none without -augment.
func copiesOf(aug augmenting, docs, extra []gum.Doc, seed uint64) []gum.Doc {
	if aug.Copies <= 0 {
		return nil
	}
	if aug.extra {
		docs = slices.Concat(docs, extra)
	}
	given, surnames := ner.CensusNames()
	opt := aug.AugmentOptions
	opt.Seed = seed
	return gum.Augment(docs, opt, given, surnames)
}

// seedsOf are the shuffling seeds -seeds asks for, at least one.
func seedsOf(n int) []uint64 {
	var seeds []uint64
	for seed := uint64(1); seed <= uint64(max(n, 1)); seed++ {
		seeds = append(seeds, seed)
	}
	return seeds
}

// cvTally is what -cv adds up over seeds, folds and shifts: a score a
// shift, and for the first shift the scores by genre, and for the first
// seed and shift the misses and the predictions.
type cvTally struct {
	totals    []gum.Score
	byGenre   gum.ByGenre
	table     gum.MissTable
	predLines bytes.Buffer
}

// crossValidate reports -cv: each fold of the training part scored by a
// model trained on the other folds and the extra documents, with every
// shift, for each seed.
func crossValidate(o options, folds [][]gum.Doc, extraDocs []gum.Doc, opt ner.TrainOptions, shifts []float64) {
	t := cvTally{totals: make([]gum.Score, len(shifts)), byGenre: gum.ByGenre{}}
	for _, seed := range seedsOf(o.seeds) {
		fopt := opt
		fopt.Seed = seed
		var seedTotal gum.Score // the first shift's, for the spread over seeds
		for k := range folds {
			m, st := gum.Train(cvTraining(o.augment, extraDocs, folds, k, seed), fopt)
			logCRF(k, st)
			m = roundTrip(m, float32(o.prune))
			for i, sh := range shifts {
				ms := shifted(m, float32(sh), o.shiftOrg)
				log.Printf("seed %d fold %d shift %g: typed F1 %.3f", seed, k, sh, gum.Evaluate(ms, folds[k]).Typed.F1())
				t.addFold(ms, folds[k], i, seed == 1, &seedTotal)
			}
		}
		log.Printf("seed %d, all folds, shift %g: typed F1 %.4f", seed, shifts[0], seedTotal.Typed.F1())
	}
	t.writeFiles(o.predictions, o.misses)
	fmt.Printf("cross-validation by genre, shift of O %g:\n%s", shifts[0], t.byGenre)
	for i, sh := range shifts {
		fmt.Printf("cross-validation, %d folds of the training part, shift of O %g:\n%s", o.cv, sh, t.totals[i])
	}
}

// addFold adds what model ms, of shift i, finds in a fold's documents to
// the tally; the first shift's to the seed's total and the genres', and
// with the first seed to the misses and the predictions too.
func (t *cvTally) addFold(ms *ner.Model, fold []gum.Doc, i int, firstSeed bool, seedTotal *gum.Score) {
	for _, d := range fold {
		pred := gum.Certain(ms.Find(d.Text))
		t.totals[i].Add(d.Names, pred)
		if i != 0 {
			continue
		}
		seedTotal.Add(d.Names, pred)
		t.byGenre.Add(d, pred)
		if firstSeed {
			t.table.Add(gum.Compare(d.Text, d.Names, pred))
			line, err := json.Marshal(predictionLine{ID: d.ID, Genre: d.Genre, Text: d.Text, Gold: d.Names, Pred: pred})
			if err != nil {
				log.Fatal(err)
			}
			t.predLines.Write(append(line, '\n'))
		}
	}
}

// writeFiles writes -predictions and -misses, where asked for.
func (t *cvTally) writeFiles(predictions, misses string) {
	if predictions != "" {
		if err := os.WriteFile(predictions, t.predLines.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if misses != "" {
		if err := os.WriteFile(misses, []byte(t.table.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// crossValidateListed reports -cvlisted: each fold of the first -extra
// file's documents scored by a model trained on the other folds, the GUM
// training part and -augment's copies of it, and the other extra documents.
func crossValidateListed(o options, folds [][]gum.Doc, train, otherExtra []gum.Doc, opt ner.TrainOptions) {
	var total gum.Score
	for _, seed := range seedsOf(o.seeds) {
		fopt := opt
		fopt.Seed = seed
		var seedTotal gum.Score // for the spread over seeds
		for k := range folds {
			m, st := gum.Train(listedTraining(o.augment, train, otherExtra, folds, k, seed), fopt)
			logCRF(k, st)
			m = shifted(roundTrip(m, float32(o.prune)), float32(o.shift), o.shiftOrg)
			for _, d := range folds[k] {
				pred := gum.Certain(m.Find(d.Text))
				total.Add(d.Names, pred)
				seedTotal.Add(d.Names, pred)
			}
		}
		log.Printf("seed %d, all folds of the listed documents: typed F1 %.4f", seed, seedTotal.Typed.F1())
	}
	fmt.Printf("cross-validation, %d folds of the listed documents:\n%s", o.cvListed, total)
}

// listedTraining is the training set of fold k of -cvlisted: the GUM
// training part, the other extra documents and the other folds, then
// -augment's copies of the GUM training part (and of the rest, with
// -augmentextra). The test fold is never copied.
func listedTraining(aug augmenting, train, otherExtra []gum.Doc, folds [][]gum.Doc, k int, seed uint64) []gum.Doc {
	rest := foldTraining(otherExtra, folds, k)
	return slices.Concat(train, rest, copiesOf(aug, train, rest, seed<<8|uint64(k)))
}

// trainAndWrite trains the model on docs, shifts it, prunes and quantises
// it as the model file holds it, and writes that file where -out asks; it
// returns the model as read back from the file, which is what is scored.
func trainAndWrite(o options, docs []gum.Doc, opt ner.TrainOptions) *ner.Model {
	start := time.Now()
	m, st := gum.Train(docs, opt)
	log.Printf("trained in %s: %d tokens, %d names (%d misaligned, %d overlapping)", time.Since(start).Round(time.Millisecond), st.Tokens, st.Names, st.Misaligned, st.Overlapping)
	if st.CRF != "" {
		log.Printf("crf: %s", st.CRF)
	}
	m = shifted(m, float32(o.shift), o.shiftOrg)
	var buf bytes.Buffer
	if err := m.Encode(&buf, float32(o.prune)); err != nil {
		log.Fatal(err)
	}
	m, err := ner.Decode(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s: %d bytes", o.out, buf.Len())
	}
	return m
}

// reportHeldOut reports the model on each -heldout file, never trained on.
func reportHeldOut(m *ner.Model, files string) {
	for _, path := range strings.Split(files, ",") {
		ds, err := gum.Read(path)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (%d documents, never trained on):\n%s", path, len(ds), gum.Evaluate(m, ds))
	}
}

// predictionLine is one document of -predictions: its gold names and the
// certain names a fold's model found, as byte ranges into Text.
type predictionLine struct {
	ID, Genre, Text string
	Gold, Pred      []ner.Span
}

// logCRF logs how a fold's CRF training ended.
func logCRF(fold int, st ner.TrainStats) {
	if st.CRF != "" {
		log.Printf("fold %d crf: %s", fold, st.CRF)
	}
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
