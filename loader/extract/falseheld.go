package extract

import (
	"slices"

	"newsgraph/gazetteer"
)

// Meeting words that tell no encounter of the people named near them
// (issue 10, false42): a false held meeting puts two people together in
// meetings, relations, paths and the explorer, which is worse for an
// analyst than a missed one. Each rule reads the meeting word at token i
// of a sentence that ends before token s1 (or starts at s0).

// almostWords follow "virtually" where it means "almost": a quantifier or
// a determiner ("virtually every country", "virtually the entirety of the
// international community", "virtually no progress").
var almostWords = setOf("all", "every", "everyone", "everybody", "everything", "everywhere", "any", "anyone",
	"anybody", "anything", "no", "none", "nothing", "nobody", "nowhere", "each", "the", "a", "an", "this", "that",
	"these", "those", "entire", "whole", "always", "never", "impossible", "unanimous", "unanimously", "identical",
	"unchanged", "unknown", "unheard", "nonexistent", "non-existent", "certain", "certainly")

// virtuallyAlmost: "virtually" at token i means "almost" (almostWords
// after it), no virtual encounter: "the response … from virtually the
// entirety of the international community". "Met virtually with",
// "virtually hosted", "joined virtually today" stay one.
func virtuallyAlmost(d *doc, i, s1 int) bool {
	return d.toks[i].key == "virtually" && i+1 < s1 && almostWords[d.toks[i+1].key]
}

// speechComplements follow a speaking verb that speaks to no one: "speak
// out on human rights", "speak truth to power".
var speechComplements = setOf("out", "truth", "up")

// loneSpeakers are subject pronouns of one person other than the speaker:
// "he talked about the aspirations he had" is a speech, where "we talked
// about" and "they talked about" are the two of them talking.
var loneSpeakers = setOf("he", "she")

// speaksToNoOne: the speaking verb at token i ("speak", "spoke", "talked")
// tells a speech, no call: a complement of speech alone after it ("speak
// out", "speak truth to power"), a dash that breaks the clause off ("spoke
// – compared himself to Peter the Great"), or "about" after a subject
// pronoun of one person ("he talked about").
func speaksToNoOne(d *doc, i, s1 int) bool {
	if i+1 >= s1 {
		return false
	}
	next := &d.toks[i+1]
	switch {
	case next.kind == tokWord && speechComplements[next.key]:
		return true
	case next.kind == tokPunct && (next.text == "–" || next.text == "—"):
		return true
	case next.key == "about":
		k := i - 1
		for k >= 0 && (perfectAux[d.toks[k].key] || d.toks[k].key == "also" || d.toks[k].key == "just") {
			k--
		}
		return k >= 0 && loneSpeakers[d.toks[k].key]
	}
	return false
}

// wishWords tell an encounter only wished for or offered, before "to"
// and the meeting word: "he's open to meeting with Kim Jong Un", "Putin
// had indicated he wanted to meet with me". Neither held nor scheduled,
// it is no encounter (GUIDELINES.md: held or announced, expected or
// scheduled); "pleased to meet", "glad to meet" are held, and "looks
// forward to meeting" a plan, left to the planned rules.
var wishWords = setOf("want", "wants", "wanted", "wish", "wishes", "wished", "open", "willing", "ready",
	"prepared", "eager", "keen")

// wishedEncounter: the meeting word at token i is after "to" and a word
// of wishing (wishWords), one adverb between them at most ("open to
// meeting", "wanted to meet", "is willing to sit down").
func wishedEncounter(d *doc, i, s0 int) bool {
	k := i - 1
	if k < s0 || d.toks[k].key != "to" {
		return false
	}
	k--
	if k >= s0 && (d.toks[k].key == "also" || d.toks[k].key == "still" || d.toks[k].key == "always") {
		k--
	}
	return k >= s0 && wishWords[d.toks[k].key]
}

// speakingVerbs are the meeting words speaksToNoOne reads.
var speakingVerbs = setOf("speak", "speaks", "spoke", "spoken", "talked")

// toldOfNoEncounter: the meeting word at token i tells no encounter
// (virtuallyAlmost, speaksToNoOne, wishedEncounter).
func toldOfNoEncounter(d *doc, i, s0, s1 int) bool {
	return virtuallyAlmost(d, i, s1) || speakingVerbs[d.toks[i].key] && speaksToNoOne(d, i, s1) || wishedEncounter(d, i, s0)
}

// thirdPersons are subject pronouns of others than a transcript's speaker.
var thirdPersons = setOf("he", "she", "they")

// subjectSkips are the words between a subject pronoun and its meeting
// word: auxiliaries, adverbs and the determiners and adjectives of an
// encounter noun ("he had conversations with", "she also spoke with",
// "they held a long call with").
var subjectSkips = setOf("had", "has", "have", "also", "then", "just", "already", "recently", "directly",
	"personally", "previously", "did", "once", "again", "since", "held", "a", "an", "several", "many", "two",
	"long", "lengthy", "good", "productive", "brief", "phone", "telephone", "video", "separate")

// otherPersonsEncounter: the meeting word at token at has a third person
// for its subject ("he had conversations with President Putin well before
// the aggression began", in remarks where "he" is the President), and
// the rest of the sentence names the speaker in no object ("with me",
// "with us"): a transcript's speaker who says "we" elsewhere in the
// sentence is no party to it (addSpeaker).
func otherPersonsEncounter(d *doc, s sentence, at int) bool {
	if at < 0 {
		return false
	}
	k := at - 1
	for k >= s.t0 && k >= at-4 && subjectSkips[d.toks[k].key] {
		k--
	}
	if k < s.t0 || !thirdPersons[d.toks[k].key] {
		return false
	}
	for j := at + 1; j < s.t1; j++ {
		if key := d.toks[j].key; key == "me" || key == "us" {
			return false
		}
	}
	return true
}

// farBackYears is how many years before the article's a date lies, at
// the least, for outOfOfficeDate to read it.
const farBackYears = 2

// outOfOfficeDate: the date value lies farBackYears or more before the
// article's year, and of the encounter's people whom the lists know
// (their terms, current or former), two or more, no more than one held a
// listed office on it: "one of the core aspirations that brought us
// together 30 years ago, when the United States hosted the first Summit of
// the Americas", said at this year's summit, or "the protests that
// resulted in … overthrow in 2019" after a visit of this year. The date is
// of some other event the sentence tells, not of an encounter of these
// officials (a meeting of two of them then would have held an office of
// the lists, "since their meeting in Marrakesh back in 2016" of a king and
// a vice president).
func outOfOfficeDate(r *resolver, people []int, value, pubDate string) bool {
	if len(value) < 4 || len(pubDate) < 4 || value[:4] > pubDate[:4] {
		return false
	}
	vy, py := atoiYear(value[:4]), atoiYear(pubDate[:4])
	if vy < 0 || py < 0 || py-vy < farBackYears {
		return false
	}
	listed, active := 0, 0
	for _, pi := range people {
		current, former := gazetteer.OfficialsNamed(r.people[pi].name), gazetteer.FormerOfficialsNamed(r.people[pi].name)
		if len(current) == 0 && len(former) == 0 {
			continue
		}
		listed++
		on := func(o gazetteer.Official) bool { return o.ActiveOn(value) }
		if slices.ContainsFunc(current, on) || slices.ContainsFunc(former, on) {
			active++
		}
	}
	return listed >= 2 && active <= 1
}

// atoiYear reads four digits, -1 if they are not.
func atoiYear(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// datesInOffice are dates without those outOfOfficeDate reads for people.
func datesInOffice(r *resolver, people []int, dates []dateExpr, pubDate string) []dateExpr {
	var out []dateExpr
	for _, d := range dates {
		if !outOfOfficeDate(r, people, d.value, pubDate) {
			out = append(out, d)
		}
	}
	if len(out) == len(dates) {
		return dates
	}
	return out
}
