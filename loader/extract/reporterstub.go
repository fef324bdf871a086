package extract

import (
	"slices"
	"strings"
	"unicode"
	"unsafe"
)

// A briefing's reporters go by their first names: the briefer gives the
// floor by one ("Okay. Go ahead, Jeff.\n\nQ Jen, …") and names the asker of
// a question by it ("in response to Jeff’s question"). Such a first name
// joined the article's official of that first name: a press secretary's
// "Jeff" was Jeff Zients (whitehouse-23627, whitehouse-25613), her "Nancy"
// Nancy Pelosi. reporterAddress keeps it from the official; a reporter the
// article names in full ("Let's go to Steve Holland at Reuters") still
// takes it, as before.

// reporterAddress: the one-word name at bytes [start, end) of text is a
// reporter's, not the official's: the official's first name, not the
// surname ("MS. JEAN-PIERRE: Deese." says the official's name over), of an
// official who is no speaker of the transcript (Prime Minister Johnson's
// "we generally agree, Joe" at a joint press conference is President
// Biden's) or speaks the turn (ownTurn), given as the floor or as a
// question's asker (reporterStub). The form of the text is read first:
// it is cheap and rarely holds, while the lists' walk (isOfficial) and the
// search of the whole text for the official's label (speaks) are not.
func (r *resolver) reporterAddress(text string, start, end int, official string) bool {
	if lastField(official) == text[start:end] || !reporterStub(text, start, end, r.linesOf(text)) {
		return false
	}
	return r.isOfficial(official) && (!r.speaks(text, official) || ownTurn(text, start, official))
}

// ownTurn: the turn that holds byte at, read back over at most twenty
// lines to its label, is the official's own ("MS. PSAKI: … Go ahead,
// Jen."): no one gives the floor to themselves, so the name is another's.
func ownTurn(text string, at int, official string) bool {
	lines := strings.Split(text[max(0, at-6000):at], "\n")
	surname := strings.ToUpper(lastField(official))
	for i, seen := len(lines)-1, 0; i >= 0 && seen < 20; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if questionTurn(l) {
			return false
		}
		if label, _, ok := strings.Cut(l, ":"); ok && len(label) <= 40 && strings.ToUpper(label) == label && strings.ContainsFunc(label, unicode.IsUpper) {
			return strings.Contains(label, surname)
		}
	}
	return false
}

// reporterStub: the name is set off as an address (addressedStub) in a
// line that is no reporter's own ("Q Thanks, Jen.") and no thanks ("Thank
// you, Jake, so much for joining us", to a colleague who leaves the
// podium) nor a list's member ("Senators Warner, Portman, and Sinema"), the
// next line being a reporter's question; or it names the asker of a
// question ("Jeff’s question").
func reporterStub(text string, start, end int, lines *lineIndex) bool {
	rest := text[end:]
	if strings.HasPrefix(rest, "’s question") || strings.HasPrefix(rest, "'s question") {
		return true
	}
	if !addressedStub(text, start, end) || strings.HasPrefix(rest, ", and ") || questionTurn(lines.lineOf(start)) || afterThanks(text[:start]) {
		return false
	}
	return questionTurn(nextLine(text, end))
}

// dropReporterStubs takes from an official each one-word body mention that
// is a reporter's (reporterAddress), as addRecognisedPeople keeps the
// recogniser's from the official's full name: "Yeah, go ahead, Jeff." beside
// "the President, Jeff Zients" (whitehouse-25613).
func dropReporterStubs(d *doc, r *resolver, nBody int) {
	for mi := 0; mi < nBody; mi++ {
		m := &r.mentions[mi]
		pi := r.mentionOf[mi]
		if pi < 0 || m.t1 != m.t0+1 {
			continue
		}
		if r.reporterAddress(d.text, d.toks[m.t0].start, d.toks[m.t0].end, r.people[pi].name) {
			r.detach(mi)
		}
	}
}

// isOfficial: the name is an official's of the lists, under that form or
// another form of the first name ("Jeff Zients", byFirstNameForm), or the
// article's person of that name an official of a title the text gives.
func (r *resolver) isOfficial(name string) bool {
	if _, ok := r.byFirstNameForm(name, ""); ok || len(r.officialsNamed(name)) > 0 {
		return true
	}
	return slices.ContainsFunc(r.people, func(p *personEntity) bool { return p.official && p.name == name })
}

// speaks: a line of the transcript is the official's turn, labelled by the
// surname ("MR. HARRELL:") or, for the article's person of that name, by
// the office ("THE VICE PRESIDENT:").
func (r *resolver) speaks(text, official string) bool {
	labels := []string{strings.ToUpper(lastField(official))}
	for _, p := range r.people {
		if p.name == official && p.role != "" {
			labels = append(labels, "THE "+strings.ToUpper(p.role))
		}
	}
	for _, l := range labels {
		if strings.Contains(text, "\n"+l+":") || strings.Contains(text, " "+l+":") {
			return true
		}
	}
	return false
}

// questionTurn: a transcript's line is a reporter's turn ("Q Jen, …").
func questionTurn(line string) bool {
	return line == "Q" || strings.HasPrefix(line, "Q ") || strings.HasPrefix(line, "Q:")
}

// lineIndex finds the line that holds a byte of text from where the text's
// line breaks are: searching back from each name to the line's start was
// quadratic in a text of one long line.
type lineIndex struct {
	text   string
	breaks []int // the offsets of '\n', in order
}

func newLineIndex(text string) *lineIndex {
	x := &lineIndex{text: text}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		x.breaks = append(x.breaks, i+j)
		i += j + 1
	}
	return x
}

// linesOf is the line index of text, built once for the text asked last.
func (r *resolver) linesOf(text string) *lineIndex {
	if r.lines == nil || len(r.lines.text) != len(text) || unsafe.StringData(r.lines.text) != unsafe.StringData(text) {
		r.lines = newLineIndex(text)
	}
	return r.lines
}

// lineOf is the line that holds byte at, trimmed.
func (x *lineIndex) lineOf(at int) string {
	k, _ := slices.BinarySearch(x.breaks, at) // the first break at or after at
	i, j := 0, len(x.text)
	if k > 0 {
		i = x.breaks[k-1] + 1
	}
	if k < len(x.breaks) {
		j = x.breaks[k]
	}
	return strings.TrimSpace(x.text[i:j])
}

// nextLine is the first non-blank line after the line that holds byte at.
func nextLine(text string, at int) string {
	i := strings.IndexByte(text[at:], '\n')
	if i < 0 {
		return ""
	}
	for _, l := range strings.Split(text[at+i+1:min(len(text), at+i+1+400)], "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// afterThanks: the text before an address ends in thanks ("Thank you,",
// "Thanks,").
func afterThanks(before string) bool {
	before = strings.TrimRight(before, " ,") // the whole article up to the name: only its end is read
	return hasSuffixFold(before, "thank you") || hasSuffixFold(before, "thanks")
}

// hasSuffixFold: s ends in suffix, whatever the case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
