package gazetteer

import "fmt"

// parseKeyedMap reads a table as readTable does into a map from each row's
// key (key of its first column) to value's answer for the row, refusing a
// row whose key an earlier row has: one fact per key, so that a second row
// cannot silently overrule the first.
func parseKeyedMap[V any](file string, data []byte, minCols, maxCols int, key func(string) string, value func(cols []string) (V, error)) (map[string]V, error) {
	m := map[string]V{}
	first := map[string]string{} // key → the first column that gave it
	err := readTable(file, data, minCols, maxCols, func(cols []string) error {
		k := key(cols[0])
		if prev, dup := first[k]; dup {
			return fmt.Errorf("%q is already a row, %q", cols[0], prev)
		}
		v, err := value(cols)
		if err != nil {
			return err
		}
		first[k], m[k] = cols[0], v
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// asWritten is the key of a table matched exactly as written.
func asWritten(s string) string { return s }
