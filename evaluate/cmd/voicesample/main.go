// Command voicesample draws sentences of transcripts that tell an encounter
// in the first or second person ("I met with", "we spoke with", "my
// conversation with", "you met", "your meeting with") with a named official
// whom no held meeting of the extractor pairs with the speaker, and held
// meetings the extractor gives from such sentences, for a reader to judge by
// GUIDELINES.md (issue 10, turns10).
//
//	go run ./evaluate/cmd/datesample -corpus DIR -input > corpus-open.jsonl
//	newsgraph extract corpus-open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/voicesample -articles corpus-open.jsonl -extracted extracted.jsonl [-n 60] [-p 30] [-seed 10]
//
// A transcript is an article with two or more speakers' labels ("Q",
// "QUESTION:", "SECRETARY BLINKEN:") or whose title names remarks, a press
// availability or conference, an interview, a briefing or a gaggle. A
// sentence is a candidate where VoiceCue finds a first- or second-person
// encounter in it and it names an official of another country than the
// voice's whom no held meeting holds with the voice. The voice is who "I",
// "we" or "you" may be: in a turn a label opens, the official the label
// names (by surname) for "I" and "we"; in a reporter's turn ("Q",
// "QUESTION:") the next label's official for "you"; where no label names
// one, the officials the headline names. A sentence whose voice is no one
// known is a candidate where its official is in no held meeting at all
// (pair "? + X"). n candidates are drawn at random (several may share an
// article), and p of the held meetings whose evidence is a VoiceCue sentence of a
// transcript. It refuses an article of the test part or of batches N to W
// (evaluate.ClosedIDs).
package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"newsgraph/evaluate/cmd/internal/sampling"
	"newsgraph/loader/extract"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Record is one drawn sentence or meeting.
type Record = sampling.Record

// VoiceCue is a first- or second-person subject a few words before an
// encounter's verb and "with" or "to" ("I met with", "we've spoken to",
// "you had a call with", "I just got off the phone with"), or a verb that
// takes whom it meets as its object ("you met President Erdoğan", "we
// hosted"), a capital a few words on; or a possessive before an encounter's
// noun and "with" or "to" ("my conversation with", "your meeting with").
// "Seen" is left out: briefers' "we've seen President Putin …" tells what
// they watched.
var VoiceCue = regexp.MustCompile(`\b(?:I|[Ww]e|[Yy]ou)(?:['’](?:ve|d|ll|re|m))?(?:\s+[\w'’-]+){0,3}?\s+` +
	`(?:(?:met|meet|meets|meeting|spoke|spoken|speak|speaking|talked|talk|talking|sat down|got off the phone|` +
	`been on the phone|consulted|conferred|had\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|meetings|call|calls|conversation|` +
	`conversations|discussion|discussions|talks|bilateral|dinner|lunch))(?:\s+[\w'’-]+){0,3}?\s+(?:with|to)|` +
	`(?:met|meet|visited|hosted|welcomed|received|called|joined|saw))\s+(?:[\w'’.-]+\s+){0,4}?[A-Z]` +
	`|\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|meetings|call|calls|conversation|conversations|` +
	`discussion|discussions|talks|visit|bilateral|engagement|engagements)\s+(?:with|to)\b`)

// secondPerson finds "you" and "your" in a cue.
var secondPerson = regexp.MustCompile(`^(?:[Yy]ou|[Yy]our)\b`)

// labelLine is a speaker's label opening a line: a reporter's "Q" or
// "QUESTION:", or a name or office in capitals before a colon.
var labelLine = regexp.MustCompile(`(?m)^(?:Q\s|QUESTION:|[A-Z][A-Z.'’ \-]{1,40}:)`)

// transcriptTitle names a spoken occasion.
var transcriptTitle = regexp.MustCompile(`(?i)\b(remarks|press availability|press conference|interview|briefing|gaggle|statements to the press|conversation with)\b`)

// label is one speaker's label: where it opens, its text, and whether a
// reporter speaks.
type label struct {
	at       int
	text     string
	reporter bool
}

func labels(text string) []label {
	var out []label
	for _, m := range labelLine.FindAllStringIndex(text, -1) {
		t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text[m[0]:m[1]]), ":"))
		out = append(out, label{at: m[0], text: t, reporter: t == "Q" || t == "QUESTION"})
	}
	return out
}

// transcript: two labels or more, or a title of a spoken occasion.
func transcript(a extract.Article, ls []label) bool {
	return len(ls) >= 2 || transcriptTitle.MatchString(a.Title)
}

// labelled is the official a label names by a title and surname
// ("SECRETARY BLINKEN", "MR PRICE"), or none: a one-word label ("Q",
// "MODERATOR") names no one.
func labelled(text string, offs []sampling.Official) []sampling.Official {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 2 {
		return nil
	}
	last := f[len(f)-1]
	var out []sampling.Official
	for _, o := range offs {
		n := strings.Fields(strings.ToLower(o.Name))
		if len(n) > 0 && n[len(n)-1] == last {
			out = append(out, o)
		}
	}
	return out
}

// headline are the officials the title names by surname.
func headline(a extract.Article, offs []sampling.Official) []sampling.Official {
	var out []sampling.Official
	for _, o := range offs {
		f := strings.Fields(o.Name)
		if len(f) > 0 && strings.Contains(a.Title, f[len(f)-1]) {
			out = append(out, o)
		}
	}
	return out
}

// voices are who the cue's person may be, for a sentence at s: the turn's
// labelled official ("I", "we"), or in a reporter's turn the next turn's
// ("you"); else the headline's officials. The label text is returned too.
func voices(a extract.Article, ls []label, offs []sampling.Official, s int, second bool) ([]sampling.Official, string) {
	turn := -1
	for i, l := range ls {
		if l.at <= s {
			turn = i
		}
	}
	if turn < 0 {
		return headline(a, offs), ""
	}
	l := ls[turn]
	switch {
	case l.reporter && !second:
		return nil, l.text // a reporter's own "I"
	case l.reporter && turn+1 < len(ls):
		if v := labelled(ls[turn+1].text, offs); len(v) > 0 {
			return v, l.text + " → " + ls[turn+1].text
		}
		return headline(a, offs), l.text + " → " + ls[turn+1].text
	case !l.reporter && !second:
		if v := labelled(l.text, offs); len(v) > 0 {
			return v, l.text
		}
	}
	return headline(a, offs), l.text
}

// candidates are a's transcript sentences with a voice cue and an official
// whom no held meeting of r holds with the voice.
func candidates(a extract.Article, r extract.Result) []Record {
	ls := labels(a.Text)
	if !transcript(a, ls) {
		return nil
	}
	offs := sampling.Officials(r)
	var out []Record
	for _, se := range sampling.CueSentences(a.Text, offs, VoiceCue) {
		s, e := se[0], se[1]
		cue := VoiceCue.FindString(a.Text[s:e])
		vs, lab := voices(a, ls, offs, s, secondPerson.MatchString(cue))
		if lab != "" && vs == nil {
			continue // a reporter's "I"
		}
		var in []sampling.Official
		for _, o := range offs {
			if _, ok := o.At[s]; ok && !slices.ContainsFunc(vs, func(v sampling.Official) bool { return v.Name == o.Name }) {
				in = append(in, o)
			}
		}
		pairs := sampling.Unpaired(r, "held", vs, in, nil)
		if len(vs) == 0 {
			for _, o := range in {
				if !heldAtAll(r, o.Name) {
					pairs = append(pairs, fmt.Sprintf("? + %s (%s)", o.Name, o.Country))
				}
			}
		}
		if len(pairs) == 0 {
			continue
		}
		out = append(out, Record{Draw: "missed", ID: a.ID, Title: a.Title, ArticleDate: a.Date, Sentence: a.Text[s:e],
			Paragraph: sampling.Paragraph(a.Text, s, e), Pairs: pairs, Given: sampling.Told(r, s), Speaker: lab})
	}
	return out
}

// heldAtAll: some held meeting of r holds name.
func heldAtAll(r extract.Result, name string) bool {
	return slices.ContainsFunc(r.Meetings, func(m extract.Meeting) bool {
		return m.Status == "held" && slices.Contains(m.Participants, name)
	})
}

// given are r's held meetings told by a voice-cue sentence of a transcript.
func given(a extract.Article, r extract.Result) []Record {
	if !transcript(a, labels(a.Text)) {
		return nil
	}
	var out []Record
	for _, m := range r.Meetings {
		if m.Status == "held" && VoiceCue.MatchString(m.Evidence.Sentence) {
			out = append(out, sampling.GivenRecord(a, m))
		}
	}
	return out
}

// run draws several candidates of one article: the family is small (55
// sentences in 46 articles at main 86bb542), so -n takes nearly all of it.
func run(args []string, stdout, stderr io.Writer) int {
	return sampling.Sampler{Name: "voicesample", Status: "held", N: 60, P: 30, Candidates: candidates, Given: given, Several: true}.Run(args, stdout, stderr)
}
