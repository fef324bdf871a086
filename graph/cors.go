package graph

import (
	"net/http"
	"net/url"
	"path"
	"strings"
)

// CORS for the API's browser clients: a page of an allowed origin may call
// /graphql and read /schema.graphql from another origin (withCORS).

// corsMaxAge is how long, in seconds, a browser may keep a preflight's
// answer.
const corsMaxAge = "600"

// corsHeaders are the request headers a browser may send across origins:
// JSON's content type and the API key's two headers.
const corsHeaders = "Content-Type, Authorization, X-API-Key"

// withCORS lets a page of an allowed origin (the server's own, or one of
// patterns, as the websocket takes them: localhost on any port and
// Options.OriginPatterns) call h from a browser: a front
// end served by a dev server on another port posts JSON, which browsers
// send only after a preflight that the answer must allow. Other origins get
// no CORS headers, so browsers keep their pages from reading the answers.
// No credentials are allowed: the API key travels in a header the page
// sets, never in a cookie.
func withCORS(h http.Handler, patterns []string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" || r.Header.Get("Upgrade") != "" {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Origin")
		if !originAllowed(r, origin, patterns) {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", corsHeaders)
			w.Header().Set("Access-Control-Max-Age", corsMaxAge)
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// originAllowed says whether an Origin header's host is the server's own
// or matches one of patterns (path.Match, case folded), as the websocket
// transport matches them.
func originAllowed(r *http.Request, origin string, patterns []string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	host := strings.ToLower(u.Host)
	for _, p := range patterns {
		if ok, err := path.Match(strings.ToLower(p), host); err == nil && ok {
			return true
		}
	}
	return false
}
