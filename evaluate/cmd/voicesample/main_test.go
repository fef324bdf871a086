package main

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
)

func TestDrawTakesVoicedEncountersNoHeldMeetingPairsWithTheVoice(t *testing.T) {
	dir := t.TempDir()
	officials := map[string]string{"Antony Blinken": "US", "Wang Yi": "CN", "Dmytro Kuleba": "UA", "Sergey Lavrov": "RU", "Lloyd Austin": "US"}
	text := strings.Join([]string{
		"SECRETARY BLINKEN: I met with Dmytro Kuleba today.", // held together: given, not a candidate
		"I also spoke with Sergey Lavrov this morning.",      // the labelled voice, no held meeting: drawn
		"We have seen Sergey Lavrov say many things.",        // "seen" is no cue
		"I met with Lloyd Austin.",                           // one country: no pair
		"QUESTION: I met with Wang Yi once, as a reporter.",  // a reporter's own "I": not drawn
		"Yesterday you met with Wang Yi.",                    // the reporter's "you", the answer's voice: drawn
		"SECRETARY BLINKEN: We had a good discussion.",
	}, "\n")
	held := "SECRETARY BLINKEN: I met with Dmytro Kuleba today."
	art, res := samplingtest.Article(t, "a1", text, officials, []map[string]any{
		{"participants": []string{"Antony Blinken", "Dmytro Kuleba"}, "status": "held", "kind": "meeting",
			"evidence": map[string]any{"sentence": held, "start": 0, "end": len(held)}},
	})
	arts := samplingtest.WriteFile(t, dir, "arts.jsonl", art+"\n")
	ext := samplingtest.WriteFile(t, dir, "ext.jsonl", res+"\n")
	got, errs := samplingtest.Draw(t, run, arts, ext)
	slices.Sort(got)
	want := []string{
		"given | SECRETARY BLINKEN: I met with Dmytro Kuleba today. |  | held meeting null: Antony Blinken + Dmytro Kuleba",
		"missed | I also spoke with Sergey Lavrov this morning. | Antony Blinken (US) + Sergey Lavrov (RU) | ",
		"missed | Yesterday you met with Wang Yi. | Antony Blinken (US) + Wang Yi (CN) | ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs, "candidate sentences: 2 in 1 articles\n") {
		t.Errorf("counts: %s", errs)
	}
}

func TestVoiceCue(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Yesterday you met with Crown Prince Mohammed bin Zayed.", true},
		{"I just got off the phone with President Zelenskyy.", true},
		{"On the human rights issue with regard to your meeting with – earlier today with President Sisi", true},
		{"You had very long meetings today with both President Sisi and King Abdullah.", true},
		{"I spoke earlier today with my Ukrainian counterpart, Foreign Minister Kuleba.", true},
		{"We have seen President Putin's forces mass on the border.", false},
		{"I can't speak for President Putin.", false},
		{"Secretary Blinken met with Foreign Minister Wang Yi.", false},
	} {
		if got := VoiceCue.MatchString(c.sentence); got != c.want {
			t.Errorf("VoiceCue(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
