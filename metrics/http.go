package metrics

import (
	"context"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

type requestKey struct{}

// requestRef lets the route label read the request after the mux has
// routed it: ServeMux writes the pattern it matched into the request.
type requestRef struct{ r *http.Request }

// InstrumentHTTP times the requests that next (a ServeMux, or muxes nested
// in one) answers, labelled by the pattern they matched ("unmatched" for a
// 404 of the mux). Websocket upgrades pass through untimed: a subscription
// lasts as long as its client wants.
func (m *Metrics) InstrumentHTTP(next http.Handler) http.Handler {
	timed := promhttp.InstrumentHandlerDuration(m.httpDuration, next,
		promhttp.WithLabelFromCtx("route", func(ctx context.Context) string {
			if ref, ok := ctx.Value(requestKey{}).(*requestRef); ok && ref.r.Pattern != "" {
				return ref.r.Pattern
			}
			return "unmatched"
		}))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			next.ServeHTTP(w, r)
			return
		}
		ref := &requestRef{}
		ref.r = r.WithContext(context.WithValue(r.Context(), requestKey{}, ref))
		timed.ServeHTTP(w, ref.r)
	})
}
