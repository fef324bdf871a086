package evaluate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFrameOfIsTheMeetingWordNamingBoth(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"the first meeting word of the sentence naming both",
			"The Secretary spoke with Foreign Minister Wang. Secretary Blinken met Foreign Minister Wang Yi in Bali.", "met"},
		{"a sentence naming both without a meeting word",
			"Secretary Blinken thanked Foreign Minister Wang Yi. They met later.", "thanked"},
		{"naming both, no meeting word at all",
			"Secretary Blinken and Foreign Minister Wang Yi are both here.", "no meeting word"},
		{"one named by title only: the sentence naming the other",
			"The Secretary welcomed Foreign Minister Wang Yi to Washington.", "one: welcomed"},
		{"neither named anywhere with a meeting word",
			"Secretary Blinken praised the deal.", "no sentence names both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := frameOf(tt.text, "Antony Blinken", "Wang Yi"); got != tt.want {
				t.Errorf("frameOf = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMissKindsCountsByCauseAndFrame(t *testing.T) {
	people := []Person{per("Antony Blinken", "US"), per("Wang Yi", "CN"), per("Yair Lapid", "IL")}
	gold := []Doc{
		{ID: "a", People: people, Meetings: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")}},
		{ID: "b", People: people, Meetings: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi"), meet("2023-06-19", "held", "Antony Blinken", "Yair Lapid")}},
		{ID: "c", People: people, Meetings: []Meeting{meet("2023-06-19", "held", "Antony Blinken", "Wang Yi")}},
	}
	pred := []Doc{
		{ID: "a", People: people},
		{ID: "b", People: people},
		{ID: "c", People: people, Meetings: []Meeting{meet("2023-06-18", "held", "Antony Blinken", "Wang Yi")}},
	}
	texts := map[string]string{
		"a": "Secretary Blinken met Foreign Minister Wang Yi.",
		"b": "Secretary Blinken met Foreign Minister Wang Yi. Secretary Blinken called Foreign Minister Lapid.",
		"c": "Secretary Blinken met Foreign Minister Wang Yi yesterday.",
	}
	got := MissKinds(Score(gold, pred).Articles, texts)
	want := []MissKind{
		{Missed: true, Cause: CauseApartNeither, Frame: "met", Weight: 2, Pairs: 2, Articles: []string{"a", "b"}},
		{Missed: true, Cause: CauseDate, Weight: 1, Pairs: 1, Articles: []string{"c"}},
		{Missed: false, Cause: CauseDate, Weight: 1, Pairs: 1, Articles: []string{"c"}},
		{Missed: true, Cause: CauseApartNeither, Frame: "called", Weight: 1, Pairs: 1, Articles: []string{"b"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
}
