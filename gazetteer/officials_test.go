package gazetteer

import (
	"strings"
	"testing"
)

func TestReadOfficialsNamesFileAndLineOfABadRow(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"good", "# comment\n\nMarco Rubio\tUS\tSecretary of State\t2025-01-21\t\tMarco Antonio Rubio\n", ""},
		{"short row", "Marco Rubio\tUS\n", "o.tsv:1: want 3 to 6"},
		{"unknown country", "\nMarco Rubio\tXX\tSecretary of State\n", "o.tsv:2: \"XX\" is neither"},
		{"bad date", "Marco Rubio\tUS\tSecretary of State\t21 Jan 2025\n", "o.tsv:1: date \"21 Jan 2025\""},
		{"no such month", "Marco Rubio\tUS\tSecretary of State\t2025-13-21\n", "o.tsv:1: date \"2025-13-21\""},
		{"no such day", "Marco Rubio\tUS\tSecretary of State\t2025-01-21\t2025-02-30\n", "o.tsv:1: date \"2025-02-30\""},
		{"no such month of a month", "Marco Rubio\tUS\tSecretary of State\t2025-00\n", "o.tsv:1: date \"2025-00\""},
		{"ends before it starts", "Marco Rubio\tUS\tSecretary of State\t2025-01-21\t2024\n", "o.tsv:1: the term ends"},
		{"no role", "Marco Rubio\tUS\t\n", "o.tsv:1: an official needs a name and a role"},
		{"no start", "# Rubio\n\nMarco Rubio\tUS\tSecretary of State\n", "o.tsv:3: a term needs its start"},
		{"an end and no start", "Marco Rubio\tUS\tSecretary of State\t\t2029\n", "o.tsv:1: a term needs its start"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list, err := ReadOfficials("o.tsv", strings.NewReader(tc.in))
			if tc.want == "" {
				if err != nil || len(list) != 1 || list[0].Aliases[0] != "Marco Antonio Rubio" || list[0].End != "" {
					t.Fatalf("ReadOfficials = %+v, %v", list, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestReadOfficialsDropsAByteOrderMark: a TSV saved by a spreadsheet
// starts with a byte-order mark, which had stayed in the first official's
// name ("\ufeffChristopher Landau", the name the API then gave him;
// roles41). The next line reads as before.
func TestReadOfficialsDropsAByteOrderMark(t *testing.T) {
	in := "\ufeffChristopher Landau\tUS\tDeputy Secretary of State\t2025-03-25\nMarco Rubio\tUS\tSecretary of State\t2025-01-21\n"
	list, err := ReadOfficials("o.tsv", strings.NewReader(in))
	if err != nil || len(list) != 2 {
		t.Fatalf("ReadOfficials = %+v, %v", list, err)
	}
	for i, want := range []string{"Christopher Landau", "Marco Rubio"} {
		if list[i].Name != want || list[i].Country != "US" {
			t.Errorf("line %d reads as %q of %q, want %q of US", i+1, list[i].Name, list[i].Country, want)
		}
	}
}

func TestMergeOfficialsReplacesEveryTermOfAnOfficeAndAddsTheRest(t *testing.T) {
	builtIn := []Official{
		{Name: "Joe Biden", Country: "US", Role: "President", Start: "2021"},
		{Name: "Joe Biden", Country: "US", Role: "President", Start: "2021-01-20"},
		{Name: "Joe Biden", Country: "US", Role: "Vice President", Start: "2009", End: "2017"},
	}
	extra := []Official{
		{Name: "joe biden", Country: "US", Role: "president", Start: "2021-01-20", End: "2025-01-20"},
		{Name: "Marco Rubio", Country: "US", Role: "Secretary of State", Start: "2025-01-21"},
	}
	got := MergeOfficials(builtIn, extra)
	if len(got) != 3 || got[0].Role != "Vice President" || got[1].End != "2025-01-20" || got[2].Name != "Marco Rubio" {
		t.Errorf("merged = %+v, want the vice presidency, the ended presidency and Rubio", got)
	}
}

func TestUseOfficialsIsSeenByLookups(t *testing.T) {
	t.Cleanup(func() { UseOfficials(nil) })
	if len(OfficialsNamed("Pete Hegseth")) != 0 {
		t.Fatal("the built-in lists know Pete Hegseth: the test needs an official they lack")
	}
	UseOfficials([]Official{{Name: "Pete Hegseth", Country: "US", Role: "Secretary of Defense", Start: "2025-01-25"}})
	got := OfficialsNamed("Pete Hegseth")
	if len(got) != 1 || !got[0].ActiveOn("2025-07-10") || len(OfficialsBySurname("Hegseth")) != 1 {
		t.Errorf("after UseOfficials, Pete Hegseth = %+v", got)
	}
	UseOfficials(nil)
	if len(OfficialsNamed("Pete Hegseth")) != 0 {
		t.Errorf("UseOfficials(nil) kept the file's officials")
	}
}
