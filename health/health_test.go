package health

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

func TestProbes(t *testing.T) {
	storeDown := errors.New("dial tcp 10.0.0.7:7687: connection refused")
	tests := []struct {
		name     string
		check    func(ctx context.Context) error
		drain    bool
		path     string
		wantCode int
		wantBody string
	}{
		{"live answers while the store is down", func(context.Context) error { return storeDown }, false, LivePath, 200, "ok\n"},
		{"ready when the store answers", func(context.Context) error { return nil }, false, ReadyPath, 200, "ok\n"},
		{"not ready when the store fails", func(context.Context) error { return storeDown }, false, ReadyPath, 503, "not ready: the store does not answer\n"},
		{"not ready when the store is slower than the timeout", func(ctx context.Context) error {
			<-ctx.Done()
			return ctx.Err()
		}, false, ReadyPath, 503, "not ready: the store does not answer\n"},
		{"not ready while draining", func(context.Context) error { return nil }, true, ReadyPath, 503, "not ready: shutting down\n"},
		{"live while draining", func(context.Context) error { return nil }, true, LivePath, 200, "ok\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var log bytes.Buffer
			p := &Probes{Check: tt.check, Timeout: 50 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(&log, nil))}
			if tt.drain {
				p.Drain()
			}
			mux := http.NewServeMux()
			p.Register(mux)
			code, body := get(t, mux, tt.path)
			if code != tt.wantCode || body != tt.wantBody {
				t.Errorf("GET %s = %d %q, want %d %q", tt.path, code, body, tt.wantCode, tt.wantBody)
			}
			if strings.Contains(body, "10.0.0.7") {
				t.Errorf("the probe leaked the store's error to the client: %q", body)
			}
		})
	}
}

func TestFailedReadinessLogsTheStoreError(t *testing.T) {
	var log bytes.Buffer
	p := &Probes{Check: func(context.Context) error { return errors.New("connection refused") }, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	if code, _ := get(t, http.HandlerFunc(p.Ready), ReadyPath); code != 503 {
		t.Fatalf("code = %d, want 503", code)
	}
	if !strings.Contains(log.String(), "connection refused") {
		t.Errorf("log lacks the store's error:\n%s", log.String())
	}
}
