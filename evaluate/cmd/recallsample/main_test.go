package main

import (
	"bytes"
	"encoding/json"
	"fmt"
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
