package ner

import (
	"fmt"
	"math"
	"slices"
	"sync"

	"gonum.org/v1/gonum/optimize"
)

// The CRF learner: the same hashed features and the same table as the
// perceptron, so the model it writes decodes the same way (Viterbi, then
// the type vote by max-marginals); only how the weights are fitted differs.
// It minimises the negative log-likelihood of each sentence's gold tags
// under a linear-chain CRF over the tag sequences Viterbi may give (an
// inside tag only after its own type), plus L2/2 times the squared weights.

// crfChunks is how many parts the sentences are split into for computing
// the gradient at once; a constant, so the sums, and so the model, do not
// depend on the machine's cores.
const crfChunks = 4

// crfSentence is one sentence as the CRF reads it: its tokens' features as
// indexes into the dense weight rows, and its gold tags.
type crfSentence struct {
	feats []int32 // every token's feature rows, token after token
	off   []int32 // token k's are feats[off[k]:off[k+1]]
	gold  []uint8
}

// crfData is the training documents as the CRF reads them. Only the table
// rows some feature uses are weights: rows[j] is the table row of dense row
// j, whose weight for tag t is x[j*numTags+t].
type crfData struct {
	rows     []uint32
	trans    [numTags + 1]int32 // the dense row of the transition from each tag (numTags: the sentence start)
	sents    []crfSentence
	l2       float64
	repaired int // gold tags made a begin tag: an inside tag where no path may have one
}

// newCRFData gives the examples' sentences dense feature rows.
func newCRFData(exs []example, bits uint, l2 float64) *crfData {
	mask := uint64(1)<<bits - 1
	used := make([]bool, 1<<bits)
	var transRows [numTags + 1]uint64
	for p := range transRows {
		transRows[p] = tagFeatures(p, nil)[0] & mask
		used[transRows[p]] = true
	}
	for _, ex := range exs {
		for _, fs := range ex.static {
			for _, f := range fs {
				used[f] = true
			}
		}
	}
	dense := make([]int32, 1<<bits)
	c := &crfData{l2: l2}
	for r, u := range used {
		if u {
			dense[r] = int32(len(c.rows))
			c.rows = append(c.rows, uint32(r))
		}
	}
	for p, r := range transRows {
		c.trans[p] = dense[r]
	}
	for _, ex := range exs {
		for s := 0; s < len(ex.info); {
			e := s + 1
			for e < len(ex.info) && !ex.info[e].sentStart {
				e++
			}
			c.sents = append(c.sents, c.sentence(ex, s, e, dense))
			s = e
		}
	}
	return c
}

// sentence converts tokens [s, e) of an example.
func (c *crfData) sentence(ex example, s, e int, dense []int32) crfSentence {
	cs := crfSentence{off: make([]int32, 0, e-s+1), gold: slices.Clone(ex.gold[s:e])}
	for i := s; i < e; i++ {
		cs.off = append(cs.off, int32(len(cs.feats)))
		for _, f := range ex.static[i] {
			cs.feats = append(cs.feats, dense[f])
		}
	}
	cs.off = append(cs.off, int32(len(cs.feats)))
	// a name cut by a sentence boundary: its second part begins a name, as
	// the only tagging Viterbi could give it
	prev := numTags
	for k, g := range cs.gold {
		if !allowed(prev, int(g)) {
			cs.gold[k] = g - 1
			c.repaired++
		}
		prev = int(cs.gold[k])
	}
	return cs
}

// crfScratch is one chunk's working space.
type crfScratch struct {
	em, alpha, beta [][numTags]float64
	transGrad       [numTags + 1][numTags]float64
	grad            []float64
	loss            float64
}

// crfTrans are the transition weights, w[p][t] from tag p (numTags: the
// sentence start) to tag t, and their exponentials, 0 where decoding
// allows no such step.
type crfTrans struct {
	w, exp [numTags + 1][numTags]float64
}

func (c *crfData) transitions(x []float64) *crfTrans {
	var tr crfTrans
	for p, j := range c.trans {
		copy(tr.w[p][:], x[int(j)*numTags:int(j)*numTags+numTags])
		for t := range numTags {
			if allowed(p, t) {
				tr.exp[p][t] = math.Exp(tr.w[p][t])
			}
		}
	}
	return &tr
}

// lossGrad returns the regularised negative log-likelihood at weights x and
// writes its gradient to grad.
func (c *crfData) lossGrad(x, grad []float64, scratch []crfScratch) float64 {
	tr := c.transitions(x)
	var wg sync.WaitGroup
	for k := range scratch {
		wg.Add(1)
		go func(sc *crfScratch) {
			defer wg.Done()
			clear(sc.grad)
			sc.transGrad = [numTags + 1][numTags]float64{}
			sc.loss = 0
			for i := k; i < len(c.sents); i += len(scratch) {
				sc.loss += c.sentenceLossGrad(&c.sents[i], x, tr, sc)
			}
		}(&scratch[k])
	}
	wg.Wait()
	loss := 0.0
	for i, v := range x {
		grad[i] = c.l2 * v
		loss += c.l2 / 2 * v * v
	}
	for k := range scratch {
		sc := &scratch[k]
		loss += sc.loss
		for i, g := range sc.grad {
			grad[i] += g
		}
		for p, j := range c.trans {
			for t, g := range sc.transGrad[p] {
				grad[int(j)*numTags+t] += g
			}
		}
	}
	return loss
}

// sentenceLossGrad returns the sentence's negative log-likelihood and adds
// its gradient to sc: the expected count of each feature and tag (by
// forward-backward) less the gold count.
func (c *crfData) sentenceLossGrad(s *crfSentence, x []float64, tr *crfTrans, sc *crfScratch) float64 {
	n := len(s.gold)
	sc.em = resize(sc.em, n)
	sc.alpha = resize(sc.alpha, n)
	sc.beta = resize(sc.beta, n)
	em, alpha, beta := sc.em, sc.alpha, sc.beta
	gold := 0.0
	for k := range n {
		em[k] = [numTags]float64{}
		for _, j := range s.feats[s.off[k]:s.off[k+1]] {
			row := x[int(j)*numTags : int(j)*numTags+numTags]
			for t := range em[k] {
				em[k][t] += row[t]
			}
		}
		prev := numTags
		if k > 0 {
			prev = int(s.gold[k-1])
		}
		gold += em[k][s.gold[k]] + tr.w[prev][s.gold[k]]
	}
	logZ := forwardBackward(em, tr, alpha, beta)
	for k := range n {
		var d [numTags]float64
		for t := range d {
			d[t] = math.Exp(alpha[k][t] + beta[k][t] - logZ)
		}
		if k == 0 {
			for t := range numTags {
				sc.transGrad[numTags][t] += d[t] // 0 where no sentence may begin
			}
		} else {
			addTransitionMarginals(k, tr, logZ, sc)
		}
		d[s.gold[k]]--
		for _, j := range s.feats[s.off[k]:s.off[k+1]] {
			g := sc.grad[int(j)*numTags : int(j)*numTags+numTags]
			for t := range g {
				g[t] += d[t]
			}
		}
	}
	prev := numTags
	for _, g := range s.gold {
		sc.transGrad[prev][g]--
		prev = int(g)
	}
	return logZ - gold
}

// addTransitionMarginals adds to sc the probability of each transition into
// token k > 0: exp(alpha[k-1][p] + w[p][t] + em[k][t] + beta[k][t] - logZ),
// as a product of two factors each of which stays in range.
func addTransitionMarginals(k int, tr *crfTrans, logZ float64, sc *crfScratch) {
	em, alpha, beta := sc.em, sc.alpha, sc.beta
	var after [numTags]float64
	m := math.Inf(-1)
	for t := range numTags {
		after[t] = em[k][t] + beta[k][t]
		m = max(m, after[t])
	}
	for t := range after {
		after[t] = math.Exp(after[t] - m)
	}
	for p := range numTags {
		before := math.Exp(alpha[k-1][p] + m - logZ)
		if before == 0 {
			continue
		}
		for t := range numTags {
			sc.transGrad[p][t] += before * tr.exp[p][t] * after[t]
		}
	}
}

// forwardBackward fills alpha (the log of the summed scores of the allowed
// paths up to each token and tag) and beta (from each token and tag to the
// end) and returns the log of the sum over all allowed paths. Each step
// sums exponentials shifted by the largest term, so it stays in log space
// with one exponential per tag and not one per pair of tags.
func forwardBackward(em [][numTags]float64, tr *crfTrans, alpha, beta [][numTags]float64) float64 {
	n := len(em)
	for t := range numTags {
		alpha[0][t] = math.Inf(-1)
		if allowed(numTags, t) {
			alpha[0][t] = em[0][t] + tr.w[numTags][t]
		}
	}
	var e [numTags]float64
	for k := 1; k < n; k++ {
		m := shiftedExp(alpha[k-1], &e)
		for t := range numTags {
			s := 0.0
			for p := range numTags {
				s += e[p] * tr.exp[p][t]
			}
			alpha[k][t] = em[k][t] + m + math.Log(s)
		}
	}
	beta[n-1] = [numTags]float64{}
	var v [numTags]float64
	for k := n - 2; k >= 0; k-- {
		for t := range numTags {
			v[t] = em[k+1][t] + beta[k+1][t]
		}
		m := shiftedExp(v, &e)
		for p := range numTags {
			s := 0.0
			for t := range numTags {
				s += tr.exp[p][t] * e[t]
			}
			beta[k][p] = m + math.Log(s)
		}
	}
	return logSumExp(alpha[n-1][:])
}

// shiftedExp writes exp(v[i] - m) to e, m the largest of v, and returns m.
func shiftedExp(v [numTags]float64, e *[numTags]float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = max(m, x)
	}
	for i, x := range v {
		e[i] = math.Exp(x - m)
	}
	return m
}

// logSumExp is log(sum(exp(v))), computed without overflow.
func logSumExp(v []float64) float64 {
	var e [numTags]float64
	m := shiftedExp([numTags]float64(v), &e)
	s := 0.0
	for _, x := range e {
		s += x
	}
	return m + math.Log(s)
}

// resize returns a slice of n rows, reusing a's space.
func resize(a [][numTags]float64, n int) [][numTags]float64 {
	if cap(a) < n {
		return make([][numTags]float64, n, 2*n)
	}
	return a[:n]
}

// newScratch gives each chunk its working space for n weights.
func newScratch(n int) []crfScratch {
	sc := make([]crfScratch, crfChunks)
	for k := range sc {
		sc[k].grad = make([]float64, n)
	}
	return sc
}

// trainCRF fits the CRF by L-BFGS from zero weights; it says how the
// training ended.
func trainCRF(exs []example, opt TrainOptions) (*Model, string) {
	l2 := opt.L2
	if l2 == 0 {
		l2 = 1
	}
	iters := opt.Iterations
	if iters == 0 {
		iters = 200
	}
	c := newCRFData(exs, opt.Bits, l2)
	x, report := c.minimise(iters)
	w := make([]float32, len(x))
	for i, v := range x {
		w[i] = float32(v)
	}
	return newModel(opt.Bits, c.rows, w, 0), report
}

// minimise runs L-BFGS for at most iters iterations, stopping earlier when
// the loss falls by less than a millionth of itself in ten, and returns the
// weights and what the optimiser said.
func (c *crfData) minimise(iters int) ([]float64, string) {
	n := len(c.rows) * numTags
	scratch := newScratch(n)
	var lastX, lastGrad []float64
	var lastLoss float64
	eval := func(x []float64) {
		if lastX != nil && slices.Equal(x, lastX) {
			return
		}
		if lastX == nil {
			lastGrad = make([]float64, n)
		}
		lastX = append(lastX[:0], x...)
		lastLoss = c.lossGrad(x, lastGrad, scratch)
	}
	prob := optimize.Problem{
		Func: func(x []float64) float64 { eval(x); return lastLoss },
		Grad: func(g, x []float64) { eval(x); copy(g, lastGrad) },
	}
	settings := &optimize.Settings{
		MajorIterations: iters,
		Converger:       &optimize.FunctionConverge{Relative: 1e-6, Iterations: 10},
	}
	res, err := optimize.Minimize(prob, make([]float64, n), settings, &optimize.LBFGS{Store: 10})
	report := fmt.Sprintf("%d weights, %d sentences (%d gold tags made a begin), %d iterations, %d evaluations, loss %.1f, %s",
		n, len(c.sents), c.repaired, res.Stats.MajorIterations, res.Stats.FuncEvaluations, res.F, res.Status)
	if err != nil {
		report += ": " + err.Error()
	}
	return res.X, report
}
