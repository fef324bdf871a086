package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"newsgraph/memstore"
)

// runScale loads the corpus at scale k into both stores and runs the
// queries on both and on the peer.
func (s *session) runScale(ctx context.Context, k int) (ScaleResult, []QueryResult, error) {
	cfg := s.cfg
	sr := ScaleResult{Scale: k}
	memOn := cfg.MemScaleLimit == 0 || k <= cfg.MemScaleLimit
	neoOn := s.neo != nil && (cfg.Neo4jScaleLimit == 0 || k <= cfg.Neo4jScaleLimit)
	peerOn := s.peerOn && neoOn

	var servers []*server
	defer func() {
		for _, srv := range servers {
			srv.stop()
		}
	}()
	if memOn {
		srv, err := s.loadScaleMem(ctx, k, &sr)
		if err != nil {
			return sr, nil, err
		}
		servers = append(servers, srv)
	}
	if neoOn {
		started, err := s.loadScaleNeo4j(ctx, k, &sr, peerOn)
		servers = append(servers, started...)
		if err != nil {
			return sr, nil, err
		}
	}
	out := s.timeQueries(ctx, k, servers, neoOn)
	for _, srv := range servers {
		rss, peak := srv.mem()
		switch {
		case srv.Name == "peer":
			sr.PeerRSSMB, sr.PeerPeakRSSMB = rss, peak
		case srv.Store == "mem":
			sr.MemPeakRSSMB = peak
		default:
			sr.OursNeo4jRSSMB, sr.OursNeo4jPeak = rss, peak
		}
	}

	// Bolt round trips per request, through the counting proxy, one client.
	if neoOn {
		for _, srv := range servers {
			srv.stop()
		}
		servers = nil
		trips, err := s.countTrips(ctx, k, peerOn)
		if err != nil {
			return sr, nil, err
		}
		for i := range out {
			if t, ok := trips[out[i].API+"/"+out[i].Query]; ok && out[i].Store == "neo4j" {
				out[i].RunsPerRequest, out[i].RoundTripsPerRequest = t[0], t[1]
			}
		}
	}
	return sr, out, nil
}

// progressEvery is how many articles apart a load of scale k records its
// progress: twenty points per load from scale 10 on, none below.
func progressEvery(k int) int {
	if k >= 10 {
		return 2000 * k / 10
	}
	return 0
}

// loadScaleMem loads scale k into a fresh embedded store and starts
// newsgraph on it, which loads the snapshot the load's Close wrote.
func (s *session) loadScaleMem(ctx context.Context, k int, sr *ScaleResult) (*server, error) {
	dir := filepath.Join(s.work, fmt.Sprintf("scale-mem-%d", k))
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	s.logf("scale %d: loading the embedded store", k)
	m, err := memstore.Open(dir)
	if err != nil {
		return nil, err
	}
	r, err := ingestLogged(ctx, m, until(s.corp.records(k), s.cfg.MaxLoad), 100, 1, progressEvery(k), s.logf)
	if cerr := m.Close(ctx); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	r.Store, r.Scale = "mem", k
	sr.MemIngest = &r
	if fi, err := os.Stat(filepath.Join(dir, memstore.JournalFile)); err == nil {
		sr.MemJournalMB = float64(fi.Size()) / (1 << 20)
	}
	// The start is timed on two cores that it should have to itself: the
	// load's store, most of this process's heap, is garbage now, and this
	// process collecting it, or Neo4j finishing earlier work, beside the
	// start would be timed as the start's.
	runtime.GC()
	debug.FreeOSMemory()
	pids := []int{os.Getpid()}
	if s.neo != nil {
		pids = append(pids, neo4jPID(s.cfg.Neo4j))
	}
	waitIdle(pids, 30*time.Second)
	s.logf("scale %d: starting newsgraph on the embedded store (its snapshot, then the journal after it)", k)
	sr.MemOpenLoad = loadAverage()
	own := cpuSeconds(os.Getpid())
	srv, err := startOurs("mem", dir, "")
	if err != nil {
		return nil, err
	}
	sr.MemOpenSeconds, sr.MemOpenCPUSeconds = srv.Hello.OpenSeconds, srv.Hello.OpenCPUSeconds
	sr.MemHeapMB, sr.MemRSSMB = srv.Hello.HeapMB, srv.Hello.RSSMB
	s.logf("scale %d: the embedded store started in %.2f s (%.2f s of CPU; load average %.2f before; the benchmark used %.2f s of CPU meanwhile)",
		k, sr.MemOpenSeconds, sr.MemOpenCPUSeconds, sr.MemOpenLoad, cpuSeconds(os.Getpid())-own)
	return srv, nil
}

// loadScaleNeo4j loads scale k into the wiped Neo4j and starts newsgraph,
// and the peer when peerOn, over it. It returns the servers it started,
// even with an error, so that the caller stops them.
func (s *session) loadScaleNeo4j(ctx context.Context, k int, sr *ScaleResult, peerOn bool) ([]*server, error) {
	cfg := s.cfg
	s.logf("scale %d: loading Neo4j (batch %d)", k, cfg.ScaleBatch)
	if err := wipeNeo4j(ctx, s.neoCfg); err != nil {
		return nil, err
	}
	r, err := ingestLogged(ctx, s.neo, until(s.corp.records(k), cfg.MaxLoad), cfg.ScaleBatch, 1, progressEvery(k), s.logf)
	if err != nil {
		return nil, err
	}
	r.Store, r.Scale = "neo4j", k
	if want := k * len(s.corp.articles()); r.Articles+r.Rejected < want {
		r.Note = fmt.Sprintf("load stopped by -max-load %v after %d of %d articles (%.1f× the corpus)", cfg.MaxLoad, r.Articles, want, float64(r.Articles)/float64(want/k))
		s.logf("scale %d: %s", k, r.Note)
	}
	sr.Neo4jIngest = &r
	s.logf("scale %d: Neo4j holds %d nodes, %d relationships; loaded in %.1fs", k, r.Nodes, r.Relationships, r.WallSeconds)
	if r.Rejected > 0 {
		s.logf("scale %d: %d articles rejected; the first: %s", k, r.Rejected, r.FirstRejection)
	}
	if cfg.Neo4jData != "" {
		// The store files; transaction logs are kept apart (they hold the
		// wipes and loads of the whole run).
		sr.Neo4jDiskMB = duMB(filepath.Join(cfg.Neo4jData, "data", "databases", "neo4j"))
	}
	sr.Neo4jRSSMB = neo4jRSS(cfg.Neo4j)
	ours, err := startOurs("neo4j", "", cfg.Neo4j)
	if err != nil {
		return nil, err
	}
	started := []*server{ours}
	if peerOn {
		p, err := startPeer(cfg.Peer, cfg.Neo4j)
		if err != nil {
			return started, err
		}
		started = append(started, p)
	}
	return started, nil
}

// timeQueries is the timed runs at scale k: for each query and
// concurrency, every API in turn.
func (s *session) timeQueries(ctx context.Context, k int, servers []*server, neoOn bool) []QueryResult {
	cfg := s.cfg
	neoPID := 0
	if neoOn {
		neoPID = neo4jPID(cfg.Neo4j)
	}
	var out []QueryResult
	for _, q := range queriesFor(s.corp) {
		if len(cfg.Queries) > 0 && !slices.Contains(cfg.Queries, q.Name) {
			continue
		}
		for _, c := range cfg.Clients {
			for _, srv := range servers {
				text, path := q.Ours, q.OursCount
				if srv.Name == "peer" {
					text, path = q.Peer, q.PeerCount
				}
				s.logf("scale %d: %s on %s/%s, %d clients", k, q.Name, srv.Name, srv.Store, c)
				var prof func()
				if cfg.ProfileDir != "" && srv.Name == "newsgraph" && c == slices.Max(cfg.Clients) {
					prof = profileChild(srv, filepath.Join(cfg.ProfileDir, fmt.Sprintf("cpu-%s-%s-%dx-c%d.pprof", srv.Store, q.Name, k, c)), cfg.Load.Duration, s.logf)
				}
				// A request the client gave up on may still run in Neo4j (a
				// timed-out peer query keeps going): start each cell on
				// quiet servers, so no cell pays for the one before.
				pids := []int{neoPID}
				for _, o := range servers {
					pids = append(pids, o.pid())
				}
				if waited := waitIdle(pids, 90*time.Second); waited > 2*time.Second {
					s.logf("  waited %.0fs for the servers to go idle", waited.Seconds())
				}
				var cpu0 [3]float64
				pairs, err := s.pairsAt(ctx, k, q, servers)
				if err != nil {
					out = append(out, QueryResult{API: srv.Name, Store: srv.Store, Query: q.Name, Scale: k, Clients: c, Errors: 1, FirstError: err.Error()})
					continue
				}
				lr := runLoad(ctx, srv.URL, q.bodies(text, pairs), path, c, cfg.Load, func() {
					cpu0 = [3]float64{cpuSeconds(srv.pid()), cpuSeconds(neoPID), cpuSeconds(os.Getpid())}
				})
				if lr.Seconds > 0 {
					lr.APICPU = (cpuSeconds(srv.pid()) - cpu0[0]) / lr.Seconds
					lr.Neo4jCPU = (cpuSeconds(neoPID) - cpu0[1]) / lr.Seconds
					lr.LoadGenCPU = (cpuSeconds(os.Getpid()) - cpu0[2]) / lr.Seconds
					if srv.Store == "mem" {
						lr.Neo4jCPU = 0
					}
				}
				if prof != nil {
					prof()
				}
				lr.API, lr.Store, lr.Query, lr.Scale = srv.Name, srv.Store, q.Name, k
				if lr.FirstError != "" {
					s.logf("  errors: %d (%s)", lr.Errors, lr.FirstError)
				}
				out = append(out, lr)
			}
		}
	}
	return out
}

// countTrips starts both APIs over Neo4j through the counting proxy and
// sends each query cfg.TripRequests times from one client. The result maps
// "api/query" to Bolt RUN messages and round trips per request.
func (s *session) countTrips(ctx context.Context, k int, peerOn bool) (map[string][2]float64, error) {
	cfg, logf := s.cfg, s.logf
	target := strings.TrimPrefix(strings.TrimPrefix(cfg.Neo4j, "bolt://"), "neo4j://")
	if i := strings.IndexAny(target, "/?"); i >= 0 {
		target = target[:i]
	}
	proxy, err := startBoltProxy(target)
	if err != nil {
		return nil, err
	}
	defer proxy.Close()
	uri := "bolt://" + proxy.Addr()
	var servers []*server
	defer func() {
		for _, srv := range servers {
			srv.stop()
		}
	}()
	ours, err := startOurs("neo4j", "", uri)
	if err != nil {
		return nil, err
	}
	servers = append(servers, ours)
	if peerOn {
		p, err := startPeer(cfg.Peer, uri)
		if err != nil {
			return nil, err
		}
		servers = append(servers, p)
	}
	out := map[string][2]float64{}
	n := max(cfg.TripRequests, 1)
	for _, q := range queriesFor(s.corp) {
		if len(cfg.Queries) > 0 && !slices.Contains(cfg.Queries, q.Name) {
			continue
		}
		for _, srv := range servers {
			text := q.Ours
			if srv.Name == "peer" {
				text = q.Peer
			}
			c := newHTTPClient(1)
			pairs, err := s.pairsAt(ctx, k, q, servers)
			if err != nil {
				return nil, err
			}
			bodies := q.bodies(text, pairs)
			// Warm up: connections opened, queries parsed and planned.
			for i := range max(3, len(bodies)) {
				if _, err := post(ctx, c, srv.URL, bodies[i%len(bodies)]); err != nil {
					logf("scale %d: round trips, warm-up of %s on %s: %v", k, q.Name, srv.Name, err)
				}
			}
			before := proxy.snapshot()
			for i := range n {
				if _, err := post(ctx, c, srv.URL, bodies[i%len(bodies)]); err != nil {
					logf("scale %d: round trips, %s on %s: %v", k, q.Name, srv.Name, err)
					break
				}
			}
			d := proxy.snapshot().minus(before)
			c.CloseIdleConnections()
			out[srv.Name+"/"+q.Name] = [2]float64{float64(d.Run) / float64(n), float64(d.RoundTrips) / float64(n)}
			logf("scale %d: %s on %s: %.1f RUN and %.1f round trips per request (BEGIN %d, COMMIT %d, PULL %d, RESET %d, other %d over %d requests)",
				k, q.Name, srv.Name, float64(d.Run)/float64(n), float64(d.RoundTrips)/float64(n), d.Begin, d.Commit, d.Pull, d.Reset, d.Other, n)
		}
	}
	return out, nil
}

// profileChild starts a CPU profile of an API child for about d, and
// returns a func that waits for it and writes it to path. A profile that
// cannot be taken or written is logged, not fatal: it is an extra.
func profileChild(s *server, path string, d time.Duration, logf func(string, ...any)) func() {
	secs := max(int(d.Seconds())-1, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		c := newHTTPClient(1)
		resp, err := c.Get(fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", s.Hello.Addr, secs))
		if err != nil {
			logf("  profile: %v", err)
			return
		}
		defer resp.Body.Close()
		if err := writeFile(path, resp.Body); err != nil {
			logf("  profile: %v", err)
		}
	}()
	return func() { <-done }
}

// writeFile writes r to path, making its folder.
func writeFile(path string, r io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// pairsAt is the pairs of people of q at scale k (none unless q.Pairs),
// drawn from newsgraph's API among servers the first time scale k asks.
func (s *session) pairsAt(ctx context.Context, k int, q querySpec, servers []*server) ([][2]string, error) {
	if q.Pairs == 0 {
		return nil, nil
	}
	if p, ok := s.pairs[k]; ok && len(p) >= q.Pairs {
		return p[:q.Pairs], nil
	}
	i := slices.IndexFunc(servers, func(srv *server) bool { return srv.Name == "newsgraph" })
	if i < 0 {
		return nil, fmt.Errorf("%s: no newsgraph server to draw pairs of people from", q.Name)
	}
	c := newHTTPClient(1)
	defer c.CloseIdleConnections()
	p, err := pickPairs(func(body []byte) ([]byte, error) { return post(ctx, c, servers[i].URL, body) }, q.Pairs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", q.Name, err)
	}
	if s.pairs == nil {
		s.pairs = map[int][][2]string{}
	}
	s.pairs[k] = p
	s.logf("scale %d: pairs of people for %s: %v", k, q.Name, p)
	return p, nil
}
