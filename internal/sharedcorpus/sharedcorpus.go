// Package sharedcorpus finds the shared news corpus for the tests that run
// over all of it. The project never needs it to run: CI lays shared/ beside
// the clone, and a git worktree may sit a level or two deeper.
package sharedcorpus

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Env names a corpus folder that overrides the search.
const Env = "NEWSGRAPH_CORPUS"

// Files returns the corpus's JSON Lines files, sorted: those in $NEWSGRAPH_CORPUS,
// else in a shared/corpus folder beside the module root or beside one of its
// parents. When there are none, the test fails under CI or scripts/test
// (CI or NEWSGRAPH_REQUIRE_NEO4J set), so a missing corpus cannot pass
// unnoticed there, and is skipped elsewhere.
func Files(t testing.TB) []string {
	t.Helper()
	var dirs []string
	if d := os.Getenv(Env); d != "" {
		dirs = append(dirs, d)
	} else if root, err := moduleRoot(); err == nil {
		for up := filepath.Dir(root); len(dirs) < 3; up = filepath.Dir(up) {
			dirs = append(dirs, filepath.Join(up, "shared", "corpus"))
			if up == filepath.Dir(up) {
				break
			}
		}
	}
	for _, d := range dirs {
		files, err := filepath.Glob(filepath.Join(d, "*.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) > 0 {
			sort.Strings(files)
			return files
		}
	}
	if os.Getenv("CI") != "" || os.Getenv("NEWSGRAPH_REQUIRE_NEO4J") == "1" {
		t.Fatalf("shared corpus not found (looked in %v); CI lays shared/ beside the clone; set %s to its folder", dirs, Env)
	}
	t.Skipf("shared corpus not found (looked in %v); set %s to its folder", dirs, Env)
	return nil
}

// moduleRoot is the nearest folder, from the working directory up, that
// holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
