package memstore

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// LockFile is the name of the lock file inside the data folder. The
// process that has the store open holds an exclusive lock on it, and has
// written its pid and command line into it.
const LockFile = "newsgraph.lock"

// LockedError is Open's error when another process has the folder open:
// two processes appending to one journal would each miss the other's
// writes, and a load into a serving folder would never reach the server.
type LockedError struct {
	Dir    string
	Holder string // who holds the lock, as its lock file says
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("memstore: %s is in use by %s; stop that process first, or use another data folder", e.Dir, e.Holder)
}

// lockDir takes the folder's lock without waiting, and writes this
// process's pid and command into the lock file. The lock is the kernel's
// (flock), so it ends with the process however the process ends.
func lockDir(dir string) (*flock.Flock, error) {
	path := filepath.Join(dir, LockFile)
	lock := flock.New(path)
	ok, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("memstore: lock %s: %w", path, err)
	}
	if !ok {
		return nil, &LockedError{Dir: dir, Holder: lockHolder(path)}
	}
	holder := fmt.Sprintf("pid: %d\ncommand: %s\nsince: %s\n", os.Getpid(), strings.Join(os.Args, " "), time.Now().UTC().Format(time.RFC3339))
	if err := os.WriteFile(path, []byte(holder), 0o644); err != nil {
		lock.Close()
		return nil, fmt.Errorf("memstore: lock %s: %w", path, err)
	}
	return lock, nil
}

// lockHolder describes the process that holds the lock at path, from what
// it wrote there.
func lockHolder(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "another process (its lock file is unreadable: " + err.Error() + ")"
	}
	fields := map[string]string{}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ": "); ok {
			fields[k] = v
		}
	}
	pid, err := strconv.Atoi(fields["pid"])
	if err != nil {
		return "another process (it has not written its pid yet)"
	}
	s := fmt.Sprintf("pid %d (%s)", pid, fields["command"])
	if since := fields["since"]; since != "" {
		s += " since " + since
	}
	return s
}
