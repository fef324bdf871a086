package graph_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newsgraph/graph"
)

// TestEveryArgumentIsDescribed: the playground's docs showed 91 arguments
// with no word on them (analyst45), among them every first's bound, after's
// cursor, subgraph's depth, limit and known, and maxHops' range, which the
// fields' descriptions told in passing or not at all. Every argument of
// every field now says what it takes, as introspection gives it.
func TestEveryArgumentIsDescribed(t *testing.T) {
	h := graph.NewHandler(emptyStore(t), graph.Options{})
	req := httptest.NewRequest(http.MethodPost, graph.EndpointPath, strings.NewReader(
		`{"query": "{ __schema { types { name fields { name args { name description } } } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var got struct {
		Data struct {
			Schema struct {
				Types []struct {
					Name   string
					Fields []struct {
						Name string
						Args []struct{ Name, Description string }
					}
				}
			} `json:"__schema"`
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || len(got.Data.Schema.Types) == 0 {
		t.Fatalf("introspection: %v %s", err, rec.Body.String())
	}
	args, bare := 0, []string{}
	for _, ty := range got.Data.Schema.Types {
		if strings.HasPrefix(ty.Name, "__") {
			continue
		}
		for _, f := range ty.Fields {
			for _, a := range f.Args {
				args++
				if strings.TrimSpace(a.Description) == "" {
					bare = append(bare, ty.Name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
	}
	if len(bare) > 0 || args < 90 {
		t.Errorf("%d of %d arguments have no description: %s", len(bare), args, strings.Join(bare, ", "))
	}
}
