package main

import (
	"bytes"
	"context"
	"testing"

	"newsgraph/gazetteer"
	"newsgraph/memstore"
	"newsgraph/schema"
	"newsgraph/storetest"
)

// TestLoadWithOfficialsFileKnowsA2025SecretaryOfState: the built-in lists
// end before 2025, so a 2025 article about Secretary of State Marco Rubio
// (beside the Chinese foreign minister, whose adjective is no cue for him)
// gives him no country; with the documented example officials file he is
// the US Secretary of State.
func TestLoadWithOfficialsFileKnowsA2025SecretaryOfState(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Cleanup(func() { gazetteer.UseOfficials(nil) })
	affiliations := func(args ...string) []schema.Edge {
		t.Helper()
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		args = append([]string{"load", "--data", dir}, args...)
		if err := run(context.Background(), append(args, "testdata/rubio-2025.jsonl"), &stdout, &stderr); err != nil {
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
		edges, err := storetest.Edges(context.Background(), s, []string{"person:marco-rubio"}, schema.RelAffiliatedWith, schema.Out)
		if err != nil {
			t.Fatal(err)
		}
		return edges["person:marco-rubio"]
	}
	for _, e := range affiliations() {
		if e.To == "country:US" {
			t.Skip("the built-in lists or the text already make Rubio a US official; the file adds nothing to test")
		}
	}
	got := affiliations("--officials", "docs/officials.example.tsv")
	if len(got) != 1 || got[0].To != "country:US" || got[0].Key != "Secretary of State" {
		t.Errorf("Rubio's affiliations with the officials file = %+v, want US Secretary of State", got)
	}

	t.Setenv(officialsEnv, "docs/officials.example.tsv")
	gazetteer.UseOfficials(nil)
	if got := affiliations(); len(got) != 1 || got[0].To != "country:US" {
		t.Errorf("with $%s, Rubio's affiliations = %+v, want US", officialsEnv, got)
	}
}

func TestOfficialsFileErrorsNameFileAndLine(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Cleanup(func() { gazetteer.UseOfficials(nil) })
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--data", t.TempDir(), "--officials", "loader/testdata/mixed.jsonl", "testdata/rubio-2025.jsonl"}, &stdout, &stderr)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("loader/testdata/mixed.jsonl:1:")) {
		t.Errorf("load with a bad officials file = %v, want an error naming its file and line", err)
	}
}
