package main

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"newsgraph/evaluate/cmd/internal/sampling/samplingtest"
	"newsgraph/loader/extract"
)

func person(name, country, role, sentence string) extract.Person {
	return extract.Person{ID: "person:" + name, Name: name, Country: country, Role: role, Evidence: extract.Evidence{Sentence: sentence}}
}

func meeting(status, kind, date, sentence string, participants ...string) extract.Meeting {
	return extract.Meeting{Participants: participants, Kind: kind, Date: date, Status: status, Evidence: extract.Evidence{Sentence: sentence}}
}

// lines are changes as "kind | base | main".
func lines(cs []Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind+" | "+c.Base+" | "+c.Main)
	}
	return out
}

func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDiffPairsPeopleByNameAndTellsAddedRemovedChanged(t *testing.T) {
	a := extract.Article{ID: "a1"}
	base := extract.Result{People: []extract.Person{
		person("Mark Gordon", "US", "Governor of Wyoming, Mark", "s1"),
		person("Joe Biden", "US", "", "Biden Administration"),
		person("Antony Blinken", "US", "Secretary of State", "s2"),
	}}
	head := extract.Result{People: []extract.Person{
		person("Antony Blinken", "US", "Secretary of State", "another sentence"), // evidence alone: no change
		person("Mark Gordon", "US", "", "s1"),
		person("Colin Powell", "US", "Secretary of State", "then-Secretary of State Colin Powell"),
	}}
	got := lines(Diff(a, base, head))
	want := []string{
		"person changed | Mark Gordon (US, Governor of Wyoming, Mark) | Mark Gordon (US, null)",
		"person added |  | Colin Powell (US, Secretary of State)",
		"person removed | Joe Biden (US, null) | ",
	}
	sameLines(t, got, want)
}

func TestDiffPairsMeetingsBySameParticipantsThenSameEvidence(t *testing.T) {
	a := extract.Article{ID: "a1"}
	call := "following President Biden's call with President Putin and my discussion with Foreign Minister Lavrov."
	base := extract.Result{Meetings: []extract.Meeting{
		meeting("held", "call", "", "I've been in contact with Kuleba.", "Antony Blinken", "Dmytro Kuleba"),
		meeting("held", "call", "2022-02", call, "Joe Biden", "Vladimir Putin", "Sergey Lavrov"),
		meeting("planned", "meeting", "2022-03", "will meet with Pinera administration officials", "Brian Nichols", "Sebastián Piñera"),
		meeting("held", "meeting", "2021", "s", "A B", "C D"),
		meeting("held", "meeting", "2021", "s", "A B", "C D"), // told twice, once in main: one removed
	}}
	head := extract.Result{Meetings: []extract.Meeting{
		meeting("held", "meeting", "2021", "s", "C D", "A B"), // the order of participants is no change
		meeting("held", "call", "2022-03-02", "I've been in contact with Kuleba.", "Dmytro Kuleba", "Antony Blinken"),
		meeting("held", "call", "2022-02", call, "Antony Blinken", "Sergey Lavrov"),
		meeting("held", "meeting", "2021-07", "the Secretary met with Director-General Tedros", "Antony Blinken", "Tedros Adhanom Ghebreyesus"),
	}}
	got := lines(Diff(a, base, head))
	want := []string{
		"meeting changed | held call null: Antony Blinken + Dmytro Kuleba | held call 2022-03-02: Antony Blinken + Dmytro Kuleba",
		"meeting changed | held call 2022-02: Joe Biden + Sergey Lavrov + Vladimir Putin | held call 2022-02: Antony Blinken + Sergey Lavrov",
		"meeting added |  | held meeting 2021-07: Antony Blinken + Tedros Adhanom Ghebreyesus",
		"meeting removed | planned meeting 2022-03: Brian Nichols + Sebastián Piñera | ",
		"meeting removed | held meeting 2021: A B + C D | ",
	}
	sameLines(t, got, want)
}

func TestChangeKeepsBothSentencesWhereTheyDiffer(t *testing.T) {
	a := extract.Article{ID: "a1", Title: "T", Date: "2022-02-14"}
	base := extract.Result{People: []extract.Person{person("Mark Warner", "US", "", "first")}}
	head := extract.Result{People: []extract.Person{person("Mark Warner", "US", "Governor", "then-Governor Mark R. Warner")}}
	c := Diff(a, base, head)[0]
	if c.Sentence != "then-Governor Mark R. Warner" || c.BaseSentence != "first" || c.ArticleDate != "2022-02-14" {
		t.Errorf("got %+v", c)
	}
	gone := Diff(a, base, extract.Result{})[0]
	if gone.Sentence != "first" || gone.BaseSentence != "" {
		t.Errorf("a removed record's sentence is base's: %+v", gone)
	}
}

func TestQuietCountsWhatTheDrawLeavesOut(t *testing.T) {
	org := func(t string) extract.Entity {
		return extract.Entity{ID: "org:national-park-service", Type: "Organization", Name: "National Park Service", OrgType: t}
	}
	m := meeting("held", "meeting", "2022-06-17", "met", "Bonnie Jenkins", "Fernando Arias")
	moved := m
	moved.Place, moved.Evidence = "The Hague", extract.Evidence{Sentence: "met in The Hague", Start: 10, End: 26}
	base := extract.Result{
		People:   []extract.Person{person("Bonnie Jenkins", "US", "Under Secretary", "a")},
		Meetings: []extract.Meeting{m},
		Entities: []extract.Entity{org("other")},
	}
	head := extract.Result{
		People:   []extract.Person{person("Bonnie Jenkins", "US", "Under Secretary", "b")},
		Meetings: []extract.Meeting{moved},
		Entities: []extract.Entity{org("government")},
	}
	if got := Diff(extract.Article{ID: "a1"}, base, head); len(got) != 0 {
		t.Fatalf("quiet changes drawn: %v", lines(got))
	}
	var q Quiet
	q.Add(base, head)
	q.Add(base, base)
	want := Quiet{PersonEvidence: 1, MeetingEvidence: 1, MeetingPlace: 1, OrgType: 1, Articles: 1}
	if q != want {
		t.Errorf("got %+v, want %+v", q, want)
	}
}

func changes(kind string, k int) []Change {
	var out []Change
	for i := range k {
		out = append(out, Change{ID: kind + string(rune('a'+i%26)) + strings.Repeat("x", i/26), Kind: kind})
	}
	return out
}

func TestDrawTakesNOfEachKindOrAllOfAFewerOneSeeded(t *testing.T) {
	all := append(changes("person added", 50), changes("meeting changed", 5)...)
	got := Draw(all, 10, 35)
	kinds := map[string]int{}
	for i, c := range got {
		kinds[c.Group()]++
		if c.N != i+1 {
			t.Errorf("record %d numbered %d", i, c.N)
		}
	}
	if len(got) != 15 || kinds["person"] != 10 || kinds["meeting"] != 5 {
		t.Errorf("drew %d: %v", len(got), kinds)
	}
	if again := Draw(all, 10, 35); !slices.Equal(lines(got), lines(again)) || got[0].ID != again[0].ID {
		t.Error("the same seed drew another sample")
	}
	ids := func(cs []Change) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	if other := Draw(all, 10, 36); slices.Equal(ids(got), ids(other)) {
		t.Error("another seed drew the same sample")
	}
	if first := slices.IndexFunc(got, func(c Change) bool { return c.Group() == "meeting" }); first == 10 {
		t.Error("the drawn kinds are not shuffled together")
	}
}

func TestWilsonInterval(t *testing.T) {
	for _, c := range []struct {
		k, n   int
		lo, hi float64
	}{
		{8, 10, 0.490, 0.943}, // the textbook case
		{45, 48, 0.832, 0.979},
		{0, 0, 0, 1},
		{5, 5, 0.566, 1},
	} {
		lo, hi := Wilson(c.k, c.n)
		if math.Abs(lo-c.lo) > 0.001 || math.Abs(hi-c.hi) > 0.001 {
			t.Errorf("Wilson(%d, %d) = %.3f, %.3f; want %.3f, %.3f", c.k, c.n, lo, hi, c.lo, c.hi)
		}
	}
}

func TestRunDrawsFromTwoExtractionsAndJudgesTheSample(t *testing.T) {
	dir := t.TempDir()
	text := "President Biden spoke with King Salman last month."
	art, _ := samplingtest.Article(t, "a1", text, nil, nil)
	arts := samplingtest.WriteFile(t, dir, "arts.jsonl", art+"\n")
	res := func(name string) string {
		b, err := json.Marshal(extract.Result{ID: "a1", People: []extract.Person{person(name, "SA", "King", text)}})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	base := samplingtest.WriteFile(t, dir, "base.jsonl", res("Salman"))
	head := samplingtest.WriteFile(t, dir, "main.jsonl", res("Salman bin Abdulaziz Al Saud"))
	var out, errs bytes.Buffer
	if code := run([]string{"-articles", arts, "-base", base, "-main", head, "-selection", samplingtest.Selection}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.Contains(errs.String(), "record changes: 2 in 1 articles\n  person added: 1\n  person removed: 1\n") {
		t.Errorf("tally: %s", errs.String())
	}
	judged := strings.ReplaceAll(out.String(), `"verdict":""`, `"verdict":"main"`)
	path := samplingtest.WriteFile(t, dir, "judged.jsonl", judged)
	out.Reset()
	if code := run([]string{"-judged", path}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if want := "judged: 2; main right 2, base right 0, both wrong 0, both right 0, doubtful 0\nimprovement rate: 2 of 2 = 1.000"; !strings.HasPrefix(out.String(), want) {
		t.Errorf("got %q, want %q…", out.String(), want)
	}
	bad := samplingtest.WriteFile(t, dir, "bad.jsonl", out.String()[:0]+`{"id":"a1","n":1,"verdict":"better"}`+"\n")
	if code := run([]string{"-judged", bad}, &out, &errs); code != 1 || !strings.Contains(errs.String(), `verdict "better"`) {
		t.Errorf("an unknown verdict: exit %d, %s", code, errs.String())
	}
}
