package extract

// speakerFramesOff switches speakerOnlyFrames off, for TestSpeakerFrames to
// show that its cases need the rule.
var speakerFramesOff = false

// speakerFrameVerbs are what a speaker does with an encounter they only tell
// of: say, expect, think or know something about it ("I would say that our
// top priority in the Secretary's meeting with …", "I would expect that
// President Biden will engage by telephone with President Putin").
var speakerFrameVerbs = setOf("say", "expect", "think", "believe", "anticipate", "understand", "know", "suspect",
	"imagine", "note", "add", "refer", "predict", "guess")

// speakerFrameAux may stand between the speaker's "I" and the frame's verb.
var speakerFrameAux = setOf("would", "will", "can", "could", "do", "just", "also", "certainly", "'d",
	"can't", "cannot", "won't", "don't", "not", "wouldn't", "couldn't", "didn't")

// speakerFrameNegations turn "talk to", "speak to" and "have anything to"
// into a frame ("I can't talk to what may happen in the fall", "I don't have
// anything to announce").
var speakerFrameNegations = setOf("can't", "cannot", "won't", "don't", "not", "wouldn't", "couldn't", "didn't")

// speakerFrameNouns are a speaker's expectation told as "our/my … is"
// ("our expectation is that they will have an opportunity to speak").
var speakerFrameNouns = setOf("expectation", "expectations", "hope", "understanding", "assessment", "view", "sense")

// framingSelf: the first-person word at token k frames what the sentence
// tells rather than taking part in it: "I" with a verb of saying, expecting
// or knowing whose object is not "to" + a verb ("I would say that", "I
// think", but not "I expect to meet him"), a denied "talk to", "speak to"
// or "have anything to" ("I can't talk to what may happen", "I don't have
// anything to announce"), "I don't want to get ahead of", and "our/my
// expectation is".
func framingSelf(d *doc, s sentence, k int) bool {
	at := func(i int) string {
		if i < s.t1 {
			return d.toks[i].key
		}
		return ""
	}
	switch d.toks[k].key {
	case "our", "my":
		return speakerFrameNouns[at(k+1)] && (at(k+2) == "is" || at(k+2) == "was" || at(k+2) == "are")
	case "i", "i'd":
	default:
		return false
	}
	j, neg := k+1, false
	for j < s.t1 && j <= k+3 && speakerFrameAux[at(j)] {
		neg = neg || speakerFrameNegations[at(j)]
		j++
	}
	v, next := at(j), at(j+1)
	switch {
	case speakerFrameVerbs[v]:
		return next != "to" || v == "refer"
	case neg && (v == "talk" || v == "speak" || v == "comment"):
		return true
	case neg && v == "have":
		return next == "anything" || next == "any"
	case neg && v == "want":
		return next == "to" && at(j+2) == "get" && at(j+3) == "ahead"
	}
	return false
}

// speakerOnlyFrames: every first-person word of the sentence (in a
// briefing, where a briefer's "we" is the government's, every "I", "me",
// "my") frames the encounter it tells (framingSelf), so the transcript's
// speaker is no party to it (plan10b: 3 of 40 planned meetings drawn at
// random from the corpus took their briefer or speaker so: "I would say that
// our top priority in the Secretary's meeting with State Councilor … Wang
// Yi", "I would expect that President Biden will engage by telephone with
// President Putin", "our expectation is that they will have an opportunity
// to speak … and I can't talk to what may happen in the fall").
func speakerOnlyFrames(d *doc, s sentence, briefing bool) bool {
	if speakerFramesOff {
		return false
	}
	words := firstPerson
	if briefing {
		words = singularSelf
	}
	n := 0
	for k := s.t0; k < s.t1; k++ {
		if t := &d.toks[k]; t.kind != tokWord || t.upper || !words[t.key] {
			continue
		}
		if !framingSelf(d, s, k) {
			return false
		}
		n++
	}
	return n > 0
}
