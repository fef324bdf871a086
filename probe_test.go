package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestProbeSucceedsOnlyWhenTheServerIsReady(t *testing.T) {
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/readyz" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(status)
		if _, err := io.WriteString(w, "store down"); err != nil {
			t.Error(err)
		}
	}))
	defer srv.Close()
	probe := func() error {
		return run(context.Background(), []string{"probe", "--url", srv.URL + "/readyz"}, io.Discard, io.Discard)
	}
	if err := probe(); err != nil {
		t.Errorf("probe of a ready server: %v", err)
	}
	status = http.StatusServiceUnavailable
	if err := probe(); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("probe of a server that is not ready: %v, want an error naming 503", err)
	}
	srv.Close()
	if err := probe(); err == nil {
		t.Error("probe of a stopped server succeeded")
	}
}
