package schema

import (
	"slices"
	"testing"
)

// TestDateInRangePlacesADateAtItsFirstDay: a month or a year is in [from,
// to] when its first day is. "Who met whom in 2022" asked as 2022-01-01 to
// 2022-12-31 lost January's meetings dated to the month and the year's
// dated to the year, and kept December's: from compared the strings, and
// "2022-01" sorts before "2022-01-01".
func TestDateInRangePlacesADateAtItsFirstDay(t *testing.T) {
	tests := []struct {
		date, from, to string
		want           bool
	}{
		{"2022-01", "2022-01-01", "2022-12-31", true}, // January, dated to the month
		{"2022", "2022-01-01", "2022-12-31", true},    // the year itself
		{"2022", "2022-01", "", true},
		{"2022-12", "2022-01-01", "2022-12-31", true},
		{"2022-11", "2022", "", true}, // finer dates, as before
		{"2023-06-19", "", "2023-06", true},
		{"2022-11", "", "2022-11-13", true},  // its first day is before to
		{"2022-01", "2022-01-15", "", false}, // its first day is before from
		{"2023", "2023-06", "", false},
		{"2021-12", "2022-01-01", "", false},
		{"2021-12-31", "2022-01-01", "", false},
		{"2023-01-01", "", "2022", false},
		{"2023", "", "2022-12-31", false},
		{"", "2022", "", false}, // undated, with a bound
		{"", "", "", true},
	}
	for _, tt := range tests {
		if got := DateInRange(tt.date, tt.from, tt.to); got != tt.want {
			t.Errorf("DateInRange(%q, %q, %q) = %v, want %v", tt.date, tt.from, tt.to, got, tt.want)
		}
	}
}

func TestAttestedAtComparesSpansOfDays(t *testing.T) {
	tests := []struct {
		since, until, at string
		want             bool
	}{
		{"2021-01-20", "2024-10-20", "2023-11-15", true},
		{"2021-01-20", "2024-10-20", "2021", true},        // the year overlaps the span
		{"2021-01-20", "2024-10-20", "2021-01", true},     // so does the month
		{"2021-01-20", "2024-10-20", "2021-01-19", false}, // the day before
		{"2021-01-20", "2024-10-20", "2024-10-21", false}, // the day after
		{"2009-01-20", "2011-08-19", "2011-08", true},
		{"2023", "2023", "2023-12-31", true}, // a year covers its last day
		{"2023-02", "", "2023-02-28", true},  // only since: attested that month
		{"", "2023-02", "2023-03-01", false}, // only until
		{"", "", "2023", false},              // never attested
		{"2023-06-19", "2023-06-19", "", true},
	}
	for _, tt := range tests {
		if got := AttestedAt(tt.since, tt.until, tt.at); got != tt.want {
			t.Errorf("AttestedAt(%q, %q, %q) = %v, want %v", tt.since, tt.until, tt.at, got, tt.want)
		}
	}
}

func TestArticleScoreRanksTitlesAboveTextAndBelowNames(t *testing.T) {
	article := Node{ID: "article:a", Label: LabelArticle, Name: "Blinken in Beijing", Props: map[string]string{
		PropTitle: "Blinken in Beijing", PropText: "Antony Blinken met Wang Yi. Blinken then met Xi Jinping."}}
	name := SearchScore(Node{Name: "Antony Blinken"}, []string{"blinken"})
	title := ArticleScore(article, []string{"blinken"})
	text := ArticleScore(article, []string{"wang"})
	if !(name > title && title > text && text > 0) {
		t.Errorf("name %v, title %v, text %v: want name > title > text > 0", name, title, text)
	}
	if ArticleScore(article, []string{"wang", "putin"}) != 0 {
		t.Error("an article without every word scores")
	}
	more := ArticleScore(article, []string{"met"})
	if fewer := ArticleScore(article, []string{"wang"}); more <= fewer {
		t.Errorf("two occurrences (%v) do not beat one (%v)", more, fewer)
	}
}

func TestCompareTimelinePutsUndatedLastAndMeetingsFirst(t *testing.T) {
	entries := []TimelineEntry{
		{Date: "", Kind: TimelineMeeting, Node: Node{ID: "meeting:z"}},
		{Date: "2023-06-19", Kind: TimelineMention, Node: Node{ID: "article:a"}},
		{Date: "2023-06-19", Kind: TimelineMeeting, Node: Node{ID: "meeting:b"}},
		{Date: "2023-06", Kind: TimelineMeeting, Node: Node{ID: "meeting:c"}},
		{Date: "2022", Kind: TimelineMention, Node: Node{ID: "article:b"}},
	}
	slices.SortFunc(entries, CompareTimeline)
	var got []string
	for _, e := range entries {
		got = append(got, e.Node.ID)
	}
	if want := []string{"article:b", "meeting:c", "meeting:b", "article:a", "meeting:z"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestComparePathsPrefersPeopleAndMeetingsOverCountries(t *testing.T) {
	path := func(ids ...string) Path {
		var p Path
		for _, id := range ids {
			p.Nodes = append(p.Nodes, Node{ID: id})
		}
		return p
	}
	viaCountry := path("person:a", "country:US", "person:b")
	viaMeeting := path("person:a", "meeting:2023:a+b", "person:b")
	if ComparePaths(viaMeeting, viaCountry) >= 0 {
		t.Error("a path through a meeting does not win over one through a country")
	}
	if ComparePaths(path("person:a", "person:b"), viaMeeting) >= 0 {
		t.Error("a shorter path does not win")
	}
}

func TestDatesAgreeWhenOneRefinesTheOther(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2023-06", "2023-06-19", true},
		{"2023", "2023-06-19", true},
		{"2023-06-19", "2023-06-19", true},
		{"2023-05", "2023-06-19", false},
		{"2023-06-18", "2023-06-19", false},
		{"", "2023", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := DatesAgree(tt.a, tt.b); got != tt.want {
			t.Errorf("DatesAgree(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := DatesAgree(tt.b, tt.a); got != tt.want {
			t.Errorf("DatesAgree(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestCompareDatedFirstPutsUndatedLastWhateverTheDates(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2023", "", -1},
		{"", "1999", 1},
		{"2023", "1999", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		if got := CompareDatedFirst(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareDatedFirst(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFoldLettersKeepsCaseAndFoldsEveryLatinLetter(t *testing.T) {
	tests := map[string]string{
		"Nguyễn Phú Trọng": "Nguyen Phu Trong",
		"Øresund Æble":     "Oresund AEble",
		"Straße":           "Strasse",
		"Guðni Þór":        "Gudni THor",
		"Łukasz İzmir":     "Lukasz Izmir",
		"plain ASCII":      "plain ASCII",
		"Xi 习近平":           "Xi 习近平",
	}
	for in, want := range tests {
		if got := FoldLetters(in); got != want {
			t.Errorf("FoldLetters(%q) = %q, want %q", in, got, want)
		}
	}
}
