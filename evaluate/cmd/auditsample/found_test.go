package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// foundServer answers addFound's and fillFound's queries from one page each.
func foundServer(t *testing.T) asker {
	t.Helper()
	return func(q string, vars map[string]any, out any) error {
		var body string
		switch {
		case strings.Contains(q, "people(first"):
			body = `{"people": {"pageInfo": {"hasNextPage": false}, "nodes": [
  {"id": "person:listed", "name": "Listed One", "aliases": []},
  {"id": "person:alias-listed", "name": "Other Name", "aliases": ["Listed One"]},
  {"id": "person:found", "name": "Found Person", "aliases": []}]}}`
		case strings.Contains(q, "places(first"):
			body = `{"places": {"pageInfo": {"hasNextPage": false}, "nodes": [
  {"id": "place:paris", "name": "Paris"}, {"id": "place:valeriu", "name": "Valeriu"}]}}`
		case strings.Contains(q, "meetings(first"):
			body = `{"meetings": {"pageInfo": {"hasNextPage": false}, "nodes": [
  {"id": "meeting:m", "issues": [{"id": "issue:trade", "name": "Trade"}, {"id": "issue:climate", "name": "Climate"}]},
  {"id": "meeting:n", "issues": []}]}}`
		case strings.Contains(q, "timeline("):
			body = `{"timeline": [{"kind": "MEETING", "sentence": "a meeting"},
  {"kind": "MENTION", "article": {"id": "article:a"}, "sentence": ""},
  {"kind": "MENTION", "article": {"id": "article:b"}, "sentence": "one"},
  {"kind": "MENTION", "article": {"id": "article:c"}, "sentence": "two"},
  {"kind": "MENTION", "article": {"id": "article:d"}, "sentence": "three"},
  {"kind": "MENTION", "article": {"id": "article:e"}, "sentence": "four"}]}`
		case strings.Contains(q, "subgraph("):
			body = `{"subgraph": {"edges": [
  {"source": "meeting:m", "target": "issue:climate", "type": "DISCUSSED", "evidence": [{"sentence": "climate"}]},
  {"source": "meeting:m", "target": "issue:trade", "type": "DISCUSSED", "evidence": [{"sentence": "tariffs"}]},
  {"source": "person:x", "target": "meeting:m", "type": "ATTENDED", "evidence": [{"sentence": "met"}]}]}}`
		default:
			t.Fatalf("unexpected query %s", q)
		}
		return json.Unmarshal([]byte(body), out)
	}
}

// TestFoundPoolsWhatNoListNamesAndEachIssueOfAMeeting: -found pools the
// people no list names by name or alias, the places the places' list lacks,
// and every issue of every meeting keyed meeting|issue.
func TestFoundPoolsWhatNoListNamesAndEachIssueOfAMeeting(t *testing.T) {
	savedPerson, savedPlace := listedPerson, listedPlace
	t.Cleanup(func() { listedPerson, listedPlace = savedPerson, savedPlace })
	listedPerson = func(names []string) bool { return strings.Contains(strings.Join(names, "|"), "Listed One") }
	listedPlace = func(name string) bool { return name == "Paris" }
	p := &pools{meetings: pool("meeting", "m1"), affiliations: pool("affiliation", "a1"), orgs: pool("organization", "o1")}
	if err := p.addFound(foundServer(t)); err != nil {
		t.Fatal(err)
	}
	if len(p.people) != 1 || p.people["person:found"].Query != "people off the lists" {
		t.Errorf("people %v, want Found Person alone", p.people)
	}
	if _, ok := p.places["place:valeriu"]; !ok || len(p.places) != 1 {
		t.Errorf("places %v, want Valeriu alone", p.places)
	}
	if _, ok := p.discussed["meeting:m|issue:trade"]; !ok || len(p.discussed) != 2 {
		t.Errorf("discussed %v, want meeting:m's two issues", p.discussed)
	}
	if p.fill == nil {
		t.Error("no fill for the drawn found items")
	}
}

// TestFillShowsAFoundNamesMentionsAndAnIssuesOwnEvidence: a drawn person or
// place shows its first MentionsShown mentions that have a sentence, and a
// drawn issue the evidence of its own DISCUSSED edge.
func TestFillShowsAFoundNamesMentionsAndAnIssuesOwnEvidence(t *testing.T) {
	ask := foundServer(t)
	person := Item{Kind: "person", Key: "person:found", Answer: json.RawMessage(`{"name": "Found Person"}`)}
	if err := fillFound(ask, &person); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Name     string
		Mentions []struct{ Article, Sentence string }
	}
	if err := json.Unmarshal(person.Answer, &got); err != nil {
		t.Fatal(err)
	}
	if got.Name != "Found Person" || len(got.Mentions) != 3 || got.Mentions[0].Article != "article:b" || got.Mentions[2].Sentence != "three" {
		t.Errorf("person %s, want its name and mentions one, two, three", person.Answer)
	}
	issue := Item{Kind: "discussed", Key: "meeting:m|issue:trade", Answer: json.RawMessage(`{}`)}
	if err := fillFound(ask, &issue); err != nil {
		t.Fatal(err)
	}
	if s := string(issue.Answer); !strings.Contains(s, "tariffs") || strings.Contains(s, "climate") {
		t.Errorf("issue %s, want the trade edge's evidence alone", s)
	}
}

// TestFoundPoolsDrawAfterTheFirstThree: with the found pools made, the first
// three kinds draw as without them, and the sizes given decide whether the
// found ones are drawn.
func TestFoundPoolsDrawAfterTheFirstThree(t *testing.T) {
	p := &pools{meetings: pool("meeting", "m3", "m1", "m2", "m4"), affiliations: pool("affiliation", "a2", "a1"), orgs: pool("organization", "o1")}
	var before, errs bytes.Buffer
	if err := draw(p, 44, []int{2, 1, 1}, &before, &errs); err != nil {
		t.Fatal(err)
	}
	p.people, p.places, p.discussed = pool("person", "p1", "p2"), pool("place", "l1"), pool("discussed", "d1")
	var three, six bytes.Buffer
	if err := draw(p, 44, []int{2, 1, 1}, &three, &errs); err != nil {
		t.Fatal(err)
	}
	if three.String() != before.String() {
		t.Errorf("three sizes drew\n%s\nwith found pools, and\n%s\nwithout", three.String(), before.String())
	}
	if err := draw(p, 44, []int{2, 1, 1, 1, 1, 1}, &six, &errs); err != nil {
		t.Fatal(err)
	}
	keys := keysOf(t, six.String())
	if !strings.HasPrefix(six.String(), before.String()) || len(keys) != 7 || keys[4][0] != 'p' || keys[5] != "l1" || keys[6] != "d1" {
		t.Errorf("six sizes drew %v", keys)
	}
}
