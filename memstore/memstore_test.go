package memstore

import (
	"testing"

	"newsgraph/schema"
	"newsgraph/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) schema.Store {
		s, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
