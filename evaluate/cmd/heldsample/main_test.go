package main

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
)

func TestDrawTakesHeldSentencesWithAPairNoHeldMeetingHolds(t *testing.T) {
	dir := t.TempDir()
	officials := map[string]string{"Antony Blinken": "US", "Wang Yi": "CN", "Dmytro Kuleba": "UA", "Lloyd Austin": "US", "Sergey Lavrov": "RU"}
	text := strings.Join([]string{
		"Antony Blinken spoke today about the world.",                 // the lead: the readout's subject
		"The Secretary met with Wang Yi in Bali.",                     // title-only subject with Wang Yi, no held meeting: drawn
		"Antony Blinken welcomed Dmytro Kuleba to Washington.",        // held together: not drawn
		"Antony Blinken will meet Sergey Lavrov.",                     // no held cue: not drawn
		"Antony Blinken met with Lloyd Austin.",                       // one party: not drawn
		"Wang Yi spoke with Sergey Lavrov about Dmytro Kuleba's war.", // named pairs, none held: drawn (one per article drops it)
	}, "\n")
	held := "Antony Blinken welcomed Dmytro Kuleba to Washington."
	at := strings.Index(text, held)
	art, res := samplingtest.Article(t, "a1", text, officials, []map[string]any{
		{"participants": []string{"Antony Blinken", "Dmytro Kuleba"}, "status": "held", "kind": "meeting",
			"evidence": map[string]any{"sentence": held, "start": at, "end": at + len(held)}},
	})
	arts := samplingtest.WriteFile(t, dir, "arts.jsonl", art+"\n")
	ext := samplingtest.WriteFile(t, dir, "ext.jsonl", res+"\n")
	got, errs := samplingtest.Draw(t, run, arts, ext, "-n", "2")
	slices.Sort(got)
	want := []string{
		"given | Antony Blinken welcomed Dmytro Kuleba to Washington. |  | held meeting null: Antony Blinken + Dmytro Kuleba",
		"missed | The Secretary met with Wang Yi in Bali. | Antony Blinken (US) + Wang Yi (CN) | ",
	}
	if len(got) != 2 || got[0] != want[0] || !(got[1] == want[1] || strings.HasPrefix(got[1], "missed | Wang Yi spoke with Sergey Lavrov")) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs, "candidate sentences: 2 in 1 articles\n") {
		t.Errorf("counts: %s", errs)
	}
}

func TestTitleSubject(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"The Secretary met with Foreign Minister Wang Yi.", true},
		{"Today the President spoke with Chancellor Scholz.", true},
		{"He also welcomed President Duda.", true},
		{"Secretary Blinken met with Foreign Minister Wang Yi.", false},
		{"The Secretary's meeting with Wang Yi was productive.", false},
		{"She said that the talks with Wang Yi would go on.", false},
	} {
		if got := TitleSubject.MatchString(c.sentence); got != c.want {
			t.Errorf("TitleSubject(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
