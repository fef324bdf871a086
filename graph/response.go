package graph

import (
	"bytes"
	"cmp"
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
	t.Transport.Do(dw, r, dataExecutor{GraphExecutor: exec, w: dw, get: r.Method == http.MethodGet})
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

// getOnlyQueriesMessage answers an operation sent by GET that is not a
// query: gqlgen's GET transport answered it with a bare HTTP 406 and an
// error without a code ("GET requests only allow query operations"),
// which said neither what to do nor, for a subscription, that a websocket
// was wanted (query45).
var getOnlyQueriesMessage = map[ast.Operation]string{
	ast.Subscription: "a subscription needs a websocket, not GET: open one to this endpoint with the graphql-transport-ws protocol " +
		"(GraphiQL and graphql-ws clients do); over HTTP it would wait for the next change",
	ast.Mutation: "a mutation needs POST, not GET: send it as a POST of Content-Type: application/json",
}

// dataExecutor hands the transport the operation's response with the
// placeholder for its data, and the response itself to w. A subscription
// is refused at once, with INVALID_ARGUMENT, saying it needs a websocket;
// so is, when get (the request is a GET), a subscription or mutation,
// through the error presenter, with HTTP 405.
type dataExecutor struct {
	graphql.GraphExecutor
	w   *dataWriter
	get bool
}

// CreateOperationContext refuses, on GET, an operation that is not a
// query, before gqlgen's GET transport answers it with its bare 406.
func (e dataExecutor) CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	opCtx, errs := e.GraphExecutor.CreateOperationContext(ctx, params)
	if !e.get || errs != nil || opCtx == nil || opCtx.Doc == nil {
		return opCtx, errs
	}
	op := opCtx.Doc.Operations.ForName(opCtx.OperationName)
	if op == nil || op.Operation == ast.Query {
		return opCtx, errs
	}
	e.w.status = http.StatusMethodNotAllowed
	e.w.Header().Set("Allow", "POST")
	return opCtx, gqlerror.List{limitError("%s", getOnlyQueriesMessage[op.Operation])}
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
	resp   *graphql.Response // the operation's, until it is written
	status int               // when set, the status written instead of the transport's
}

// WriteHeader writes status, when set, instead of code.
func (w *dataWriter) WriteHeader(code int) {
	w.ResponseWriter.WriteHeader(cmp.Or(w.status, code))
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
