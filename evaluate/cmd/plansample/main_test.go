package main

import (
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
)

func TestDrawTakesPlanSentencesWithAPairNoPlannedMeetingHolds(t *testing.T) {
	dir := t.TempDir()
	officials := map[string]string{"Antony Blinken": "US", "Wang Yi": "CN", "Dmytro Kuleba": "UA", "Lloyd Austin": "US"}
	text := strings.Join([]string{
		"Antony Blinken will travel to Asia.",                   // the lead: the traveller
		"In Beijing, he will meet with Wang Yi.",                // a stop: Wang Yi with the lead's Blinken, no planned meeting: drawn
		"Antony Blinken looks forward to seeing Dmytro Kuleba.", // planned together: not drawn
		"Antony Blinken met Dmytro Kuleba last week.",           // no plan cue: not drawn
		"Antony Blinken will meet with Lloyd Austin.",           // one party: not drawn
	}, "\n")
	planned := "Antony Blinken looks forward to seeing Dmytro Kuleba."
	at := strings.Index(text, planned)
	art, res := samplingtest.Article(t, "a1", text, officials, []map[string]any{
		{"participants": []string{"Antony Blinken", "Dmytro Kuleba"}, "status": "planned", "kind": "meeting",
			"evidence": map[string]any{"sentence": planned, "start": at, "end": at + len(planned)}},
	})
	arts := samplingtest.WriteFile(t, dir, "arts.jsonl", art+"\n")
	ext := samplingtest.WriteFile(t, dir, "ext.jsonl", res+"\n")
	got, errs := samplingtest.Draw(t, run, arts, ext)
	want := []string{
		"missed | In Beijing, he will meet with Wang Yi. | Wang Yi (CN) + Antony Blinken (US) | ",
		"given | Antony Blinken looks forward to seeing Dmytro Kuleba. |  | planned meeting null: Antony Blinken + Dmytro Kuleba",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs, "candidate sentences: 1 in 1 articles\n") {
		t.Errorf("counts: %s", errs)
	}
}
