package gazetteer

import (
	"fmt"
	"strings"
)

// The data files of the court cases named by one party and of office
// words' misspellings.
const (
	courtCasesFile   = "court_cases.tsv"
	misspellingsFile = "misspellings.tsv"
)

// IsCaseShortForm reports whether name, exactly as written, is a party's
// name that the news writes alone for a court case's ruling ("Roe" for Roe
// v. Wade).
func IsCaseShortForm(name string) bool {
	_, ok := load().caseShort[name]
	return ok
}

// OfficeWordMisspelt is the office word that the lower-case word w
// misspells ("minster" → "minister"), where the table lists it.
func OfficeWordMisspelt(w string) (string, bool) {
	x := load()
	if !x.mayBeMisspelt(w) {
		return "", false
	}
	fix, ok := x.misspelt[w]
	return fix, ok
}

// mayBeMisspelt: some misspelling has w's length and first letter
// (misspeltShape), a test that spares most words the lookup; a word of 32
// bytes or more is looked up.
func (x *index) mayBeMisspelt(w string) bool {
	if len(w) == 0 || len(w) >= 32 {
		return len(w) > 0
	}
	c := w[0]
	return c >= 'a' && c <= 'z' && x.misspeltShape&(1<<len(w)) != 0 && x.misspeltShape&(1<<(32+c-'a')) != 0
}

// addTextForms reads court_cases.tsv and misspellings.tsv.
func (x *index) addTextForms() {
	var err error
	x.caseShort, err = parseCourtCases(courtCasesFile, embeddedTable(courtCasesFile))
	mustRead(err)
	x.misspelt, err = parseMisspellings(misspellingsFile, embeddedTable(misspellingsFile))
	mustRead(err)
	for bad := range x.misspelt { // lower-case ASCII letters (parseMisspellings)
		if len(bad) < 32 {
			x.misspeltShape |= 1<<len(bad) | 1<<(32+bad[0]-'a')
		}
	}
}

// parseCourtCases reads a court cases' table: per line the party's name
// the news writes alone and the case's full name, which must start with it
// and a versus ("Roe", "Roe v. Wade"). A short form written twice is
// refused.
func parseCourtCases(file string, data []byte) (map[string]string, error) {
	return parseKeyedMap(file, data, 2, 2, asWritten, func(cols []string) (string, error) {
		short, full := cols[0], cols[1]
		if !strings.HasPrefix(full, short+" v. ") && !strings.HasPrefix(full, short+" vs. ") {
			return "", fmt.Errorf("%s: the case %q does not start with %q and \"v.\"", short, full, short)
		}
		return full, nil
	})
}

// parseMisspellings reads a misspellings' table: per line a misspelling
// and the office word it stands for, both in lower case (the extractor's
// tokens are looked up lower-cased). A misspelling written twice, one that
// is its word, or a word that is itself a misspelling is refused.
func parseMisspellings(file string, data []byte) (map[string]string, error) {
	bads, words := map[string]bool{}, map[string]bool{}
	return parseKeyedMap(file, data, 2, 2, asWritten, func(cols []string) (string, error) {
		bad, word := cols[0], cols[1]
		for _, w := range cols {
			if w != strings.ToLower(w) || !isASCIILetters(w) {
				return "", fmt.Errorf("%q is not a word in lower case", w)
			}
		}
		if bad == word {
			return "", fmt.Errorf("%s: a word is not its own misspelling", bad)
		}
		if bads[word] || words[bad] {
			return "", fmt.Errorf("%s: a misspelling of one row is the word of another", bad)
		}
		bads[bad], words[word] = true, true
		return word, nil
	})
}
