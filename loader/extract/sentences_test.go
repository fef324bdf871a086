package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviation U.S. inside a sentence", "The U.S. Secretary of State met Xi. He left.", []string{"The U.S. Secretary of State met Xi.", "He left."}},
		{"U.S. at the end before a new sentence", "He visited the U.S. The trip was short.", []string{"He visited the U.S.", "The trip was short."}},
		{"honorifics and initials", "Mr. Blinken and Antony J. Blinken, Jr. met. Then they left.", []string{"Mr. Blinken and Antony J. Blinken, Jr. met.", "Then they left."}},
		{"closing quotes", "He said “progress.” Then he left.", []string{"He said “progress.”", "Then he left."}},
		{"blank lines are hard breaks", "Rome, Italy\n\nWestin Excelsior\n\nHello", []string{"Rome, Italy", "Westin Excelsior", "Hello"}},
		{"question and exclamation", "Is it? Yes! Good.", []string{"Is it?", "Yes!", "Good."}},
		// a wrap inside a phrase is no break: the word before leaves it open
		{"a wrap after 'the' goes on", "McCarthy, United States Ambassador to the\n\nRepublic of Liberia\n\nThe Honorable",
			[]string{"McCarthy, United States Ambassador to the\n\nRepublic of Liberia", "The Honorable"}},
		{"a wrap after 'a' goes on", "Designation of Qatar as a\n\nMajor Non-NATO Ally", []string{"Designation of Qatar as a\n\nMajor Non-NATO Ally"}},
		{"a wrap after 'of' before a lower-case word goes on", "the format of\n\nthe bilaterals", []string{"the format of\n\nthe bilaterals"}},
		{"a break after a closed phrase stays", "Secretary of State\n\nThe trip", []string{"Secretary of State", "The trip"}},
		{"a break before a number stays", "the list of\n\n2022 Items", []string{"the list of", "2022 Items"}},
		{"a break after a colon stays", "as follows:\n\nA list", []string{"as follows:", "A list"}},
		{"a break at the end stays", "the\n\n", []string{"the"}},
		{"decimal numbers", "It grew 3.5 percent. Good.", []string{"It grew 3.5 percent.", "Good."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			ss := splitSentences(toks)
			var got []string
			for _, s := range ss {
				got = append(got, c.text[s.start:s.end])
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("sentence %d: got %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestTokenizeSplitsPossessives(t *testing.T) {
	toks := tokenize("Blinken’s talks with China's top diplomat", 0)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	want := []string{"Blinken", "’s", "talks", "with", "China", "'s", "top", "diplomat"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// The pipeline's tokens are the recogniser's words plus one token per line
// break, so both stages agree on every word boundary and abbreviation.
func TestTokenizeIsTheRecognisersWordsAndLineBreaks(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"ampersand joins a name", "AT&T and S&P rose.", []string{"AT&T", "and", "S&P", "rose", "."}},
		{"abbreviations keep their period", "Messrs. Lee and Gen. Cho met Pres. Yoon.", []string{"Messrs.", "Lee", "and", "Gen.", "Cho", "met", "Pres.", "Yoon", "."}},
		{"every line break is a token", "Rome\n\nItaly\n", []string{"Rome", "\n", "\n", "Italy", "\n"}},
		{"but a wrap inside a phrase", "Ambassador to the\n\nRepublic", []string{"Ambassador", "to", "the", "Republic"}},
		{"numbers and words", "In 2022 the G7 met.", []string{"In", "2022", "the", "G7", "met", "."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, words := tokenizeWords(c.text, 0)
			var got []string
			for _, tk := range toks {
				got = append(got, tk.text)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
			var nonBreak []string
			for _, tk := range toks {
				if tk.kind != tokNewline {
					nonBreak = append(nonBreak, c.text[tk.start:tk.end])
				}
			}
			var fromWords []string
			for _, w := range words {
				fromWords = append(fromWords, w.Text)
			}
			if diff := cmp.Diff(fromWords, nonBreak); diff != "" {
				t.Errorf("pipeline tokens differ from the recogniser's words (-words +pipeline):\n%s", diff)
			}
		})
	}
}

// A period kept with an abbreviation ends the sentence too where the
// abbreviation ends a phrase and the next word opens one; where the next word
// continues a name or title, or the line is a headline, it does not.
func TestAbbreviationPeriodEndsSentence(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		// the period ends the sentence
		{"Washington, D.C. before a title and name",
			"Blinken met Prime Minister Kirill Petkov during his visit to Washington, D.C. Secretary of Defense Lloyd Austin visited Bulgaria in March.",
			[]string{"Blinken met Prime Minister Kirill Petkov during his visit to Washington, D.C.", "Secretary of Defense Lloyd Austin visited Bulgaria in March."}},
		{"Washington D.C. without its comma before a surname",
			"She was a partner at a law firm in Washington D.C. Steele is now a director.",
			[]string{"She was a partner at a law firm in Washington D.C.", "Steele is now a director."}},
		{"D.C. before an opener", "There were protests all over D.C. There’s been protests elsewhere.",
			[]string{"There were protests all over D.C.", "There’s been protests elsewhere."}},
		{"U.S. before an opener the old list lacked", "Infant formula is short in the U.S. And our employees work.",
			[]string{"Infant formula is short in the U.S.", "And our employees work."}},
		{"Jr. ends a name before an opener", "He was a clerk for Judge J. Dickson Phillips, Jr. He lives in Durham.",
			[]string{"He was a clerk for Judge J. Dickson Phillips, Jr.", "He lives in Durham."}},
		{"Inc. ends a list before an opener", "He founded SBG Technology Solutions, Inc. He has served as its CEO.",
			[]string{"He founded SBG Technology Solutions, Inc.", "He has served as its CEO."}},
		{"a.m. inside a sentence before a title", "The forum opens on Monday at 10 a.m. U.S. Secretary of Education Miguel Cardona will speak.",
			[]string{"The forum opens on Monday at 10 a.m.", "U.S. Secretary of Education Miguel Cardona will speak."}},
		{"p.m. before an opener", "It is embargoed until 12:00 p.m. If you did not get it, write to us.",
			[]string{"It is embargoed until 12:00 p.m.", "If you did not get it, write to us."}},
		{"No. as an answer", "MS. PSAKI: No. I would say it is consistent.", []string{"MS. PSAKI: No.", "I would say it is consistent."}},
		{"a short line before an opener", "Greetings from Washington, D.C. I want to thank the Council.",
			[]string{"Greetings from Washington, D.C.", "I want to thank the Council."}},
		{"a list of names after a colon", "It targets executives: Igor Shuvalov, Chairman of VEB.RF. These individuals are close to him.",
			[]string{"It targets executives: Igor Shuvalov, Chairman of VEB.RF.", "These individuals are close to him."}},
		{"a web address", "Visit COVIDTests.gov. Since then, millions have ordered.", []string{"Visit COVIDTests.gov.", "Since then, millions have ordered."}},

		// the period does not end it
		{"U.S. before a title", "U.S. President Biden met Chancellor Scholz.", []string{"U.S. President Biden met Chancellor Scholz."}},
		{"U.S. before Under Secretary", "The U.S. Under Secretary Jose Fernandez met him.", []string{"The U.S. Under Secretary Jose Fernandez met him."}},
		{"Jr. before a lower-case word", "Joseph R. Biden, Jr. and Vice President Harris met him.", []string{"Joseph R. Biden, Jr. and Vice President Harris met him."}},
		{"Jr. inside a name", "He founded the Martin Luther King, Jr. Research and Education Institute.",
			[]string{"He founded the Martin Luther King, Jr. Research and Education Institute."}},
		{"Washington, D.C. Police Department", "She thanked the Washington, D.C. Police Department for its work.",
			[]string{"She thanked the Washington, D.C. Police Department for its work."}},
		{"Washington D.C. Metropolitan Police", "He thanked the Washington D.C. Metropolitan Police Department.",
			[]string{"He thanked the Washington D.C. Metropolitan Police Department."}},
		{"D.C. not after Washington", "She served on the D.C. Circuit and the D.C. Superior Court.",
			[]string{"She served on the D.C. Circuit and the D.C. Superior Court."}},
		{"the U.S.-EU summit", "They met at the U.S.-EU summit in Brussels.", []string{"They met at the U.S.-EU summit in Brussels."}},
		{"a schedule's time opens its line", "2:15 p.m. Secretary Blinken meets with Foreign Minister Muhriddin.",
			[]string{"2:15 p.m. Secretary Blinken meets with Foreign Minister Muhriddin."}},
		{"a time zone", "It is embargoed until 7:00 a.m. British Summer Time tomorrow.", []string{"It is embargoed until 7:00 a.m. British Summer Time tomorrow."}},
		{"an all-capital zone", "The call starts at 2:00 P.M. EDT today.", []string{"The call starts at 2:00 P.M. EDT today."}},
		{"No. before a number or code", "It is cited as Working Paper No. DAF/COMP under Resolution No. 2231.", []string{"It is cited as Working Paper No. DAF/COMP under Resolution No. 2231."}},
		{"a headline keeps its capitals", "Statement by President Joseph R. Biden, Jr. On the Anniversary of the Passing of John Lewis",
			[]string{"Statement by President Joseph R. Biden, Jr. On the Anniversary of the Passing of John Lewis"}},
		{"e.g. leads on", "Some allies, e.g. The Netherlands, agreed.", []string{"Some allies, e.g. The Netherlands, agreed."}},
		{"an honorific", "They met Mr. Blinken. Then they left.", []string{"They met Mr. Blinken.", "Then they left."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			var got []string
			for _, s := range splitSentences(toks) {
				got = append(got, c.text[s.start:s.end])
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

// TestASCIIWordTokenIsTheRunesOne: the one-pass token of an ASCII word
// (its case, its capitals, its lower-case key, a misspelt office word's
// fix) is the one the rune-by-rune path makes.
func TestASCIIWordTokenIsTheRunesOne(t *testing.T) {
	for _, w := range []string{"minister", "Minister", "MINSTER", "minster", "U.S.", "PRC", "A", "a", "J.", "Thomas-Greenfield",
		"AT&T", "d'Ivoire", "2021", "G7", "McCarthy", "iPhone", ""} {
		var got token
		if !setASCIIWordToken(&got, w, 3, tokWord) {
			t.Errorf("%q: no ASCII token", w)
			continue
		}
		if want := newRunesWordToken(w, 3, tokWord); got != want {
			t.Errorf("%q: %+v, want %+v", w, got, want)
		}
	}
	var got token
	if setASCIIWordToken(&got, "Embaló", 0, tokWord) || got != (token{}) {
		t.Errorf("Embaló: an ASCII token, or the token written (%+v)", got)
	}
}

// TestReusedTokenBuffersGiveTheFreshTokens: a doc made after another was
// released (its token slices reused, longer text first) has the tokens of
// a fresh tokenization, none left over from the text before.
func TestReusedTokenBuffersGiveTheFreshTokens(t *testing.T) {
	long := newDoc("Secretary Blinken met Foreign Minister Wang Yi in Beijing on Monday.\n\nThey spoke of Taiwan's future.", false)
	long.release()
	text := "President Biden-\u2060Harris spoke."
	d := newDoc(text, false)
	defer d.release()
	toks, words := tokenizeWords(text, 0)
	if diff := cmp.Diff(toks, d.toks, cmp.AllowUnexported(token{})); diff != "" {
		t.Errorf("tokens (-fresh +reused):\n%s", diff)
	}
	if diff := cmp.Diff(words, d.words); diff != "" {
		t.Errorf("recogniser's tokens (-fresh +reused):\n%s", diff)
	}
}

// TestSentencesAreBounded: a text with no sentence end is cut into
// sentences of maxSentenceTokens, each token in the one that holds it, and
// the last piece keeps the rest; a sentence of the open corpus's lengths is
// left whole.
func TestSentencesAreBounded(t *testing.T) {
	text := strings.Repeat("and Foreign Minister Kuleba spoke ", 1000) // 5,000 tokens, no end
	toks, _ := tokenizeWordsInto(&tokenBuffers{}, text, 0)
	ss := splitSentences(toks)
	if len(ss) != 4 {
		t.Fatalf("%d tokens in %d sentences, want 4 of at most %d", len(toks), len(ss), maxSentenceTokens)
	}
	for si, s := range ss {
		if s.t1-s.t0 > maxSentenceTokens || si > 0 && s.t0 != ss[si-1].t1 {
			t.Errorf("sentence %d: tokens [%d, %d)", si, s.t0, s.t1)
		}
		if toks[s.t0].sent != si || toks[s.t1-1].sent != si || text[s.start:s.end] != strings.TrimSpace(text[s.start:s.end]) {
			t.Errorf("sentence %d: tokens marked %d..%d, bytes [%d, %d)", si, toks[s.t0].sent, toks[s.t1-1].sent, s.start, s.end)
		}
	}
	if last := ss[len(ss)-1]; last.t1 != len(toks) {
		t.Errorf("the last sentence ends at token %d of %d", last.t1, len(toks))
	}
	long := strings.Repeat("Kuleba, ", 300) + "and Blinken met."
	toks, _ = tokenizeWordsInto(&tokenBuffers{}, long, 0)
	if ss := splitSentences(toks); len(ss) != 1 {
		t.Errorf("a sentence of %d tokens is cut in %d", len(toks), len(ss))
	}
}
