package gcpolicy

import (
	"os"
	"runtime/debug"
	"testing"
)

func TestForDatabaseAPI(t *testing.T) {
	for _, tc := range []struct {
		name string
		gogc string // "" leaves GOGC unset
		// before is the target in force when ForDatabaseAPI is called: what
		// the runtime took from GOGC at start, here set by hand.
		before int
		want   int
	}{
		{name: "no GOGC: the database API's target", before: 100, want: DatabaseAPIPercent},
		{name: "GOGC set by the operator wins", gogc: "150", before: 150, want: 150},
		{name: "GOGC=off stays off", gogc: "off", before: -1, want: -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.gogc != "" {
				t.Setenv("GOGC", tc.gogc)
			} else {
				unsetenv(t, "GOGC")
			}
			old := debug.SetGCPercent(tc.before)
			t.Cleanup(func() { debug.SetGCPercent(old) })
			if got := ForDatabaseAPI(); got != tc.want {
				t.Errorf("ForDatabaseAPI() = %d, want %d", got, tc.want)
			}
			if got := current(); got != tc.want {
				t.Errorf("GC target after = %d, want %d", got, tc.want)
			}
		})
	}
}

// unsetenv removes key for the test; t.Setenv first records its value,
// which the test's end puts back.
func unsetenv(t *testing.T, key string) {
	t.Helper()
	t.Setenv(key, "")
	if err := os.Unsetenv(key); err != nil {
		t.Fatal(err)
	}
}
