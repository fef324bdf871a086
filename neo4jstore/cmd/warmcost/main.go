// Command warmcost times each read statement of a list twice on the Neo4j
// server NEO4J_URI names: its first run (on a server just restarted, its
// plan and pages cold, or after the serve command's warm-up) and its
// second (warm). The list is what TestWarmUpPlansTheStatementsTheAPISends
// writes with -statements: one JSON object a line, with query, params and
// whether the warm-up plans it. It prints one line a statement, cold and
// warm milliseconds, and the totals:
//
//	go test -count=1 -run TestWarmUpPlansTheStatementsTheAPISends . -statements /tmp/statements.jsonl
//	scripts/neo4j stop; scripts/neo4j start
//	go run ./neo4jstore/cmd/warmcost /tmp/statements.jsonl
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"newsgraph/neo4jstore"
)

type statement struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
	Warmed bool           `json:"warmed"`
	Cold   string         `json:"cold"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: warmcost STATEMENTS.jsonl")
		os.Exit(2)
	}
	if err := run(context.Background(), os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "warmcost:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, name string) error {
	list, err := readStatements(name)
	if err != nil {
		return err
	}
	cfg, ok := neo4jstore.ConfigFromEnv()
	if !ok {
		return fmt.Errorf("NEO4J_URI is not set (eval \"$(scripts/neo4j env)\")")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
	if err != nil {
		return err
	}
	defer driver.Close(ctx)
	var total [2]time.Duration
	for _, st := range list {
		var took [2]time.Duration
		for i := range took {
			if took[i], err = timeRun(ctx, driver, cfg.Database, st); err != nil {
				return fmt.Errorf("%s: %w", signature(st.Query), err)
			}
			total[i] += took[i]
		}
		fmt.Printf("%7.0f %6.1f %-6s %s\n", ms(took[0]), ms(took[1]), warmth(st), signature(st.Query))
	}
	fmt.Printf("%7.0f %6.1f total of %d statements (first run ms, second run ms)\n", ms(total[0]), ms(total[1]), len(list))
	return nil
}

func warmth(st statement) string {
	switch {
	case st.Warmed:
		return "warmed"
	case st.Cold != "":
		return "left"
	}
	return "COLD"
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// timeRun runs st once on database db, as the store does (an auto-commit read, every
// record fetched), and returns how long it took.
func timeRun(ctx context.Context, driver neo4j.DriverWithContext, db string, st statement) (time.Duration, error) {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeRead, FetchSize: neo4j.FetchAll})
	defer sess.Close(ctx)
	start := time.Now()
	res, err := sess.Run(ctx, st.Query, st.Params)
	if err == nil {
		_, err = res.Collect(ctx)
	}
	return time.Since(start), err
}

// signature is a statement's text on one line, cut to fit a terminal.
func signature(q string) string {
	s := strings.Join(strings.Fields(q), " ")
	if len(s) > 110 {
		s = s[:110]
	}
	return s
}

func readStatements(name string) ([]statement, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []statement
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.UseNumber() // an int parameter must stay an int: its type keys the plan
		var st statement
		if err := dec.Decode(&st); err != nil {
			return nil, err
		}
		st.Params = neo4jstore.DriverParams(st.Params)
		out = append(out, st)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Warmed && !out[j].Warmed })
	return out, sc.Err()
}
