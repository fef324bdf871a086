package ner

import "math/bits"

// u64Table is a read-only map from uint64 keys to values, built once, for
// the large word lists that every token asks (gazIndex.listed,
// gazIndex.clusters). It answers as the map it was built from, but a
// lookup is a multiply, a shift and, most often, one slot read: the slot
// holds the key beside its value, so a lookup touches one cache line where
// a Go map's touched its control word and then its slot, and the short
// loop lets the processor overlap the misses of neighbouring tokens'
// lookups. Linear probing, at most half the slots filled.
type u64Table[V any] struct {
	slots []u64Slot[V]
	shift uint8 // a key's home slot is (key * u64Mul) >> shift
	zero  V     // key 0's value (its slot would look empty)
}

type u64Slot[V any] struct {
	key uint64 // 0: an empty slot
	val V
}

// u64Mul spreads keys over the slots (Fibonacci hashing): the keys are
// word hashes already, but multiplying costs nothing and keeps a table
// from depending on their low bits.
const u64Mul = 0x9E3779B97F4A7C15

// newU64Table copies m.
func newU64Table[V any](m map[uint64]V) *u64Table[V] {
	shift := u64Shift(len(m))
	t := &u64Table[V]{slots: make([]u64Slot[V], 1<<(64-shift)), shift: shift}
	mask := uint64(len(t.slots) - 1)
	for k, v := range m {
		if k == 0 {
			t.zero = v
			continue
		}
		h := k * u64Mul >> t.shift
		for t.slots[h].key != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = u64Slot[V]{key: k, val: v}
	}
	return t
}

// u64Shift is the shift of a table of n keys: its slots, 1 << (64 -
// shift), are the least power of two at least 2n (and 2).
func u64Shift(n int) uint8 {
	return uint8(64 - bits.Len(uint(max(2*n, 2)-1)))
}

// get is m[k] of the map the table was built from.
func (t *u64Table[V]) get(k uint64) V {
	if k == 0 {
		return t.zero // the zero V when the map had no key 0
	}
	mask := uint64(len(t.slots) - 1)
	for h := k * u64Mul >> t.shift; ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.key == k {
			return s.val
		}
		if s.key == 0 {
			var none V
			return none
		}
	}
}
