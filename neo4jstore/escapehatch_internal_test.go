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
	ctx := context.Background()
	s := openForTest(t)
	recs, err := s.run(ctx, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1", nil, false)
	if err == nil {
		t.Fatalf("LOAD CSV read /etc/passwd: %v", recs[0].Values)
	}
	t.Logf("refused: %v", err)
}
