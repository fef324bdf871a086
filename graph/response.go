package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// dataOnce wraps one of gqlgen's HTTP transports (POST, GET) so that an
// operation's data, which the executor has already written as JSON, goes
// out as it is. The transports json.Marshal the whole response, and
// encoding/json validates and compacts its Data (a json.RawMessage) byte
// for byte: a second pass over the answer, a third of a large subgraph's
// API CPU. Everything else stays the transport's: the status, the headers,
// the encoding of errors and extensions, and every response that is not
// an operation's (a request refused before it runs).
//
// The operation's response reaches the transport with a placeholder for
// its data; the writer that the transport writes the encoded response to
// puts the data in the placeholder's place.
type dataOnce struct{ graphql.Transport }

func (t dataOnce) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	dw := &dataWriter{ResponseWriter: w}
	t.Transport.Do(dw, r, dataExecutor{GraphExecutor: exec, w: dw})
}

// dataPlaceholder is the data of the response the transport encodes, and
// placeholderField how the encoding has it: only JSON's structure (a key
// and a string, quotes unescaped) can hold it, never a string's content.
var (
	dataPlaceholder  = json.RawMessage(`"newsgraph:data-written-once"`)
	placeholderField = []byte(`"data":"newsgraph:data-written-once"`)
)

// subscriptionOverHTTPMessage answers a subscription sent by POST: gqlgen
// ran it and answered with its first event, so the request hung, headers
// and all, until the next ingest or the client gave up (analyst44: the
// playground's graphChanged example sent by curl or fetch).
const subscriptionOverHTTPMessage = "a subscription needs a websocket: open one to this endpoint with the graphql-transport-ws protocol " +
	"(GraphiQL and graphql-ws clients do); over HTTP it would wait for the next change"

// dataExecutor hands the transport the operation's response with the
// placeholder for its data, and the response itself to w. A subscription
// is refused at once, with INVALID_ARGUMENT, saying it needs a websocket.
type dataExecutor struct {
	graphql.GraphExecutor
	w *dataWriter
}

func (e dataExecutor) DispatchOperation(ctx context.Context, opCtx *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	if opCtx.Operation != nil && opCtx.Operation.Operation == ast.Subscription {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{limitError("%s", subscriptionOverHTTPMessage)}}), ctx
	}
	responses, ctx := e.GraphExecutor.DispatchOperation(ctx, opCtx)
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		if resp == nil || len(resp.Data) == 0 {
			return resp
		}
		e.w.resp = resp
		placeheld := *resp
		placeheld.Data = dataPlaceholder
		return &placeheld
	}, ctx
}

// dataWriter writes the encoded response with the operation's data in the
// placeholder's place.
type dataWriter struct {
	http.ResponseWriter
	resp *graphql.Response // the operation's, until it is written
}

func (w *dataWriter) Write(b []byte) (int, error) {
	resp := w.resp
	if resp == nil {
		return w.ResponseWriter.Write(b)
	}
	w.resp = nil
	at := bytes.Index(b, placeholderField)
	if at < 0 {
		// Not the encoding this expects: encode the response whole, as
		// the transport would have.
		whole, err := json.Marshal(resp)
		if err != nil {
			return 0, err
		}
		if _, err := w.ResponseWriter.Write(whole); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	key := at + len(`"data":`)
	for _, part := range [][]byte{b[:key], resp.Data, b[at+len(placeholderField):]} {
		if _, err := w.ResponseWriter.Write(part); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *dataWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
