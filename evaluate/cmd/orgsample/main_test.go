package main

import (
	"testing"

	"newsgraph/loader/extract"
)

func TestPoolTakesEveryOrganisationMentionWithItsTextAndSentence(t *testing.T) {
	text := "NATO met. The Department of State spoke to NATO."
	arts := []extract.Article{{ID: "a1", Text: text}}
	res := []extract.Result{{ID: "a1", Entities: []extract.Entity{
		{Type: "Organization", Name: "NATO", OrgType: "international", Mentions: []extract.Mention{
			{Start: 0, End: 4, SentenceStart: 0, SentenceEnd: 9}, {Start: 43, End: 47, SentenceStart: 10, SentenceEnd: 48}}},
		{Type: "Place", Name: "Nowhere", Mentions: []extract.Mention{{Start: 0, End: 4}}},
		{Type: "Organization", Name: "Department of State", OrgType: "government", Mentions: []extract.Mention{
			{Start: 14, End: 33, SentenceStart: 10, SentenceEnd: 48}}},
	}}}
	pool := Pool(arts, res)
	if len(pool) != 3 {
		t.Fatalf("pool %d mentions, want 3 (no place): %+v", len(pool), pool)
	}
	if m := pool[2]; m.Text != "Department of State" || m.Sentence != "The Department of State spoke to NATO." || m.Type != "government" {
		t.Errorf("mention %+v", m)
	}
}

func TestDrawIsSeededAndNumbersInTheOrderDrawn(t *testing.T) {
	var pool []Mention
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		pool = append(pool, Mention{Name: n})
	}
	a, b, c := Draw(pool, 4, 10), Draw(pool, 4, 10), Draw(pool, 4, 11)
	same := true
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("seed 10 drew %v then %v", a, b)
		}
		if a[i].N != i+1 {
			t.Errorf("draw %d numbered %d", i, a[i].N)
		}
		same = same && a[i].Name == c[i].Name
	}
	if same {
		t.Errorf("seeds 10 and 11 drew the same %v", a)
	}
	if len(Draw(pool, 10, 1)) != 6 {
		t.Error("a draw larger than the pool is the whole pool")
	}
}
