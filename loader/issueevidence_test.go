package loader

import (
	"testing"

	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// TestMeetingsIssueEdgeCitesTheIssuesSentence: a meeting's DISCUSSED edge
// carries the sentence the extractor found naming the issue
// (Meeting.IssueEvidence), and the meeting's own where it found none.
func TestMeetingsIssueEdgeCitesTheIssuesSentence(t *testing.T) {
	text := "Blinken spoke with Kuleba. They discussed security. They also discussed the grain deal."
	r := extract.Result{ID: "a",
		People: []extract.Person{{Name: "Antony Blinken", Country: "US"}, {Name: "Dmytro Kuleba", Country: "UA"}},
		Issues: []extract.Issue{{ID: "issue:security", Name: "Security", Evidence: extract.Evidence{Sentence: "They discussed security."}},
			{ID: "issue:food-security", Name: "Food security", Evidence: extract.Evidence{Sentence: "They also discussed the grain deal."}}},
		Meetings: []extract.Meeting{{Participants: []string{"Antony Blinken", "Dmytro Kuleba"},
			ParticipantIDs: []string{"person:antony-blinken", "person:dmytro-kuleba"}, Kind: "call", Date: "2022-02-04", Status: "held",
			Issues:        []string{"issue:security", "issue:food-security"},
			IssueEvidence: []extract.Evidence{{Sentence: "They discussed security."}},
			Evidence:      extract.Evidence{Sentence: "Blinken spoke with Kuleba."}}}}
	g := BuildGraph(extract.Article{ID: "a", Title: "a", Date: "2022-02-04", Text: text}, r)
	got := map[string]string{}
	for _, e := range g.Edges {
		if e.Type == schema.RelDiscussed && e.From != "article:a" && len(e.Evidence) == 1 {
			got[e.To] = e.Evidence[0].Sentence
		}
	}
	if got["issue:security"] != "They discussed security." {
		t.Errorf("security cites %q, want its own sentence", got["issue:security"])
	}
	if got["issue:food-security"] != "Blinken spoke with Kuleba." {
		t.Errorf("an issue with no sentence cites %q, want the meeting's", got["issue:food-security"])
	}
}
