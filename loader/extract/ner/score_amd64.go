package ner

// score is scoreGo in SSE2 (score_amd64.s): four tags at a time, each lane
// the same conversion, multiply and add as scoreGo's, in the same order.
func (p *packedTable) score(fs []uint64, mask uint64) [numTags]float32 {
	var out [8]float32
	if len(fs) > 0 {
		packedScoreSSE2(&p.slots[0], fs, mask, uint64(p.shift), uint64(p.mask), p.scale, &out)
	}
	return [numTags]float32(out[:numTags])
}

//go:noescape
func packedScoreSSE2(slots *packedSlot, fs []uint64, rowMask, shift, slotMask uint64, scale float32, out *[8]float32)
