package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"time"

	"newsgraph/loader"
	"newsgraph/memstore"
	"newsgraph/neo4jstore"
	"newsgraph/schema"
)

// session is one run of the benchmark: its configuration, what it has
// measured so far, and the Neo4j it measures (nil without -neo4j).
type session struct {
	cfg    config
	corp   corpus
	res    *Results
	stdout io.Writer
	logf   func(string, ...any)
	work   string // folder of the embedded stores' journals
	neo    *neo4jstore.Store
	neoCfg neo4jstore.Config
	peerOn bool
	// pairs are the pairs of people of the Pairs queries at each scale,
	// drawn once per scale (see pairsAt).
	pairs map[int][][2]string
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if cfg.Report != "" {
		return printReport(stdout, splitList(cfg.Report))
	}
	if cfg.CPUProfile != "" {
		f, err := os.Create(cfg.CPUProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	corp, err := resolveCorpus(cfg.Corpus)
	if err != nil {
		return err
	}
	s := &session{cfg: cfg, corp: corp, stdout: stdout, work: cfg.Work,
		logf: func(format string, a ...any) { fmt.Fprintf(stderr, "bench: "+format+"\n", a...) },
		res: &Results{
			Started: time.Now().UTC().Format(time.RFC3339),
			Command: "go run ./bench " + strings.Join(args, " "),
			Machine: machine(),
			Git:     gitDescribe(),
			Corpus:  corp.String(),
			Replay:  replayNote,
		}}
	if s.work == "" {
		if s.work, err = os.MkdirTemp("", "newsgraph-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(s.work)
	}

	// Extraction first, while nothing else runs on the machine.
	if cfg.has("extract") {
		if err := s.extractSection(); err != nil {
			return err
		}
	}
	if cfg.Neo4j != "" {
		if err := s.openNeo4j(ctx); err != nil {
			return err
		}
		defer s.neo.Close(context.Background())
	}
	if s.peerOn = cfg.Neo4j != "" && cfg.Peer != "off"; s.peerOn {
		if err := ensurePeer(cfg.Peer, stderr); err != nil {
			return err
		}
		if v, err := exec.Command("node", "--version").Output(); err == nil {
			s.res.Machine.Node = strings.TrimSpace(string(v))
		}
	}
	if cfg.has("ingest") {
		if err := s.ingestSection(ctx); err != nil {
			return err
		}
	}
	if cfg.has("scale") {
		for _, k := range cfg.Scales {
			sr, qs, err := s.runScale(ctx, k)
			if err != nil {
				return err
			}
			s.res.Scale = append(s.res.Scale, sr)
			s.res.Queries = append(s.res.Queries, qs...)
			printScale(stdout, s.res.Scale)
			printQueries(stdout, s.res.Queries, k)
			if err := s.save(); err != nil {
				return err
			}
		}
	}
	if err := s.save(); err != nil {
		return err
	}
	printTargets(stdout, s.res.Targets)
	return nil
}

// save writes what has been measured so far to -out, so that a run cut
// short keeps its finished sections.
func (s *session) save() error {
	s.res.Finished = time.Now().UTC().Format(time.RFC3339)
	s.res.Targets = evaluateTargets(s.res)
	if s.cfg.Out == "" {
		return nil
	}
	b, err := json.MarshalIndent(s.res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(s.cfg.Out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(s.cfg.Out, append(b, '\n'), 0o644)
}

func (s *session) extractSection() error {
	s.logf("extraction over %s", s.corp)
	e := benchExtract(s.corp.articles(), max(s.cfg.ExtractRounds, 1))
	s.res.Extract = &e
	printExtract(s.stdout, e)
	return s.save()
}

// openNeo4j wipes and opens the Neo4j of -neo4j, and warms it up: a fresh
// server plans every distinct statement once (tens to hundreds of ms each
// on a cold JVM). The bundled samples are loaded one article per
// transaction and all at once, then wiped, so the timed loads see the
// steady state a long-running server has.
func (s *session) openNeo4j(ctx context.Context) error {
	s.neoCfg = neo4jstore.Config{URI: s.cfg.Neo4j, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	if err := wipeNeo4j(ctx, s.neoCfg); err != nil {
		return err
	}
	neo, err := neo4jstore.Open(ctx, s.neoCfg)
	if err != nil {
		return err
	}
	s.neo = neo
	s.res.Machine.Neo4j = neo.ServerVersion()
	s.logf("warming up Neo4j with the bundled samples")
	for _, b := range []int{1, 100} {
		if _, err := s.loadNeo4j(ctx, s.neo, corpus{}.records(1), b, 1); err != nil {
			return err
		}
	}
	return wipeNeo4j(ctx, s.neoCfg)
}

// loadNeo4j wipes Neo4j and loads records into it through store (the
// Neo4j store, or the naive path over it).
func (s *session) loadNeo4j(ctx context.Context, store schema.Store, records iter.Seq[loader.Record], batch, loaders int) (IngestResult, error) {
	if err := wipeNeo4j(ctx, s.neoCfg); err != nil {
		return IngestResult{}, err
	}
	r, err := ingest(ctx, store, records, batch, loaders)
	r.Store, r.Scale = "neo4j", 1
	return r, err
}

// addIngest records one load and saves.
func (s *session) addIngest(r IngestResult) error {
	s.res.Ingest = append(s.res.Ingest, r)
	return s.save()
}

// ingestSection loads scale 1 by batch size into the embedded store and
// Neo4j, along the naive path, and with concurrent loaders.
func (s *session) ingestSection(ctx context.Context) error {
	cfg := s.cfg
	for _, b := range cfg.Batches {
		s.logf("ingest: embedded store, batch %d", b)
		dir := filepath.Join(s.work, fmt.Sprintf("ingest-mem-%d", b))
		m, err := memstore.Open(dir)
		if err != nil {
			return err
		}
		r, err := ingest(ctx, m, s.corp.records(1), b, 1)
		if cerr := m.Close(ctx); err == nil {
			err = cerr
		}
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err != nil {
			return err
		}
		r.Store, r.Scale = "mem", 1
		if err := s.addIngest(r); err != nil {
			return err
		}
	}
	if s.neo != nil {
		for _, b := range cfg.Batches {
			s.logf("ingest: Neo4j, batch %d", b)
			r, err := s.loadNeo4j(ctx, s.neo, s.corp.records(1), b, 1)
			if err != nil {
				return err
			}
			if err := s.addIngest(r); err != nil {
				return err
			}
		}
		if cfg.NaiveArticles >= 0 {
			if err := s.ingestNaive(ctx); err != nil {
				return err
			}
		}
		if cfg.Loaders > 1 {
			s.logf("ingest: Neo4j, %d concurrent loaders, batch %d", cfg.Loaders, cfg.ScaleBatch)
			one := ingestFor(s.res.Ingest, "neo4j", cfg.ScaleBatch)
			r, err := s.loadNeo4j(ctx, s.neo, s.corp.records(1), cfg.ScaleBatch, cfg.Loaders)
			if err != nil {
				return err
			}
			if one != nil && (one.Nodes != r.Nodes || one.Relationships != r.Relationships) {
				r.Note += fmt.Sprintf("; graph differs from the single loader's: %d/%d nodes, %d/%d relationships", r.Nodes, one.Nodes, r.Relationships, one.Relationships)
			}
			if err := s.addIngest(r); err != nil {
				return err
			}
		}
	}
	printIngest(s.stdout, s.res.Ingest)
	return s.save()
}

// ingestNaive loads along the naive one-statement-per-element path and,
// when that is only a prefix of the corpus, the batched path over the
// same articles, for a like-for-like ratio.
func (s *session) ingestNaive(ctx context.Context) error {
	cfg := s.cfg
	recs := limit(s.corp.records(1), cfg.NaiveArticles)
	if cfg.NaiveArticles > 0 {
		s.logf("ingest: Neo4j, batch %d, first %d articles", cfg.ScaleBatch, cfg.NaiveArticles)
		r, err := s.loadNeo4j(ctx, s.neo, recs, cfg.ScaleBatch, 1)
		if err != nil {
			return err
		}
		r.ArticleLimit = cfg.NaiveArticles
		s.res.Ingest = append(s.res.Ingest, r)
	}
	s.logf("ingest: Neo4j naive path (one statement per element), %d articles (0: all)", cfg.NaiveArticles)
	ns, err := openNaive(ctx, s.neoCfg, s.neo)
	if err != nil {
		return err
	}
	r, err := s.loadNeo4j(ctx, ns, recs, 1, 1)
	if cerr := ns.Close(ctx); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	r.Store, r.ArticleLimit = "neo4j-naive", cfg.NaiveArticles
	r.Note = "one auto-commit statement per node and per relationship, one article at a time"
	return s.addIngest(r)
}

func ingestFor(rs []IngestResult, store string, batch int) *IngestResult {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].Store == store && rs[i].BatchSize == batch && rs[i].Loaders <= 1 && rs[i].ArticleLimit == 0 {
			return &rs[i]
		}
	}
	return nil
}
