// Package brown clusters words by the words beside them: Brown et al.'s
// (1992) class-based bigram clustering, in the windowed form of Liang
// (2005, "Semi-supervised learning for natural language", section 3.2).
// Words are taken in order of frequency; C clusters are kept, each new word
// enters as a cluster of its own, and of the C+1 the two whose merging loses
// least average mutual information between neighbouring clusters are merged.
// When every word is in, the C clusters are merged down to one the same way,
// and that binary tree gives each cluster a bit string: a word's string and
// its prefixes are features at several grains (Miller et al. 2004, Ratinov &
// Roth 2009).
//
// Each step costs O(C²): the loss of merging every pair is kept and mended
// after each change in O(1) per pair, as Liang does, rather than worked out
// again in O(C) per pair.
package brown

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// Options set the clustering.
type Options struct {
	Clusters int // C, the clusters kept while words enter; 256 if 0
	MinCount int // words seen fewer times are left out; 3 if 0
	Workers  int // goroutines for the O(C²) loops; GOMAXPROCS if 0
}

// Word is one clustered word: its bit string (the path from the tree's root,
// 0 for the first cluster of a merge and 1 for the second) and how often it
// was seen.
type Word struct {
	Text  string
	Path  string
	Count int
}

// Cluster clusters the words of the token sequences (bigrams are counted
// within each sequence). The result is ordered by path, then by count
// (most frequent first), then by text.
func Cluster(seqs [][]string, opt Options) []Word {
	if opt.Clusters == 0 {
		opt.Clusters = 256
	}
	if opt.MinCount == 0 {
		opt.MinCount = 3
	}
	if opt.Workers == 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	v := newVocab(seqs, opt.MinCount)
	if len(v.words) == 0 {
		return nil
	}
	c := newClusterer(v, min(opt.Clusters, len(v.words)), opt.Workers)
	for w := range v.words {
		c.add(w)
		if len(c.active) > c.size-1 {
			a, b := c.best()
			c.merge(a, b)
		}
	}
	// the kept clusters, merged down to one, make the tree
	node := make([]int, c.size) // slot → tree node
	type tnode struct{ left, right int }
	var tree []tnode      // leaves first: leaf k is c.active[k] at this point
	var leafWords [][]int // leaf → its words
	for k, s := range c.active {
		node[s] = k
		leafWords = append(leafWords, c.members[s])
		tree = append(tree, tnode{-1, -1})
	}
	for len(c.active) > 1 {
		a, b := c.best()
		tree = append(tree, tnode{node[a], node[b]})
		c.merge(a, b)
		node[a] = len(tree) - 1
	}
	paths := make([]string, len(tree))
	var walk func(n int, path string)
	walk = func(n int, path string) {
		if tree[n].left < 0 {
			paths[n] = path
			return
		}
		walk(tree[n].left, path+"0")
		walk(tree[n].right, path+"1")
	}
	walk(len(tree)-1, "")
	out := make([]Word, 0, len(v.words))
	for leaf, words := range leafWords {
		p := paths[leaf]
		if p == "" {
			p = "0" // one cluster only
		}
		for _, w := range words {
			out = append(out, Word{Text: v.words[w], Path: p, Count: int(v.count[w])})
		}
	}
	slices.SortFunc(out, func(x, y Word) int {
		return cmp.Or(strings.Compare(x.Path, y.Path), cmp.Compare(y.Count, x.Count), strings.Compare(x.Text, y.Text))
	})
	return out
}

// vocab holds the words kept, most frequent first, with their bigrams.
type vocab struct {
	words []string
	count []float64
	right [][]neighbour // right[w]: the words seen after w, with counts
	left  [][]neighbour // left[w]: the words seen before w
	total float64       // bigrams counted
}

type neighbour struct {
	w     int32
	count float64
}

func newVocab(seqs [][]string, minCount int) *vocab {
	counts := map[string]int{}
	for _, s := range seqs {
		for _, w := range s {
			counts[w]++
		}
	}
	v := &vocab{}
	for w, n := range counts {
		if n >= minCount {
			v.words = append(v.words, w)
		}
	}
	slices.SortFunc(v.words, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b)) })
	id := make(map[string]int32, len(v.words))
	v.count = make([]float64, len(v.words))
	for i, w := range v.words {
		id[w] = int32(i)
		v.count[i] = float64(counts[w])
	}
	bigrams := map[[2]int32]float64{}
	for _, s := range seqs {
		prev := int32(-1)
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				cur = -1
			}
			if prev >= 0 && cur >= 0 {
				bigrams[[2]int32{prev, cur}]++
				v.total++
			}
			prev = cur
		}
	}
	v.right = make([][]neighbour, len(v.words))
	v.left = make([][]neighbour, len(v.words))
	for k, n := range bigrams {
		v.right[k[0]] = append(v.right[k[0]], neighbour{k[1], n})
		v.left[k[1]] = append(v.left[k[1]], neighbour{k[0], n})
	}
	return v
}

// clusterer holds the clusters in slots 0..size-1: the bigram counts
// between them, each pair's term of the mutual information, and the loss of
// merging each pair.
type clusterer struct {
	v       *vocab
	size    int // C+1 slots
	workers int
	n       []float64 // n[x*size+y]: bigrams of a word of x followed by one of y
	q       []float64 // q[x*size+y]: that pair's term of the mutual information
	loss    []float64 // loss[x*size+y], x < y: mutual information lost by merging x and y
	u, lu   []float64 // each cluster's word count and its log
	active  []int     // the slots in use, in order
	slotOf  []int     // word → slot, -1 before it enters
	members [][]int   // slot → its words
	free    []int
	logN    float64
}

func newClusterer(v *vocab, clusters, workers int) *clusterer {
	size := clusters + 1
	c := &clusterer{v: v, size: size, workers: workers,
		n: make([]float64, size*size), q: make([]float64, size*size), loss: make([]float64, size*size),
		u: make([]float64, size), lu: make([]float64, size), slotOf: make([]int, len(v.words)),
		members: make([][]int, size), logN: math.Log(max(v.total, 1))}
	for i := range c.slotOf {
		c.slotOf[i] = -1
	}
	for s := size - 1; s >= 0; s-- {
		c.free = append(c.free, s)
	}
	return c
}

// logTable holds the log of small counts, which most bigram counts are.
var logTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = math.Log(float64(i))
	}
	return t
}()

func logCount(n float64) float64 {
	if n < float64(len(logTable)) {
		return logTable[int(n)]
	}
	return math.Log(n)
}

// term is a pair's term of the mutual information: p(x,y) log p(x,y)/(p(x)p(y)),
// from n bigrams and the logs of the two clusters' counts; 0 when n is.
func (c *clusterer) term(n, lux, luy float64) float64 {
	if n == 0 {
		return 0
	}
	return n / c.v.total * (logCount(n) + c.logN - lux - luy)
}

// pairs calls f for every pair of active slots (x < y), spread over the
// workers by rows.
func (c *clusterer) pairs(skip func(x int) bool, f func(x, y int)) {
	act := c.active
	var wg sync.WaitGroup
	for w := range c.workers {
		wg.Go(func() {
			for i := w; i < len(act); i += c.workers {
				x := act[i]
				if skip(x) {
					continue
				}
				for _, y := range act[i+1:] {
					if !skip(y) {
						f(min(x, y), max(x, y))
					}
				}
			}
		})
	}
	wg.Wait()
}

// each calls f for every active slot, spread over the workers.
func (c *clusterer) each(f func(x int)) {
	act := c.active
	var wg sync.WaitGroup
	for w := range c.workers {
		wg.Go(func() {
			for i := w; i < len(act); i += c.workers {
				f(act[i])
			}
		})
	}
	wg.Wait()
}

// through is what merging x and y changes in the terms with a third
// cluster e: before, x's and y's terms with e in both directions; after,
// the merged cluster's (luxy is the log of x's and y's counts together).
func (c *clusterer) through(x, y, e int, luxy float64) float64 {
	s := c.size
	nxe, nye, nex, ney := c.n[x*s+e], c.n[y*s+e], c.n[e*s+x], c.n[e*s+y]
	if nxe == 0 && nye == 0 && nex == 0 && ney == 0 {
		return 0
	}
	return c.q[x*s+e] + c.q[y*s+e] + c.q[e*s+x] + c.q[e*s+y] -
		c.term(nxe+nye, luxy, c.lu[e]) - c.term(nex+ney, c.lu[e], luxy)
}

// pairLoss works out the loss of merging x and y from the counts.
func (c *clusterer) pairLoss(x, y int) float64 {
	s := c.size
	luxy := math.Log(c.u[x] + c.u[y])
	l := c.q[x*s+x] + c.q[x*s+y] + c.q[y*s+x] + c.q[y*s+y] -
		c.term(c.n[x*s+x]+c.n[x*s+y]+c.n[y*s+x]+c.n[y*s+y], luxy, luxy)
	for _, e := range c.active {
		if e != x && e != y {
			l += c.through(x, y, e, luxy)
		}
	}
	return l
}

// setTerms works out slot x's terms with every active slot, both ways.
func (c *clusterer) setTerms(x int) {
	s := c.size
	for _, y := range c.active {
		c.q[x*s+y] = c.term(c.n[x*s+y], c.lu[x], c.lu[y])
		c.q[y*s+x] = c.term(c.n[y*s+x], c.lu[y], c.lu[x])
	}
}

// add puts word w into a slot of its own.
func (c *clusterer) add(w int) {
	s := c.size
	x := c.free[len(c.free)-1]
	c.free = c.free[:len(c.free)-1]
	for _, y := range c.active {
		c.n[x*s+y], c.n[y*s+x] = 0, 0
	}
	c.n[x*s+x] = 0
	c.slotOf[w] = x
	c.members[x] = append(c.members[x][:0], w)
	c.u[x], c.lu[x] = c.v.count[w], math.Log(c.v.count[w])
	// the bigrams with words already in (the others count once they enter)
	touched := make([]bool, s)
	for _, nb := range c.v.right[w] {
		if y := c.slotOf[nb.w]; y >= 0 {
			c.n[x*s+y] += nb.count
			touched[y] = true
		}
	}
	for _, nb := range c.v.left[w] {
		if y := c.slotOf[nb.w]; y >= 0 && int(nb.w) != w {
			c.n[y*s+x] += nb.count
			touched[y] = true
		}
	}
	touched[x] = false
	c.active = append(c.active, x)
	c.setTerms(x)
	c.active = c.active[:len(c.active)-1]
	// every pair's loss gains the terms through x; only pairs with a
	// neighbour of w have any
	c.pairs(func(int) bool { return false }, func(a, b int) {
		if touched[a] || touched[b] {
			c.loss[a*s+b] += c.through(a, b, x, math.Log(c.u[a]+c.u[b]))
		}
	})
	c.active = append(c.active, x)
	c.each(func(y int) {
		if y != x {
			c.loss[min(x, y)*s+max(x, y)] = c.pairLoss(x, y)
		}
	})
}

// best returns the pair whose merging loses least (a < b).
func (c *clusterer) best() (a, b int) {
	s := c.size
	bestLoss := math.Inf(1)
	for i, x := range c.active {
		for _, y := range c.active[i+1:] {
			lo, hi := min(x, y), max(x, y)
			if l := c.loss[lo*s+hi]; l < bestLoss {
				bestLoss, a, b = l, lo, hi
			}
		}
	}
	return a, b
}

// merge puts slot b's words into slot a and frees b.
func (c *clusterer) merge(a, b int) {
	s := c.size
	// every other pair's loss: its terms through a and b become terms
	// through the merged cluster
	lab := math.Log(c.u[a] + c.u[b])
	toAB := make([]float64, s)   // q(x, a∪b)
	fromAB := make([]float64, s) // q(a∪b, x)
	for _, x := range c.active {
		toAB[x] = c.term(c.n[x*s+a]+c.n[x*s+b], c.lu[x], lab)
		fromAB[x] = c.term(c.n[a*s+x]+c.n[b*s+x], lab, c.lu[x])
	}
	c.pairs(func(x int) bool { return x == a || x == b }, func(x, y int) {
		lxy := math.Log(c.u[x] + c.u[y])
		viaAB := toAB[x] + toAB[y] + fromAB[x] + fromAB[y] -
			c.term(c.n[x*s+a]+c.n[x*s+b]+c.n[y*s+a]+c.n[y*s+b], lxy, lab) -
			c.term(c.n[a*s+x]+c.n[b*s+x]+c.n[a*s+y]+c.n[b*s+y], lab, lxy)
		c.loss[x*s+y] += viaAB - c.through(x, y, a, lxy) - c.through(x, y, b, lxy)
	})
	// the counts
	self := c.n[a*s+a] + c.n[a*s+b] + c.n[b*s+a] + c.n[b*s+b]
	for _, x := range c.active {
		if x != a && x != b {
			c.n[a*s+x] += c.n[b*s+x]
			c.n[x*s+a] += c.n[x*s+b]
		}
	}
	c.n[a*s+a] = self
	c.u[a] += c.u[b]
	c.lu[a] = lab
	for _, w := range c.members[b] {
		c.slotOf[w] = a
	}
	c.members[a] = append(c.members[a], c.members[b]...)
	c.members[b] = nil
	c.active = slices.DeleteFunc(c.active, func(x int) bool { return x == b })
	c.free = append(c.free, b)
	c.setTerms(a)
	c.each(func(y int) {
		if y != a {
			c.loss[min(a, y)*s+max(a, y)] = c.pairLoss(a, y)
		}
	})
}
