package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func pool(kind string, keys ...string) map[string]Item {
	m := map[string]Item{}
	for _, k := range keys {
		m[k] = Item{Kind: kind, Key: k, Answer: json.RawMessage(`{}`)}
	}
	return m
}

func keysOf(t *testing.T, out string) []string {
	t.Helper()
	var keys []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var it Item
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, it.Key)
	}
	return keys
}

// TestDrawIsSeededAndSizedByKind: the same seed draws the same answers,
// each kind at most its size, numbered from 1; with no sizes every answer
// comes in key order.
func TestDrawIsSeededAndSizedByKind(t *testing.T) {
	p := &pools{meetings: pool("meeting", "m3", "m1", "m2", "m4"), affiliations: pool("affiliation", "a2", "a1"), orgs: pool("organization", "o1")}
	var a, b, errs bytes.Buffer
	if err := draw(p, 10, []int{2, 5, 1}, &a, &errs); err != nil {
		t.Fatal(err)
	}
	if err := draw(p, 10, []int{2, 5, 1}, &b, &errs); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("the same seed drew\n%s\nand\n%s", a.String(), b.String())
	}
	got := keysOf(t, a.String())
	if len(got) != 5 || got[2][0] != 'a' || got[4] != "o1" {
		t.Errorf("drew %v, want 2 meetings, both affiliations and the organisation", got)
	}
	var all bytes.Buffer
	if err := draw(p, 10, nil, &all, &errs); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(keysOf(t, all.String()), " "); got != "m1 m2 m3 m4 a1 a2 o1" {
		t.Errorf("all: %s", got)
	}
}

// TestCollectAsksEveryPairAndKeepsTheFirstQuery: a meeting that two queries
// give is one answer, under the query that gave it first.
func TestCollectAsksEveryPairAndKeepsTheFirstQuery(t *testing.T) {
	asked := 0
	ask := func(q string, vars map[string]any, out any) error {
		var body string
		switch {
		case strings.Contains(q, "meetings(where"):
			asked++
			body = `{"meetings": {"pageInfo": {"hasNextPage": false}, "nodes": [{"id": "meeting:x"}]}}`
		case strings.Contains(q, "relations("):
			body = `{"relations": {"months": [{"meetings": [{"id": "meeting:x"}, {"id": "meeting:y"}]}]}}`
		case strings.Contains(q, "people("):
			body = `{"people": {"nodes": [{"id": "person:p", "name": "P", "affiliations": [{"role": "Minister", "organization": {"id": "country:A"}}]}]}}`
		default:
			body = `{}`
		}
		return json.Unmarshal([]byte(body), out)
	}
	p, err := collect(ask)
	if err != nil {
		t.Fatal(err)
	}
	if asked != len(Pairs) {
		t.Errorf("asked meetings %d times, want once per pair (%d)", asked, len(Pairs))
	}
	if len(p.meetings) != 2 || !strings.HasPrefix(p.meetings["meeting:x"].Query, "meetings US-China") || !strings.HasPrefix(p.meetings["meeting:y"].Query, "relations US-China") {
		t.Errorf("meetings %v", p.meetings)
	}
	if _, ok := p.affiliations["person:p|Minister|country:A"]; !ok {
		t.Errorf("affiliations %v", p.affiliations)
	}
}

// TestEveryOrganizationPoolsEachPageAndLeavesTheAffiliations: -orgs every
// pools the organisations of every page, each with its officials' names,
// in place of the top organisations, and leaves the affiliations drawn.
func TestEveryOrganizationPoolsEachPageAndLeavesTheAffiliations(t *testing.T) {
	pages := []string{
		`{"organizations": {"pageInfo": {"hasNextPage": true, "endCursor": "c1"}, "nodes": [{"id": "org:aa", "name": "AA", "officials": {"nodes": []}}]}}`,
		`{"organizations": {"pageInfo": {"hasNextPage": false}, "nodes": [{"id": "org:who", "name": "World Health Organization", "officials": {"nodes": [{"name": "Tedros Adhanom Ghebreyesus"}]}}]}}`,
	}
	var cursors []any
	ask := func(q string, vars map[string]any, out any) error {
		cursors = append(cursors, vars["after"])
		return json.Unmarshal([]byte(pages[len(cursors)-1]), out)
	}
	p := &pools{meetings: pool("meeting", "m1"), affiliations: pool("affiliation", "a1"), orgs: pool("organization", "org:nato")}
	if err := p.everyOrganization(ask); err != nil {
		t.Fatal(err)
	}
	if len(cursors) != 2 || cursors[0] != nil || cursors[1] != "c1" {
		t.Errorf("asked with cursors %v, want nil then c1", cursors)
	}
	if _, ok := p.orgs["org:nato"]; ok || len(p.orgs) != 2 || len(p.affiliations) != 1 {
		t.Errorf("organisations %v, affiliations %v", p.orgs, p.affiliations)
	}
	if got := string(p.orgs["org:who"].Answer); !strings.Contains(got, `"officials":["Tedros Adhanom Ghebreyesus"]`) || p.orgs["org:who"].Query != "every organisation" {
		t.Errorf("org:who %s under %q", got, p.orgs["org:who"].Query)
	}
}
