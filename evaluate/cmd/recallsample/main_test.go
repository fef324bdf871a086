package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
)

// line is one corpus line of an article.
func line(id, kind, title string, words int) string {
	a := map[string]string{"id": id, "title": title, "text": strings.Repeat("word ", words)}
	if kind != "" {
		a["kind"] = kind
	}
	b, _ := json.Marshal(a)
	return string(b)
}

func drawIDs(t *testing.T, dir string, args ...string) []string {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(append([]string{"-corpus", dir, "-selection", samplingtest.Selection}, args...), &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var d Drawn
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.Stratum+" "+d.ID)
	}
	return ids
}

func TestDrawTakesOpenEncounterKindsOnly(t *testing.T) {
	dir := t.TempDir()
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", strings.Join([]string{
		line("whitehouse-47396", "call", "Call", 10),  // the test part: closed
		line("usdos-245942", "call", "Call", 10),      // dev gold: left out
		line("whitehouse-50423", "meeting", "M", 10),  // held-sample-10d's: left out
		line("open-call", "call", "Call", 10),         // drawn
		line("open-long", "meeting", "M", 2501),       // over the cap
		line("open-joint", "joint_statement", "J", 5), // not an encounter kind
		line("open-trip", "travel_or_preview", "T", 5),
	}, "\n")+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", strings.Join([]string{
		line("open-readout", "", "Readout of the President’s Call", 10),
		line("open-remarks", "", "Remarks by the President", 10), // no readout
	}, "\n")+"\n")
	got := drawIDs(t, dir)
	slices.Sort(got)
	want := []string{"call open-call", "general-readout open-readout", "travel_or_preview open-trip"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDrawLeavesOutTheArticlesExcludedFilesName(t *testing.T) {
	dir := t.TempDir()
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", strings.Join([]string{
		line("usdos-900001", "call", "Call", 10), // named in cited.txt: left out
		line("usdos-900002", "call", "Call", 10), // named in later.jsonl: left out
		line("usdos-900003", "call", "Call", 10), // drawn
	}, "\n")+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", "")
	samplingtest.WriteFile(t, dir, "cited.txt", "usdos-900001\n")
	samplingtest.WriteFile(t, dir, "later.jsonl", `{"id": "usdos-900002"}`+"\n")
	exclude := filepath.Join(dir, "cited.txt") + "," + filepath.Join(dir, "later.jsonl")
	if got, want := drawIDs(t, dir, "-per", "3", "-exclude", exclude), []string{"call usdos-900003"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := drawIDs(t, dir, "-per", "3"); len(got) != 3 {
		t.Errorf("without -exclude: drew %q, want all three", got)
	}
}

func TestDrawIsSeededAndTakesPerFromEachStratum(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 30 {
		lines = append(lines, line(fmt.Sprintf("open-%02d", i), "meeting", "M", 10))
	}
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", strings.Join(lines, "\n")+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", "")
	a, b, c := drawIDs(t, dir, "-per", "3"), drawIDs(t, dir, "-per", "3"), drawIDs(t, dir, "-per", "3", "-seed", "11")
	if len(a) != 3 || !slices.Equal(a, b) {
		t.Errorf("two draws with one seed: %q and %q", a, b)
	}
	if slices.Equal(a, c) {
		t.Errorf("seeds 10 and 11 drew the same: %q", a)
	}
}

// TestLargerDrawHoldsTheSmaller: recall-sample-10.jsonl was annotated 20 at a
// time (-per 4, 8, …, 20), so each -per must keep the articles of a smaller
// one, stratum by stratum in the same order, and add the next.
func TestLargerDrawHoldsTheSmaller(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 12 {
		lines = append(lines, line(fmt.Sprintf("open-m%02d", i), "meeting", "M", 10), line(fmt.Sprintf("open-c%02d", i), "call", "C", 10))
	}
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", strings.Join(lines, "\n")+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", "")
	byStratum := func(ids []string) map[string][]string {
		out := map[string][]string{}
		for _, id := range ids {
			s, _, _ := strings.Cut(id, " ")
			out[s] = append(out[s], id)
		}
		return out
	}
	small, large := byStratum(drawIDs(t, dir, "-per", "2")), byStratum(drawIDs(t, dir, "-per", "5"))
	for _, s := range []string{"call", "meeting"} {
		if len(small[s]) != 2 || len(large[s]) != 5 || !slices.Equal(large[s][:2], small[s]) {
			t.Errorf("%s: -per 2 drew %q, -per 5 %q", s, small[s], large[s])
		}
	}
}

// release is one line of general.jsonl: a release with its text.
func release(id, title, text string) string {
	b, _ := json.Marshal(map[string]string{"id": id, "title": title, "text": text})
	return string(b)
}

func TestGeneralDrawTakesOpenReleasesWithAnEncounterCue(t *testing.T) {
	dir := t.TempDir()
	met := "The President met with Prime Minister Fumio Kishida today."
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", line("open-call", "call", "Call", 10)+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", strings.Join([]string{
		release("whitehouse-1", "Remarks by the President", met),                        // drawn
		release("usdos-2", "Secretary Blinken's Travel", "He will visit Jakarta."),      // no name after the cue
		release("usdos-3", "Secretary Blinken's Travel", "He will meet Retno Marsudi."), // drawn
		release("whitehouse-4", "Readout of the President's Call", met),                 // a readout: recall10's
		release("whitehouse-5", "A Proclamation", "I call upon all Americans."),         // no cue
		release("whitehouse-6", "Remarks", met+strings.Repeat(" word", 2500)),           // over the cap
		release("usdos-358190", "Joint Statement", met),                                 // dev gold
		release("whitehouse-55131", "Remarks", met),                                     // recall-sample-10's
	}, "\n")+"\n")
	got := drawIDs(t, dir, "-general")
	slices.Sort(got)
	want := []string{"general-usdos usdos-3", "general-whitehouse whitehouse-1"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestGeneralDrawIsSeeded11AndALargerDrawHoldsTheSmaller(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 12 {
		lines = append(lines, release(fmt.Sprintf("whitehouse-%d", i), "Remarks", "We met with President Emmanuel Macron."))
	}
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", "")
	samplingtest.WriteFile(t, dir, "general.jsonl", strings.Join(lines, "\n")+"\n")
	small, given, other := drawIDs(t, dir, "-general", "-per", "2"), drawIDs(t, dir, "-general", "-per", "2", "-seed", "11"), drawIDs(t, dir, "-general", "-per", "2", "-seed", "10")
	if !slices.Equal(small, given) || slices.Equal(small, other) {
		t.Errorf("-general drew %q, with seed 11 %q, with seed 10 %q", small, given, other)
	}
	if large := drawIDs(t, dir, "-general", "-per", "5"); len(large) != 5 || !slices.Equal(large[:2], small) {
		t.Errorf("-per 2 drew %q, -per 5 %q", small, large)
	}
}

func TestEncounterCueNeedsAnEncounterWordBeforeAName(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Secretary Blinken met with Foreign Minister Wang Yi in Bali.", true},
		{"The President spoke with President Emmanuel Macron of France.", true},
		{"The Vice President will host Prime Minister Justin Trudeau at the White House.", true},
		{"During his visit, the Secretary will meet Prime Minister Ariel Henry.", true},
		{"I call upon all Americans to observe this day.", false},            // no name
		{"I, JOSEPH R. BIDEN JR., President of the United States", false},    // no encounter word
		{"We must meet the moment. President Biden signed the bill.", false}, // another sentence
		{"The Department will host a workshop on export controls.", false},
	} {
		if got := EncounterCue.MatchString(c.text); got != c.want {
			t.Errorf("EncounterCue(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
