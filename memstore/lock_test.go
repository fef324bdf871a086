package memstore

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// lockHelperEnv, when set, makes TestLockHelperProcess the other process:
// it opens the store in that folder, says "ready", and holds it until its
// stdin closes.
const lockHelperEnv = "MEMSTORE_LOCK_HELPER_DIR"

func TestLockHelperProcess(t *testing.T) {
	dir := os.Getenv(lockHelperEnv)
	if dir == "" {
		t.Skip("only run as the helper process of the lock tests")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	fmt.Println("ready")
	// Hold the store until the parent closes stdin (EOF).
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil && !errors.Is(err, io.EOF) {
		fmt.Println("stdin:", err)
		os.Exit(1)
	}
	closeStore(t, s)
	os.Exit(0)
}

// holdInOtherProcess opens the store in dir in a child process and returns
// it once the child holds the folder.
func holdInOtherProcess(t *testing.T, dir string) (*exec.Cmd, func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$")
	cmd.Env = append(os.Environ(), lockHelperEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("helper process: %q %v (kill: %v)", line, err, cmd.Process.Kill())
	}
	ended := false
	release := func() {
		ended = true
		if err := stdin.Close(); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Wait(); err != nil {
			t.Fatalf("helper process: %v", err)
		}
	}
	t.Cleanup(func() {
		if ended {
			return
		}
		// A test that killed the holder itself has waited for it already.
		if err := cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
			t.Error(err)
		}
		// Killed here or by the test (then waited already): never a clean exit.
		if err := cmd.Wait(); err == nil {
			t.Error("the holder exited by itself before it was released")
		}
	})
	return cmd, release
}

func TestSecondProcessFailsAtOnceNamingTheHolder(t *testing.T) {
	dir := t.TempDir()
	holder, release := holdInOtherProcess(t, dir)

	start := time.Now()
	_, err := Open(dir)
	took := time.Since(start)
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("Open while another process holds the folder = %v, want a *LockedError", err)
	}
	for _, want := range []string{dir, fmt.Sprintf("pid %d", holder.Process.Pid), "TestLockHelperProcess"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
	if took > 5*time.Second {
		t.Errorf("Open waited %s for the lock instead of failing at once", took)
	}

	release()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after the holder closed: %v", err)
	}
	closeStore(t, s)
}

func TestLockEndsWithAKilledHolder(t *testing.T) {
	dir := t.TempDir()
	holder, _ := holdInOtherProcess(t, dir)
	if err := holder.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := holder.Wait(); err == nil {
		t.Fatal("the killed holder exited cleanly")
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after the holder was killed: %v", err)
	}
	closeStore(t, s)
}

func TestSecondOpenInOneProcessFailsUntilTheFirstCloses(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	first, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	var locked *LockedError
	if !errors.As(err, &locked) || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("second Open = %v, want a *LockedError naming pid %d", err, os.Getpid())
	}
	if err := first.Close(ctx); err != nil {
		t.Fatal(err)
	}
	second, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	closeStore(t, second)
}

func TestInMemoryStoresTakeNoLock(t *testing.T) {
	for range 2 {
		s, err := Open("")
		if err != nil {
			t.Fatal(err)
		}
		defer closeStore(t, s)
	}
}

func TestLockHolderDescribesWhatTheLockFileSays(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"full", "pid: 42\ncommand: newsgraph serve --data d\nsince: 2026-12-04T07:00:00Z\n", "pid 42 (newsgraph serve --data d) since 2026-12-04T07:00:00Z"},
		{"not yet written", "", "another process (it has not written its pid yet)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := t.TempDir() + "/" + LockFile
			if err := os.WriteFile(path, []byte(tt.file), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := lockHolder(path); got != tt.want {
				t.Errorf("lockHolder = %q, want %q", got, tt.want)
			}
		})
	}
}
