package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file: gzip of "NERM", version, table bits, tag count, the
// weight scale (float32), the number of stored rows, then per row the
// distance to the previous stored row and its weights as zig-zag varints
// of weight/scale. Rows whose weights are all below the pruning threshold
// are left out. Version 2 adds the typer's section (typer.encode) after
// the rows; version 1 has no typer.
const modelMagic = "NERM"

const (
	modelVersion      = 1
	modelVersionTyper = 2
)

// Encode writes the model, leaving out rows whose largest weight is below
// prune (in absolute value) and rounding weights to 1/32767 of the largest.
func (m *Model) Encode(w io.Writer, prune float32) error {
	scale := weightScale(m.w)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var rows []int // indexes into m.rows
	for k := range m.rows {
		keep := false
		for _, v := range m.w[k*numTags : k*numTags+numTags] {
			if float32(math.Abs(float64(v))) >= prune && int(math.Round(float64(v/scale))) != 0 {
				keep = true
			}
		}
		if keep {
			rows = append(rows, k)
		}
	}
	bw.WriteString(modelMagic)
	var tmp [binary.MaxVarintLen64]byte
	put := func(u uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], u)]) }
	if m.typer != nil {
		put(modelVersionTyper)
	} else {
		put(modelVersion)
	}
	put(uint64(m.bits))
	put(numTags)
	put(uint64(math.Float32bits(scale)))
	put(uint64(len(rows)))
	prev := -1
	for _, k := range rows {
		r := int(m.rows[k])
		put(uint64(r - prev))
		prev = r
		for _, v := range m.w[k*numTags : k*numTags+numTags] {
			bw.Write(tmp[:binary.PutVarint(tmp[:], int64(math.Round(float64(v/scale))))])
		}
	}
	if m.typer != nil {
		m.typer.encode(put, func(v int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], v)]) })
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// encode writes the typer's section of the model file: its table bits, its
// weight scale, the number of rows with a weight, then per row the distance
// to the previous one and its weights as varints of weight/scale.
func (ty *typer) encode(put func(uint64), putInt func(int64)) {
	scale := weightScale(ty.w)
	q := func(v float32) int64 { return int64(math.Round(float64(v / scale))) }
	var rows []int
	for r := 0; r < len(ty.w)/numTypes; r++ {
		if slices.ContainsFunc(ty.w[r*numTypes:(r+1)*numTypes], func(v float32) bool { return q(v) != 0 }) {
			rows = append(rows, r)
		}
	}
	put(uint64(ty.bits))
	put(uint64(math.Float32bits(ty.evidence)))
	put(uint64(math.Float32bits(scale)))
	put(uint64(len(rows)))
	prev := -1
	for _, r := range rows {
		put(uint64(r - prev))
		prev = r
		for _, v := range ty.w[r*numTypes : (r+1)*numTypes] {
			putInt(q(v))
		}
	}
}

// decodeTyper reads the typer's section written by encode.
func decodeTyper(r *bytes.Reader) (*typer, error) {
	var err error
	get := func() uint64 {
		u, e := binary.ReadUvarint(r)
		if e != nil && err == nil {
			err = e
		}
		return u
	}
	bits := get()
	evidence := math.Float32frombits(uint32(get()))
	scale := math.Float32frombits(uint32(get()))
	n := get()
	if err != nil {
		return nil, err
	}
	if bits < 8 || bits > 24 || n > 1<<bits {
		return nil, fmt.Errorf("typer: %d rows in a table of %d bits", n, bits)
	}
	ty := &typer{bits: uint(bits), w: make([]float32, (1<<bits)*numTypes), evidence: evidence}
	row := -1
	for k := uint64(0); k < n; k++ {
		row += int(get())
		if err != nil {
			return nil, err
		}
		if row < 0 || row >= 1<<bits {
			return nil, fmt.Errorf("typer: row %d out of range", row)
		}
		for t := range numTypes {
			v, e := binary.ReadVarint(r)
			if e != nil {
				return nil, fmt.Errorf("typer: row %d: %w", row, e)
			}
			ty.w[row*numTypes+t] = float32(v) * scale
		}
	}
	return ty.index(scale), nil
}

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, errors.New("not a model file")
	}
	r := bytes.NewReader(data[len(modelMagic):])
	get := func() uint64 {
		u, e := binary.ReadUvarint(r)
		if e != nil && err == nil {
			err = e
		}
		return u
	}
	version, bits, tags := get(), get(), get()
	scale := math.Float32frombits(uint32(get()))
	n := get()
	if err != nil {
		return nil, err
	}
	if version != modelVersion && version != modelVersionTyper || tags != numTags || bits < 8 || bits > 24 {
		return nil, fmt.Errorf("model version %d, %d tags, %d bits: this build reads versions %d and %d, %d tags", version, tags, bits, modelVersion, modelVersionTyper, numTags)
	}
	if n > 1<<bits {
		return nil, fmt.Errorf("%d rows in a table of %d", n, 1<<bits)
	}
	rows := make([]uint32, 0, n)
	w := make([]float32, 0, n*numTags)
	row := -1
	for k := uint64(0); k < n; k++ {
		row += int(get())
		if err != nil {
			return nil, err
		}
		if row < 0 || row >= 1<<bits || len(rows) > 0 && uint32(row) <= rows[len(rows)-1] {
			return nil, fmt.Errorf("row %d out of range or order", row)
		}
		rows = append(rows, uint32(row))
		for t := 0; t < numTags; t++ {
			v, e := binary.ReadVarint(r)
			if e != nil {
				return nil, fmt.Errorf("row %d: %w", row, e)
			}
			w = append(w, float32(v)*scale)
		}
	}
	m := newModel(uint(bits), rows, w, scale)
	if version == modelVersionTyper {
		if m.typer, err = decodeTyper(r); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// ShiftOutside returns a copy of the model whose score for tag O is lower
// by d at every token it reads: d > 0 trades precision for recall. The shift
// is carried by the bias feature's row, which every such token has, so the
// model file and decoding are unchanged.
func (m *Model) ShiftOutside(d float32) *Model { return m.shiftTag(tagO, d) }

// ShiftBegin returns a copy of the model whose score for beginning a name
// of type t is lower by d at every token, as ShiftOutside does for tag O:
// d > 0 makes the type rarer (a correction of its prior).
func (m *Model) ShiftBegin(t Type, d float32) *Model { return m.shiftTag(beginTag(t), d) }

func (m *Model) shiftTag(tag uint8, d float32) *Model {
	rows := append([]uint32(nil), m.rows...)
	w := append([]float32(nil), m.w...)
	row := uint32(mix(fBias, 0) & (1<<m.bits - 1))
	k, found := slices.BinarySearch(rows, row)
	if !found {
		rows = slices.Insert(rows, k, row)
		w = slices.Insert(w, k*numTags, make([]float32, numTags)...)
	}
	w[k*numTags+int(tag)] -= d
	s := newModel(m.bits, rows, w, 0)
	s.typer = m.typer
	return s
}

// weightScale is the step a model file rounds weights to: 1/32767 of the
// largest in absolute value, so that each fits an int16's range.
func weightScale(w []float32) float32 {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	return maxAbs / 32767
}
