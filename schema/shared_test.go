package schema

import (
	"slices"
	"testing"
)

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
