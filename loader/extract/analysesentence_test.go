package extract

import (
	"slices"
	"testing"
)

// The probes of analyseSentence's steps are corpus sentences (the open
// corpus: test, N, O, P and Q dropped), cut to the phrase each step reads.

// oneSentence is text as a doc of one sentence, and that sentence.
func oneSentence(t *testing.T, text string, inTitle bool) (*doc, sentence) {
	t.Helper()
	d := newDoc(text, inTitle)
	if len(d.sents) != 1 {
		t.Fatalf("%d sentences in %q, want 1", len(d.sents), text)
	}
	return d, d.sents[0]
}

func TestOutranks(t *testing.T) {
	meeting, weakMeeting := trigger{"meeting", true}, trigger{"meeting", false}
	call, weakCall, summit := trigger{"call", true}, trigger{"call", false}, trigger{"summit", true}
	cases := []struct {
		name      string
		tr        trigger
		kind      string
		strong    bool
		marginsOf bool
		want      bool
	}{
		{"the first word", weakMeeting, "", false, false, true},
		{"strong over weak", meeting, "meeting", false, false, true},
		{"a strong call over a meeting", call, "meeting", true, false, true},
		{"a strong word after a summit's margins", meeting, "summit", true, true, true},
		{"a later strong word keeps the first (guard)", meeting, "call", true, false, false},
		{"a weak call is no call over a meeting (guard)", weakCall, "meeting", true, false, false},
		{"a call over a call keeps the first (guard)", call, "call", true, false, false},
		{"a summit after its own margins keeps the first (guard)", summit, "summit", true, true, false},
		{"a weak word after the margins (guard)", weakMeeting, "summit", true, true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := outranks(c.tr, c.kind, c.strong, c.marginsOf); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestMeetsDuringVisit(t *testing.T) {
	cases := []struct {
		name string
		kind string
		tr   trigger
		want bool
	}{
		{"met during the visit", "visit", trigger{"meeting", true}, true},
		{"spoke during the visit", "visit", trigger{"call", true}, true},
		{"a weak word keeps the visit (guard)", "visit", trigger{"meeting", false}, false},
		{"a summit keeps the visit (guard)", "visit", trigger{"summit", true}, false},
		{"no visit (guard)", "call", trigger{"meeting", true}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := meetsDuringVisit(c.kind, c.tr); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// sentenceStepCase is a sentence, the word the step reads at, and what the
// step should say.
type sentenceStepCase struct {
	name, text, at string
	want           bool
}

func checkSentenceStep(t *testing.T, cases []sentenceStepCase, step func(d *doc, s sentence, i int) bool) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, c.text, false)
			if got := step(d, s, tokenOf(t, d, c.at)); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestEncountersWithEach(t *testing.T) {
	checkSentenceStep(t, []sentenceStepCase{
		{"calls with", "Special Representative Sung Kim held calls with Director General Funakoshi and Director General Noh.", "calls", true},
		{"discussions with", "We have held discussions with Saudi Arabia on a collaborative approach.", "discussions", true},
		{"meetings held with", "the meetings that I held today with Foreign Minister Kuleba and Defense Minister Reznikov.", "meetings", true},
		{"a singular call with is one (guard)", "Secretary Blinken held a call with Foreign Minister Kuleba.", "call", false},
		{"talks of no one (guard)", "The talks were productive.", "talks", false},
	}, func(d *doc, s sentence, i int) bool { return encountersWithEach(d, i, s.t1) })
}

func TestSettledFutureBefore(t *testing.T) {
	cases := []struct {
		name, text, at string
		want           []string
	}{
		{"is to meet", "Her reason for going to Munich is to meet with heads of state.", "meet", []string{"is"}},
		{"is set to meet", "The President is set to meet with Prime Minister Kishida.", "meet", []string{"set"}},
		{"are to hold talks", "The two leaders are to hold talks in Tokyo.", "talks", []string{"are"}},
		{"four words before the meeting word (guard)", "The two leaders are to hold further talks in Tokyo.", "talks", nil},
		{"has met (guard)", "Dr. Califf himself has met with 47 senators.", "met", nil},
		{"due in a place (guard)", "The Secretary is due in Riga, then to meet with President Levits.", "meet", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, c.text, false)
			var got []string
			for _, k := range settledFutureBefore(d, tokenOf(t, d, c.at), s.t0, s.t1) {
				got = append(got, d.toks[k].key)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestTalksDuringVisit(t *testing.T) {
	checkSentenceStep(t, []sentenceStepCase{
		{"visited to discuss with", "I visited Algeria in March to discuss with President Tebboune how we can deepen these ties.", "visited", true},
		{"to discuss a topic (guard)", "I visited Algeria in March to discuss how we can deepen these ties.", "visited", false},
		{"discussed with before the visit word (guard)", "We discussed with President Tebboune my visit to Algeria in March.", "visit", false},
	}, func(d *doc, s sentence, i int) bool { return talksDuringVisit(d, s, i) })
}

// startStepCase is a sentence and the word the step should say the
// participants start at, "" for the sentence's first.
type startStepCase struct{ name, text, want string }

// checkStartStep reads each case's text with read, which gives the doc,
// its one sentence and the token the step gives.
func checkStartStep(t *testing.T, cases []startStepCase, read func(t *testing.T, text string) (*doc, sentence, int)) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s, got := read(t, c.text)
			want := s.t0
			if c.want != "" {
				want = tokenOf(t, d, c.want)
			}
			if got != want {
				t.Errorf("got token %d (%q), want %d", got, d.toks[got].text, want)
			}
		})
	}
}

func TestMeetingTopicIntro(t *testing.T) {
	checkStartStep(t, []startStepCase{
		{"on the meeting between", "Statement by White House Press Secretary Jen Psaki on the Meeting Between President Joe Biden and President Vladimir Putin of Russia", "on"},
		{"regarding a call", "Statement by Press Secretary Jen Psaki regarding Call Between President Biden and President Zelenskyy", "regarding"},
		{"on no meeting (guard)", "Statement by President Joe Biden on the Anniversary of the Attack", ""},
		{"a meeting word with no 'on' (guard)", "Readout of the Meeting Between President Biden and Prime Minister Kishida", ""},
	}, func(t *testing.T, text string) (*doc, sentence, int) {
		d, s := oneSentence(t, text, true)
		return d, s, meetingTopicIntro(d, s)
	})
}

func TestShortLabelEnd(t *testing.T) {
	checkStartStep(t, []startStepCase{
		{"a speaker's label", "MR. SULLIVAN: For them, it was an opportunity at the leader level to communicate to each other.", "For"},
		{"a colon past seven tokens is no label (guard)", "The President and the Prime Minister said one thing: they look forward to seeing each other.", ""},
	}, func(t *testing.T, text string) (*doc, sentence, int) {
		d, s := oneSentence(t, text, false)
		return d, s, shortLabelEnd(d, s)
	})
}

func TestScanCuesChoosesTheEncounterWord(t *testing.T) {
	cases := []struct {
		name, text, at, kind string
		summit, side         bool
	}{
		{"a call on a summit's margins", "President Biden spoke today on the margins of the NATO Summit with President Andrzej Duda of Poland.", "spoke", "call", false, true},
		{"the meeting a summit's margins place", "On the margins of the NATO Summit, he had the opportunity to meet with the leaders of the three Baltic countries.", "meet", "meeting", true, true},
		{"met during a visit", "Secretary Blinken visited Kyiv, where he met Foreign Minister Kuleba.", "visited", "meeting", false, false},
		{"a later strong call takes the kind, the first word keeps the place", "The President met with Prime Minister Kishida and later spoke with President Yoon.", "met", "call", false, false},
		{"a later meeting word keeps both (guard)", "The President spoke with Prime Minister Kishida and later met with President Yoon.", "spoke", "call", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, c.text, false)
			f, cues := scanCues(d, s, nil, nil)
			if cues.at != tokenOf(t, d, c.at) || f.trig != c.kind || f.summit != c.summit || f.side != c.side {
				t.Errorf("got at %d %q summit %v side %v, want %q %q %v %v", cues.at, f.trig, f.summit, f.side, c.at, c.kind, c.summit, c.side)
			}
		})
	}
}

// resolvedSentence is text as a doc of one sentence with its people found
// and resolved on date, and the indexes of their mentions in order.
func resolvedSentence(t *testing.T, text string, inTitle bool, date string) (*doc, sentence, []int, *resolver) {
	t.Helper()
	d, s := oneSentence(t, text, inTitle)
	ms := d.findPeople(date)
	r := resolveIn(ms, date, true, nil)
	idx := make([]int, len(ms))
	for mi := range idx {
		idx[mi] = mi
	}
	slices.SortFunc(idx, func(a, b int) int { return ms[a].t0 - ms[b].t0 })
	return d, s, idx, r
}

func TestPossessiveMeetingIntro(t *testing.T) {
	checkStartStep(t, []startStepCase{
		{"on X's meeting", "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Simon Coveney of Ireland", "on"},
		{"of X's call", "Readout of National Security Advisor Jake Sullivan’s Call with Democratic Opposition Leader Svyatlana Tsikhanouskaya", "of"},
		{"a possessive of no meeting (guard)", "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Priorities", ""},
	}, func(t *testing.T, text string) (*doc, sentence, int) {
		d, s, idx, r := resolvedSentence(t, text, true, "2021-06-02")
		return d, s, possessiveMeetingIntro(d, s, idx, r)
	})
}

func TestParticipantsInTurn(t *testing.T) {
	cases := []struct {
		name, text string
		inTurn     bool
	}{
		{"one subject, then a second meeting", "Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida in Tokyo and then met with Indian External Affairs Minister Subrahmanyam Jaishankar.", true},
		{"met, then thanked (guard)", "Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida in Tokyo and then thanked Indian External Affairs Minister Subrahmanyam Jaishankar.", false},
		{"a second meeting word not told in turn (guard)", "Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida in Tokyo to prepare their meeting with Indian External Affairs Minister Subrahmanyam Jaishankar.", false},
		{"two subjects (guard)", "Secretary of State Antony J. Blinken and Japanese Foreign Minister Yoshimasa Hayashi met with Japanese Prime Minister Fumio Kishida in Tokyo and then met with Indian External Affairs Minister Subrahmanyam Jaishankar.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s, idx, r := resolvedSentence(t, c.text, false, "2022-05-23")
			_, cues := scanCues(d, s, idx, r)
			people, inTurn := participantsIn(d, s, idx, r, cues, s.t0, s.t1)
			if inTurn != c.inTurn {
				t.Errorf("got %v (%d people), want %v", inTurn, len(people), c.inTurn)
			}
		})
	}
}
