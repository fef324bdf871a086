package extract

import (
	"strings"
	"testing"
)

// TestNearerSentence: the sentence nearest the meeting's own wins, the
// later one on a tie.
func TestNearerSentence(t *testing.T) {
	cases := []struct {
		a, b, at int
		want     bool
	}{
		{3, 5, 3, true},  // its own sentence
		{4, 1, 3, true},  // one after beats two before
		{2, 4, 3, false}, // a tie: the later
		{4, 2, 3, true},
		{9, 0, 3, false},
	}
	for _, c := range cases {
		if got := nearerSentence(c.a, c.b, c.at); got != c.want {
			t.Errorf("nearerSentence(%d, %d, %d) = %v, want %v", c.a, c.b, c.at, got, c.want)
		}
	}
}

// TestMeetingIssueCitesTheSentenceThatNamesIt: each issue of a meeting
// cites the sentence that names it, nearest the meeting's own, not the
// meeting's opening sentence (audit44: 1,623 of 2,379 meeting-issue edges
// of the open corpus cited a sentence that names no issue).
func TestMeetingIssueCitesTheSentenceThatNamesIt(t *testing.T) {
	a := Article{Date: "2022-02-08", Source: "state.gov", Title: "Secretary Blinken’s Call with Turkish Foreign Minister Cavusoglu",
		Text: "The below is attributable to Spokesperson Ned Price:\n\n" +
			"Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister Mevlut Cavusoglu. " +
			"Secretary Blinken and Foreign Minister Cavusoglu discussed ways to further coordination and NATO unity regarding the threat of further Russian escalation. " +
			"The Secretary also welcomed Türkiye’s support on climate change."}
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Meetings) != 1 {
		t.Fatalf("meetings %+v, want one", res.Meetings)
	}
	m := res.Meetings[0]
	if len(m.IssueEvidence) != len(m.Issues) || len(m.Issues) == 0 {
		t.Fatalf("issues %v with evidence %+v: want one sentence each", m.Issues, m.IssueEvidence)
	}
	want := map[string]string{"issue:nato": "NATO unity", "issue:climate": "climate change"}
	for k, id := range m.Issues {
		w, ok := want[id]
		if !ok {
			continue
		}
		if s := m.IssueEvidence[k].Sentence; !strings.Contains(s, w) || strings.Contains(m.Evidence.Sentence, w) {
			t.Errorf("%s cites %q, want the sentence with %q (the meeting's: %q)", id, s, w, m.Evidence.Sentence)
		}
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("issues %v lack %v", m.Issues, want)
	}
}

// TestIssueEvidenceWithoutASentenceIsTheMeetings: an issue no recorded
// sentence names (a headline's) keeps the meeting's own evidence.
func TestIssueEvidenceWithoutASentenceIsTheMeetings(t *testing.T) {
	own := Evidence{Sentence: "the headline"}
	got := issueEvidence(newDoc("One. Two.", false), map[int][]string{}, meetingCand{sent: -1, issues: []string{"taiwan"}}, own)
	if len(got) != 1 || got[0] != own {
		t.Errorf("got %+v, want the meeting's own", got)
	}
	if got := issueEvidence(newDoc("One.", false), nil, meetingCand{}, own); got != nil {
		t.Errorf("no issues: got %+v", got)
	}
}
