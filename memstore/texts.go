package memstore

import (
	"fmt"
	"io"
	"os"

	"newsgraph/schema"
)

// TextsFile is the name, inside the data folder, of the file that holds
// the articles' texts out of the heap. It is derived from the journal: a
// store that finds it missing or shorter than its snapshot says writes it
// again while it replays the journal.
const TextsFile = "texts"

// texts keeps article texts out of the heap: each is appended to a file
// (or, for a store in memory only, to a byte slice) when its article is
// written, and read back by offset when a reader asks for it. Texts are a
// third of the journal and most of what the store held; a query reads few
// of them (schema.Projection says when).
type texts struct {
	f    textBacking
	size int64              // end of the texts written
	refs map[string]textRef // article node id -> where its text is
}

// textRef is where one article's text is.
type textRef struct {
	Off int64
	Len uint32
}

// textBacking is what texts needs of its file; *os.File is one.
type textBacking interface {
	io.ReaderAt
	io.WriterAt
	Truncate(size int64) error
	Sync() error
	Close() error
}

// memText is the texts of a store in memory only.
type memText struct{ b []byte }

func (m *memText) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(m.b)) {
		return 0, io.EOF
	}
	n := copy(p, m.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (m *memText) WriteAt(p []byte, off int64) (int, error) {
	if end := off + int64(len(p)); end > int64(len(m.b)) {
		m.b = append(m.b, make([]byte, end-int64(len(m.b)))...)
	}
	return copy(m.b[off:], p), nil
}

func (m *memText) Truncate(size int64) error {
	if size < int64(len(m.b)) {
		m.b = m.b[:size]
	}
	return nil
}

func (m *memText) Sync() error  { return nil }
func (m *memText) Close() error { return nil }

func newTexts(f textBacking, size int64, refs map[string]textRef) texts {
	if refs == nil {
		refs = map[string]textRef{}
	}
	return texts{f: f, size: size, refs: refs}
}

// openTextsFile opens the texts file in dir, cut to size.
func openTextsFile(path string, size int64) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("memstore: %w", err)
	}
	if err := f.Truncate(size); err != nil {
		f.Close()
		return nil, fmt.Errorf("memstore: %w", err)
	}
	return f, nil
}

// put writes the texts of the new articles among graphs after the texts
// written, and returns where each went; they count only once apply records
// them, so texts put by a write that then fails are written over by the
// next. The caller holds the write lock.
func (t *texts) put(graphs []schema.ArticleGraph, known func(id string) bool) (map[string]textRef, error) {
	var refs map[string]textRef
	size := 0
	for _, g := range graphs {
		for _, n := range g.Nodes {
			size += len(n.Props[schema.PropText])
		}
	}
	buf := make([]byte, 0, size) // at most; one allocation, not one per doubling
	off := t.size
	for _, g := range graphs {
		for _, n := range g.Nodes {
			text := n.Props[schema.PropText]
			if n.Label != schema.LabelArticle || text == "" || known(n.ID) {
				continue
			}
			if _, ok := refs[n.ID]; ok {
				continue
			}
			if refs == nil {
				refs = map[string]textRef{}
			}
			refs[n.ID] = textRef{Off: off + int64(len(buf)), Len: uint32(len(text))}
			buf = append(buf, text...)
		}
	}
	if len(buf) == 0 {
		return nil, nil
	}
	if _, err := t.f.WriteAt(buf, off); err != nil {
		return nil, fmt.Errorf("memstore: write article texts: %w", err)
	}
	return refs, nil
}

// record makes the texts put for one write count.
func (t *texts) record(refs map[string]textRef) {
	for id, r := range refs {
		t.refs[id] = r
		t.size = max(t.size, r.Off+int64(r.Len))
	}
}

// read returns the text of an article node; "" when it has none.
func (t *texts) read(id string) (string, error) {
	r, ok := t.refs[id]
	if !ok {
		return "", nil
	}
	b := make([]byte, r.Len)
	if _, err := t.f.ReadAt(b, r.Off); err != nil {
		return "", fmt.Errorf("memstore: read the text of %s: %w", id, err)
	}
	return string(b), nil
}

// copyNode copies a stored node for a reader, with its text (read from the
// texts) when withText and it is an article that has one. The caller holds
// a read lock.
func (s *Store) copyNode(n *schema.Node, withText bool) (schema.Node, error) {
	c := cloneNode(n)
	if !withText {
		return c, nil
	}
	return c, s.fillText(&c)
}

// fillText puts its text into a copy of an article node. The caller holds
// a read lock.
func (s *Store) fillText(c *schema.Node) error {
	if c.Label != schema.LabelArticle {
		return nil
	}
	text, err := s.texts.read(c.ID)
	if err != nil || text == "" {
		return err
	}
	if c.Props == nil {
		c.Props = map[string]string{}
	}
	c.Props[schema.PropText] = text
	return nil
}
