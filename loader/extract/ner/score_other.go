//go:build !amd64

package ner

func (p *packedTable) score(fs []uint64, mask uint64) [numTags]float32 { return p.scoreGo(fs, mask) }
