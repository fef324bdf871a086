package graph

import (
	"testing"

	"newsgraph/schema"
)

func aff(role, to, since, until string) schema.Edge {
	return schema.Edge{Type: schema.RelAffiliatedWith, From: "person:p", To: to, Key: role, Since: since, Until: until}
}

// noRole is a want of an affiliation without a role (the Key "").
const noRole = "(no role)"

func TestAffiliationAtChoosesByMeetingDate(t *testing.T) {
	senator := aff("Senator", "country:US", "2009-01", "2013-01-31")
	secretary := aff("Secretary of State", "country:US", "2013-02-01", "2017-01-20")
	envoy := aff("Climate Envoy", "country:US", "2021-01-27", "2024-03")
	undated := aff("Adviser", "org:un", "", "")
	tests := []struct {
		name  string
		edges []schema.Edge
		date  string
		want  string // role, "" for none
	}{
		{"the span that covers a day", []schema.Edge{senator, secretary, envoy}, "2015-06-01", "Secretary of State"},
		{"a span covers a month it overlaps", []schema.Edge{senator, secretary, envoy}, "2013-02", "Secretary of State"},
		{"several spans cover a year: the one over more of it wins", []schema.Edge{senator, secretary}, "2013", "Secretary of State"},
		{"several spans cover a year: more of it before the roles' order", []schema.Edge{aff("A", "country:US", "2013-02-01", "2013-02-02"), senator}, "2013", "Senator"},
		{"several spans cover a year: more of it before a longer span", []schema.Edge{aff("A", "country:US", "2000-01-01", "2013-01-02"), aff("B", "country:US", "2013-03-01", "2013-12-31")}, "2013", "B"},
		{"a role covers a day before none", []schema.Edge{aff("", "country:US", "2021-06-15", "2022-06-13"), aff("Secretary of State", "country:US", "2021-05-20", "2022-08-03")}, "2021-07-31", "Secretary of State"},
		{"a role covers a day before none, whose span is longer", []schema.Edge{aff("", "country:US", "2021-01-01", "2022-12-31"), aff("Secretary", "country:US", "2021-07-31", "2021-07-31")}, "2021-07-31", "Secretary"},
		{"the longest attested role covers a day before a role of a day", []schema.Edge{aff("Like President", "country:US", "2022-05-01", "2022-05-01"), aff("President", "country:US", "2021-05-20", "2022-08-01")}, "2022-05-01", "President"},
		{"a nearer role-less span before a farther role", []schema.Edge{aff("", "country:US", "2020-01-01", "2020-01-01"), aff("Senator", "country:US", "2010-01-01", "2010-01-01")}, "2020-01-02", noRole},
		{"between spans the nearest wins", []schema.Edge{secretary, envoy}, "2020-09", "Climate Envoy"},
		{"before every span the earliest wins", []schema.Edge{secretary, envoy}, "2001", "Secretary of State"},
		{"after every span the latest wins", []schema.Edge{senator, secretary}, "2030-01-01", "Secretary of State"},
		{"equal distance: ties by role", []schema.Edge{aff("B", "country:US", "2020-01-01", "2020-01-01"), aff("A", "country:FR", "2020-01-03", "2020-01-03")}, "2020-01-02", "A"},
		{"an undated affiliation comes last", []schema.Edge{undated, senator}, "2030", "Senator"},
		{"an undated affiliation is better than none", []schema.Edge{undated}, "2030", "Adviser"},
		{"an undated meeting takes the latest attested", []schema.Edge{senator, envoy, secretary}, "", "Climate Envoy"},
		{"a malformed meeting date is undated", []schema.Edge{envoy, senator}, "June 2020", "Climate Envoy"},
		{"only since is known", []schema.Edge{aff("X", "country:US", "2019", ""), senator}, "2019-05", "X"},
		{"no affiliations", nil, "2020", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := affiliationAt(tt.edges, tt.date)
			if !ok {
				got.Key = ""
			}
			want := tt.want
			if want == noRole {
				want = ""
			}
			if got.Key != want || ok != (tt.want != "") {
				t.Errorf("affiliationAt(%q) = %q (ok %v), want %q", tt.date, got.Key, ok, tt.want)
			}
		})
	}
}

func TestAffiliationsAsOfFilterAndOrder(t *testing.T) {
	old := aff("Vice President", "country:US", "2009-01-20", "2017-01-20")
	recent := aff("President", "country:US", "2021-01-20", "2024-10")
	undated := aff("Member", "org:x", "", "")
	all := []schema.Edge{old, undated, recent}
	tests := []struct {
		asOf string
		want []string
	}{
		{"", []string{"President", "Vice President", "Member"}},
		{"2010", []string{"Vice President"}},
		{"2017", []string{"Vice President"}},
		{"2024-10-31", []string{"President"}},
		{"2019", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range affiliationsAsOf(all, tt.asOf) {
			got = append(got, e.Key)
		}
		if len(got) != len(tt.want) {
			t.Errorf("asOf %q: got %v, want %v", tt.asOf, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("asOf %q: got %v, want %v", tt.asOf, got, tt.want)
				break
			}
		}
	}
}

func TestDateSpanCoversThePrecision(t *testing.T) {
	tests := []struct {
		date string
		days int // length of the span, 0 for invalid
	}{
		{"2023", 365}, {"2024", 366}, {"2024-02", 29}, {"2023-06", 30}, {"2023-06-19", 1},
		{"", 0}, {"2023-13", 0}, {"23", 0}, {"2023-06-19T10:00", 0},
	}
	for _, tt := range tests {
		s, ok := dateSpan(tt.date)
		got := 0
		if ok {
			got = s.last - s.first + 1
		}
		if got != tt.days {
			t.Errorf("dateSpan(%q) covers %d days, want %d", tt.date, got, tt.days)
		}
	}
}

// TestAttestedAtAgreesWithAffiliationsAsOf: the stores filter officials
// by schema.AttestedAt, and Person.affiliations(asOf) by spans of days;
// the two must agree.
func TestAttestedAtAgreesWithAffiliationsAsOf(t *testing.T) {
	dates := []string{"", "2009", "2011-08", "2011-08-19", "2011-08-20", "2021-01-20", "2023", "2023-02", "2023-02-28", "2023-03-01", "2024-12-31"}
	for _, since := range dates {
		for _, until := range dates {
			if since != "" && until != "" && until < since {
				continue
			}
			e := schema.Edge{Type: schema.RelAffiliatedWith, From: "person:x", To: "country:US", Since: since, Until: until}
			for _, at := range dates[1:] {
				spans := len(affiliationsAsOf([]schema.Edge{e}, at)) == 1
				if strings := schema.AttestedAt(since, until, at); strings != spans {
					t.Errorf("since %q until %q at %q: AttestedAt %v, affiliationsAsOf %v", since, until, at, strings, spans)
				}
			}
		}
	}
}
