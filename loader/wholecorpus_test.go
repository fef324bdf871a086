package loader_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"newsgraph/internal/sharedcorpus"
	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/neo4jstore/neo4jtest"
	"newsgraph/schema"
)

const wholeCorpusBatch = 500

// TestWholeCorpusReloadsAndResumesExactly loads the whole corpus on each
// store, in process, and checks two promises against that clean graph:
//   - Loading it again changes nothing: every article is skipped as
//     unchanged, and the graph (on the embedded store, the journal too) is
//     byte-identical, every article's ingestedAt stamp included. Before
//     content hashes, the second load resolved the stored articles'
//     meetings again, against meetings that later articles had created,
//     and added new ones.
//   - A load of the real binary into an empty store, killed with SIGKILL
//     after random delays several times and then run to the end, leaves
//     the clean graph but for when each article was ingested (its
//     ingestedAt, later than the clean load's; see withoutIngestStamps):
//     committed batches are skipped as unchanged, a batch cut short left
//     nothing, and no stored article's meetings are resolved again.
//
// The clean graph also keeps a third promise: every edge is traced to a
// sentence of an article (no edge without evidence).
//
// One clean load serves these checks, and the stores run side by side, as
// these are the slowest tests of the suite.
//
// The loads write batches of wholeCorpusBatch articles: fewer, larger
// transactions load the corpus faster, and the graph does not depend on
// the batch size (TestResolveMeetingsIgnoresBatchSize).
func TestWholeCorpusReloadsAndResumesExactly(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: loads the whole corpus several times, on both stores")
	}
	files := sharedcorpus.Files(t)
	bin := filepath.Join(t.TempDir(), "newsgraph")
	build := exec.Command("go", "build", "-o", bin, "newsgraph")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	for _, st := range []string{"embedded", "neo4j"} {
		rng := rand.New(rand.NewPCG(seed, uint64(len(st))))
		t.Run(st, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			var clean schema.Store
			cleanDir := t.TempDir()
			if st == "neo4j" {
				clean = neo4jtest.Open(t)
			} else {
				m, err := memstore.Open(cleanDir)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() {
					if err := m.Close(ctx); err != nil {
						t.Error(err)
					}
				})
				clean = m
			}
			l := loader.Loader{Store: clean, BatchSize: wholeCorpusBatch}
			start := time.Now()
			first, err := l.LoadFiles(ctx, files...)
			cleanLoad := time.Since(start)
			if err != nil || len(first.Rejected) > 0 {
				t.Fatalf("clean load: %v %v", err, first.Rejected)
			}
			want := dumpGraph(t, clean)
			t.Run("every edge cites a sentence", func(t *testing.T) {
				if uncited := uncitedEdges(t, want); len(uncited) > 0 {
					t.Errorf("%d edges of the corpus cite no sentence, the first: %q", len(uncited), uncited[:min(5, len(uncited))])
				}
			})
			journal := readJournal(t, st, cleanDir)

			again, err := l.LoadFiles(ctx, files...)
			if err != nil || len(again.Rejected) > 0 {
				t.Fatalf("second load: %v %v", err, again.Rejected)
			}
			if again.Articles != 0 || again.Skipped != first.Articles {
				t.Errorf("second load wrote %d and skipped %d articles; want 0 and %d", again.Articles, again.Skipped, first.Articles)
			}
			diffDumps(t, "graph after the second load", want, dumpGraph(t, clean)) // the ingestedAt stamps too
			if !bytes.Equal(journal, readJournal(t, st, cleanDir)) {
				t.Errorf("the journal changed on the second load")
			}

			dir := t.TempDir()
			env := os.Environ()
			if st == "neo4j" {
				neo4jtest.Open(t) // empties the database for the killed loads
			} else {
				env = append(env, "NEO4J_URI=") // the embedded store in dir
			}
			args := append([]string{"load", "--data", dir, "--batch", strconv.Itoa(wholeCorpusBatch)}, files...)
			for kill := range 3 {
				cmd := exec.Command(bin, args...)
				cmd.Env = env
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				// Each kill lands after the load wrote something more (past
				// the start, a journal replay, a Neo4j connection), at a
				// random moment of the batches that follow.
				before := progressSize(t, st, dir, clean)
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				deadline := time.After(5 * time.Minute)
				for progressSize(t, st, dir, clean) <= before {
					select {
					case err := <-done:
						t.Fatalf("load %d ended before it wrote anything: %v", kill, err)
					case <-deadline:
						t.Fatalf("load %d wrote nothing in 5 minutes", kill)
					case <-time.After(100 * time.Millisecond):
					}
				}
				// At most a sixth of the clean load's time, so that three
				// kills land before the corpus is loaded, however fast the
				// store writes: each load also writes before its first
				// write is seen (a quarter let the third load of a quiet
				// Neo4j run finish before its kill).
				bound := 1500 * time.Millisecond
				if st == "neo4j" {
					bound = 5000 * time.Millisecond
				}
				bound = min(bound, cleanLoad/6)
				delay := time.Duration(rng.Int64N(int64(bound)/int64(time.Millisecond))) * time.Millisecond
				select {
				case err := <-done:
					t.Fatalf("load %d ended before its kill: %v", kill, err)
				case <-time.After(delay):
				}
				if err := cmd.Process.Kill(); err != nil {
					t.Fatal(err)
				}
				if err := <-done; err == nil {
					t.Fatalf("load %d exited cleanly though it was killed", kill)
				}
				t.Logf("killed load %d %v after it first wrote (at most %v), %s", kill, delay, bound, progressOf(t, st, dir, clean))
			}
			cmd := exec.Command(bin, args...)
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("final load: %v\n%s", err, out)
			}
			resumed := clean // on Neo4j, the same database, written by the binary
			if st == "embedded" {
				m, err := memstore.Open(dir)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() {
					if err := m.Close(ctx); err != nil {
						t.Error(err)
					}
				})
				resumed = m
			}
			// The resumed load ingested every article later than the clean
			// one: the graphs are equal but for those stamps.
			diffDumps(t, "graph of the killed and resumed loads", withoutIngestStamps(t, want), withoutIngestStamps(t, dumpGraph(t, resumed)))
		})
	}
}

// progressOf tells how far the killed loads got: the journal's size, or
// the size of the Neo4j graph.
func progressOf(t *testing.T, st, dir string, s schema.Store) string {
	t.Helper()
	if st == "neo4j" {
		c, err := s.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("graph of %d nodes", c.Nodes)
	}
	fi, err := os.Stat(filepath.Join(dir, memstore.JournalFile))
	if err != nil {
		return "no journal yet"
	}
	return fmt.Sprintf("journal of %d bytes", fi.Size())
}

// progressSize is how much the loads have written: the journal's bytes or
// the Neo4j graph's nodes.
func progressSize(t *testing.T, st, dir string, s schema.Store) int64 {
	t.Helper()
	if st == "neo4j" {
		c, err := s.Counts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return int64(c.Nodes)
	}
	fi, err := os.Stat(filepath.Join(dir, memstore.JournalFile))
	if err != nil {
		return 0
	}
	return fi.Size()
}
