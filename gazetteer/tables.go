package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// The hand-kept tables that the extractor asks but the name recogniser's
// features never read (orgs_named.tsv, us_bodies.tsv, bodies_typed.tsv,
// countries_news.tsv, groups_members.tsv, venues.tsv, us_states.tsv,
// names_family_first.tsv, first_names_short.tsv, court_cases.tsv,
// misspellings.tsv) are read by readTable, which names the file and the
// line of a bad row: a maintainer edits them by hand.

// readTable reads a tab-separated table of data: per line a name and up
// to maxCols-1 more columns, at least minCols in all, each trimmed; "#"
// lines and blank ones are skipped. row is called with each row's columns;
// an error, its own or row's, names the file and the line.
func readTable(file string, data []byte, minCols, maxCols int, row func(cols []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		var err error
		switch {
		case len(cols) < minCols || len(cols) > maxCols:
			err = fmt.Errorf("%d columns, want %d to %d (tab-separated)", len(cols), minCols, maxCols)
		case cols[0] == "":
			err = fmt.Errorf("no name")
		default:
			err = row(cols)
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// embeddedTable is the embedded data file's bytes; a missing one is a
// build's error.
func embeddedTable(file string) []byte {
	data, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		panic("gazetteer: missing embedded " + file)
	}
	return data
}

// mustRead panics on a bad embedded table (a build's error, which the
// tests catch: each table has a test that reads it).
func mustRead(err error) {
	if err != nil {
		panic("gazetteer: " + err.Error())
	}
}

// formIndex maps each form of a table's rows to the row's position,
// refusing a form written twice (in one row or two), which would make one
// row's form silently another's.
type formIndex map[string]int

// add indexes forms under the last of the rows named names.
func (f formIndex) add(names []string, forms ...string) error {
	row := len(names) - 1
	for _, form := range forms {
		if i, dup := f[form]; dup {
			if i == row {
				return fmt.Errorf("form %q is written twice in the row of %q", form, names[row])
			}
			return fmt.Errorf("form %q is already a form of %q", form, names[i])
		}
		f[form] = row
	}
	return nil
}

// parseFormRows reads a table whose rows name a thing first and list its
// other forms (";"-separated, may be empty) last, in column formsCol, and
// calls row with each row's columns. It indexes every form, the name too,
// under its row's position, refusing a form written twice.
func parseFormRows(file string, data []byte, formsCol int, row func(cols []string) error) (formIndex, error) {
	var names []string
	byForm := formIndex{}
	err := readTable(file, data, formsCol, formsCol+1, func(cols []string) error {
		if err := row(cols); err != nil {
			return err
		}
		names = append(names, cols[0])
		return byForm.add(names, append([]string{cols[0]}, columnList(cols, formsCol)...)...)
	})
	return byForm, err
}

// columnList is column i's ";"-separated list, nil if the row has no
// column i.
func columnList(cols []string, i int) []string {
	if i < len(cols) {
		return list(cols[i])
	}
	return nil
}
