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

// article writes one article and its extraction, each official's mentions
// found in the text by name (every occurrence, with its line as the
// sentence), and the given meetings.
func article(t *testing.T, id, text string, officials map[string]string, meetings []map[string]any) (string, string) {
	t.Helper()
	art, err := json.Marshal(map[string]string{"id": id, "title": "T", "date": "2022-02-07", "text": text})
	if err != nil {
		t.Fatal(err)
	}
	var people, entities []map[string]any
	for name, cc := range officials {
		pid := "person:" + name
		people = append(people, map[string]any{"id": pid, "name": name, "country": cc})
		var ms []map[string]int
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			s := strings.LastIndexByte(text[:i+j], '\n') + 1
			e := strings.IndexByte(text[i+j:], '\n')
			if e < 0 {
				e = len(text)
			} else {
				e += i + j
			}
			ms = append(ms, map[string]int{"start": i + j, "end": i + j + len(name), "sentenceStart": s, "sentenceEnd": e})
			i += j + len(name)
		}
		entities = append(entities, map[string]any{"id": pid, "type": "Person", "name": name, "mentions": ms})
	}
	res, err := json.Marshal(map[string]any{"id": id, "people": people, "entities": entities, "meetings": meetings})
	if err != nil {
		t.Fatal(err)
	}
	return string(art), string(res)
}

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
	art, res := article(t, "a1", text, officials, []map[string]any{
		{"participants": []string{"Antony Blinken", "Dmytro Kuleba"}, "status": "planned", "kind": "meeting",
			"evidence": map[string]any{"sentence": planned, "start": at, "end": at + len(planned)}},
	})
	arts := writeFile(t, dir, "arts.jsonl", art+"\n")
	ext := writeFile(t, dir, "ext.jsonl", res+"\n")
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
	arts := writeFile(t, dir, "arts.jsonl", `{"id":"whitehouse-47396"}`+"\n")
	ext := writeFile(t, dir, "ext.jsonl", `{"id":"whitehouse-47396"}`+"\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-selection", selection}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "test or unseen") {
		t.Errorf("exit %d, %q: want 1 and a refusal", code, errs.String())
	}
}
