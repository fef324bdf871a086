package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/neo4jstore"
)

// What the benchmark reads of the machine and the processes it measures,
// and the wipe that starts each Neo4j load.

// wipeNeo4j deletes every node and relationship, keeping the schema.
func wipeNeo4j(ctx context.Context, cfg neo4jstore.Config) error {
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	// Relationships first, then nodes, in small transactions: a country
	// with a hundred thousand relationships detached in one transaction
	// overflows the server's transaction memory.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS",
	} {
		r, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("wipe Neo4j at %s: %w", cfg.URI, err)
		}
	}
	return nil
}

func machine() Machine {
	m := Machine{Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0)}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
				m.MemoryGiB = float64(int(kb/(1<<20)*10)) / 10
			}
		}
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "model name"); ok {
				m.CPU = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
				break
			}
		}
	}
	return m
}

// waitIdle waits until the processes together use under a fifth of a core
// over three half-second windows in a row, or at most max. One quiet window
// was not enough: a JVM between bursts of a timed-out peer query's leftover
// work (or its collector) looked idle for half a second and then ran on into
// the next cell, which was charged ~0.9 core it did not use. It returns how
// long it waited.
func waitIdle(pids []int, max time.Duration) time.Duration {
	const window, quietWindows = 500 * time.Millisecond, 3
	start := time.Now()
	total := func() float64 {
		var t float64
		for _, p := range pids {
			t += cpuSeconds(p)
		}
		return t
	}
	for quiet := 0; quiet < quietWindows && time.Since(start) < max; {
		before := total()
		time.Sleep(window)
		if (total()-before)/window.Seconds() < 0.2 {
			quiet++
		} else {
			quiet = 0
		}
	}
	return time.Since(start)
}

// gitDescribe is the commit the run measured, "+dirty" when the work tree
// had uncommitted changes.
func gitDescribe() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	d := strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(strings.TrimSpace(string(st))) > 0 {
		d += "+dirty"
	}
	return d
}

// duMB is the size of a folder's files in MB.
func duMB(dir string) float64 {
	var total int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				total += fi.Size()
			}
		}
		return nil
	})
	return float64(total) / (1 << 20)
}

// neo4jPID finds the Java process listening on the Bolt port of uri, by
// its command line (newsgraph's server takes --port); 0 when not found.
func neo4jPID(uri string) int {
	_, port, ok := strings.Cut(hostPort(uri), ":")
	if !ok {
		return 0
	}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil {
			continue
		}
		args := strings.Split(string(b), "\x00")
		if slices.Contains(args, "newsgraph.neo4jserver.Main") {
			i := slices.Index(args, "--port")
			if (i >= 0 && i+1 < len(args) && args[i+1] == port) || (i < 0 && port == "7687") {
				return pid
			}
		}
	}
	return 0
}

// neo4jRSS is the resident set of the Neo4j server, in MB.
func neo4jRSS(uri string) float64 {
	if pid := neo4jPID(uri); pid > 0 {
		return procStatusMB(pid, "VmRSS")
	}
	return 0
}

// cpuSeconds is the CPU time (user and system) a process has used.
func cpuSeconds(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name may hold spaces; fields start after its ')'.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // USER_HZ is 100 on Linux
}

// loadAverage is the machine's load average over the last minute (0 when
// it cannot be read).
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}
