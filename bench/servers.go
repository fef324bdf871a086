package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"newsgraph/graph"
	"newsgraph/internal/gcpolicy"
	"newsgraph/memstore"
	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

// childEnv names the environment variable that turns the benchmark binary
// (or its test binary) into an API server child: the API under load runs
// in its own process, as the peer does, so its memory is its own and the
// load generator's garbage does not count against it.
const childEnv = "NEWSGRAPH_BENCH_CHILD"

var quietLog = slog.New(slog.NewTextHandler(io.Discard, nil))

// childHello is the first line a server child prints.
type childHello struct {
	Addr        string  `json:"addr"`
	OpenSeconds float64 `json:"openSeconds"` // opening the store (the embedded store replays its journal)
	// OpenCPUSeconds is the process's CPU time (user and system) over the
	// open: the work itself, where OpenSeconds also counts waiting for a
	// core.
	OpenCPUSeconds float64 `json:"openCPUSeconds"`
	HeapMB         float64 `json:"heapMB"` // live heap after open and a GC
	RSSMB          float64 `json:"rssMB"`
	Error          string  `json:"error,omitempty"`
}

// runChild serves graph.NewHandler over the store named by the environment
// (BENCH_STORE=mem with BENCH_DATA, or neo4j with NEO4J_URI) on a loopback
// port, prints a childHello line, and serves until stdin closes.
func runChild() {
	hello := childHello{}
	fail := func(err error) {
		hello.Error = err.Error()
		json.NewEncoder(os.Stdout).Encode(hello)
		os.Exit(1)
	}
	ctx := context.Background()
	var store interface {
		schema.Store
		Close(context.Context) error
	}
	start, cpu0 := time.Now(), cpuSeconds(os.Getpid())
	switch os.Getenv("BENCH_STORE") {
	case "mem":
		s, err := memstore.Open(os.Getenv("BENCH_DATA"))
		if err != nil {
			fail(err)
		}
		store = s
	case "neo4j":
		cfg, _ := neo4jstore.ConfigFromEnv()
		s, err := neo4jstore.Open(ctx, cfg)
		if err != nil {
			fail(err)
		}
		store = s
		gcpolicy.ForDatabaseAPI() // as serve sets it
	default:
		fail(errors.New("BENCH_STORE must be mem or neo4j"))
	}
	hello.OpenSeconds = time.Since(start).Seconds()
	hello.OpenCPUSeconds = cpuSeconds(os.Getpid()) - cpu0
	hello.HeapMB, hello.RSSMB = memNow()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	hello.Addr = ln.Addr().String()
	mux := http.NewServeMux()
	mux.Handle("/", graph.NewHandler(store, graph.Options{Logger: quietLog, DisablePlayground: true}))
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/bench/mem", func(w http.ResponseWriter, r *http.Request) {
		heap, rss := memNow()
		json.NewEncoder(w).Encode(map[string]float64{"heapMB": heap, "rssMB": rss, "peakRSSMB": procStatusMB(os.Getpid(), "VmHWM")})
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	json.NewEncoder(os.Stdout).Encode(hello)
	io.Copy(io.Discard, os.Stdin) // until the parent closes it
	srv.Close()
	store.Close(ctx)
	os.Exit(0)
}

// memNow is the live heap after a full GC, and the resident set, in MB.
func memNow() (heapMB, rssMB float64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20), procStatusMB(os.Getpid(), "VmRSS")
}

// procStatusMB reads a kB field of /proc/PID/status, in MB (0 when absent).
func procStatusMB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// server is a running API under test: a child of ours, or the peer.
type server struct {
	Name  string // newsgraph or peer
	Store string // mem or neo4j
	URL   string // the GraphQL endpoint
	Hello childHello
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// mem returns the server process's resident set now and at its peak, in MB.
func (s *server) mem() (rss, peak float64) {
	return procStatusMB(s.pid(), "VmRSS"), procStatusMB(s.pid(), "VmHWM")
}

func (s *server) stop() {
	if s == nil || s.cmd == nil {
		return
	}
	s.stdin.Close()
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// apiMemoryLimit is the GOMEMLIMIT that docker-compose.yml gives the API on
// Neo4j.
const apiMemoryLimit = "256MiB"

// startOurs starts newsgraph's API in a child process over the store.
func startOurs(store, dataDir, neo4jURI string) (*server, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), childEnv+"=serve", "BENCH_STORE="+store, "BENCH_DATA="+dataDir)
	if neo4jURI != "" {
		cmd.Env = append(cmd.Env, "NEO4J_URI="+neo4jURI)
		if os.Getenv("GOMEMLIMIT") == "" {
			// As deployed (docker-compose.yml): the API on Neo4j runs under a
			// soft memory limit. The embedded store holds the graph in its heap
			// and runs without one.
			cmd.Env = append(cmd.Env, "GOMEMLIMIT="+apiMemoryLimit)
		}
	}
	cmd.Stderr = os.Stderr
	s := &server{Name: "newsgraph", Store: store, cmd: cmd}
	line, err := s.start()
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(line, &s.Hello); err != nil {
		s.stop()
		return nil, fmt.Errorf("newsgraph child: %q: %w", line, err)
	}
	if s.Hello.Error != "" {
		s.stop()
		return nil, fmt.Errorf("newsgraph child: %s", s.Hello.Error)
	}
	s.URL = "http://" + s.Hello.Addr + graph.EndpointPath
	return s, nil
}

func (s *server) start() ([]byte, error) {
	in, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s.stdin = in
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	lines := make(chan []byte, 1)
	go func() {
		br := bufio.NewReader(out)
		line, _ := br.ReadBytes('\n')
		lines <- line
		io.Copy(io.Discard, br)
	}()
	select {
	case line := <-lines:
		if len(line) == 0 {
			s.stop()
			return nil, fmt.Errorf("%s exited before it was ready", s.Name)
		}
		return line, nil
	case <-time.After(5 * time.Minute):
		s.stop()
		return nil, fmt.Errorf("%s did not start in 5 minutes", s.Name)
	}
}

// ensurePeer installs the peer's packages from its lock file (npm ci) when
// node_modules is missing or older than the lock.
func ensurePeer(dir string, log io.Writer) error {
	if _, err := exec.LookPath("node"); err != nil {
		return errors.New("node is not installed (the peer needs Node.js 20 or later)")
	}
	lock, err := os.Stat(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		return fmt.Errorf("peer: %w", err)
	}
	marker, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json"))
	if err == nil && !marker.ModTime().Before(lock.ModTime()) {
		return nil
	}
	fmt.Fprintln(log, "peer: npm ci in", dir)
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("peer: npm ci: %w", err)
	}
	return nil
}

// startPeer starts the peer (bench/peer/server.mjs) over the Neo4j at uri.
func startPeer(dir, uri string) (*server, error) {
	cmd := exec.Command("node", "server.mjs")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NEO4J_URI="+uri, "NODE_ENV=production")
	cmd.Stderr = os.Stderr
	s := &server{Name: "peer", Store: "neo4j", cmd: cmd}
	line, err := s.start()
	if err != nil {
		return nil, err
	}
	var hello struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(line, &hello); err != nil || hello.URL == "" {
		s.stop()
		return nil, fmt.Errorf("peer: %q: %v", line, err)
	}
	s.URL = hello.URL
	s.Hello.Addr = strings.TrimSuffix(strings.TrimPrefix(hello.URL, "http://"), "/")
	return s, nil
}
