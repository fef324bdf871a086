package gazetteer

import "testing"

// TestParseCourtCasesRefusesABadRow: a case that does not start with its
// short form and a versus, and a short form written twice are refused.
func TestParseCourtCasesRefusesABadRow(t *testing.T) {
	wantRefused(t, func(data []byte) error { _, err := parseCourtCases("t.tsv", data); return err }, map[string]string{
		"Roe\tWade v. Roe\n":                    `t.tsv:1: Roe: the case "Wade v. Roe" does not start with "Roe"`,
		"Roe\tRoe Wade\n":                       `t.tsv:1: Roe: the case "Roe Wade" does not start with "Roe"`,
		"Roe\tRoe v. Wade\nRoe\tRoe vs. Wade\n": `t.tsv:2: "Roe" is already a row`,
	})
}

// TestParseMisspellingsRefusesABadRow: a row not in lower case letters, a
// word as its own misspelling, a misspelling written twice and a chain (a
// misspelling that is another row's word, either way round) are refused.
func TestParseMisspellingsRefusesABadRow(t *testing.T) {
	wantRefused(t, func(data []byte) error { _, err := parseMisspellings("t.tsv", data); return err }, map[string]string{
		"Minster\tminister\n":                     `t.tsv:1: "Minster" is not a word in lower case`,
		"min ster\tminister\n":                    `t.tsv:1: "min ster" is not a word in lower case`,
		"minister\tminister\n":                    "t.tsv:1: minister: a word is not its own misspelling",
		"minster\tminister\nminster\tmonster\n":   `t.tsv:2: "minster" is already a row`,
		"minster\tminister\nminisster\tminster\n": "t.tsv:2: minisster: a misspelling of one row is the word of another",
		"minisster\tminster\nminster\tminister\n": "t.tsv:2: minster: a misspelling of one row is the word of another",
	})
}

// TestEmbeddedTextFormsParse: the embedded tables read without error.
func TestEmbeddedTextFormsParse(t *testing.T) {
	if _, err := parseCourtCases(courtCasesFile, embeddedTable(courtCasesFile)); err != nil {
		t.Error(err)
	}
	if _, err := parseMisspellings(misspellingsFile, embeddedTable(misspellingsFile)); err != nil {
		t.Error(err)
	}
}

// TestIsCaseShortForm knows "Roe" and "Dobbs" as written, not the other
// party nor another case.
func TestIsCaseShortForm(t *testing.T) {
	for name, want := range map[string]bool{"Roe": true, "Dobbs": true, "Wade": false, "roe": false, "Griswold": false} {
		if got := IsCaseShortForm(name); got != want {
			t.Errorf("%q: %v, want %v", name, got, want)
		}
	}
}

// TestOfficeWordMisspelt gives a misspelling's office word, and nothing
// for a word spelt right or a capitalised key.
func TestOfficeWordMisspelt(t *testing.T) {
	for w, want := range map[string]string{"minster": "minister", "presdient": "president", "embassador": "ambassador",
		"minister": "", "Minster": ""} {
		if got, ok := OfficeWordMisspelt(w); got != want || ok != (want != "") {
			t.Errorf("%q: %q %v, want %q", w, got, ok, want)
		}
	}
}

// TestEveryMisspellingPassesTheShapeTest: the length and first-letter test
// that spares most words the lookup (mayBeMisspelt) lets every listed
// misspelling through, and a word of another length or first letter not.
func TestEveryMisspellingPassesTheShapeTest(t *testing.T) {
	x := load()
	for bad, want := range x.misspelt {
		if got, ok := OfficeWordMisspelt(bad); !ok || got != want {
			t.Errorf("%q: %q %v, want %q", bad, got, ok, want)
		}
	}
	for _, w := range []string{"", "x", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "Minster", "1minster"} {
		if x.mayBeMisspelt(w) {
			t.Errorf("%q: may be misspelt, want no lookup", w)
		}
	}
}
