package main

import (
	"math"
	"math/rand/v2"
	"slices"
)

// model is an L2-regularised logistic regression over binary features,
// trained by AdaGrad on the log loss.
type model struct {
	weights map[string]float64
}

// trainOptions are the learner's settings.
type trainOptions struct {
	epochs   int
	rate     float64
	l2       float64 // per example and epoch, on the features the example sets
	balanced bool    // weigh the positives up to the negatives' total
	seed     uint64
}

var defaultTrain = trainOptions{epochs: 30, rate: 0.3, l2: 1e-3, seed: 10}

// train fits a model to xs (each a set of feature names) and ys.
func train(xs []map[string]bool, ys []bool, o trainOptions) model {
	w, g2 := map[string]float64{}, map[string]float64{}
	posWeight := 1.0
	if o.balanced {
		pos := 0
		for _, y := range ys {
			if y {
				pos++
			}
		}
		if pos > 0 {
			posWeight = float64(len(ys)-pos) / float64(pos)
		}
	}
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	keys := make([][]string, len(xs))
	for i, x := range xs {
		for k := range x {
			keys[i] = append(keys[i], k)
		}
		slices.Sort(keys[i]) // map order would make training vary run to run
	}
	rng := rand.New(rand.NewPCG(o.seed, 1))
	for range o.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			p := sigmoid(dot(w, keys[i]))
			target, weight := 0.0, 1.0
			if ys[i] {
				target, weight = 1, posWeight
			}
			grad := weight * (p - target)
			for _, k := range keys[i] {
				gk := grad + o.l2*w[k]
				g2[k] += gk * gk
				w[k] -= o.rate * gk / (math.Sqrt(g2[k]) + 1e-8)
			}
		}
	}
	return model{weights: w}
}

func dot(w map[string]float64, keys []string) float64 {
	s := 0.0
	for _, k := range keys {
		s += w[k]
	}
	return s
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// score is the model's probability that x is held.
func (m model) score(x map[string]bool) float64 {
	keys := make([]string, 0, len(x))
	for k := range x {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a fixed order of summing: the same score every run
	return sigmoid(dot(m.weights, keys))
}
