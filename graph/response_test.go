package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// fakeExecutor answers every operation with resp, or refuses it with
// refusal before it runs.
type fakeExecutor struct {
	resp    *graphql.Response
	refusal gqlerror.List
}

func (f fakeExecutor) CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	op := &ast.OperationDefinition{Operation: ast.Query}
	opCtx := &graphql.OperationContext{Operation: op, Doc: &ast.QueryDocument{Operations: ast.OperationList{op}}}
	if f.refusal != nil {
		return opCtx, f.refusal
	}
	return opCtx, nil
}

func (f fakeExecutor) DispatchOperation(ctx context.Context, opCtx *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	return func(ctx context.Context) *graphql.Response {
		if f.resp == nil {
			return nil
		}
		resp := *f.resp
		return &resp
	}, ctx
}

func (f fakeExecutor) DispatchError(ctx context.Context, list gqlerror.List) *graphql.Response {
	return &graphql.Response{Errors: list}
}

func TestDataOnceAnswersAsGqlgensTransportsWithTheDataAsWritten(t *testing.T) {
	hasNext := false
	post := func(body string) *http.Request {
		r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		return r
	}
	get := func() *http.Request { return httptest.NewRequest(http.MethodGet, "/graphql?query={a}", nil) }
	for _, tc := range []struct {
		name      string
		transport graphql.Transport
		request   func() *http.Request
		exec      fakeExecutor
	}{
		{"data, errors and extensions", transport.POST{}, func() *http.Request { return post(`{"query":"{a}"}`) },
			fakeExecutor{resp: &graphql.Response{
				Errors:     gqlerror.List{{Message: "partly <failed>", Path: ast.Path{ast.PathName("b")}, Extensions: map[string]any{"code": "NOT_FOUND"}}},
				Data:       json.RawMessage(`{"a":"<b> & \u2028 é","b":null,"n":[1,2.5,true]}`),
				Extensions: map[string]any{"cost": 3},
			}}},
		{"data that holds the placeholder's text", transport.POST{}, func() *http.Request { return post(`{"query":"{a}"}`) },
			fakeExecutor{resp: &graphql.Response{Data: json.RawMessage(`{"a":"\"data\":\"newsgraph:data-written-once\""}`)}}},
		{"every field of a response", transport.POST{}, func() *http.Request { return post(`{"query":"{a}"}`) },
			fakeExecutor{resp: &graphql.Response{Data: json.RawMessage(`{"a":1}`), Label: "l", Path: ast.Path{ast.PathName("a")}, HasNext: &hasNext}}},
		{"no data", transport.POST{}, func() *http.Request { return post(`{"query":"{a}"}`) },
			fakeExecutor{resp: &graphql.Response{Errors: gqlerror.List{{Message: "failed"}}}}},
		{"no response", transport.POST{}, func() *http.Request { return post(`{"query":"{a}"}`) }, fakeExecutor{}},
		{"refused before it runs", transport.POST{}, func() *http.Request { return post(`{"query":"{a}"}`) },
			fakeExecutor{refusal: gqlerror.List{{Message: "invalid", Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}}}}},
		{"an undecodable body", transport.POST{}, func() *http.Request { return post(`{"query":`) },
			fakeExecutor{resp: &graphql.Response{Data: json.RawMessage(`{"a":1}`)}}},
		{"GET", transport.GET{}, get,
			fakeExecutor{resp: &graphql.Response{Data: json.RawMessage(`{"a":"<x>"}`), Extensions: map[string]any{"cost": 1}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := httptest.NewRecorder()
			tc.transport.Do(want, tc.request(), tc.exec)
			got := httptest.NewRecorder()
			dataOnce{tc.transport}.Do(got, tc.request(), tc.exec)

			if got.Code != want.Code || !reflect.DeepEqual(got.Header(), want.Header()) {
				t.Errorf("status %d, headers %v; gqlgen's %d, %v", got.Code, got.Header(), want.Code, want.Header())
			}
			var gotBody, wantBody any
			if err := json.Unmarshal(got.Body.Bytes(), &gotBody); err != nil {
				t.Fatalf("the answer is not JSON (%v): %s", err, got.Body)
			}
			if err := json.Unmarshal(want.Body.Bytes(), &wantBody); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(gotBody, wantBody) {
				t.Errorf("answer\n%s\ngqlgen's\n%s", got.Body, want.Body)
			}
			if r := tc.exec.resp; r != nil && r.Data != nil && tc.exec.refusal == nil && got.Code == http.StatusOK &&
				!bytes.Contains(got.Body.Bytes(), []byte(`"data":`+string(r.Data))) {
				t.Errorf("the data is not written as the executor wrote it: %s", got.Body)
			}
		})
	}
}

func TestDataWriterEncodesTheWholeResponseWhenThePlaceholderIsMissing(t *testing.T) {
	resp := &graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"cost": 2}}
	rec := httptest.NewRecorder()
	w := &dataWriter{ResponseWriter: rec, resp: resp}
	if _, err := w.Write([]byte(`{"data":"encoded some other way"}`)); err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Body.String() != string(want) {
		t.Errorf("wrote %s, want %s", rec.Body, want)
	}
}
