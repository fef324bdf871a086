package brown

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// randomText makes sequences over a vocabulary of n words with a Zipf-like
// spread, so that the clusterer sees frequent and rare words.
func randomText(seed uint64, seqs, length, n int) [][]string {
	r := rand.New(rand.NewPCG(seed, 1))
	var out [][]string
	for range seqs {
		var s []string
		for range length {
			k := int(float64(n) * math.Pow(r.Float64(), 2))
			s = append(s, fmt.Sprintf("w%d", k))
		}
		out = append(out, s)
	}
	return out
}

// mutualInformation is the average mutual information between neighbouring
// clusters, summed from scratch over the clusters of the slots given, with
// slots a and b counted as one when a >= 0.
func mutualInformation(c *clusterer, a, b int) float64 {
	s := c.size
	group := func(x int) int {
		if x == b {
			return a
		}
		return x
	}
	n := map[[2]int]float64{}
	u := map[int]float64{}
	for _, x := range c.active {
		u[group(x)] += c.u[x]
		for _, y := range c.active {
			n[[2]int{group(x), group(y)}] += c.n[x*s+y]
		}
	}
	var mi float64
	for k, v := range n {
		if v > 0 {
			mi += v / c.v.total * math.Log(v*c.v.total/(u[k[0]]*u[k[1]]))
		}
	}
	return mi
}

// TestLossesKeptEqualFromScratch checks the O(1) mending of every pair's
// loss after each word enters and after each merge against the loss summed
// from scratch: the mutual information before the merge less the mutual
// information after it.
func TestLossesKeptEqualFromScratch(t *testing.T) {
	for _, tc := range []struct {
		name              string
		clusters, workers int
	}{
		{"one worker", 6, 1},
		{"two workers", 9, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := newVocab(randomText(7, 40, 30, 60), 1)
			c := newClusterer(v, tc.clusters, tc.workers)
			check := func(step string) {
				t.Helper()
				before := mutualInformation(c, -1, -1)
				for i, x := range c.active {
					for _, y := range c.active[i+1:] {
						a, b := min(x, y), max(x, y)
						want := before - mutualInformation(c, a, b)
						if got := c.loss[a*c.size+b]; math.Abs(got-want) > 1e-9 {
							t.Fatalf("%s: loss of merging %d and %d is %.12f, from scratch %.12f", step, a, b, got, want)
						}
					}
				}
			}
			for w := range v.words {
				c.add(w)
				check(fmt.Sprintf("after word %d enters", w))
				if len(c.active) > c.size-1 {
					a, b := c.best()
					c.merge(a, b)
					check(fmt.Sprintf("after merging %d and %d", a, b))
				}
			}
			for len(c.active) > 1 {
				a, b := c.best()
				c.merge(a, b)
				check(fmt.Sprintf("after merging %d and %d in the tree", a, b))
			}
		})
	}
}

// TestClusterSeparatesWordsByTheirNeighbours checks that words used in the
// same places end up under the same first bit, and words used in other
// places under the other: determiners, nouns and verbs of a toy language
// whose sentences are "determiner noun verb".
func TestClusterSeparatesWordsByTheirNeighbours(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	classes := [][]string{
		{"the", "a", "this", "that"},
		{"cat", "dog", "bird", "horse", "fish"},
		{"runs", "sleeps", "eats", "sings"},
	}
	var seqs [][]string
	for range 400 {
		var s []string
		for range 5 {
			for _, cl := range classes {
				s = append(s, cl[r.IntN(len(cl))])
			}
		}
		seqs = append(seqs, s)
	}
	words := Cluster(seqs, Options{Clusters: 3, MinCount: 1})
	path := map[string]string{}
	for _, w := range words {
		path[w.Text] = w.Path
	}
	for _, cl := range classes {
		for _, w := range cl[1:] {
			if path[w] != path[cl[0]] {
				t.Errorf("%q has path %q, %q has %q: same class, different clusters", w, path[w], cl[0], path[cl[0]])
			}
		}
	}
	for i := range classes {
		for j := range i {
			if path[classes[i][0]] == path[classes[j][0]] {
				t.Errorf("%q and %q share path %q", classes[i][0], classes[j][0], path[classes[i][0]])
			}
		}
	}
	for _, w := range words {
		if strings.Trim(w.Path, "01") != "" || w.Path == "" {
			t.Errorf("%q: path %q is no bit string", w.Text, w.Path)
		}
	}
}

// TestClusterLeavesOutRareWords checks MinCount.
func TestClusterLeavesOutRareWords(t *testing.T) {
	seqs := [][]string{{"a", "b", "a", "b", "a", "c"}}
	got := map[string]int{}
	for _, w := range Cluster(seqs, Options{Clusters: 2, MinCount: 2}) {
		got[w.Text] = w.Count
	}
	if len(got) != 2 || got["a"] != 3 || got["b"] != 2 {
		t.Errorf("clustered %v, want a (3) and b (2) only", got)
	}
}
