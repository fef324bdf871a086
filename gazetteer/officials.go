package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"
)

// An officials file keeps the official lists up to date where the built-in
// ones end (they stop in 2022–23). It is UTF-8 text, one term of office a
// line, six tab-separated columns:
//
//	name	country	role	start	end	aliases
//
//   - name: the full common name ("Marco Rubio");
//   - country: an ISO 3166-1 alpha-2 code ("US") or an organisation's short
//     name ("NATO", "UN");
//   - role: the office ("Secretary of State");
//   - start, end: dates as YYYY, YYYY-MM or YYYY-MM-DD; end is empty while
//     in office;
//   - aliases: other full forms, separated by ";" (may be empty).
//
// Blank lines and lines starting with "#" are skipped; trailing empty
// columns may be left out. The terms of a name, country and role replace
// every built-in term of them (to end a term, give it with its end); any
// other is added. A name spelt as a transliteration of a built-in one of
// the same state ("Mohamed" for "Mohammed") is that person's, and goes by
// the built-in name (oneNamePerPerson). See docs/officials.example.tsv.

var termDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// ReadOfficialsFile reads an officials file; errors name the file and line.
func ReadOfficialsFile(path string) ([]Official, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("officials file: %w", err)
	}
	defer f.Close()
	return ReadOfficials(path, f)
}

// ReadOfficials reads an officials file from r; name is the file name that
// errors report.
func ReadOfficials(name string, r io.Reader) ([]Official, error) {
	var out []Official
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			// A byte-order mark, which spreadsheets save at a file's head,
			// had become part of the first official's name.
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 3 || len(cols) > 6 {
			return nil, fmt.Errorf("%s:%d: want 3 to 6 tab-separated columns (name, country, role, start, end, aliases), got %d", name, line, len(cols))
		}
		o := Official{Name: field(cols, 0), Country: field(cols, 1), Role: field(cols, 2),
			Start: field(cols, 3), End: field(cols, 4), Aliases: list(field(cols, 5))}
		if err := checkOfficial(o); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, o)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// isTermDate reports whether d is a real year, month or day: the shape
// alone let "2025-13-21" through, a term that no article date ever falls in.
func isTermDate(d string) bool {
	if !termDate.MatchString(d) {
		return false
	}
	_, err := time.Parse("2006-01-02"[:len(d)], d)
	return err == nil
}

func checkOfficial(o Official) error {
	if o.Name == "" || o.Role == "" {
		return fmt.Errorf("an official needs a name and a role")
	}
	if _, ok := CountryByCode(o.Country); !ok {
		if _, ok := OrgByCode(o.Country); !ok {
			return fmt.Errorf("%q is neither an ISO 3166-1 alpha-2 code nor a known organisation's short name", o.Country)
		}
	}
	if o.Start == "" {
		// An undated term holds at every date: an analyst's row for Christopher
		// Landau, Deputy Secretary of State from 2025, made him the Deputy
		// Secretary of an article of 2021 (roles41). The built-in lists date
		// every term.
		return fmt.Errorf("a term needs its start (YYYY, YYYY-MM or YYYY-MM-DD)")
	}
	for _, d := range []string{o.Start, o.End} {
		if d != "" && !isTermDate(d) {
			return fmt.Errorf("date %q: want a real YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if o.Start != "" && o.End != "" && o.End < o.Start[:min(len(o.Start), len(o.End))] {
		return fmt.Errorf("the term ends (%s) before it starts (%s)", o.End, o.Start)
	}
	return nil
}

// MergeOfficials returns built-in terms with extra merged over them: the
// extra terms of a (name, country, role) replace every built-in term of it
// (the built-in lists hold some offices as several overlapping terms),
// and the rest are added.
func MergeOfficials(builtIn, extra []Official) []Official {
	key := func(o Official) string { return NameKey(o.Name) + "\t" + o.Country + "\t" + strings.ToLower(o.Role) }
	replaced := make(map[string]bool, len(extra))
	for _, o := range extra {
		replaced[key(o)] = true
	}
	out := make([]Official, 0, len(builtIn)+len(extra))
	for _, o := range builtIn {
		if !replaced[key(o)] {
			out = append(out, o)
		}
	}
	return append(out, extra...)
}

// UseOfficials merges terms of office over the built-in lists (see
// MergeOfficials) for every later lookup. Call it at start-up, before
// extraction begins: lookups already running keep the lists they began
// with.
func UseOfficials(list []Official) {
	load() // the first index is built, so that the one stored below is the last word
	extraMu.Lock()
	defer extraMu.Unlock()
	extraOfficials = slices.Clone(list)
	idx.Store(build(extraOfficials))
}
