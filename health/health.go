// Package health serves the probes that an orchestrator polls: liveness at
// LivePath (the process answers HTTP) and readiness at ReadyPath (the store
// answers a cheap read, and the server is not shutting down).
package health

import (
	"context"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"
)

// Paths of the probes.
const (
	LivePath  = "/healthz"
	ReadyPath = "/readyz"
)

// DefaultTimeout bounds one readiness check when Probes.Timeout is 0. It is
// short: an orchestrator polls often, and a slow store is not ready.
const DefaultTimeout = 2 * time.Second

// Probes answers the liveness and readiness probes.
type Probes struct {
	// Check asks the store something cheap; an error means not ready.
	Check func(ctx context.Context) error
	// Timeout bounds one Check; 0 means DefaultTimeout.
	Timeout time.Duration
	// Logger receives why a check failed (the client is told only that it
	// did: the error can name hosts); nil means slog.Default().
	Logger *slog.Logger

	draining atomic.Bool
}

// Drain makes readiness fail from now on, so that a load balancer stops
// sending requests while the server drains the ones it has.
func (p *Probes) Drain() { p.draining.Store(true) }

// Register adds both probes to mux, for GET and HEAD.
func (p *Probes) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET "+LivePath, p.Live)
	mux.HandleFunc("GET "+ReadyPath, p.Ready)
}

// Live answers 200 while the process serves HTTP at all.
func (p *Probes) Live(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

// Ready answers 200 when the store answers within the timeout, and 503
// when it does not or when the server is draining.
func (p *Probes) Ready(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if p.draining.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("not ready: shutting down\n"))
		return
	}
	timeout := p.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	if err := p.Check(ctx); err != nil {
		logger := p.Logger
		if logger == nil {
			logger = slog.Default()
		}
		logger.WarnContext(ctx, "readyz: the store does not answer", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("not ready: the store does not answer\n"))
		return
	}
	w.Write([]byte("ok\n"))
}
