package ner

import (
	"math/rand/v2"
)

// Doc is one annotated text for training: its names as byte ranges.
type Doc struct {
	Text  string
	Names []Span
}

// TrainOptions set the perceptron's training.
type TrainOptions struct {
	Bits   uint   // the weight table has 1<<Bits rows; 20 if 0
	Epochs int    // passes over the documents; 12 if 0
	Seed   uint64 // for the order of documents in each pass
	// MinCount leaves out features seen fewer times in training; 2 if 0.
	MinCount int
	// Runs is how many perceptrons, each with its own order of documents,
	// are trained and their averaged weights averaged again; 4 if 0. One
	// run's result moves with the order; the mean of a few does not as much.
	Runs int
	// Learner is the perceptron (the zero value) or a CRF; Epochs, Seed and
	// Runs are the perceptron's, L2 and Iterations the CRF's.
	Learner Learner
	// L2 is the CRF's regularisation: the loss adds L2/2 times the sum of
	// the squared weights; 1 if 0.
	L2 float64
	// Iterations bounds the CRF's L-BFGS iterations; 200 if 0.
	Iterations int
	// Typer, when set, trains the span-level typer after the tagger, on
	// the same documents' gold names.
	Typer *TyperOptions
}

// Learner is how the weights are fitted to the same features.
type Learner uint8

// The learners.
const (
	// Perceptron is the mean of Runs averaged structured perceptrons.
	Perceptron Learner = iota
	// CRF is a linear-chain conditional random field: the L2-regularised
	// log-likelihood of the gold tags, minimised by L-BFGS.
	CRF
)

// TrainStats says how well the annotation fitted the tokens.
type TrainStats struct {
	Tokens, Names int
	Misaligned    int // names whose edges fall inside a token (labelled by overlap)
	Overlapping   int // names over tokens another name already took (left out)
	// CRF says how the CRF's training ended; empty for the perceptron
	CRF string
}

// goldTags labels tokens with BIO tags from names given as byte ranges.
func goldTags(toks []Token, names []Span, st *TrainStats) []uint8 {
	tags := make([]uint8, len(toks))
	for _, n := range names {
		first, last := -1, -1
		for k := range toks {
			if toks[k].End <= n.Start {
				continue
			}
			if toks[k].Start >= n.End {
				break
			}
			if first < 0 {
				first = k
			}
			last = k
		}
		if first < 0 {
			continue
		}
		if st != nil {
			st.Names++
			if toks[first].Start != n.Start || toks[last].End != n.End {
				st.Misaligned++
			}
		}
		free := true
		for k := first; k <= last; k++ {
			if tags[k] != tagO {
				free = false
			}
		}
		if !free {
			if st != nil {
				st.Overlapping++
			}
			continue
		}
		b := beginTag(n.Type)
		tags[first] = b
		for k := first + 1; k <= last; k++ {
			tags[k] = b + 1
		}
	}
	return tags
}

// example is one training document as the learners read it.
type example struct {
	info   []tokInfo
	static [][]uint64
	gold   []uint8
}

// Train fits the model to the documents, by the perceptron or the CRF
// that opt.Learner names.
func Train(docs []Doc, opt TrainOptions) (*Model, TrainStats) {
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.MinCount == 0 {
		opt.MinCount = 2
	}
	if opt.Runs == 0 {
		opt.Runs = 4
	}
	exs, st := prepareExamples(docs, opt)
	if opt.Learner == CRF {
		m, report := trainCRF(exs, opt)
		st.CRF = report
		return m, st
	}
	m := trainPerceptron(exs, opt)
	if opt.Typer != nil {
		m.typer = trainTyper(docs, exs, *opt.Typer, opt.Seed)
	}
	return m, st
}

// prepareExamples tokenises the documents, labels their tokens and hashes
// their static features into the table, leaving out features seen fewer
// than opt.MinCount times.
func prepareExamples(docs []Doc, opt TrainOptions) ([]example, TrainStats) {
	var st TrainStats
	mask := uint64(1)<<opt.Bits - 1
	exs := make([]example, len(docs))
	for d, doc := range docs {
		toks := Tokenize(doc.Text)
		st.Tokens += len(toks)
		ex := example{info: docInfo(toks, nil), gold: goldTags(toks, doc.Names, &st)}
		ex.static = make([][]uint64, len(toks))
		for i := range toks {
			fs := staticFeatures(ex.info, i, make([]uint64, 0, numStatic))
			for k := range fs {
				fs[k] &= mask
			}
			ex.static[i] = fs
		}
		exs[d] = ex
	}
	// features seen once are noise on data this small: leave them out
	if opt.MinCount > 1 {
		dropRare(exs, opt)
	}
	return exs, st
}

// dropRare leaves out of the examples the features seen fewer than
// opt.MinCount times in them.
func dropRare(exs []example, opt TrainOptions) {
	count := make([]uint8, 1<<opt.Bits)
	for _, ex := range exs {
		for _, fs := range ex.static {
			for _, f := range fs {
				if count[f] < 255 {
					count[f]++
				}
			}
		}
	}
	for _, ex := range exs {
		for i, fs := range ex.static {
			kept := fs[:0]
			for _, f := range fs {
				if int(count[f]) >= opt.MinCount {
					kept = append(kept, f)
				}
			}
			ex.static[i] = kept
		}
	}
}

// trainPerceptron is the mean of opt.Runs averaged perceptrons.
func trainPerceptron(exs []example, opt TrainOptions) *Model {
	mask := uint64(1)<<opt.Bits - 1
	size := (1 << opt.Bits) * numTags
	mean := make([]float64, size)
	for run := range opt.Runs {
		// run 0 keeps the single run's order of earlier models
		w := trainRun(exs, opt, uint64(run), mask)
		for i, x := range w {
			mean[i] += float64(x)
		}
	}
	var rows []uint32
	var avg []float32
	for r := 0; r < size/numTags; r++ {
		var row [numTags]float32
		nonzero := false
		for t := range row {
			row[t] = float32(mean[r*numTags+t] / float64(opt.Runs))
			nonzero = nonzero || row[t] != 0
		}
		if nonzero {
			rows = append(rows, uint32(r))
			avg = append(avg, row[:]...)
		}
	}
	return newModel(opt.Bits, rows, avg, 0)
}

// trainRun is one averaged perceptron over the examples, the documents in
// an order of its own each pass; it returns the averaged weights.
func trainRun(exs []example, opt TrainOptions, run uint64, mask uint64) []float32 {
	size := (1 << opt.Bits) * numTags
	w := make([]float32, size)
	total := make([]float64, size)
	stamp := make([]int32, size)
	c := int32(1)
	update := func(fs []uint64, tag int, delta float32) {
		for _, f := range fs {
			idx := int(f)*numTags + tag
			total[idx] += float64(c-stamp[idx]) * float64(w[idx])
			stamp[idx] = c
			w[idx] += delta
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572+run))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	buf := make([]uint64, 0, 8)
	score := func(fs []uint64) (sc [numTags]float32) {
		for _, f := range fs {
			row := w[int(f)*numTags : int(f)*numTags+numTags]
			for t := range sc {
				sc[t] += row[t]
			}
		}
		return sc
	}
	var em [][numTags]float32
	var pred []uint8
	var lat lattice
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			ex := &exs[d]
			for s := 0; s < len(ex.info); {
				e := s + 1
				for e < len(ex.info) && !ex.info[e].sentStart {
					e++
				}
				em = em[:0]
				for i := s; i < e; i++ {
					em = append(em, score(ex.static[i]))
				}
				pred = append(pred[:0], make([]uint8, e-s)...)
				lat.viterbi(em, func(k, p int) [numTags]float32 {
					buf = tagFeatures(p, buf[:0])
					for j := range buf {
						buf[j] &= mask
					}
					return score(buf)
				}, pred)
				for i := s; i < e; i++ {
					g, p := int(ex.gold[i]), int(pred[i-s])
					gp, pp := numTags, numTags
					if i > s {
						gp, pp = int(ex.gold[i-1]), int(pred[i-s-1])
					}
					if g != p {
						update(ex.static[i], g, 1)
						update(ex.static[i], p, -1)
					}
					if g != p || gp != pp {
						buf = tagFeatures(gp, buf[:0])
						for j := range buf {
							buf[j] &= mask
						}
						update(buf, g, 1)
						buf = tagFeatures(pp, buf[:0])
						for j := range buf {
							buf[j] &= mask
						}
						update(buf, p, -1)
					}
					c++
				}
				s = e
			}
		}
	}
	avg := make([]float32, size)
	for idx := range avg {
		avg[idx] = float32((total[idx] + float64(c-stamp[idx])*float64(w[idx])) / float64(c))
	}
	return avg
}
