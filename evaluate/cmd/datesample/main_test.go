package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const selection = "../../testdata/selection.jsonl"

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInputLeavesOutTestAndUnseenArticles(t *testing.T) {
	dir := t.TempDir()
	// usdos-328593 is of batch N (selection.jsonl's "several-no"), whitehouse-47396 of the test part
	writeFile(t, dir, "diplomacy.jsonl", `{"id":"open-1"}`+"\n"+`{"id":"usdos-328593"}`+"\n")
	writeFile(t, dir, "general.jsonl", `{"id":"whitehouse-47396"}`+"\n"+`{"id":"open-2"}`+"\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-input", "-corpus", dir, "-selection", selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if got, want := out.String(), `{"id":"open-1"}`+"\n"+`{"id":"open-2"}`+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDrawTakesHeldMeetingsDatedTheArticlesDayWithNoDateWordAndNull(t *testing.T) {
	dir := t.TempDir()
	text := "The Secretary met with Foreign Minister Lavrov.\nThey spoke today with Foreign Minister Wang.\nThey met with President Xi."
	art, _ := json.Marshal(map[string]string{"id": "a1", "title": "Readout", "date": "2022-02-07", "text": text})
	arts := writeFile(t, dir, "arts.jsonl", string(art)+"\n")
	ev := func(s string) map[string]any {
		i := strings.Index(text, s)
		return map[string]any{"sentence": s, "start": i, "end": i + len(s)}
	}
	res, _ := json.Marshal(map[string]any{"id": "a1", "meetings": []map[string]any{
		{"participants": []string{"A", "L"}, "date": "2022-02-07", "status": "held", "evidence": ev("The Secretary met with Foreign Minister Lavrov.")},
		{"participants": []string{"A", "W"}, "date": "2022-02-07", "status": "held", "evidence": ev("They spoke today with Foreign Minister Wang.")},
		{"participants": []string{"A", "X"}, "date": nil, "status": "held", "evidence": ev("They met with President Xi.")},
		{"participants": []string{"A", "Y"}, "date": nil, "status": "planned", "evidence": ev("They met with President Xi.")},
	}})
	ext := writeFile(t, dir, "ext.jsonl", string(res)+"\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-selection", selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.Contains(errs.String(), "no date word in sentence or paragraph: 1\n") || !strings.Contains(errs.String(), "with no date: 1\n") {
		t.Errorf("counts: %s", errs.String())
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Draw+" "+strings.Join(r.Participants, "+")+" | "+r.Paragraph)
	}
	want := []string{
		"article-day A+L | The Secretary met with Foreign Minister Lavrov.",
		"null A+X | They met with President Xi.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestTraceDrawsNullRecordsByTheRulesThatLeftThemUndated(t *testing.T) {
	dir := t.TempDir()
	text := "The Secretary has recently met with Foreign Minister Lavrov.\nThey met with President Xi.\nThey met with Foreign Minister Wang."
	art, _ := json.Marshal(map[string]string{"id": "a1", "title": "Readout", "date": "2022-02-07", "text": text})
	arts := writeFile(t, dir, "arts.jsonl", string(art)+"\n")
	ev := func(s string) map[string]any {
		i := strings.Index(text, s)
		return map[string]any{"sentence": s, "start": i, "end": i + len(s)}
	}
	res, _ := json.Marshal(map[string]any{"id": "a1", "meetings": []map[string]any{
		{"participants": []string{"A", "L"}, "date": nil, "status": "held", "evidence": ev("The Secretary has recently met with Foreign Minister Lavrov.")},
		{"participants": []string{"A", "X"}, "date": nil, "status": "held", "evidence": ev("They met with President Xi.")},
		{"participants": []string{"A", "W"}, "date": "2022-02-07", "status": "held", "evidence": ev("They met with Foreign Minister Wang.")},
	}})
	ext := writeFile(t, dir, "ext.jsonl", string(res)+"\n")
	trace := writeFile(t, dir, "trace.txt", "TRACE\tReadout\tThe Secretary has recently met with Foreign Minister Lavrov.\tearlierOnce,toldInPerfect\n"+
		"TRACE\tOther\tThey met with President Xi.\ttoldInWhenClause\n"+
		"TRACE\tReadout\tThey met with Foreign Minister Wang.\ttoldInWhenClause\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-trace", trace, "-selection", selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Draw+" "+strings.Join(r.Participants, "+")+" "+strings.Join(r.Rules, ","))
	}
	// the other article's trace names no record of a1; a dated record is in no population
	want := []string{"null A+L earlierOnce,toldInPerfect", "null A+X none", "null A+L earlierOnce,toldInPerfect"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if !strings.Contains(errs.String(), "left undated by toldInPerfect: 1\n") {
		t.Errorf("counts: %s", errs.String())
	}
}
