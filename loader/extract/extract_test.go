package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func readArticles(t testing.TB, path string) []Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []Article
	for i, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var a Article
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatalf("%s line %d: %v", path, i+1, err)
		}
		out = append(out, a)
	}
	return out
}

func seedResult(t *testing.T) Result {
	t.Helper()
	res, err := Extract(readArticles(t, filepath.Join("testdata", "seed.jsonl"))[0])
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSeedPeopleHaveCountryAndRole(t *testing.T) {
	res := seedResult(t)
	want := []Person{
		{Name: "Antony Blinken", Country: "US", Role: "Secretary of State"},
		{Name: "Xi Jinping", Country: "CN", Role: "President"},
		{Name: "Joe Biden", Country: "US", Role: "President"},
		{Name: "Wang Yi", Country: "CN", Role: "top diplomat"},
		{Name: "Qin Gang", Country: "CN", Role: "foreign minister"},
	}
	if len(res.People) != len(want) {
		t.Errorf("got %d people, want %d: %+v", len(res.People), len(want), res.People)
	}
	for _, w := range want {
		found := false
		for _, p := range res.People {
			if p.Name == w.Name {
				found = true
				if p.Country != w.Country || !strings.EqualFold(p.Role, w.Role) {
					t.Errorf("%s: got %s/%q, want %s/%q", w.Name, p.Country, p.Role, w.Country, w.Role)
				}
				if p.ID != schema.PersonID(w.Name) {
					t.Errorf("%s: id %q", w.Name, p.ID)
				}
			}
		}
		if !found {
			t.Errorf("missing %s", w.Name)
		}
	}
}

func TestSeedEntitiesAreMergedAcrossAliases(t *testing.T) {
	res := seedResult(t)
	byID := map[string]Entity{}
	for _, e := range res.Entities {
		byID[e.ID] = e
	}
	for _, id := range []string{"country:US", "country:CN", "country:TW", "country:ID", "place:beijing", "place:bali",
		"place:great-hall-of-the-people", "person:xi-jinping", "org:g20"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("missing entity %s", id)
		}
	}
	text := readArticles(t, filepath.Join("testdata", "seed.jsonl"))[0].Text
	forms := map[string]bool{}
	for _, m := range byID["person:xi-jinping"].Mentions {
		forms[text[m.Start:m.End]] = true
	}
	if !forms["Xi"] || !forms["Xi Jinping"] {
		t.Errorf("Xi mentions: %v", forms)
	}
	forms = map[string]bool{}
	for _, m := range byID["country:US"].Mentions {
		forms[text[m.Start:m.End]] = true
	}
	if !forms["U.S."] || !forms["US"] || !forms["United States"] {
		t.Errorf("US mentions: %v", forms)
	}
}

func TestSeedMeetings(t *testing.T) {
	res := seedResult(t)
	type key struct{ a, b, kind, date, place, status string }
	got := map[key]bool{}
	for _, m := range res.Meetings {
		for i := range m.Participants {
			for j := range m.Participants {
				if i != j {
					got[key{m.Participants[i], m.Participants[j], m.Kind, m.Date, m.Place, m.Status}] = true
				}
			}
		}
	}
	want := []key{
		{"Antony Blinken", "Xi Jinping", "meeting", "2023-06-19", "Beijing", "held"},
		{"Antony Blinken", "Wang Yi", "meeting", "2023-06-19", "Beijing", "held"},
		{"Antony Blinken", "Qin Gang", "meeting", "2023-06-19", "Beijing", "held"},
		{"Joe Biden", "Xi Jinping", "summit", "2022-11", "Bali", "held"},
		{"Joe Biden", "Xi Jinping", "summit", "2023", "", "planned"},
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing meeting %+v; got %+v", w, res.Meetings)
		}
	}
	if len(res.Meetings) != len(want) {
		t.Errorf("got %d meetings, want %d", len(res.Meetings), len(want))
	}
}

func TestSeedIssues(t *testing.T) {
	res := seedResult(t)
	have := map[string]bool{}
	for _, is := range res.Issues {
		have[is.ID] = true
	}
	for _, id := range []string{"issue:taiwan", "issue:espionage", "issue:military-communications"} {
		if !have[id] {
			t.Errorf("missing %s in %v", id, have)
		}
	}
}

func TestSeedGolden(t *testing.T) {
	res := seedResult(t)
	got, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	lines := func(b []byte) []string { return strings.Split(strings.TrimSpace(string(b)), "\n") }
	if diff := cmp.Diff(lines(want), lines(got)); diff != "" {
		t.Errorf("seed result differs from %s (-want +got):\n%s\nIf the change is meant, run go test -run TestSeedGolden -update.", path, diff)
	}
}

func TestResultJSONUsesNullForEmptyRoleDatePlace(t *testing.T) {
	b, err := json.Marshal(Result{People: []Person{{Name: "X"}}, Meetings: []Meeting{{Kind: "call"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"role":null`, `"date":null`, `"place":null`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s missing from %s", want, b)
		}
	}
}

func TestExtractRejectsUnusableInput(t *testing.T) {
	ok := Article{ID: "x", Date: "2022-05-01", Text: "Secretary Blinken met Foreign Minister Kuleba."}
	cases := []struct {
		name string
		edit func(a *Article)
		want error
	}{
		{"empty text", func(a *Article) { a.Text = "  \n " }, ErrEmptyText},
		{"missing date", func(a *Article) { a.Date = "" }, ErrNoDate},
		{"impossible date", func(a *Article) { a.Date = "2022-02-30" }, nil},
		{"date not ISO", func(a *Article) { a.Date = "May 1, 2022" }, nil},
		{"invalid UTF-8", func(a *Article) { a.Text = "abc\xff\xfe" }, ErrInvalidUTF8},
		{"binary junk", func(a *Article) { a.Text = "\x00\x01\x02ELF" }, ErrBinary},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ok
			c.edit(&a)
			_, err := Extract(a)
			if err == nil {
				t.Fatal("want an error")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
	if _, err := Extract(ok); err != nil {
		t.Errorf("valid article: %v", err)
	}
}

func TestHTMLIsIgnoredButOffsetsPointIntoOriginal(t *testing.T) {
	text := "<p>Secretary of State <b>Antony J. Blinken</b> met with Indian External Affairs Minister Subrahmanyam Jaishankar today in Washington.</p>"
	res, err := Extract(Article{ID: "h", Date: "2021-05-28", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, p := range res.People {
		names[p.Name] = p.Country
	}
	if names["Antony Blinken"] != "US" || names["Subrahmanyam Jaishankar"] != "IN" {
		t.Errorf("people: %v", names)
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if s := text[m.Start:m.End]; strings.ContainsAny(s, "<>") {
				t.Errorf("%s mention %q covers markup", e.ID, s)
			}
		}
	}
	if len(res.Meetings) != 1 || res.Meetings[0].Place != "Washington" || res.Meetings[0].Date != "2021-05-28" {
		t.Errorf("meetings: %+v", res.Meetings)
	}
}

func TestSlug(t *testing.T) {
	cases := map[string]string{
		"Xi Jinping":               "xi-jinping",
		"Great Hall of the People": "great-hall-of-the-people",
		"Micheál Martin":           "micheal-martin",
		"Mevlüt Çavuşoğlu":         "mevlut-cavusoglu",
		"G20":                      "g20",
		"U.S.":                     "us",
	}
	for in, want := range cases {
		if got := schema.Slug(in); got != want {
			t.Errorf("schema.Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHugeArticleDoesNotPanic(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 10 MB of text")
	}
	var b strings.Builder
	for b.Len() < 10<<20 {
		b.WriteString("Secretary Blinken met Foreign Minister Kuleba in Kyiv on Monday. ")
	}
	if _, err := Extract(Article{ID: "big", Date: "2022-05-02", Text: b.String()}); err != nil {
		t.Fatal(err)
	}
}
