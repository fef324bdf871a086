package main

import (
	"slices"
	"testing"

	"newsgraph/loader/extract"
)

func TestPoolsTakeNoOfficialNoListedPlaceAndNoCountry(t *testing.T) {
	text := "Kristen asked. Blinken went to Paris and Sonoma. Kristen left."
	arts := []extract.Article{{ID: "a1", Text: text}}
	res := []extract.Result{{ID: "a1", People: []extract.Person{{ID: "person:antony-blinken"}}, Entities: []extract.Entity{
		{ID: "person:kristen", Type: "Person", Name: "Kristen", Mentions: []extract.Mention{
			{Start: 0, End: 7, SentenceStart: 0, SentenceEnd: 14}, {Start: 49, End: 56, SentenceStart: 49, SentenceEnd: 62}}},
		{ID: "person:antony-blinken", Type: "Person", Name: "Antony Blinken", Mentions: []extract.Mention{{Start: 15, End: 22}}},
		{ID: "place:paris", Type: "Place", Name: "Paris", Mentions: []extract.Mention{{Start: 31, End: 36}}},
		{ID: "place:sonoma", Type: "Place", Name: "Sonoma", Mentions: []extract.Mention{{Start: 41, End: 47, SentenceStart: 15, SentenceEnd: 48}}},
		{ID: "country:FR", Type: "Country", Name: "France", Mentions: []extract.Mention{{Start: 31, End: 36}}},
	}}}
	people, places := Pools(arts, res, map[string]bool{"Paris": true})
	if len(people) != 1 || people[0].Name != "Kristen" || people[0].Mentions != 2 || len(people[0].Texts) != 1 ||
		len(people[0].Sentences) != 2 || people[0].Sentences[1] != "Kristen left." {
		t.Errorf("people %+v, want Kristen alone, one form, two sentences", people)
	}
	if len(places) != 1 || places[0].Name != "Sonoma" || places[0].Sentences[0] != "Blinken went to Paris and Sonoma." {
		t.Errorf("places %+v, want Sonoma alone", places)
	}
}

func TestDrawIsSeededOnePerArticleAndNumbersInTheOrderDrawn(t *testing.T) {
	var pool []Entity
	for i, n := range []string{"a", "b", "c", "d", "e", "f"} {
		pool = append(pool, Entity{ID: string(rune('1' + i/2)), Name: n}) // two an article
	}
	a, b := Draw(pool, 3, 10), Draw(pool, 3, 10)
	seen := map[string]bool{}
	for i := range a {
		if a[i].Name != b[i].Name {
			t.Errorf("seed 10 drew %v then %v", a, b)
		}
		if a[i].N != i+1 || seen[a[i].ID] {
			t.Errorf("draw %d: %+v (numbered in order, one an article)", i, a[i])
		}
		seen[a[i].ID] = true
	}
	if len(Draw(pool, 10, 1)) != 3 {
		t.Error("a draw larger than the articles is one entity an article")
	}
	same := true
	for s := uint64(11); s < 20 && same; s++ {
		c := Draw(pool, 3, s)
		for i := range a {
			same = same && a[i].Name == c[i].Name
		}
	}
	if same {
		t.Error("nine other seeds all drew seed 10's sample")
	}
}

func TestOffListPoolsTakeWhatNoListNamesOfEachKind(t *testing.T) {
	text := "Kristen met Blinken at Sonoma and Paris with Acme Corp and NATO."
	arts := []extract.Article{{ID: "a1", Text: text}}
	res := []extract.Result{{ID: "a1", People: []extract.Person{{ID: "person:kristen"}}, Entities: []extract.Entity{
		{ID: "person:kristen", Type: "Person", Name: "Kristen", Mentions: []extract.Mention{{Start: 0, End: 7}}},
		{ID: "person:antony-blinken", Type: "Person", Name: "Antony Blinken", Mentions: []extract.Mention{{Start: 12, End: 19}}},
		{ID: "place:sonoma", Type: "Place", Name: "Sonoma", Mentions: []extract.Mention{{Start: 23, End: 29}}},
		{ID: "place:paris", Type: "Place", Name: "Paris", Mentions: []extract.Mention{{Start: 34, End: 39}}},
		{ID: "org:acme-corp", Type: "Organization", Name: "Acme Corp", Mentions: []extract.Mention{{Start: 45, End: 54}}},
		{ID: "org:nato", Type: "Organization", Name: "NATO", Mentions: []extract.Mention{{Start: 59, End: 63}}},
	}}}
	listed := func(names ...string) func(string) bool {
		return func(n string) bool { return slices.Contains(names, n) }
	}
	people, places, orgs := OffListPools(arts, res, Lists{Person: listed("Antony Blinken"), Place: listed("Paris"), Org: listed("NATO")})
	// Kristen has a people record but no list names her: an analyst meets her all the same.
	if len(people) != 1 || people[0].Name != "Kristen" {
		t.Errorf("people %+v, want Kristen alone", people)
	}
	if len(places) != 1 || places[0].Name != "Sonoma" {
		t.Errorf("places %+v, want Sonoma alone", places)
	}
	if len(orgs) != 1 || orgs[0].Name != "Acme Corp" || orgs[0].Kind != "organization" || orgs[0].Texts[0] != "Acme Corp" {
		t.Errorf("organisations %+v, want Acme Corp alone", orgs)
	}
}

func TestGazetteerListsNameListedOnes(t *testing.T) {
	for _, c := range []struct {
		list func(string) bool
		name string
		want bool
	}{
		{GazetteerLists.Person, "Antony Blinken", true},
		{GazetteerLists.Person, "Edward Island", false},
		{GazetteerLists.Place, "Paris", true},
		{GazetteerLists.Org, "NATO", true},
		{GazetteerLists.Org, "Department of State", true},
		{GazetteerLists.Org, "Acme Widgets Corp", false},
	} {
		if got := c.list(c.name); got != c.want {
			t.Errorf("%q listed %v, want %v", c.name, got, c.want)
		}
	}
}
