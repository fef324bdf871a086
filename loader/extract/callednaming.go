package extract

import "strings"

// callsSomeoneSomethingOff switches callsSomeoneSomething off, for the
// probes to show that their cases need it (TestCallsSomeoneSomething).
var callsSomeoneSomethingOff = false

// callsSomeoneSomething: "call", "calls" or "called" at token i with a name
// for its object and, after the name, a noun phrase or a quotation names
// someone as something ("he called President Zelenskyy and his government
// in Kyiv a quote/unquote “unacceptable regime”", "the President called
// Putin a “war criminal”", "calling President Biden the “Acting”
// President"): a verb of speaking about someone, not a call with them. The
// object runs over capitalised words and the few words that join a name to
// its own ("and his government in Kyiv"); "a" or "an" before a word of time
// ("called President Macron a second time", "a few days ago") and any other
// word end it as a call.
func callsSomeoneSomething(d *doc, i, s1 int) bool {
	if callsSomeoneSomethingOff || i+1 >= s1 || !d.toks[i+1].cap {
		return false
	}
	for k := i + 2; k < s1 && k <= i+12; k++ {
		t := &d.toks[k]
		switch {
		case t.key == "a" || t.key == "an":
			return k+1 < s1 && !namingTimeWords[d.toks[k+1].key]
		case t.key == "the":
			// "the “Acting” President": the quotation right after it
			if k+1 < s1 && quoteOpens(d.toks[k+1].key) {
				return true
			}
		case quoteOpens(t.key) || strings.HasPrefix(t.key, "quote"):
			return true
		case t.cap || namedObjectJoiners[t.key]:
		default:
			return false
		}
	}
	return false
}

// namingTimeWords after "a" tell when a call was ("called him a day
// later"), no name given.
var namingTimeWords = setOf("day", "days", "week", "weeks", "month", "months", "year", "years", "few", "couple",
	"second", "third", "number", "time", "little", "while", "hour", "hours", "minute", "minutes")

// namedObjectJoiners may stand inside the object of "called" before what it
// is called: "President Zelenskyy and his government in Kyiv".
var namedObjectJoiners = setOf("and", "his", "her", "their", "its", "government", "regime", "in", "of", "'s", "’s")
