package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// TestParseGroupsRefusesABadRow: each bad row is refused with the file,
// the line and what is wrong.
func TestParseGroupsRefusesABadRow(t *testing.T) {
	known := func(cc string) bool { return cc == "FR" || cc == "DE" || cc == "GB" }
	for _, c := range []struct{ table, want string }{
		{"# c\nE3\tFR;DE;XX\n", `t.tsv:2: E3: "XX" is no country of countries.tsv`},
		{"E3\tFR;DE;FR\n", "t.tsv:1: E3: FR is written twice"},
		{"E3\t;\n", "t.tsv:1: E3: no members"},
		{"E3\tFR;DE;GB\ne3\tFR\n", "t.tsv:2: e3: a group of that name is already a row"},
		{"E3\n", "t.tsv:1: 1 columns, want 2 to 2"},
	} {
		if _, err := parseGroups("t.tsv", []byte(c.table), known); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error %v, want it to start %q", c.table, err, c.want)
		}
	}
}

// TestEmbeddedGroupsParse: the embedded table reads without error.
func TestEmbeddedGroupsParse(t *testing.T) {
	known := func(cc string) bool { _, ok := CountryByCode(cc); return ok }
	if _, err := parseGroups(groupsFile, embeddedTable(groupsFile), known); err != nil {
		t.Error(err)
	}
}

// TestGroupMembers finds a group's members in the table's order, by its
// name in any case.
func TestGroupMembers(t *testing.T) {
	for group, want := range map[string][]string{"e3": {"FR", "DE", "GB"}, "Quad": {"AU", "IN", "JP", "US"},
		"p5+1": {"CN", "FR", "RU", "GB", "US", "DE"}, "NATO": nil} {
		got, ok := GroupMembers(group)
		if !slices.Equal(got, want) || ok != (want != nil) {
			t.Errorf("%q: %v %v, want %v", group, got, ok, want)
		}
	}
}
