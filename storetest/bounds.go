package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"newsgraph/schema"
)

// testSearchBounds: a repeated word asks nothing more than the word once,
// and a text past schema.SearchQuery's bounds is refused with
// schema.ErrSearchTooLong before the store works on it.
func testSearchBounds(t *testing.T, s schema.Store) {
	write(t, s, Seed()...)
	ctx := context.Background()
	once, err := s.Search(ctx, "xi beijing", nil, 10, schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.Search(ctx, strings.Repeat("xi beijing xi ", 60), nil, 10, schema.Projection{})
	if err != nil {
		t.Fatal(err)
	}
	if len(once) == 0 || !reflect.DeepEqual(again, once) {
		t.Errorf("repeated words: %v\nonce: %v", again, once)
	}
	words := make([]string, schema.MaxSearchWords+1)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
	}
	for name, text := range map[string]string{
		"too many distinct words": strings.Join(words, " "),
		"too many bytes":          strings.Repeat("xi ", schema.MaxSearchBytes),
	} {
		hits, err := s.Search(ctx, text, nil, 10, schema.Projection{})
		if !errors.Is(err, schema.ErrSearchTooLong) {
			t.Errorf("%s: Search = %d hits, %v; want schema.ErrSearchTooLong", name, len(hits), err)
		}
	}
}
