package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsgraph/evaluate"
	"newsgraph/loader/extract"
)

// people of the probes, with their countries.
var probePeople = map[string]string{"Antony Blinken": "US", "Wang Yi": "CN", "Dmytro Kuleba": "UA", "Sergey Lavrov": "RU"}

// probe is an example made by hand: its text one sentence a line, every
// name of probePeople found in it as a mention, the rules' meetings and the
// gold's as given.
func probe(t *testing.T, text string, rules []extract.Meeting, gold []evaluate.Meeting) example {
	t.Helper()
	res := extract.Result{ID: "p1"}
	at := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := at + len(strings.TrimRight(line, "\n"))
		for name := range probePeople {
			if i := strings.Index(line, name); i >= 0 {
				id := "person:" + strings.ReplaceAll(strings.ToLower(name), " ", "-")
				k := slices.IndexFunc(res.Entities, func(e extract.Entity) bool { return e.ID == id })
				if k < 0 {
					res.People = append(res.People, extract.Person{ID: id, Name: name, Country: probePeople[name]})
					res.Entities = append(res.Entities, extract.Entity{ID: id, Type: "Person", Name: name})
					k = len(res.Entities) - 1
				}
				res.Entities[k].Mentions = append(res.Entities[k].Mentions,
					extract.Mention{Start: at + i, End: at + i + len(name), SentenceStart: at, SentenceEnd: end})
			}
		}
		at += len(line)
	}
	for i, m := range rules {
		for _, n := range m.Participants {
			rules[i].ParticipantIDs = append(rules[i].ParticipantIDs, "person:"+strings.ReplaceAll(strings.ToLower(n), " ", "-"))
		}
	}
	res.Meetings = rules
	pred := evaluate.Doc{ID: "p1", Published: "2022-03-01"}
	for _, m := range rules {
		pred.Meetings = append(pred.Meetings, evaluate.Meeting{Participants: m.Participants, Kind: m.Kind, Date: m.Date, Status: m.Status})
	}
	return example{art: extract.Article{ID: "p1", Date: "2022-03-01", Title: "Secretary Blinken's Call", Text: text},
		res: res, pred: pred, gold: evaluate.Doc{ID: "p1", Meetings: gold}}
}

func sentenceAt(text, s string) extract.Evidence {
	i := strings.Index(text, s)
	return extract.Evidence{Sentence: s, Start: i, End: i + len(s)}
}

func names(cs []candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.a.Name+" + "+c.b.Name)
	}
	slices.Sort(out)
	return out
}

func TestCandidatesArePairsNamedInOneSentenceThatNoHeldMeetingHolds(t *testing.T) {
	held := "Antony Blinken met with Dmytro Kuleba in Kyiv."
	text := strings.Join([]string{
		held, // held together by the rules: no candidate
		"Antony Blinken and Wang Yi discussed trade.", // named together, no held meeting: a candidate
		"Sergey Lavrov spoke.",                        // alone: nothing
		"Kuleba thanked the hosts.",                   // not a mention of probePeople's full name: nothing
	}, "\n")
	ex := probe(t, text, []extract.Meeting{{Participants: []string{"Antony Blinken", "Dmytro Kuleba"}, Kind: "meeting",
		Status: "held", Date: "2022-02-28", Evidence: sentenceAt(text, held)}},
		[]evaluate.Meeting{{Participants: []string{"Antony Blinken", "Wang Yi"}, Status: "held"}})
	got := candidates(ex, false)
	if want := []string{"Antony Blinken + Wang Yi"}; !slices.Equal(names(got), want) {
		t.Fatalf("candidates %v, want %v", names(got), want)
	}
	if !got[0].label {
		t.Errorf("Blinken + Wang Yi: label false, the gold holds them in a held meeting")
	}
	if got[0].date != "2022-03-01" || got[0].kind != "meeting" {
		t.Errorf("date %q kind %q, want the article's date and a meeting (the sentence tells no rule meeting)", got[0].date, got[0].kind)
	}
	all := candidates(ex, true)
	if want := []string{"Antony Blinken + Dmytro Kuleba", "Antony Blinken + Wang Yi"}; !slices.Equal(names(all), want) {
		t.Fatalf("with the rules' held pairs: %v, want %v", names(all), want)
	}
	for _, c := range all {
		if c.ruleHeld != (c.b.Name == "Dmytro Kuleba" || c.a.Name == "Dmytro Kuleba") {
			t.Errorf("%s + %s: ruleHeld %v", c.a.Name, c.b.Name, c.ruleHeld)
		}
	}
}

func TestCandidateTakesTheDateAndKindOfTheRulesDatedMeetingInItsSentence(t *testing.T) {
	s := "Antony Blinken called Dmytro Kuleba on Monday, and Wang Yi was mentioned."
	text := s + "\nWang Yi and Antony Blinken spoke again."
	ex := probe(t, text, []extract.Meeting{{Participants: []string{"Antony Blinken", "Dmytro Kuleba"}, Kind: "call",
		Status: "held", Date: "2022-02-28", Evidence: sentenceAt(text, s)}}, nil)
	for _, c := range candidates(ex, false) {
		if c.a.Name+c.b.Name == "Antony BlinkenWang Yi" && (c.date != "2022-02-28" || c.kind != "call" || c.sentence.Start != 0) {
			t.Errorf("Blinken + Wang Yi: date %q kind %q sentence at %d, want the call's 2022-02-28 in the first sentence",
				c.date, c.kind, c.sentence.Start)
		}
	}
}

func TestFeaturesReadTheWordsBetweenAndNameNoOne(t *testing.T) {
	text := "Antony Blinken, Sergey Lavrov and Wang Yi met in Bali."
	ex := probe(t, text, nil, nil)
	var c candidate
	for _, x := range candidates(ex, false) {
		if x.a.Name == "Antony Blinken" && x.b.Name == "Wang Yi" {
			c = x
		}
	}
	for _, want := range []string{"b=<p>", "b=and", "bb=<p>_and", "r1=met", "meet=met", "others:1-1", "country:different", "t=call", "bias"} {
		if !c.feats[want] {
			t.Errorf("feature %q not set; have %v", want, c.feats)
		}
	}
	for f := range c.feats {
		_, value, _ := strings.Cut(f, "=")
		for _, v := range strings.Split(value, "_") {
			v = strings.TrimSuffix(v, "'s")
			if slices.Contains([]string{"blinken", "lavrov", "wang", "yi", "antony"}, v) {
				t.Errorf("feature %q names a person", f)
			}
		}
	}
}

func TestTrainScoresAFeatureOfThePositivesHigh(t *testing.T) {
	var xs []map[string]bool
	var ys []bool
	for i := range 40 {
		pos := i%4 == 0
		x := map[string]bool{"bias": true, "noise" + string(rune('a'+i%3)): true}
		if pos {
			x["meet=met"] = true
		}
		xs, ys = append(xs, x), append(ys, pos)
	}
	m := train(xs, ys, defaultTrain)
	hi := m.score(map[string]bool{"bias": true, "meet=met": true})
	lo := m.score(map[string]bool{"bias": true})
	if hi < 0.8 || lo > 0.2 {
		t.Errorf("scores %.3f with the positives' feature and %.3f without, want > 0.8 and < 0.2", hi, lo)
	}
	if again := train(xs, ys, defaultTrain).score(map[string]bool{"bias": true, "meet=met": true}); again != hi {
		t.Errorf("training twice gives %v and %v: not reproducible", hi, again)
	}
}

func TestFoldsAreEvenAndSeeded(t *testing.T) {
	f := foldsOf(23, 5, 10)
	count := map[int]int{}
	for _, k := range f {
		count[k]++
	}
	for k := range 5 {
		if count[k] < 4 || count[k] > 5 {
			t.Errorf("fold %d has %d of 23 articles", k, count[k])
		}
	}
	if !slices.Equal(f, foldsOf(23, 5, 10)) || slices.Equal(f, foldsOf(23, 5, 11)) {
		t.Errorf("folds do not follow the seed")
	}
}

func TestAddedMeetingsAreHeldBilateralsOfKeptPairsTheRulesDidNotHold(t *testing.T) {
	d := evaluate.Doc{ID: "x", Meetings: []evaluate.Meeting{{Participants: []string{"A", "B"}, Status: "planned"}}}
	cs := []candidate{
		{a: extract.Person{Name: "A"}, b: extract.Person{Name: "B"}, date: "2022-03", kind: "call"},
		{a: extract.Person{Name: "A"}, b: extract.Person{Name: "C"}, date: "2022", kind: "meeting"},
		{a: extract.Person{Name: "B"}, b: extract.Person{Name: "C"}, ruleHeld: true},
	}
	got := withAdded(d, cs, func(i int) bool { return i != 1 })
	want := []evaluate.Meeting{{Participants: []string{"A", "B"}, Status: "planned"},
		{Participants: []string{"A", "B"}, Kind: "call", Date: "2022-03", Status: "held"}}
	if len(got.Meetings) != len(want) || !slices.EqualFunc(got.Meetings, want, func(x, y evaluate.Meeting) bool {
		return slices.Equal(x.Participants, y.Participants) && x.Kind == y.Kind && x.Date == y.Date && x.Status == y.Status
	}) {
		t.Errorf("meetings %+v, want %+v", got.Meetings, want)
	}
	if len(d.Meetings) != 1 {
		t.Errorf("the rules' doc was changed: %+v", d.Meetings)
	}
}

func TestBestThresholdAddsNothingWhenEveryAddedPairIsWrong(t *testing.T) {
	text := "Antony Blinken and Wang Yi discussed trade."
	ex := probe(t, text, nil, []evaluate.Meeting{{Participants: []string{"Antony Blinken", "Sergey Lavrov"}, Status: "held", Date: "2022-03-01"}})
	cands := [][]candidate{candidates(ex, false)}
	if got := bestThreshold([]example{ex}, cands, []int{0}, [][]float64{{0.95}}); got != never {
		t.Errorf("threshold %v, want never: the only candidate is wrong", got)
	}
	ex.gold.Meetings[0].Participants[1] = "Wang Yi"
	if got := bestThreshold([]example{ex}, cands, []int{0}, [][]float64{{0.95}}); got != 0.9 {
		t.Errorf("threshold %v, want 0.9, the highest that adds the right pair", got)
	}
}

func TestHoldoutRefusesAGoldArticle(t *testing.T) {
	split, err := os.ReadFile("../../testdata/split.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var devID string
	for sc := bufio.NewScanner(bytes.NewReader(split)); sc.Scan() && devID == ""; {
		var l struct{ ID, Split string }
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Split == "dev" {
			devID = l.ID
		}
	}
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(gold, []byte(`{"id": "`+devID+`", "people": [], "meetings": []}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts := filepath.Join(dir, "arts.jsonl")
	if err := os.WriteFile(arts, []byte(`{"id": "`+devID+`", "date": "2022-03-01", "text": "x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadHoldout("../../testdata", []string{gold}, arts); err == nil || !strings.Contains(err.Error(), "not a holdout") {
		t.Errorf("holdout of gold article %s: error %v, want a refusal", devID, err)
	}
}

func TestBucketNamesTheRange(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{-1, "<0"}, {0, "0-0"}, {2, "1-2"}, {3, "3-5"}, {6, ">=6"}, {40, ">=6"}} {
		if got := bucket(c.n, 0, 1, 3, 6); got != c.want {
			t.Errorf("bucket(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

func TestTableCountsWhatEachRowAdds(t *testing.T) {
	text := "Antony Blinken and Wang Yi discussed trade.\nSergey Lavrov and Wang Yi were mentioned."
	ex := probe(t, text, nil, []evaluate.Meeting{{Participants: []string{"Antony Blinken", "Wang Yi"}, Status: "held", Date: "2022-03-01"}})
	cs := candidates(ex, false)
	scores := make([]float64, len(cs))
	for i, c := range cs {
		scores[i] = 0.15
		if c.label {
			scores[i] = 0.95
		}
	}
	s := study{exs: []example{ex}, cands: [][]candidate{cs}, scores: [][]float64{scores}, nested: []float64{0.5}, fold: []int{0}}
	var b strings.Builder
	s.writeTable(&b)
	for _, want := range []string{
		"articles scored 1; candidates the rules did not hold together 2, held together in the gold 1",
		"rules            0     0   0.000  0.000  0.000",
		"ceiling          1     1   1.000  1.000  1.000",
		">= 0.1           2     1   0.500  1.000  0.667",
		">= 0.9           1     1   1.000  1.000  1.000",
		"nested           1     1   1.000  1.000  1.000",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
}

func TestGroupCandidateIsEveryoneASentenceNamesAndRightOnlyForAPairTheRulesMiss(t *testing.T) {
	s := "Antony Blinken, Wang Yi and Dmytro Kuleba met in Bali."
	text := s + "\nAntony Blinken met with Dmytro Kuleba."
	rules := []extract.Meeting{{Participants: []string{"Antony Blinken", "Dmytro Kuleba"}, Kind: "meeting", Status: "held",
		Evidence: sentenceAt(text, "Antony Blinken met with Dmytro Kuleba.")}}
	ex := probe(t, text, rules, []evaluate.Meeting{{Participants: []string{"Antony Blinken", "Dmytro Kuleba"}, Status: "held"}})
	got := groupCandidates(ex, false)
	if len(got) != 1 {
		t.Fatalf("%d group candidates, want 1 (the second sentence's two are held together)", len(got))
	}
	if want := []string{"Antony Blinken", "Dmytro Kuleba", "Wang Yi"}; !slices.Equal(got[0].participants(), want) {
		t.Errorf("participants %v, want the three", got[0].participants())
	}
	if got[0].label {
		t.Errorf("labelled right, but the only pair the gold holds is one the rules hold already")
	}
	ex.gold.Meetings[0].Participants[1] = "Wang Yi"
	if got := groupCandidates(ex, false); !got[0].label {
		t.Errorf("labelled wrong, but the gold holds Blinken and Wang Yi, whom the rules miss")
	}
}

// TestReadOpenSkipsClosedLinesAndReportsBrokenOnes: readOpen decodes the
// lines whose id open allows, skips the others, and reports a line that is
// no JSON at all rather than dropping it as if it were a closed one.
func TestReadOpenSkipsClosedLinesAndReportsBrokenOnes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.jsonl", `{"id": "open-1", "title": "a"}`+"\n"+`{"id": "closed-1", "title": "b"}`+"\n")
	write("broken.jsonl", `{"id": "open-2", "title": "c"}`+"\n"+`{"id": "open-3", "title`+"\n")
	open := func(id string) bool { return strings.HasPrefix(id, "open-") }
	got, err := readOpen[extract.Article](dir, []string{"good.jsonl"}, open)
	if err != nil || len(got) != 1 || got[0].ID != "open-1" {
		t.Errorf("readOpen(good) = %v, %v; want open-1 alone", got, err)
	}
	if got, err := readOpen[extract.Article](dir, []string{"broken.jsonl"}, open); err == nil || !strings.Contains(err.Error(), "broken.jsonl:2") {
		t.Errorf("readOpen(broken) = %v, %v; want an error at broken.jsonl:2", got, err)
	}
}
