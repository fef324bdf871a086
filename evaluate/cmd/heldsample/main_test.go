package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
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
	art, res := article(t, "a1", text, officials, []map[string]any{
		{"participants": []string{"Antony Blinken", "Dmytro Kuleba"}, "status": "held", "kind": "meeting",
			"evidence": map[string]any{"sentence": held, "start": at, "end": at + len(held)}},
	})
	arts := writeFile(t, dir, "arts.jsonl", art+"\n")
	ext := writeFile(t, dir, "ext.jsonl", res+"\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-selection", selection, "-n", "2"}, &out, &errs); code != 0 {
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
	slices.Sort(got)
	want := []string{
		"given | Antony Blinken welcomed Dmytro Kuleba to Washington. |  | held meeting null: Antony Blinken + Dmytro Kuleba",
		"missed | The Secretary met with Wang Yi in Bali. | Antony Blinken (US) + Wang Yi (CN) | ",
	}
	if len(got) != 2 || got[0] != want[0] || !(got[1] == want[1] || strings.HasPrefix(got[1], "missed | Wang Yi spoke with Sergey Lavrov")) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(errs.String(), "candidate sentences: 2 in 1 articles\n") {
		t.Errorf("counts: %s", errs.String())
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
