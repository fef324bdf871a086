package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestReporterFirstNameIsNoOfficial: a first name alone by which a
// briefer gives the floor, or names a question's asker, is a reporter's,
// not the article's official of that first name (reporterAddress): "Go
// ahead, Jeff." and "Jeff’s question" were Jeff Zients's
// (whitehouse-23627, and whitehouse-25613 through the resolver's own
// mention), "Go ahead, Nancy." Nancy Pelosi's (whitehouse-57901), and the
// press secretary's own "Go ahead, Jen." her own (whitehouse-23569). The
// guards: a host handed back the floor ("Back to you, Jeff.",
// whitehouse-24181), a departing colleague thanked (whitehouse-50531), a
// speaker of the transcript addressed (whitehouse-20251), and a surname
// said over (whitehouse-54487) stay the official's, and a reporter the
// article names in full, no official, keeps the floor's first name
// (whitehouse-23473).
func TestReporterFirstNameIsNoOfficial(t *testing.T) {
	for _, c := range []struct {
		name, text, full, word string
		want                   bool
	}{
		{"the floor given (whitehouse-23627)", "MS. PSAKI: Jeff Zients will brief on the vaccines tomorrow. That’s something we’re working through.\n\nOkay. Go ahead, Jeff.\n\nQ Jen, just to follow up on Cuba: Can you give us a sense of the timing?",
			"Jeff Zients", "Jeff", false},
		{"a question's asker (whitehouse-23627)", "MS. PSAKI: Jeff Zients will brief on the vaccines tomorrow.\n\nThe point I was making, in response to Jeff’s question, was that it’s not based on the data of one company.",
			"Jeff Zients", "Jeff", false},
		{"the resolver's own mention (whitehouse-25613)", "MS. JEAN-PIERRE: Throughout June, the President, Jeff Zients, and our medical experts spoke dozens of times to the threat of Delta.\n\nYeah, go ahead, Jeff.\n\nQ Karine, given the seriousness of the Delta variant, are you worried?",
			"Jeff Zients", "Jeff", false},
		{"Nancy given the floor (whitehouse-57901)", "MS. JEAN-PIERRE: Speaker Nancy Pelosi will lead the delegation.\n\nMS. JEAN-PIERRE: Go ahead, Nancy.\n\nQ Thanks, John. Given what you’ve said about Russians, what comes next?",
			"Nancy Pelosi", "Nancy", false},
		{"a reporter of the briefer's first name (whitehouse-23569)", "MS. PSAKI: Good afternoon. That’s what we ventured to do as quickly as possible last night after the statement came out.\n\nGo ahead, Jen.\n\nQ Just on the EO that the President is about to sign: What does it do?",
			"PSAKI", "Jen", false},
		// guards
		{"the host handed back the floor (guard, whitehouse-24181)", "MR. ZIENTS: Good morning. Today, Jeff Zients will start.\n\nDR. FAUCI: It is why it is so important to get vaccinated.\n\nBack to you, Jeff.\n\nMR. ZIENTS: Well, thank you, Dr. Fauci.",
			"Jeff Zients", "Jeff", true},
		{"a departing colleague thanked (guard, whitehouse-50531)", "MS. PSAKI: National Security Advisor Jake Sullivan is here today.\n\nMS. PSAKI: Thank you, Jake, so much for joining us.\n\nQ Thank you. Come again, please.",
			"Jake Sullivan", "Jake", true},
		{"a speaker of the transcript (guard, whitehouse-20251)", "PRIME MINISTER JOHNSON: President Joe Biden and I talked today.\n\nTHE PRESIDENT: We did.\n\nPRIME MINISTER JOHNSON: I was going to say, we generally agree, Joe.\n\nQ (Cross-talk.)",
			"Joe Biden", "Joe", true},
		{"a reporter the article names in full keeps the floor's first name (guard, whitehouse-23473)", "MS. PSAKI: Happy Thursday. Well, I was going to say — I did hear it was Steve Holland’s 29th birthday.\n\nGo ahead, Steve.\n\nQ Yeah, back on Haiti, just for a second, Jen.\n\nMS. PSAKI: Sure.",
			"Steve Holland", "Steve", true},
		{"a surname said over (guard, whitehouse-54487)", "MS. JEAN-PIERRE: And here is NEC Director Brian Deese.\n\nQ Brian Deese. We’re all here for Deese.\n\nMS. JEAN-PIERRE: Deese. I mean, yeah. Forget about me.\n\nQ (Laughter.)",
			"Brian Deese", "Deese", true},
	} {
		res, err := Extract(Article{ID: "t", Title: "Press Briefing by Press Secretary Jen Psaki", Date: "2021-07-12", Source: "whitehouse.gov", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		forms, got := entityForms(res, c.text), false
		for _, f := range forms {
			if slices.Contains(f, c.full) {
				got = slices.Contains(f, c.word) // the word among the mentions of the entity the full name is
			}
		}
		if got != c.want {
			t.Errorf("%s: %q joins %q: %v, want %v (entities %v)", c.name, c.word, c.full, got, c.want, forms)
		}
	}
}

// TestReporterAddressReadsTheTranscript: reporterAddress on text, for the
// lists' Jeffrey Zients on a date of his term: the floor given by his first
// name is a reporter's; his surname said alone, and a first name he is
// addressed by where he speaks in the transcript, are his.
func TestReporterAddressReadsTheTranscript(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"MS. PSAKI: Okay. Go ahead, Jeff.\n\nQ Jen, just to follow up on Cuba.", "Jeff", true},
		{"MS. PSAKI: Okay. Go ahead, Zients.\n\nQ Jen, just to follow up on Cuba.", "Zients", false},
		{"MR. ZIENTS: Next question.\n\nMS. PSAKI: Okay. Go ahead, Jeff.\n\nQ Jen, just to follow up on Cuba.", "Jeff", false},
	} {
		r := &resolver{date: "2021-07-12"}
		i := strings.LastIndex(c.text, c.word)
		if got := r.reporterAddress(c.text, i, i+len(c.word), "Jeffrey Zients"); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.word, c.text, got, c.want)
		}
	}
}

// TestLineIndexFindsTheLineOfAByte: lineOf gives the trimmed line that
// holds a byte, as searching back and forth from it for the breaks does,
// at a text's ends, on a break and in blank lines.
func TestLineIndexFindsTheLineOfAByte(t *testing.T) {
	for _, text := range []string{"", "one line", "Q Jen, go ahead.\n\n  MS. PSAKI: Sure, Jeff.  \nQ\n", "\n\nQ: last"} {
		x := newLineIndex(text)
		for at := 0; at <= len(text); at++ {
			i := strings.LastIndexByte(text[:at], '\n') + 1
			j := strings.IndexByte(text[at:], '\n')
			if j < 0 {
				j = len(text) - at
			}
			if got, want := x.lineOf(at), strings.TrimSpace(text[i:at+j]); got != want {
				t.Errorf("%q at %d: %q, want %q", text, at, got, want)
			}
		}
	}
}
