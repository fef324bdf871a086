package main

import (
	"bytes"
	"os"
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
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantOut  []string // substrings of stdout
		wantErr  string   // substring of stderr
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
			if !strings.Contains(errOut.String(), tc.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tc.wantErr, errOut.String())
			}
		})
	}
}
