package neo4jstore

import (
	"context"
	"testing"
)

// TestServerRefusesLoadCSVFromFiles: the test server, like the compose
// file's, sets dbms.security.allow_csv_import_from_file_urls=false, so even
// a statement that does not go through ReadCypher's checks cannot read the
// server's files.
func TestServerRefusesLoadCSVFromFiles(t *testing.T) {
	cfg, ok := ConfigFromEnv()
	if !ok {
		t.Skip("NEO4J_URI unset: start Neo4j with scripts/neo4j start, or run scripts/test")
	}
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	recs, err := s.run(ctx, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1", nil, false)
	if err == nil {
		t.Fatalf("LOAD CSV read /etc/passwd: %v", recs[0].Values)
	}
	t.Logf("refused: %v", err)
}
