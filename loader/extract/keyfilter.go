package extract

// keyFilter says from a key's length, first and last byte alone that the key is
// in none of a word set's keys, for the rules that look every word of a
// sentence up in a set ("thanked", "signed", the meeting cues): most words
// fail it, and it costs a load and a shift where a map lookup hashes the
// key. Its "may" is only a may: the set is still asked.
type keyFilter struct {
	// by length (31: 31 or more; 0: the empty key), a bit per byte & 31
	first, last [32]uint32
}

// filterOf is the filter of set's keys; set must not change after.
func filterOf[V any](set map[string]V) *keyFilter {
	var f keyFilter
	for k := range set {
		f.add(k)
	}
	return &f
}

func (f *keyFilter) add(k string) {
	if k == "" {
		f.first[0] = 1
		return
	}
	n := min(len(k), 31)
	f.first[n] |= 1 << (k[0] & 31)
	f.last[n] |= 1 << (k[len(k)-1] & 31)
}

// may is false when no key of the set has k's length and first byte, or
// none has its length and last byte (and so k is not in it).
func (f *keyFilter) may(k string) bool {
	if k == "" {
		return f.first[0] != 0
	}
	n := min(len(k), 31)
	return (f.first[n]>>(k[0]&31))&(f.last[n]>>(k[len(k)-1]&31))&1 != 0
}
