package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"
)

// crfDocs are a few sentences with names of each type, for training tiny
// CRFs.
var crfDocs = []Doc{
	{Text: "Anna Berg lives in Oslo. She works for Statoil.", Names: []Span{{0, 9, Person, false}, {19, 23, Place, false}, {39, 46, Organization, false}}},
	{Text: "Oslo is cold. Anna Berg left Statoil.", Names: []Span{{0, 4, Place, false}, {14, 23, Person, false}, {29, 36, Organization, false}}},
	{Text: "Mr. Lars Holm of Norsk Hydro flew to Bergen.", Names: []Span{{4, 13, Person, false}, {17, 28, Organization, false}, {37, 43, Place, false}}},
}

func tinyCRF(t *testing.T, l2 float64) *crfData {
	t.Helper()
	opt := TrainOptions{Bits: 10, MinCount: 1}
	exs, _ := prepareExamples(crfDocs, opt)
	return newCRFData(exs, opt.Bits, l2)
}

// The forward pass sums the scores of exactly the tag sequences Viterbi may
// give: checked against enumerating every sequence of a short sentence.
func TestForwardBackwardSumsEveryAllowedPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 4
	em := make([][numTags]float64, n)
	var w [numTags + 1][numTags]float64
	for k := range em {
		for tg := range em[k] {
			em[k][tg] = rng.NormFloat64()
		}
	}
	for p := range w {
		for tg := range w[p] {
			w[p][tg] = rng.NormFloat64()
		}
	}
	x := make([]float64, (numTags+1)*numTags)
	c := &crfData{}
	for p := range c.trans {
		c.trans[p] = int32(p)
		copy(x[p*numTags:], w[p][:])
	}
	alpha, beta := make([][numTags]float64, n), make([][numTags]float64, n)
	logZ := forwardBackward(em, c.transitions(x), alpha, beta)
	sum, paths := 0.0, 0
	var marg [n][numTags]float64
	for code := 0; code < numTags*numTags*numTags*numTags; code++ {
		tags, c := [n]int{}, code
		for k := range tags {
			tags[k], c = c%numTags, c/numTags
		}
		score, prev, ok := 0.0, numTags, true
		for k, tg := range tags {
			ok = ok && allowed(prev, tg)
			score += em[k][tg] + w[prev][tg]
			prev = tg
		}
		if !ok {
			continue
		}
		paths++
		sum += math.Exp(score)
		for k, tg := range tags {
			marg[k][tg] += math.Exp(score)
		}
	}
	if paths == numTags*numTags*numTags*numTags || paths == 0 {
		t.Fatalf("%d allowed paths: the constraint is not read", paths)
	}
	if math.Abs(logZ-math.Log(sum)) > 1e-9 {
		t.Errorf("log Z %v, enumerated %v", logZ, math.Log(sum))
	}
	for k := range marg {
		for tg := range marg[k] {
			got := math.Exp(alpha[k][tg] + beta[k][tg] - logZ)
			if want := marg[k][tg] / sum; math.Abs(got-want) > 1e-9 {
				t.Errorf("token %d tag %d: marginal %v, enumerated %v", k, tg, got, want)
			}
		}
	}
}

// The gradient of the loss is right: each weight's partial derivative
// matches the loss's central difference.
func TestCRFGradientMatchesFiniteDifferences(t *testing.T) {
	c := tinyCRF(t, 0.5)
	n := len(c.rows) * numTags
	rng := rand.New(rand.NewPCG(3, 4))
	x := make([]float64, n)
	for i := range x {
		x[i] = rng.NormFloat64() * 0.3
	}
	scratch := newScratch(n)
	grad := make([]float64, n)
	c.lossGrad(x, grad, scratch)
	probe := make([]float64, n)
	const h = 1e-5
	checked := 0
	for i := 0; i < n; i += 1 + rng.IntN(7) {
		copy(probe, x)
		probe[i] = x[i] + h
		up := c.lossGrad(probe, make([]float64, n), scratch)
		probe[i] = x[i] - h
		down := c.lossGrad(probe, make([]float64, n), scratch)
		num := (up - down) / (2 * h)
		if math.Abs(num-grad[i]) > 1e-5*max(1, math.Abs(num)) {
			t.Errorf("weight %d (row %d, tag %d): gradient %v, finite difference %v", i, c.rows[i/numTags], i%numTags, grad[i], num)
		}
		checked++
	}
	// the transitions' rows too, which every sentence shares
	for _, j := range c.trans {
		for tg := range numTags {
			i := int(j)*numTags + tg
			copy(probe, x)
			probe[i] = x[i] + h
			up := c.lossGrad(probe, make([]float64, n), scratch)
			probe[i] = x[i] - h
			down := c.lossGrad(probe, make([]float64, n), scratch)
			if num := (up - down) / (2 * h); math.Abs(num-grad[i]) > 1e-5*max(1, math.Abs(num)) {
				t.Errorf("transition weight %d: gradient %v, finite difference %v", i, grad[i], num)
			}
		}
	}
	if checked < 50 {
		t.Fatalf("only %d weights checked", checked)
	}
}

// Training lowers the loss from the untrained model's, and the trained
// model finds the training documents' names.
func TestCRFTrainingLowersTheLoss(t *testing.T) {
	c := tinyCRF(t, 0.1)
	n := len(c.rows) * numTags
	scratch := newScratch(n)
	before := c.lossGrad(make([]float64, n), make([]float64, n), scratch)
	x, _ := c.minimise(50)
	after := c.lossGrad(x, make([]float64, n), scratch)
	if !(after < before/4) {
		t.Errorf("loss %v before training, %v after", before, after)
	}
	m, _ := Train(crfDocs, TrainOptions{Bits: 10, MinCount: 1, Learner: CRF, L2: 0.1, Iterations: 50})
	for _, d := range crfDocs {
		if df := diff(d.Names, m.Find(d.Text)); df != "" {
			t.Errorf("CRF on its training text %q:\n%s", d.Text, df)
		}
	}
}

// A name that a sentence boundary cuts is trained on as two names, the
// only tagging decoding can give it (an inside tag never opens a sentence).
func TestCRFGoldInsideTagOpeningASentenceBeginsAName(t *testing.T) {
	ex := example{
		info:   make([]tokInfo, 3),
		static: [][]uint64{{1}, {2}, {3}},
		gold:   []uint8{tagBPlace, tagIPlace, tagO},
	}
	ex.info[1].sentStart = true
	c := newCRFData([]example{ex}, 10, 1)
	if len(c.sents) != 2 || c.repaired != 1 || c.sents[1].gold[0] != tagBPlace {
		t.Errorf("%d sentences, %d repaired, second opens with tag %d; want 2, 1, %d", len(c.sents), c.repaired, c.sents[1].gold[0], tagBPlace)
	}
}

// The CRF's optimum does not depend on the perceptron's shuffling seed, nor
// on its epochs or runs: train-ner's -seeds give the same model each time.
func TestCRFIgnoresThePerceptronsOptions(t *testing.T) {
	enc := func(opt TrainOptions) string {
		m, _ := Train(crfDocs, opt)
		var buf bytes.Buffer
		if err := m.Encode(&buf, 0); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	a := enc(TrainOptions{Bits: 10, MinCount: 1, Learner: CRF, Iterations: 30, Seed: 1})
	if b := enc(TrainOptions{Bits: 10, MinCount: 1, Learner: CRF, Iterations: 30, Seed: 2, Epochs: 3, Runs: 2}); a != b {
		t.Error("the CRF trained with another seed, epochs and runs differs")
	}
	if p := enc(TrainOptions{Bits: 10, MinCount: 1, Seed: 1}); p == a {
		t.Error("the perceptron's model is the CRF's: the learner is not read")
	}
}
