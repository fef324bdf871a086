package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
)

const selection = "../../testdata/selection.jsonl"

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
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-selection", selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Draw+" | "+r.Sentence+" | "+strings.Join(r.Pairs, "; ")+" | "+strings.Join(r.Given, "; "))
	}
	want := []string{
		"missed | In Beijing, he will meet with Wang Yi. | Wang Yi (CN) + Antony Blinken (US) | ",
		"given | Antony Blinken looks forward to seeing Dmytro Kuleba. |  | planned meeting null: Antony Blinken + Dmytro Kuleba",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs.String(), "candidate sentences: 1 in 1 articles\n") {
		t.Errorf("counts: %s", errs.String())
	}
}

func TestDrawRefusesATestArticle(t *testing.T) {
	dir := t.TempDir()
	// whitehouse-47396 is of the test part
	arts := samplingtest.WriteFile(t, dir, "arts.jsonl", `{"id":"whitehouse-47396"}`+"\n")
	ext := samplingtest.WriteFile(t, dir, "ext.jsonl", `{"id":"whitehouse-47396"}`+"\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-selection", selection}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "test or unseen") {
		t.Errorf("exit %d, %q: want 1 and a refusal", code, errs.String())
	}
}
