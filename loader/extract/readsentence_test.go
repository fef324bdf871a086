package extract

import "testing"

// The probes of readSentence's steps are corpus sentences (the open corpus:
// test, N, O, P and Q dropped), cut to the phrase each step reads.

func TestRetoldEncounter(t *testing.T) {
	dated := []dateExpr{{value: "2022-06-03"}}
	cases := []struct {
		name, text string
		dates      []dateExpr
		kind       string
		ok         bool
	}{
		{"their meeting", "During their meeting, the Secretary and Foreign Minister signed a Nuclear Cooperation Memorandum.", nil, "meeting", true},
		{"their call, dated or not", "During their call, they reviewed the U.S.-Japan Alliance.", dated, "call", true},
		{"a dated one that took place", "The meeting took place on June 3.", dated, "meeting", true},
		{"took place with no date (guard)", "The meeting took place during the Summit of the leaders.", nil, "", false},
		{"a meeting not theirs (guard)", "During the meeting, they reviewed the U.S.-Japan Alliance.", dated, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, c.text, false)
			kind, ok := retoldEncounter(d, s, sentenceFacts{dates: c.dates})
			if kind != c.kind || ok != c.ok {
				t.Errorf("got %q %v, want %q %v", kind, ok, c.kind, c.ok)
			}
		})
	}
}

func TestNoteHeaderPlace(t *testing.T) {
	cases := []struct {
		name, text string
		si         int
		want       string
	}{
		{"a transcript's place line", "Rome, Italy", 1, "Rome"},
		{"past the sixth sentence (guard)", "Rome, Italy", 6, ""},
		{"a longer sentence (guard)", "The Secretary arrived in Rome, Italy on Monday.", 1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, c.text, false)
			b := &relationBuilder{body: d}
			b.noteHeaderPlace(c.si, s)
			if b.headerPlace != c.want {
				t.Errorf("got %q, want %q", b.headerPlace, c.want)
			}
		})
	}
}

func TestNoteFirstEncounter(t *testing.T) {
	cases := []struct {
		name, before string
		f            sentenceFacts
		want         string
	}{
		{"the first meeting word", "", sentenceFacts{trig: "call", at: -1}, "call"},
		{"a summit's meeting is the summit", "", sentenceFacts{trig: "meeting", summit: true, at: -1}, "summit"},
		{"no meeting word (guard)", "", sentenceFacts{at: -1}, ""},
		{"a later one (guard)", "call", sentenceFacts{trig: "meeting", summit: true, at: -1}, "call"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, "They spoke.", false)
			b := &relationBuilder{body: d, firstKind: c.before}
			b.noteFirstEncounter(s, c.f)
			if b.firstKind != c.want {
				t.Errorf("got %q, want %q", b.firstKind, c.want)
			}
		})
	}
}

func TestTheyOfALedDelegation(t *testing.T) {
	readout := func(text string) Article {
		return Article{Date: "2022-03-19", Source: "whitehouse.gov", Title: "Readout of Homeland Security Advisor Dr. Liz Sherwood-Randall’s Visit to France", Text: text}
	}
	const they = " They met with the Chief of the Military Staff of the President of the Republic Admiral Jean-Philippe Rolland to discuss global terrorism trends."
	checkProbes(t, []meetingProbe{
		{"they, after the one leader of a delegation", readout("During the week of March 14, Assistant to the President for Homeland Security Dr. Liz Sherwood-Randall led an interagency delegation to Paris, France." + they),
			[]string{"meeting held 2022-03-19: Jean-Philippe Rolland + Liz Sherwood-Randall"}},
		{"they, after one official who led none (guard)", readout("During the week of March 14, Assistant to the President for Homeland Security Dr. Liz Sherwood-Randall spoke in Paris, France." + they),
			nil},
	}, nil)
}
