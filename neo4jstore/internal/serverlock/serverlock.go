// Package serverlock holds the Neo4j test server for one test process at a
// time: neo4jtest.Open and neo4jstore's own internal tests (which cannot
// import neo4jtest) take the same lock before they touch the database.
package serverlock

import (
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

var (
	serverOnce sync.Once
	// serverFile is written and never read: it keeps the locked file
	// reachable, since an unreachable *os.File is closed by its cleanup,
	// and closing it would drop the lock while the process still tests.
	//lint:ignore U1000 held, not read (above)
	serverFile *os.File
)

// Lock takes the server's lock for the rest of the test process, at
// its first call: `go test ./loader/ ./graph/...` without -p 1 runs the
// packages' test processes at once, and each emptied the database under the
// other's tests (a wipe deadlocked, a search found the other's articles, a
// pair-month count was off). With the lock a second process waits for the
// first to exit; one process, as under -p 1, never waits. neo4jstore's
// internal tests took no lock, and TestPairMonthsUnderConcurrentWriters
// emptied the database under graph's API suite on Neo4j (analyst41).
func Lock(t testing.TB, uri string) {
	t.Helper()
	serverOnce.Do(func() {
		name := filepath.Join(os.TempDir(), "newsgraph-neo4jtest-"+url.PathEscape(uri)+".lock")
		f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			t.Fatalf("lock the Neo4j test server: %v", err)
		}
		if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
			t.Logf("waiting for another test process to finish with Neo4j at %s (%s)", uri, name)
			if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
				t.Fatalf("lock the Neo4j test server: %v", err)
			}
		}
		serverFile = f
	})
}
