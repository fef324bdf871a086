package extract

// DateWords returns the date expressions the extractor reads in text (a
// sentence or a paragraph of an article published on pub, YYYY-MM-DD), each
// as the words it spans, in order. It reads the text as told in the past,
// as a held encounter's sentence is. Tools that sample the output use it to
// ask whether a meeting's sentence gave it a date of its own or the meeting
// took the article's.
func DateWords(text, pub string) ([]string, error) {
	t, err := parseArticleDate(pub)
	if err != nil {
		return nil, err
	}
	d := newDoc(text, false)
	var out []string
	for _, e := range findDates(d.toks, 0, len(d.toks), t, false) {
		out = append(out, text[d.toks[e.t0].start:d.toks[e.t1-1].end])
	}
	return out, nil
}
