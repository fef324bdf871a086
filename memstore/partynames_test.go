package memstore

import (
	"context"
	"strings"
	"testing"

	"newsgraph/schema"
)

// foldKey must group strings exactly as strings.EqualFold does, or a
// party named in another case (or in a script with several lower forms)
// would be found by one store and not the other.
func TestFoldKeyAgreesWithEqualFold(t *testing.T) {
	texts := []string{"US", "us", "Us", "uS", "ΣΑ", "σα", "ςα", "\u212a", "k", "K", "ß", "ss", "SS", "ẞ",
		"İ", "i", "I", "ı", "é", "É", "e", "\xff", "\xfe", "\ufffd", "", "Freedonia", "FREEDONIA", "Freedonian"}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold says %v", a, b, got, want)
			}
		}
	}
}

// The index of parties' names is built on a read and must follow later
// writes: an alias or a new party (its code, short name) written after a
// read that built it is found by the next read.
func TestPartiesByNameFollowWrites(t *testing.T) {
	s := open(t, "")
	ev := []schema.Evidence{{ArticleID: "a", Sentence: "x"}}
	officials := func(text string) int {
		t.Helper()
		pages, err := s.Entities(context.Background(), []schema.EntityQuery{{Label: schema.LabelPerson, Parties: []string{text}}}, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		return pages[0].Total
	}
	first := schema.ArticleGraph{ArticleID: "a", Nodes: []schema.Node{
		{ID: "country:FD", Label: schema.LabelCountry, Name: "Freedonia"},
		{ID: "person:rufus", Label: schema.LabelPerson, Name: "Rufus Firefly"},
	}, Edges: []schema.Edge{{Type: schema.RelAffiliatedWith, From: "person:rufus", To: "country:FD", Key: "Leader", Evidence: ev}}}
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{first}, nil); err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]int{"freedonia": 1, "country:FD": 1, "country:fd": 0, "Fredonia": 0, "Sylvania": 0} {
		if got := officials(text); got != want {
			t.Errorf("before: %q names the party of %d officials, want %d", text, got, want)
		}
	}
	second := schema.ArticleGraph{ArticleID: "b", Nodes: []schema.Node{
		{ID: "country:FD", Label: schema.LabelCountry, Name: "Freedonia", Aliases: []string{"Fredonia"}},
		{ID: "country:SY", Label: schema.LabelCountry, Name: "Sylvania", Props: map[string]string{schema.PropCode: "SY", schema.PropShort: "Sylv"}},
		{ID: "person:trentino", Label: schema.LabelPerson, Name: "Trentino"},
	}, Edges: []schema.Edge{{Type: schema.RelAffiliatedWith, From: "person:trentino", To: "country:SY", Key: "Ambassador", Evidence: ev}}}
	if err := s.WriteResolved(context.Background(), []schema.ArticleGraph{second}, nil); err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]int{"freedonia": 1, "FREDONIA": 1, "sylvania": 1, "sy": 1, "SYLV": 1, "country:SY": 1} {
		if got := officials(text); got != want {
			t.Errorf("after: %q names the party of %d officials, want %d", text, got, want)
		}
	}
}
