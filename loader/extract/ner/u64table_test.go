package ner

import (
	"math/rand/v2"
	"testing"
)

// A u64Table answers every key as the map it was built from: keys in it,
// key 0, keys that share a home slot (the probe passes them), and keys not
// in it, which give the zero value.
func TestU64TableAnswersAsItsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 1000, 50_000} {
		m := make(map[uint64]uint32, n)
		for len(m) < n {
			m[r.Uint64()] = r.Uint32() | 1
		}
		if n >= 7 {
			// key 0, and five keys with key 1's home slot in the table
			// they will be in, so that probes pass each other
			m[0], m[1] = 77, 1
			shift := u64Shift(len(m) + 5)
			for k, added := uint64(2), 0; added < 5; k++ {
				if k*u64Mul>>shift == 1*u64Mul>>shift {
					m[k] = uint32(k)
					added++
				}
			}
		}
		tb := newU64Table(m)
		if len(tb.slots) < 2*(len(m)-1) {
			t.Errorf("n=%d: %d slots for %d keys, want at most half filled", n, len(tb.slots), len(m))
		}
		for k, v := range m {
			if got := tb.get(k); got != v {
				t.Fatalf("n=%d: get(%#x) = %d, want %d", n, k, got, v)
			}
		}
		for range 10_000 {
			k := r.Uint64()
			if got := tb.get(k); got != m[k] {
				t.Fatalf("n=%d: get(%#x) = %d, want %d", n, k, got, m[k])
			}
		}
		if _, ok := m[0]; !ok && tb.get(0) != 0 {
			t.Errorf("n=%d: get(0) = %d with no key 0", n, tb.get(0))
		}
	}
}

// markSeenElsewhere's seenTable keeps each word's flags apart, as a map
// would, with words that share a home slot and a word hashed to 0.
func TestSeenTableAsAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	keys := []uint64{0, 1}
	shift := u64Shift(40)
	for k := uint64(2); len(keys) < 8; k++ {
		if k*u64Mul>>shift == 1*u64Mul>>shift {
			keys = append(keys, k) // key 1's home
		}
	}
	for len(keys) < 40 {
		keys = append(keys, r.Uint64())
	}
	tb, m := newSeenTable(len(keys)), map[uint64]uint16{}
	for range 500 {
		k := keys[r.IntN(len(keys))]
		f := uint16(1) << r.IntN(16)
		*tb.add(k) |= f
		m[k] |= f
	}
	for _, k := range keys {
		p := tb.find(k)
		want, ok := m[k]
		if ok != (p != nil) || p != nil && *p != want {
			t.Errorf("find(%#x) = %v, want %d (%v)", k, p, want, ok)
		}
	}
	if tb.find(r.Uint64()) != nil {
		t.Errorf("find of a word never added is not nil")
	}
}
