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

// writeMixCorpus writes a corpus of three call readouts and one meeting
// readout (diplomacy.jsonl) and one State Department release (general.jsonl),
// each with one held meeting, the meeting readout also a planned one, and
// returns the corpus folder and the articles and extraction files.
func writeMixCorpus(t *testing.T) (dir, arts, ext string) {
	t.Helper()
	dir = t.TempDir()
	var dipl, gen, artLines, extLines []string
	add := func(id, kind string, planned bool) {
		const text = "The Secretary met with Foreign Minister Lavrov."
		a, _ := json.Marshal(map[string]string{"id": id, "title": "Readout " + id, "date": "2022-02-07", "text": text, "kind": kind})
		if kind == "" {
			gen = append(gen, string(a))
		} else {
			dipl = append(dipl, string(a))
		}
		artLines = append(artLines, string(a))
		ms := []map[string]any{{"participants": []string{"A", id}, "date": "2022-02-07", "status": "held",
			"evidence": map[string]any{"sentence": text, "start": 0, "end": len(text)}}}
		if planned {
			ms = append(ms, map[string]any{"participants": []string{"A", "P"}, "date": nil, "status": "planned",
				"evidence": map[string]any{"sentence": text, "start": 0, "end": len(text)}})
		}
		r, _ := json.Marshal(map[string]any{"id": id, "meetings": ms})
		extLines = append(extLines, string(r))
	}
	add("call-1", "call", false)
	add("call-2", "call", false)
	add("call-3", "call", false)
	add("meeting-1", "meeting", true)
	add("usdos-1", "", false)
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", strings.Join(dipl, "\n")+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", strings.Join(gen, "\n")+"\n")
	arts = samplingtest.WriteFile(t, dir, "arts.jsonl", strings.Join(artLines, "\n")+"\n")
	ext = samplingtest.WriteFile(t, dir, "ext.jsonl", strings.Join(extLines, "\n")+"\n")
	return dir, arts, ext
}

// mixDraw runs -mix and returns the drawn records as "stratum id
// participants", and stderr.
func mixDraw(t *testing.T, dir, arts, ext string, n int, seed uint64) ([]string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	args := []string{"-articles", arts, "-extracted", ext, "-selection", samplingtest.Selection, "-mix", "-corpus", dir,
		"-n", fmt.Sprint(n), "-seed", fmt.Sprint(seed)}
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	return drawn(t, out.String(), func(r Record) string { return r.Draw + " " + r.ID + " " + strings.Join(r.Participants, "+") }), errs.String()
}

func TestMixDrawsEveryHeldMeetingWithItsStratumAndNoPlan(t *testing.T) {
	dir, arts, ext := writeMixCorpus(t)
	got, errs := mixDraw(t, dir, arts, ext, 10, 10)
	if len(got) != 5 {
		t.Fatalf("drew %d records, want all 5 held meetings: %q", len(got), got)
	}
	for _, want := range []string{"diplomacy.jsonl/call call-1 A+call-1", "diplomacy.jsonl/meeting meeting-1 A+meeting-1", "general.jsonl/usdos usdos-1 A+usdos-1"} {
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
	if strings.Contains(strings.Join(got, "\n"), "A+P") {
		t.Errorf("drew the planned meeting: %q", got)
	}
	if !strings.Contains(errs, "diplomacy.jsonl/call: 3 open articles, 3 held meetings, test share 0.143") {
		t.Errorf("counts: %s", errs)
	}
}

// -status planned draws the planned meetings, by the same strata, and none of
// the held ones.
func TestMixStatusPlannedDrawsThePlannedMeetingsAlone(t *testing.T) {
	dir, arts, ext := writeMixCorpus(t)
	var out, errs bytes.Buffer
	args := []string{"-articles", arts, "-extracted", ext, "-selection", samplingtest.Selection, "-mix", "-corpus", dir,
		"-n", "10", "-status", "planned"}
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := drawn(t, out.String(), func(r Record) string { return r.Draw + " " + r.ID + " " + strings.Join(r.Participants, "+") })
	if strings.Join(got, "\n") != "diplomacy.jsonl/meeting meeting-1 A+P" {
		t.Errorf("drew %q, want the one planned meeting", got)
	}
	if !strings.Contains(errs.String(), "diplomacy.jsonl/meeting: 1 open articles, 1 planned meetings") {
		t.Errorf("counts: %s", errs.String())
	}
	if code := run(append(args[:len(args)-1], "maybe"), &out, &errs); code != 2 {
		t.Errorf("-status maybe: exit %d, want 2", code)
	}
}

// The test part holds as many call readouts as meeting readouts and State
// Department releases, so each call readout of three in the corpus weighs a
// third of the one meeting readout: drawn one at a time, the meeting
// readout's record comes first in about 1 draw of 3, and so do the three
// call readouts' together (an unweighted draw: 1 of 5 and 3 of 5).
func TestMixWeighsEachArticleByItsStratumsShareOfTheTestPart(t *testing.T) {
	dir, arts, ext := writeMixCorpus(t)
	meeting, calls := 0, 0
	const seeds = 300
	for seed := range uint64(seeds) {
		got, _ := mixDraw(t, dir, arts, ext, 1, seed)
		switch {
		case strings.Contains(got[0], "meeting-1"):
			meeting++
		case strings.Contains(got[0], "call-"):
			calls++
		}
	}
	// expected 100 each (an unweighted draw: 60 and 180)
	if meeting < 75 || meeting > 125 || calls < 75 || calls > 125 {
		t.Errorf("meeting readout first in %d draws, call readouts in %d, of %d: want about 100 each", meeting, calls, seeds)
	}
	a, _ := mixDraw(t, dir, arts, ext, 3, 10)
	b, _ := mixDraw(t, dir, arts, ext, 3, 10)
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("the same seed drew %q, then %q", a, b)
	}
}

// A new draw leaves out the articles an earlier sample read (-leave-out, the
// earlier samples' files): no record of them is drawn, and they count in no
// stratum's open articles.
func TestMixLeavesOutTheArticlesOfEarlierSamples(t *testing.T) {
	dir, arts, ext := writeMixCorpus(t)
	earlier := samplingtest.WriteFile(t, dir, "date-sample-old.jsonl", `{"n": 1, "id": "call-2"}`+"\n"+`{"n": 2, "id": "meeting-1"}`+"\n")
	other := samplingtest.WriteFile(t, dir, "date-sample-older.jsonl", `{"n": 1, "id": "usdos-1"}`+"\n")
	var out, errs bytes.Buffer
	args := []string{"-articles", arts, "-extracted", ext, "-selection", samplingtest.Selection, "-mix", "-corpus", dir,
		"-n", "10", "-leave-out", earlier + "," + other}
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := drawn(t, out.String(), func(r Record) string { return r.ID })
	if strings.Join(slices.Sorted(slices.Values(got)), " ") != "call-1 call-3" {
		t.Errorf("drew %q, want call-1 and call-3 alone", got)
	}
	if !strings.Contains(errs.String(), "diplomacy.jsonl/call: 2 open articles, 2 held meetings") {
		t.Errorf("counts: %s", errs.String())
	}
}

// -hide-date prints each drawn record with its date hidden, so that a reader
// writes the right date first; the rest of the record and the draw are as
// without it.
func TestHideDateHidesTheExtractorsDateAndKeepsTheDraw(t *testing.T) {
	dir, arts, ext := writeMixCorpus(t)
	shown, _ := mixDraw(t, dir, arts, ext, 3, 10)
	var out, errs bytes.Buffer
	args := []string{"-articles", arts, "-extracted", ext, "-selection", samplingtest.Selection, "-mix", "-corpus", dir,
		"-n", "3", "-seed", "10", "-hide-date"}
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if strings.Contains(out.String(), `"date":"2022`) {
		t.Errorf("the extractor's date shows: %s", out.String())
	}
	var hidden []string
	for _, r := range drawn(t, out.String(), func(r Record) string {
		return r.Date + " " + r.Draw + " " + r.ID + " " + strings.Join(r.Participants, "+")
	}) {
		date, rest, _ := strings.Cut(r, " ")
		if date != hiddenDate {
			t.Errorf("date %q, want %q", date, hiddenDate)
		}
		hidden = append(hidden, rest)
	}
	if strings.Join(hidden, "\n") != strings.Join(shown, "\n") {
		t.Errorf("hidden draw %q, shown draw %q", hidden, shown)
	}
}
