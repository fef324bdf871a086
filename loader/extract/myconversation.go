package extract

import "slices"

// myConversationReach is how many words may stand between "my" and the
// conversation ("my recent phone conversation with").
const myConversationReach = 3

// myConversationWith: "conversation", "conversations" or "discussion" at
// token i is the speaker's own encounter with whom "with" names after it,
// "my" before it across a few lower-case words ("I reiterated this in my
// conversation with Russian Foreign Minister Lavrov a few days ago", "I
// can't comment in detail on my conversations with Foreign Minister
// Kuleba"). Who "my" is is the transcript's speaker (addSpeaker); "our
// conversations with the German government" or "your conversation with
// Foreign Minister Lavrov" are no one's for sure, and stay no meeting word.
func myConversationWith(d *doc, i, s1 int) bool {
	if i+1 >= s1 || d.toks[i+1].key != "with" {
		return false
	}
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-1-myConversationReach && d.toks[k].sent == sent; k-- {
		t := &d.toks[k]
		if t.key == "my" && !t.upper {
			return true
		}
		if t.cap || t.kind != tokWord || conversationStops[t.key] || relativeSubjectWords[t.key] {
			return false
		}
	}
	return false
}

// objectBreaks end the object of "my conversation with …".
var objectBreaks = setOf(",", ";", ":", "—", "–", "(")

// myConversationPeople keeps, of the people a sentence names, those named
// between the "with" after "my conversation" at token at and the next
// clause break: "With regard to my conversation with Foreign Minister Lavrov
// a short time from now, and where Russia goes from here, … it is
// ultimately up to President Putin to decide" is a conversation with Lavrov
// alone. Any other sentence keeps people as they are.
func myConversationPeople(d *doc, s sentence, at int, mentions []int, r *resolver, people []int) []int {
	if at < 0 || !myConversationWith(d, at, s.t1) {
		return people
	}
	end := s.t1
	for k := at + 2; k < s.t1; k++ {
		if objectBreaks[d.toks[k].text] {
			end = k
			break
		}
	}
	var kept []int
	for _, mi := range mentions {
		if m, pi := r.mentions[mi], r.mentionOf[mi]; m.t0 > at+1 && m.t0 < end && slices.Contains(people, pi) && !slices.Contains(kept, pi) {
			kept = append(kept, pi)
		}
	}
	return kept
}

// conversationBetween: "conversation" or "conversations" at token i is told
// as a definite encounter of those named after the "between" just after it:
// "the" before it across up to two lower-case words ("the readout of the
// conversation between President Biden and Prime Minister Bennett"), or "of"
// ("a topic of conversation between Secretary Blinken and Foreign Minister
// Le Drian later today"). "A conversation between" is mostly wished for or
// set conditions for ("seeking a conversation between", "preconditions for a
// conversation between"), and stays no meeting word; so does one between
// states or bodies ("the most senior conversation between the U.S. and
// Russian officials since Secretary Blinken last spoke with …"): the word
// after "between" (and "the") is a capital that opens no country, body or
// place.
func conversationBetween(d *doc, i, s1 int) bool {
	if i+2 >= s1 || d.toks[i+1].key != "between" || i == 0 {
		return false
	}
	j := i + 2
	if d.toks[j].key == "the" {
		j++
	}
	if j >= s1 || !d.toks[j].cap || d.toks[j].kind != tokWord || d.spanOf(j) != nil {
		return false
	}
	if d.toks[i-1].key == "of" {
		return true
	}
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == sent; k-- {
		t := &d.toks[k]
		if t.key == "the" {
			return true
		}
		if t.cap || t.kind != tokWord || conversationStops[t.key] {
			return false
		}
	}
	return false
}
