package extract

// academicStyles style a person by a degree or chair: what follows is a
// name, never an office ("Dr. President" is no form), unlike "Mr." and
// "Ms.", which also go before an office ("Mr. President Joe Biden").
var academicStyles = setOf("dr.", "dr", "prof.", "professor")

// givenNameAfterStyle: token i, an office word, is a given name, since an
// academic style opens the name it starts and a name word follows ("Dr.
// Sultan Al Jaber", the UAE's climate envoy, is no Sultan). Without a name
// after it the word stays a title ("Dr. King").
func (d *doc) givenNameAfterStyle(i int) bool {
	if i < 1 || i+1 >= len(d.toks) || !academicStyles[d.toks[i-1].key] || !d.toks[i-1].cap || !d.toks[i].cap {
		return false
	}
	n := &d.toks[i+1]
	return n.kind == tokWord && n.cap && !stopCaps[n.key] && !roleHeads[n.key] && !roleModifiers[n.key] && n.sent == d.toks[i].sent
}
