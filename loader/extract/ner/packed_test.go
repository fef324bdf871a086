package ner

import (
	"math/rand/v2"
	"testing"
)

// TestPackedScoresAsUnpacked: the embedded model's packed tables (the
// tagger's and the typer's) give the sums the unpacked ones give, to the
// bit, over every scored token of the bundled articles and random
// features (most rows absent), by the platform's score and by scoreGo.
func TestPackedScoresAsUnpacked(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.packed == nil || m.typer.tab.packed == nil {
		t.Fatal("the embedded model's tables are not packed")
	}
	var inputs [][]uint64
	for _, a := range bundledArticles(t) {
		toks := Tokenize(a.Text)
		info := docInfoNoLexicon(toks, nil)
		setLexicon(info, 0, len(info), getGaz())
		for i := range info {
			if !outsideAnyName(info, i) {
				inputs = append(inputs, staticFeatures(info, i, nil))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		fs := make([]uint64, rng.IntN(60))
		for k := range fs {
			fs[k] = rng.Uint64()
		}
		inputs = append(inputs, fs)
	}
	for _, tab := range []*Model{m, m.typer.tab} {
		unpacked := newModel(tab.bits, tab.rows, tab.w, 0)
		mask := uint64(1)<<tab.bits - 1
		for _, fs := range inputs {
			want := unpacked.score(fs)
			if got := tab.score(fs); got != want {
				t.Fatalf("score %v, unpacked %v", got, want)
			}
			if got := tab.packed.scoreGo(fs, mask); got != want {
				t.Fatalf("scoreGo %v, unpacked %v", got, want)
			}
		}
	}
}

// TestPackedRefusesWhatItCannotHoldExactly: newPacked packs only weights
// that are whole multiples of the scale within an int16, no row of zeros,
// and a table whose filled runs are shorter than the gap between rows of
// the same low bits; rows of the same low bits are each found, and an
// absent row is not.
func TestPackedRefusesWhatItCannotHoldExactly(t *testing.T) {
	const scale = 0.5
	row := func(vs ...float32) []float32 { r := make([]float32, numTags); copy(r, vs); return r }
	if newPacked(17, []uint32{5}, row(0.25), scale) != nil {
		t.Error("packed a weight that is no multiple of the scale")
	}
	if newPacked(17, []uint32{5}, row(40000*scale), scale) != nil {
		t.Error("packed a weight beyond int16")
	}
	if newPacked(17, []uint32{5}, row(), scale) != nil {
		t.Error("packed a row of zeros")
	}
	// 17 bits, 20 rows: 32 slots, home row >> 12, rows of the same low
	// 16 bits 16 slots apart
	rows := []uint32{0x00005, 0x10005, 0x04000}
	for _, h := range []uint32{10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31} {
		rows = append(rows, h<<12|7)
	}
	var w []float32
	for k := range rows {
		w = append(w, row(float32(k+1))...)
	}
	p := newPacked(17, rows, w, scale)
	if p == nil {
		t.Fatal("refused twenty rows")
	}
	for k, r := range rows {
		if sl := p.lookup(r); sl == nil || float32(sl.w[0])*scale != float32(k+1) {
			t.Errorf("row %#x: %v, want %v", r, sl, k+1)
		}
	}
	if sl := p.lookup(0x08005); sl != nil {
		t.Errorf("absent row 0x08005 found: %v", sl)
	}
	// twenty rows of one home fill a run longer than the gap: refused
	for k := range rows {
		rows[k] = uint32(k)
	}
	if newPacked(17, rows, w, scale) != nil {
		t.Error("packed a run as long as the gap")
	}
}
