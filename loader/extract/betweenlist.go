package extract

// betweenListWords are the lower-case words besides titles (roleHeads,
// roleModifiers: "Chinese leader Xi Jinping") a list of named people after
// "between" may hold: "between President Biden and President Xi Jinping of
// the People's Republic of China", "between Secretary Blinken and his
// counterpart".
var betweenListWords = setOf("and", "of", "the", "his", "her", "their", "its", "’s", "'s", "counterpart",
	"de", "da", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "le", "la", "ter", "bin", "al", "el", "ibn")

// betweenListEnd is the token where the list of people named after the
// "between" at token at ends: once a capitalised word has opened it (not
// "between, you know, our Special Representative Sung Kim and …"), the
// first lower-case word that no name or title holds, or a mark that closes
// a phrase. The sentence may go on to
// name others in another clause ("With regard to the call between President
// Biden and President Xi, first, as you know, this … builds on … the time I
// spent with Foreign Minister Wang Yi in Bali"): they are not in that
// encounter.
func betweenListEnd(d *doc, at, s1 int) int {
	opened := false
	for k := at + 1; k < s1; k++ {
		t := d.toks[k]
		opened = opened || t.cap
		switch {
		case !opened:
		case t.kind == tokPunct && t.key != "," && t.key != "." && t.key != "’" && t.key != "'" && t.key != "-":
			return k // ";", ":", "(", a dash
		case t.kind == tokWord && !t.cap && !betweenListWords[t.key] && !roleHeads[t.key] && !roleModifiers[t.key]:
			return k
		}
	}
	return s1
}
