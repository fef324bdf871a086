package ner

import (
	"math"
	"math/rand/v2"
	"slices"
)

// typer is a second, span-level classifier that re-types each name the
// tagger found: a multinomial logistic regression over features of the
// whole name (its words, its head, its shape, what the lists say of its
// words) and of the words around every one of its mentions in the text
// (three either side, a title before, a possessive after), pooled over the
// mentions, so that "in Devon" once types "Devon" everywhere. It is trained
// on the gold names of the training documents only, after the tagger.
type typer struct {
	bits uint
	// w holds numTypes weights a row, rows of a hashed table of 1<<bits
	w []float32
	// evidence weighs the tagger's evidence for each type (propagateNames')
	// beside the typer's scores
	evidence float32
	// tab holds w's rows that are not zero, indexed as the tagger's are
	// (their weights in a slot's first numTypes columns), so that scoring
	// reads a few cache lines and not the whole table; nil while training
	tab *Model
}

// index builds tab from w, once training or decoding has set w; scale is
// the step of the weights decoded from a model file (0 in training), with
// which tab is packed.
func (ty *typer) index(scale float32) *typer {
	var rows []uint32
	var w []float32
	for r := 0; r < len(ty.w)/numTypes; r++ {
		row := ty.w[r*numTypes : (r+1)*numTypes]
		if slices.ContainsFunc(row, func(v float32) bool { return v != 0 }) {
			rows = append(rows, uint32(r))
			var full [numTags]float32
			copy(full[:], row)
			w = append(w, full[:]...)
		}
	}
	ty.tab = newModel(ty.bits, rows, w, scale)
	return ty
}

const numTypes = int(Organization) // person, place, organisation: columns 0..2

// Feature templates of the typer, hashed into its own table.
const (
	tfBias = iota + 101
	tfWord
	tfHead
	tfFirst
	tfLen
	tfShape
	tfHeadSuf3
	tfHeadClus6
	tfHeadClus10
	tfHeadClus20
	tfGaz
	tfCity
	tfNamePart
	tfHeadClass
	tfCtx
	tfLeftBag
	tfRightBag
	tfCtxClus
	tfTitle
	tfSentStart
	tfMentions
	tfPossessive
	tfSeen
	tfLeftBigram
	tfRightBigram
)

// mentionRange is a mention's tokens [s, e).
type mentionRange struct{ s, e int }

// typerFeatures writes the features of a name with the given mentions
// (each the same words) in a text, pooled over the mentions: each
// feature once, sorted.
func typerFeatures(info []tokInfo, ms []mentionRange, out []uint64) []uint64 {
	if len(ms) == 0 {
		return out
	}
	start := len(out)
	s, e := ms[0].s, ms[0].e
	n := e - s
	out = append(out, mix(tfBias, 0), mix(tfLen, uint64(min(n, 5))), mix(tfMentions, uint64(min(len(ms), 4))))
	shape := uint64(fnvOffset)
	for k := s; k < e; k++ {
		x := &info[k]
		out = append(out, mix(tfWord, x.word), mix(tfGaz, uint64(x.gaz)), mix(tfCity, uint64(x.city)))
		shape = mix(shape, x.shape)
	}
	head, first := &info[e-1], &info[s]
	_, _, suf := lowerHash(head.text)
	c := uint64(head.genClus)
	out = append(out,
		mix(tfShape, shape),
		mix(tfHead, head.word),
		mix(tfFirst, first.word),
		mix(tfHeadSuf3, suf[2]),
		mix(tfHeadClus6, c&0x3f),
		mix(tfHeadClus10, c&0x3ff),
		mix(tfHeadClus20, c&0xfffff),
		mix(tfNamePart, uint64(first.flags&(flGiven|flSurname))<<16|uint64(head.flags&(flGiven|flSurname))|uint64(min(n, 3))<<24),
		mix(tfHeadClass, uint64(headClass[head.word])),
		mix(tfSeen, uint64(head.flags&(flSeenLower|flCommon|flUpper))),
	)
	for _, m := range ms {
		out = mentionContext(info, m, out)
	}
	pooled := out[start:]
	slices.Sort(pooled)
	return out[:start+len(slices.Compact(pooled))]
}

// mentionContext writes the features of the words around one mention,
// within its sentence.
func mentionContext(info []tokInfo, m mentionRange, out []uint64) []uint64 {
	sentStart := m.s
	for sentStart > 0 && !info[sentStart].sentStart {
		sentStart--
	}
	ss := uint64(0)
	if info[m.s].sentStart {
		ss = 1
	}
	out = append(out, mix(tfSentStart, ss))
	l1, r1 := uint64(hashBOS), uint64(hashEOS)
	for d := 1; d <= 3; d++ {
		k := m.s - d
		if k < sentStart {
			break
		}
		w := info[k].word
		if d == 1 {
			l1 = w
			out = append(out, mix(tfCtxClus, uint64(info[k].genClus&0x3f)))
			if inLower(titles, info[k].text) {
				out = append(out, mix(tfTitle, 1))
			}
		}
		out = append(out, mix(mix(tfCtx, uint64(100-d)), w), mix(tfLeftBag, w))
	}
	if m.s-1 < sentStart {
		out = append(out, mix(mix(tfCtx, 99), hashBOS))
	}
	if m.s-2 >= sentStart {
		out = append(out, mix(mix(tfLeftBigram, info[m.s-2].word), l1))
	}
	for d := 1; d <= 3; d++ {
		k := m.e - 1 + d
		if k >= len(info) || info[k].sentStart {
			if d == 1 {
				out = append(out, mix(mix(tfCtx, 101), hashEOS))
			}
			break
		}
		w := info[k].word
		if d == 1 {
			r1 = w
			out = append(out, mix(tfCtxClus, 1<<8|uint64(info[k].genClus&0x3f)))
			if t := info[k].text; t == "'s" || t == "’s" || t == "'" {
				out = append(out, mix(tfPossessive, 1))
			}
		}
		if d == 2 {
			out = append(out, mix(mix(tfRightBigram, r1), w))
		}
		out = append(out, mix(mix(tfCtx, uint64(100+d)), w), mix(tfRightBag, w))
	}
	return out
}

// scores are the typer's linear scores of each type for features fs.
func (ty *typer) scores(fs []uint64) (z [numTypes]float32) {
	if ty.tab != nil {
		sc := ty.tab.score(fs) // its other columns are zeros
		copy(z[:], sc[:numTypes])
		return z
	}
	mask := uint64(1)<<ty.bits - 1
	for _, f := range fs {
		row := ty.w[int(f&mask)*numTypes:][:numTypes]
		for t := range z {
			z[t] += row[t]
		}
	}
	return z
}

// typerExample is one name of a training text: its pooled features and
// its gold type's column.
type typerExample struct {
	fs    []uint64
	label int
}

// TyperOptions set the typer's training.
type TyperOptions struct {
	Bits   uint    // the table has 1<<Bits rows; 18 if 0
	Epochs int     // passes; 10 if 0
	Rate   float64 // AdaGrad's step; 0.2 if 0
	L2     float64 // per-update weight decay of the features touched
	Runs   int     // typers trained in their own orders, whose weights are averaged; 4 if 0
	// Evidence weighs the tagger's evidence for each type beside the
	// typer's scores when a name is typed: the typer's score of a type plus
	// Evidence times (the type's summed begin scores less the best given
	// type's); 0.1 if 0
	Evidence float64
}

// namesOfGold groups a training text's gold names (runs of its BIO tags)
// by their words, each with its mentions and the type most of them have.
func namesOfGold(toks []Token, gold []uint8) (groups [][]mentionRange, types []Type) {
	index := map[string]int{}
	var counts [][numTypes + 1]int
	for i := 0; i < len(gold); {
		if gold[i] == tagO {
			i++
			continue
		}
		t, e := taggedRun(gold, i)
		key := joinTokens(toks, i, e)
		g, ok := index[key]
		if !ok {
			g = len(groups)
			index[key] = g
			groups = append(groups, nil)
			counts = append(counts, [numTypes + 1]int{})
		}
		groups[g] = append(groups[g], mentionRange{i, e})
		counts[g][(t+1)/2]++
		i = e
	}
	for _, c := range counts {
		best := Person
		for t := Place; t <= Organization; t++ {
			if c[t] > c[best] {
				best = t
			}
		}
		types = append(types, best)
	}
	return groups, types
}

// trainTyper fits the typer to the gold names of the examples, by
// multinomial logistic regression with AdaGrad steps, the names in an
// order of the seed's each pass.
func trainTyper(docs []Doc, exs []example, opt TyperOptions, seed uint64) *typer {
	if opt.Bits == 0 {
		opt.Bits = 18
	}
	if opt.Epochs == 0 {
		opt.Epochs = 10
	}
	if opt.Rate == 0 {
		opt.Rate = 0.2
	}
	if opt.Evidence == 0 {
		opt.Evidence = 0.1
	}
	mask := uint64(1)<<opt.Bits - 1
	var tex []typerExample
	for d := range exs {
		toks := Tokenize(docs[d].Text)
		groups, types := namesOfGold(toks, exs[d].gold)
		for g, ms := range groups {
			fs := typerFeatures(exs[d].info, ms, nil)
			for k := range fs {
				fs[k] &= mask
			}
			tex = append(tex, typerExample{fs: fs, label: int(types[g]) - 1})
		}
	}
	ty := &typer{bits: opt.Bits, w: make([]float32, (1<<opt.Bits)*numTypes), evidence: float32(opt.Evidence)}
	runs := opt.Runs
	if runs == 0 {
		runs = 4
	}
	for run := range runs {
		w := typerRun(tex, opt, seed, uint64(run))
		for i, x := range w {
			ty.w[i] += x / float32(runs)
		}
	}
	return ty.index(0)
}

// typerRun is one logistic regression over the examples, in an order of
// its run's own each pass.
func typerRun(tex []typerExample, opt TyperOptions, seed, run uint64) []float32 {
	ty := &typer{bits: opt.Bits, w: make([]float32, (1<<opt.Bits)*numTypes)}
	sq := make([]float32, len(ty.w))
	rng := rand.New(rand.NewPCG(seed, 0x747970+run))
	order := make([]int, len(tex))
	for i := range order {
		order[i] = i
	}
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &tex[i]
			p := softmax(ty.scores(ex.fs))
			for _, f := range ex.fs {
				for t := range numTypes {
					idx := int(f)*numTypes + t
					g := p[t]
					if t == ex.label {
						g--
					}
					g += float32(opt.L2) * ty.w[idx]
					sq[idx] += g * g
					if sq[idx] > 0 {
						ty.w[idx] -= float32(opt.Rate) * g / float32(math.Sqrt(float64(sq[idx])))
					}
				}
			}
		}
	}
	return ty.w
}

// softmax of scores z.
func softmax(z [numTypes]float32) (p [numTypes]float32) {
	m := max(z[0], z[1], z[2])
	var sum float32
	for t := range z {
		p[t] = float32(math.Exp(float64(z[t] - m)))
		sum += p[t]
	}
	for t := range p {
		p[t] /= sum
	}
	return p
}

// retype sets each name's type from the typer's scores of its mentions'
// pooled features, beside the tagger's evidence: names with no certain
// mention are left as they are.
func (ty *typer) retype(info []tokInfo, names map[string]*nameTally) {
	g := getGaz()
	var fs []uint64
	for _, n := range names {
		if n.best() == 0 {
			continue
		}
		for _, m := range n.mentions {
			setLexicon(info, m.s-1, m.e+1, g) // the clusters and census flags read: the name's and its neighbours'
		}
		fs = typerFeatures(info, n.mentions, fs[:0])
		z := ty.scores(fs)
		ev := float32(math.Inf(-1))
		for t := Person; t <= Organization; t++ {
			if n.votes[t] > 0 {
				ev = max(ev, n.evidence[t])
			}
		}
		best, bestScore := Type(0), float32(math.Inf(-1))
		for t := Person; t <= Organization; t++ {
			sc := z[t-1] + ty.evidence*(n.evidence[t]-ev)
			if sc > bestScore {
				best, bestScore = t, sc
			}
		}
		n.typed = best
	}
}
