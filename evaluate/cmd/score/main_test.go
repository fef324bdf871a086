package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"newsgraph/evaluate"
	"strings"
	"testing"
)

const (
	goldDev  = "../../testdata/gold-dev.jsonl"
	goldSeed = "../../testdata/gold-seed.jsonl"
)

func TestRun(t *testing.T) {
	seed, err := os.ReadFile(goldSeed)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	seedAsTest := filepath.Join(dir, "split.jsonl")
	if err := os.WriteFile(seedAsTest, []byte(`{"id":"seed-blinken-xi","split":"test"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The 40 dev articles in dev, the seed in test.
	devAndTest := filepath.Join(dir, "dev-and-test.jsonl")
	devDocs, err := os.Open(goldDev)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := evaluate.ReadDocs(devDocs)
	if cerr := devDocs.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	var mixed strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&mixed, "{\"id\":%q,\"split\":\"dev\"}\n", d.ID)
	}
	mixed.WriteString(`{"id":"seed-blinken-xi","split":"test"}` + "\n")
	if err := os.WriteFile(devAndTest, []byte(mixed.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	badSplit := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(badSplit, []byte(`{"id":"seed-blinken-xi","split":"train"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantOut  []string // substrings of stdout
		wantErr  string   // substring of stderr
		notOut   []string // must not be in stdout
	}{
		{
			name:     "gold against itself from a file",
			args:     []string{"-gold", goldDev, "-gold", goldSeed, goldSeed},
			wantCode: 0,
			wantOut:  []string{"40 without prediction", "people "},
		},
		{
			name:     "predictions from stdin, verbose diffs",
			args:     []string{"-gold", goldSeed, "-v", "-"},
			stdin:    string(seed),
			wantCode: 0,
			wantOut:  []string{"people                1.000  1.000  1.000", "seed-blinken-xi  people P 1.000", "  ok"},
		},
		{
			name:     "verbose shows what an empty prediction missed",
			args:     []string{"-gold", goldSeed, "-v", "-"},
			stdin:    `{"id":"seed-blinken-xi","people":[],"meetings":[]}`,
			wantCode: 0,
			wantOut:  []string{"  - person   Xi Jinping (CN, President)", "  - pair     Antony Blinken – Xi Jinping  2023-06-19 held meeting  w=1"},
		},
		{
			name:     "dev and test are scored apart, with their gap",
			args:     []string{"-gold", goldDev, "-gold", goldSeed, "-split", devAndTest, "-"},
			stdin:    string(seed),
			wantCode: 0,
			wantOut: []string{"== dev", "articles: 40 scored, 40 without prediction", "== test", "articles: 1 scored, 0 without",
				"== gap (dev - test)", "held.f1                 0.000  1.000  -1.000",
				"F1 95% interval", "(5 of 5 matched people, 95% interval [1.000, 1.000])", "(95% intervals: percentile bootstrap, 2000 resamples"},
		},
		{
			name:     "verbose never prints a test article",
			args:     []string{"-gold", goldSeed, "-split", seedAsTest, "-v", "-"},
			stdin:    `{"id":"seed-blinken-xi","people":[],"meetings":[]}`,
			wantCode: 0,
			wantOut:  []string{"== test", "people                0.000  0.000  0.000            0        0        5"},
			notOut:   []string{"seed-blinken-xi", "Xi Jinping", "- person", "- pair"},
		},
		{
			name:     "gold the split does not assign exits 1",
			args:     []string{"-gold", goldDev, "-split", seedAsTest, "-"},
			stdin:    string(seed),
			wantCode: 1,
			wantErr:  "40 gold articles have no split",
		},
		{
			name:     "a bad split file exits 1 with its line",
			args:     []string{"-gold", goldSeed, "-split", badSplit, "-"},
			stdin:    string(seed),
			wantCode: 1,
			wantErr:  "bad.jsonl: line 1:",
		},
		{
			name:     "unreadable predictions exit 1",
			args:     []string{"-gold", goldSeed, "no/such/file.jsonl"},
			wantCode: 1,
			wantErr:  "no/such/file.jsonl",
		},
		{
			name:     "malformed predictions exit 1 with the line",
			args:     []string{"-gold", goldSeed, "-"},
			stdin:    "{\"id\":\"x\"}\nnot json\n",
			wantCode: 1,
			wantErr:  "<stdin>: line 2:",
		},
		{
			name:     "unreadable gold exits 1",
			args:     []string{"-gold", "no/such/gold.jsonl", "-"},
			wantCode: 1,
			wantErr:  "gold open no/such/gold.jsonl",
		},
		{
			name:     "no gold is a usage error",
			args:     []string{"-"},
			wantCode: 2,
			wantErr:  "usage:",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tc.args, strings.NewReader(tc.stdin), &out, &errOut)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.wantCode, errOut.String())
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			for _, n := range tc.notOut {
				if strings.Contains(out.String(), n) {
					t.Errorf("stdout has %q:\n%s", n, out.String())
				}
			}
			if !strings.Contains(errOut.String(), tc.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tc.wantErr, errOut.String())
			}
		})
	}
}
