package graph

import (
	"slices"
	"testing"

	"newsgraph/schema"
)

// TestTimelineFoldsAnOfficesShorterForms: a role that is a shorter wording
// of one longer role of the same party folds into it, spans joined, so the
// timeline shows the office once (roles43); two offices the short form
// could name, another party, a rank, a past standing and no role are left
// apart. Two wordings of one office in another order, or with an acronym
// spelled out, fold into the one more articles give, else the longer
// (offices44).
func TestTimelineFoldsAnOfficesShorterForms(t *testing.T) {
	aff := func(to, role, since, until, article string) schema.Edge {
		return schema.Edge{Type: schema.RelAffiliatedWith, From: "person:p", To: to, Key: role, Since: since, Until: until,
			Evidence: []schema.Evidence{{ArticleID: article}}}
	}
	affN := func(to, role, since, until string, articles ...string) schema.Edge {
		e := aff(to, role, since, until, articles[0])
		for _, a := range articles[1:] {
			e.Evidence = append(e.Evidence, schema.Evidence{ArticleID: a})
		}
		return e
	}
	type entry struct{ role, since, until string }
	for _, c := range []struct {
		name  string
		edges []schema.Edge
		want  []entry
	}{
		{"a cut office", []schema.Edge{
			aff("country:KR", "Special Representative for Korean Peninsula Peace and Security Affairs", "2021-06-17", "2022-04-14", "a"),
			aff("country:KR", "Special Representative", "2022-04-06", "2022-04-20", "b"),
		}, []entry{{"Special Representative for Korean Peninsula Peace and Security Affairs", "2021-06-17", "2022-04-20"}}},
		{"a chain of forms", []schema.Edge{
			aff("country:US", "Special Envoy", "2022-06-02", "2022-06-02", "a"),
			aff("country:US", "Special Envoy for the Horn of Africa", "2022-02-13", "2022-04-12", "b"),
			aff("country:US", "Special Envoy for the Horn", "2022-01-02", "2022-01-02", "c"),
		}, []entry{{"Special Envoy for the Horn of Africa", "2022-01-02", "2022-06-02"}}},
		{"two offices the short form could name", []schema.Edge{
			aff("country:US", "Secretary", "2022-01-01", "2022-01-01", "a"),
			aff("country:US", "Secretary of State", "2021-01-01", "2021-12-01", "b"),
			aff("country:US", "Secretary of Defense", "2019-01-01", "2019-12-01", "c"),
		}, []entry{{"Secretary", "2022-01-01", "2022-01-01"}, {"Secretary of State", "2021-01-01", "2021-12-01"}, {"Secretary of Defense", "2019-01-01", "2019-12-01"}}},
		{"another party, a rank, a standing, no role", []schema.Edge{
			aff("country:US", "Special Envoy for Iran", "2021-01-01", "2021-12-01", "a"),
			aff("org:un", "Special Envoy", "2022-01-01", "2022-01-01", "b"),
			aff("country:US", "Deputy Special Envoy for Iran", "2022-02-01", "2022-02-01", "c"),
			aff("country:US", "Former Special Envoy", "2022-03-01", "2022-03-01", "d"),
			aff("country:US", "", "2022-04-01", "2022-04-01", "e"),
		}, []entry{{"Special Envoy for Iran", "2021-01-01", "2021-12-01"}, {"Special Envoy", "2022-01-01", "2022-01-01"},
			{"Deputy Special Envoy for Iran", "2022-02-01", "2022-02-01"}, {"Former Special Envoy", "2022-03-01", "2022-03-01"}, {"", "2022-04-01", "2022-04-01"}}},
		{"one office in two word orders, into the wording more articles give", []schema.Edge{
			aff("country:KR", "Unification Minister", "2022-06-01", "2022-07-01", "a"),
			affN("country:KR", "Minister of Unification", "2022-05-13", "2022-05-20", "b", "c"),
			aff("country:KR", "Minister", "2022-08-01", "2022-08-01", "d"),
		}, []entry{{"Minister of Unification", "2022-05-13", "2022-08-01"}}},
		{"as many articles: the longer wording", []schema.Edge{
			aff("country:US", "Director of the National Economic Council", "2021-03-01", "2021-03-01", "a"),
			aff("country:US", "National Economic Council Director", "2022-01-01", "2022-02-01", "b"),
			aff("country:US", "NEC Director", "2022-04-01", "2022-04-01", "c"),
		}, []entry{{"Director of the National Economic Council", "2021-03-01", "2022-04-01"}}},
		{"a rewording of another party or rank is left", []schema.Edge{
			aff("country:KR", "Minister of Unification", "2022-05-13", "2022-05-20", "a"),
			aff("country:KP", "Unification Minister", "2022-06-01", "2022-06-01", "b"),
			aff("country:KR", "Deputy Unification Minister", "2021-06-01", "2021-06-01", "c"),
		}, []entry{{"Minister of Unification", "2022-05-13", "2022-05-20"}, {"Unification Minister", "2022-06-01", "2022-06-01"},
			{"Deputy Unification Minister", "2021-06-01", "2021-06-01"}}},
		{"each office alone into the joint title (roles46)", []schema.Edge{
			affN("country:CN", "State Councilor and Foreign Minister", "2021-07-21", "2022-07-29", "a", "b"),
			aff("country:CN", "Foreign Minister", "2021-07-24", "2022-07-28", "c"),
			aff("country:CN", "State Councilor", "2022-05-04", "2022-08-10", "d"),
			aff("country:CN", "Deputy Foreign Minister", "2020-01-01", "2020-01-01", "e"),
		}, []entry{{"State Councilor and Foreign Minister", "2021-07-21", "2022-08-10"}, {"Deputy Foreign Minister", "2020-01-01", "2020-01-01"}}},
		{"a joint title as many articles give as its office, and its slash form", []schema.Edge{
			aff("country:IL", "Defense Minister", "2021-05-24", "2021-06-01", "a"),
			aff("country:IL", "Alternate Prime Minister and Defense Minister", "2021-06-03", "2021-06-03", "b"),
			aff("country:IL", "Alternate Prime Minister/Defense Minister", "2021-06-04", "2021-06-04", "c"),
			aff("country:IL", "Prime Minister", "2022-07-01", "2022-07-01", "d"),
		}, []entry{{"Alternate Prime Minister and Defense Minister", "2021-05-24", "2021-06-04"}, {"Prime Minister", "2022-07-01", "2022-07-01"}}},
		{"a shorter form keeps folding into its office beside a joint title", []schema.Edge{
			affN("country:US", "Infrastructure Implementation Coordinator", "2022-02-01", "2022-07-16", "a", "b", "c"),
			aff("country:US", "Senior Advisor and Infrastructure Implementation Coordinator", "2022-02-23", "2022-07-02", "d"),
			aff("country:US", "Coordinator", "2022-02-14", "2022-08-14", "f"),
		}, []entry{{"Infrastructure Implementation Coordinator", "2022-02-01", "2022-08-14"},
			{"Senior Advisor and Infrastructure Implementation Coordinator", "2022-02-23", "2022-07-02"}}},
		{"an office and its shorter form into a joint title two articles give", []schema.Edge{
			affN("country:US", "Infrastructure Implementation Coordinator", "2022-02-01", "2022-07-16", "a", "b", "c"),
			affN("country:US", "Senior Advisor and Infrastructure Implementation Coordinator", "2022-02-23", "2022-07-02", "d", "e"),
			aff("country:US", "Coordinator", "2022-02-14", "2022-08-14", "f"),
		}, []entry{{"Senior Advisor and Infrastructure Implementation Coordinator", "2022-02-01", "2022-08-14"}}},
		{"a party leader's address into the office, a whip's left", []schema.Edge{
			affN("country:US", "Leader", "2021-07-21", "2022-05-19", "a", "b"),
			aff("country:US", "Senate Majority Leader", "2021-06-01", "2022-06-01", "c"),
			aff("country:US", "Senator", "2021-06-01", "2022-06-01", "d"),
			aff("country:US", "Former Senate Minority Leader", "2021-06-01", "2021-06-01", "e"),
			aff("org:x", "Leader", "2021-06-01", "2021-06-01", "f"),
		}, []entry{{"Senate Majority Leader", "2021-06-01", "2022-06-01"}, {"Senator", "2021-06-01", "2022-06-01"},
			{"Former Senate Minority Leader", "2021-06-01", "2021-06-01"}, {"Leader", "2021-06-01", "2021-06-01"}}},
		{"a title one article glues to an office many give is left", []schema.Edge{
			affN("country:SN", "President", "2021-08-06", "2022-06-28", "a", "b", "c"),
			aff("country:SN", "President and African Union Assembly Chairperson", "2022-03-03", "2022-03-03", "d"),
		}, []entry{{"President", "2021-08-06", "2022-06-28"}, {"President and African Union Assembly Chairperson", "2022-03-03", "2022-03-03"}}},
	} {
		in := slices.Clone(c.edges)
		var got []entry
		for _, e := range foldOfficeForms(c.edges) {
			got = append(got, entry{e.Key, e.Since, e.Until})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		for i := range in {
			if in[i].Key != c.edges[i].Key || in[i].Since != c.edges[i].Since || len(in[i].Evidence) != len(c.edges[i].Evidence) {
				t.Errorf("%s: the fold changed its input", c.name)
			}
		}
	}
}
