package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
)

// meetingLine is one meeting of writeArticle's extracted article.
type meetingLine struct {
	participants []string
	date         any // a string or nil
	status       string
	sentence     string // the evidence, found in the text
}

// writeArticle writes an article "a1" ("Readout", 2022-02-07) of text and
// the extractor's output for it, and returns the two files.
func writeArticle(t *testing.T, dir, text string, meetings []meetingLine) (arts, ext string) {
	t.Helper()
	art, _ := json.Marshal(map[string]string{"id": "a1", "title": "Readout", "date": "2022-02-07", "text": text})
	var ms []map[string]any
	for _, m := range meetings {
		i := strings.Index(text, m.sentence)
		ms = append(ms, map[string]any{"participants": m.participants, "date": m.date, "status": m.status,
			"evidence": map[string]any{"sentence": m.sentence, "start": i, "end": i + len(m.sentence)}})
	}
	res, _ := json.Marshal(map[string]any{"id": "a1", "meetings": ms})
	return samplingtest.WriteFile(t, dir, "arts.jsonl", string(art)+"\n"), samplingtest.WriteFile(t, dir, "ext.jsonl", string(res)+"\n")
}

// drawn is each drawn record of out as line(r).
func drawn(t *testing.T, out string, line func(Record) string) []string {
	t.Helper()
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, line(r))
	}
	return got
}

func TestInputLeavesOutTestAndUnseenArticles(t *testing.T) {
	dir := t.TempDir()
	// usdos-328593 is of batch N (selection.jsonl's "several-no"), whitehouse-47396 of the test part
	samplingtest.WriteFile(t, dir, "diplomacy.jsonl", `{"id":"open-1"}`+"\n"+`{"id":"usdos-328593"}`+"\n")
	samplingtest.WriteFile(t, dir, "general.jsonl", `{"id":"whitehouse-47396"}`+"\n"+`{"id":"open-2"}`+"\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-input", "-corpus", dir, "-selection", samplingtest.Selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if got, want := out.String(), `{"id":"open-1"}`+"\n"+`{"id":"open-2"}`+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDrawTakesHeldMeetingsDatedTheArticlesDayWithNoDateWordAndNull(t *testing.T) {
	const xi = "They met with President Xi."
	arts, ext := writeArticle(t, t.TempDir(), "The Secretary met with Foreign Minister Lavrov.\nThey spoke today with Foreign Minister Wang.\n"+xi, []meetingLine{
		{[]string{"A", "L"}, "2022-02-07", "held", "The Secretary met with Foreign Minister Lavrov."},
		{[]string{"A", "W"}, "2022-02-07", "held", "They spoke today with Foreign Minister Wang."},
		{[]string{"A", "X"}, nil, "held", xi},
		{[]string{"A", "Y"}, nil, "planned", xi},
	})
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-selection", samplingtest.Selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.Contains(errs.String(), "no date word in sentence or paragraph: 1\n") || !strings.Contains(errs.String(), "with no date: 1\n") {
		t.Errorf("counts: %s", errs.String())
	}
	got := drawn(t, out.String(), func(r Record) string { return r.Draw + " " + strings.Join(r.Participants, "+") + " | " + r.Paragraph })
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
	const lavrov, xi, wang = "The Secretary has recently met with Foreign Minister Lavrov.", "They met with President Xi.", "They met with Foreign Minister Wang."
	arts, ext := writeArticle(t, dir, lavrov+"\n"+xi+"\n"+wang, []meetingLine{
		{[]string{"A", "L"}, nil, "held", lavrov},
		{[]string{"A", "X"}, nil, "held", xi},
		{[]string{"A", "W"}, "2022-02-07", "held", wang},
	})
	trace := samplingtest.WriteFile(t, dir, "trace.txt", "TRACE\tReadout\t"+lavrov+"\tearlierOnce,toldInPerfect\n"+
		"TRACE\tOther\t"+xi+"\ttoldInWhenClause\n"+
		"TRACE\tReadout\t"+wang+"\ttoldInWhenClause\n")
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-extracted", ext, "-trace", trace, "-selection", samplingtest.Selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := drawn(t, out.String(), func(r Record) string {
		return r.Draw + " " + strings.Join(r.Participants, "+") + " " + strings.Join(r.Rules, ",")
	})
	// the other article's trace names no record of a1; a dated record is in no population
	want := []string{"null A+L earlierOnce,toldInPerfect", "null A+X none", "null A+L earlierOnce,toldInPerfect"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if !strings.Contains(errs.String(), "left undated by toldInPerfect: 1\n") {
		t.Errorf("counts: %s", errs.String())
	}
}

func TestWideDrawsTheArticlesDayNearADateExpressionAndOtherDates(t *testing.T) {
	const (
		lavrov = "The Secretary met with Foreign Minister Lavrov."
		wang   = "They spoke today with Foreign Minister Wang."
		xi     = "They met with President Xi."
		kuleba = "He spoke with Foreign Minister Kuleba."
		truss  = "He met Foreign Secretary Truss."
	)
	text := "Over the weekend the ministers gathered.\n" + lavrov + "\n" + wang + "\n" + xi + " It was in March.\n\n" + kuleba + "\n" + truss
	arts, ext := writeArticle(t, t.TempDir(), text, []meetingLine{
		{[]string{"A", "L"}, "2022-02-07", "held", lavrov},    // the paragraph before says "Over the weekend"
		{[]string{"A", "W"}, "2022-02-07", "held", wang},      // "today" alone: drawn apart
		{[]string{"A", "X"}, "2022-02-07", "held", xi},        // "March" in its paragraph
		{[]string{"A", "K"}, "2022-02", "held", kuleba},       // another date than the day
		{[]string{"A", "T"}, "2022-02-07", "held", truss},     // no expression near: date10v's population
		{[]string{"A", "Y"}, "2022-01-31", "planned", kuleba}, // planned: in none
		{[]string{"A", "Z"}, nil, "held", kuleba},             // null: date10w's
	})
	var out, errs bytes.Buffer
	if code := run([]string{"-wide", "-articles", arts, "-extracted", ext, "-selection", samplingtest.Selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, want := range []string{"but the day's own (today, tonight, this morning, this afternoon, this evening): 1\n",
		"near a date expression of another kind: 2\n", "  over the weekend: 1\n", "  march: 1\n", "  today: 1\n",
		"otherwise than the article's day: 1\n", "  the article's month: 1\n"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("counts lack %q: %s", want, errs.String())
		}
	}
	got := drawn(t, out.String(), func(r Record) string {
		return r.Draw + " " + strings.Join(r.Participants, "+") + " " + strings.Join(r.Expressions, ",")
	})
	slices.Sort(got[:2]) // the draw's order within a population is the seed's
	want := []string{
		"article-day-near-date A+L over the weekend",
		"article-day-near-date A+X march,today", // and the paragraph before's
		"other-date A+K march",                  // the paragraph before, past the empty line
		"article-day-near-today A+W today",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestWideDatesCatchFormsTheExtractorDoesNotRead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"They met earlier this month in Paris.", []string{"earlier this month"}},
		{"We spoke over the weekend and again this morning.", []string{"over the weekend", "this morning"}},
		{"the 21st-century partnership of 2010", []string{"21st", "2010"}},
		{"Last Tuesday they met; a few weeks ago, too.", []string{"last tuesday", "ago"}},
		{"In Sept. they spoke.", []string{"sept."}},
		// guards: "may" the verb and a lower-case "march" are no month
		{"We may march on together.", nil},
		{"They met in the spring of hope.", nil},
	} {
		if got := wideDates(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("wideDates(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
