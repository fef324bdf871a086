package gazetteer

import "fmt"

// readKeyedTable reads a table as readTable does, refusing a row whose key
// (key of its first column) an earlier row has: one fact per key, so that
// a second row cannot silently overrule the first.
func readKeyedTable(file string, data []byte, minCols, maxCols int, key func(string) string, row func(cols []string) error) error {
	seen := map[string]string{}
	return readTable(file, data, minCols, maxCols, func(cols []string) error {
		k := key(cols[0])
		if prev, dup := seen[k]; dup {
			return fmt.Errorf("%q is already a row, %q", cols[0], prev)
		}
		seen[k] = cols[0]
		return row(cols)
	})
}

// asWritten is the key of a table matched exactly as written.
func asWritten(s string) string { return s }
