package evaluate

import (
	"testing"

	"newsgraph/loader/extract"
)

// TestSplitPeopleFindsOnePersonUnderTwoIDs runs SplitPeople on extraction
// results written for it: each pair of names folds to one person by the
// kind given, and names of two people are no pair.
func TestSplitPeopleFindsOnePersonUnderTwoIDs(t *testing.T) {
	cases := []struct {
		a, b   string
		kind   string // "" for no pair
		listed bool
	}{
		{"J.B. Pritzker", "J. B. Pritzker", SplitSpelling, true},
		{"Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", SplitTitle, true},
		{"Garnell Whitfield Jr.", "Garnell Whitfield", SplitSuffix, false},
		{"Mustafa Al-Kadhimi", "Mustafa Kadhimi", SplitParticle, true},
		{"Mohammed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", SplitTranslit, true},
		{"Muhammad bin Salman", "Mohammed bin Salman", SplitTranslit, true},
		{"Alexei Mordashov", "Alexey Mordashov", SplitTranslit, false},
		{"Mary Scanlon", "Mary Gay Scanlon", SplitList, true},
		{"Harry S. Truman", "Harry Truman", SplitInitials, true},
		{"Salman", "Salman bin Abdulaziz al-Saud", SplitList, true}, // a monarch's style and the full name an alias gives
		{"Khalifa bin Zayed Al Nahyan", "Khalifa bin Zayed", SplitFamily, true},
		{"Tamim bin Hamad Al-Thani", "Tamim bin Hamad", SplitFamily, true},
		{"Sheikh Khalifa bin Zayed Al Nahyan", "Khalifa bin Zayed", SplitFamily, true},
		// two people
		{"Khalifa bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan", "", false},
		{"John Kerry", "John Kelly", "", false},
		{"Biden", "Bidden", "", false},         // one word: a surname the text left alone
		{"Salman", "Salman Rahman", "", false}, // a monarch's style is no one else's given name
		{"Khalifa bin Zayed", "Mohammed bin Zayed Al Nahyan", "", false},
		{"Mustafa Al-Kadhimi", "Mustafa Hassan", "", false}, // no patronymic: the family name is the surname
	}
	for _, c := range cases {
		t.Run(c.a+" | "+c.b, func(t *testing.T) {
			res := []extract.Result{
				{ID: "one", Entities: []extract.Entity{{ID: "person:a", Type: "Person", Name: c.a}},
					Meetings: []extract.Meeting{{ParticipantIDs: []string{"person:a", "person:x"}}}},
				{ID: "two", Entities: []extract.Entity{{ID: "person:b", Type: "Person", Name: c.b}, {ID: "person:a", Type: "Person", Name: c.a}}},
			}
			pairs := SplitPeople(res)
			if c.kind == "" {
				if len(pairs) != 0 {
					t.Errorf("pairs %+v, want none", pairs)
				}
				return
			}
			want := SplitPair{A: "person:a", B: "person:b", NameA: c.a, NameB: c.b, Kind: c.kind, Listed: c.listed,
				ArticlesA: 2, ArticlesB: 1, ArticlesBoth: 1, MeetingsA: 1}
			if len(pairs) != 1 || pairs[0] != want {
				t.Errorf("pairs %+v, want [%+v]", pairs, want)
			}
		})
	}
}
