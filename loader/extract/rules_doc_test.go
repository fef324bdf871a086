package extract

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// catalogueEntry is a file named at the start of one of RULES.md's list lines.
var catalogueEntry = regexp.MustCompile("(?m)^- `([a-z0-9_]+\\.go)`")

// TestRulesCatalogueListsEveryFile keeps RULES.md whole: every non-test Go
// file of the package has its line, and every line names a file that exists.
func TestRulesCatalogueListsEveryFile(t *testing.T) {
	doc, err := os.ReadFile("RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range catalogueEntry.FindAllStringSubmatch(string(doc), -1) {
		listed[m[1]] = true
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	present := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") {
			continue
		}
		present[name] = true
		if !strings.HasSuffix(name, "_test.go") && !listed[name] {
			t.Errorf("%s has no line in RULES.md: add one under the group of its rule", name)
		}
	}
	for name := range listed {
		if !present[name] {
			t.Errorf("RULES.md lists %s, which is not in the package", name)
		}
	}
}
