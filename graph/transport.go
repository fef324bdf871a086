package graph

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// refuseUnsupported answers, and is true for, a request that none of the
// endpoint's transports takes, saying what it takes: gqlgen's own answer
// ("transport not supported", as text/plain and without a code) is what
// `curl -d '{"query": …}'` met, since curl sends a form's content type.
// Websocket upgrades, OPTIONS, GET and POST of JSON go on to the transports.
func refuseUnsupported(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	switch r.Method {
	case http.MethodGet, http.MethodOptions:
		return false
	case http.MethodPost:
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil && mt == "application/json" {
			return false
		}
		writeRefusal(w, http.StatusUnsupportedMediaType, limitError(
			"POST %s needs Content-Type: application/json (got %q)", r.URL.Path, r.Header.Get("Content-Type")))
		return true
	}
	w.Header().Set("Allow", "GET, POST, OPTIONS")
	writeRefusal(w, http.StatusMethodNotAllowed, limitError("%s answers GET, POST and OPTIONS, not %s", r.URL.Path, r.Method))
	return true
}

// writeRefusal writes a GraphQL response of one error with an HTTP status.
func writeRefusal(w http.ResponseWriter, status int, err *gqlerror.Error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(graphql.Response{Errors: gqlerror.List{err}})
}

// batchMessage answers a body that is a JSON array, the batch of
// operations some clients send (Apollo's BatchHttpLink): the server runs
// one operation per request, and gqlgen's own answer named a Go type and
// echoed the body ("json: cannot unmarshal array into Go value of type
// graphql.RawParams body:[…]", analyst44).
const batchMessage = "the request body is a JSON array, a batch of operations, which this server does not take: " +
	"send one operation per request ({\"query\": …, \"variables\": …}), or ask several fields, with aliases, in one query"

// refuseBatch answers a batch with HTTP 400 and INVALID_ARGUMENT, and is
// true for one.
func refuseBatch(w http.ResponseWriter, body []byte) bool {
	if t := bytes.TrimLeft(body, " \t\r\n"); len(t) == 0 || t[0] != '[' {
		return false
	}
	writeRefusal(w, http.StatusBadRequest, limitError("%s", batchMessage))
	return true
}
