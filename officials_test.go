package main

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"newsgraph/gazetteer"
	"newsgraph/loader/extract"
	"newsgraph/memstore"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestLoadWithOfficialsFileKnowsA2025SecretaryOfDefense: the built-in lists
// do not know Pete Hegseth, so a 2025 article about Secretary of Defense
// Hegseth (beside the Chinese defence minister, whose adjective is no cue
// for him) gives him no country; with the documented example officials file
// he is the US Secretary of Defense. (Marco Rubio, the file's other 2025
// official, is on the built-in lists since they gained his 2025 office.)
func TestLoadWithOfficialsFileKnowsA2025SecretaryOfDefense(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Cleanup(func() { gazetteer.UseOfficials(nil) })
	affiliations := func(args ...string) []schema.Edge {
		t.Helper()
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		args = append([]string{"load", "--data", dir}, args...)
		if err := run(context.Background(), append(args, "testdata/hegseth-2025.jsonl"), &stdout, &stderr); err != nil {
			t.Fatalf("load: %v\n%s", err, stderr.String())
		}
		s, err := memstore.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer func() {
			if err := s.Close(context.Background()); err != nil {
				t.Error(err)
			}
		}()
		edges, err := storetest.Edges(context.Background(), s, []string{"person:pete-hegseth"}, schema.RelAffiliatedWith, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		return edges["person:pete-hegseth"]
	}
	if got := affiliations(); len(got) != 0 {
		t.Fatalf("Hegseth's affiliations without the officials file = %+v, want none (the test needs an official no built-in list or text cue knows)", got)
	}
	got := affiliations("--officials", "docs/officials.example.tsv")
	if len(got) != 1 || got[0].To != "country:US" || got[0].Key != "Secretary of Defense" {
		t.Errorf("Hegseth's affiliations with the officials file = %+v, want US Secretary of Defense", got)
	}

	t.Setenv(officialsEnv, "docs/officials.example.tsv")
	gazetteer.UseOfficials(nil)
	if got := affiliations(); len(got) != 1 || got[0].To != "country:US" {
		t.Errorf("with $%s, Hegseth's affiliations = %+v, want US", officialsEnv, got)
	}
}

func TestOfficialsFileErrorsNameFileAndLine(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Cleanup(func() { gazetteer.UseOfficials(nil) })
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--data", t.TempDir(), "--officials", "loader/testdata/mixed.jsonl", "testdata/hegseth-2025.jsonl"}, &stdout, &stderr)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("loader/testdata/mixed.jsonl:1:")) {
		t.Errorf("load with a bad officials file = %v, want an error naming its file and line", err)
	}
}

// TestExtractWithOfficialsFileShowsWhatLoadWrites: extract took no
// --officials (roles41), so an analyst could not see what a file changes
// before loading it: with the example file, the 2025 Secretary of Defense
// whom only the file knows is a US official, as load makes him; without
// it (the guard) he has no country.
func TestExtractWithOfficialsFileShowsWhatLoadWrites(t *testing.T) {
	t.Setenv(officialsEnv, "")
	t.Cleanup(func() { gazetteer.UseOfficials(nil) })
	hegseth := func(args ...string) extract.Person {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args = append(append([]string{"extract"}, args...), "testdata/hegseth-2025.jsonl")
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("extract: %v\n%s", err, stderr.String())
		}
		var r extract.Result
		if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		for _, p := range r.People {
			if p.Name == "Pete Hegseth" {
				return p
			}
		}
		return extract.Person{}
	}
	if p := hegseth(); p.Country != "" {
		t.Fatalf("without the officials file Hegseth's country is %q, want none (the test needs an official only the file knows)", p.Country)
	}
	if p := hegseth("--officials", "docs/officials.example.tsv"); p.Country != "US" || p.Role != "Secretary of Defense" {
		t.Errorf("with the officials file Hegseth is %q of %q, want Secretary of Defense of US", p.Role, p.Country)
	}
}
