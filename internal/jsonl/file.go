package jsonl

import (
	"encoding/json"
	"fmt"
	"os"
)

// ReadFile decodes every line of the file at path as a T, naming the path
// and line of the first that does not decode.
func ReadFile[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	for line, err := range Lines(f) {
		if err != nil {
			return nil, err
		}
		var v T
		if err := json.Unmarshal(line.Bytes, &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line.Number, err)
		}
		out = append(out, v)
	}
	return out, nil
}
