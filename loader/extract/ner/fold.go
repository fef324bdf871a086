package ner

// InLower reports whether set, of lower-case words, holds w in lower case,
// lowering a short ASCII word without allocating: the extractor's rules
// that ask of every name the recogniser finds use it (offlist45).
func InLower(set map[string]bool, w string) bool { return inLower(set, w) }
