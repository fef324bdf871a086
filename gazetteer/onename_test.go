package gazetteer

import (
	"slices"
	"testing"
)

// TestOneNamePerPersonAcrossTables checks that a person the generated and
// the hand-kept tables spell two ways has one name, the generated table's,
// with each table's term, role and dates, and is still found under the
// other spelling, its given name and its article-free surname.
func TestOneNamePerPersonAcrossTables(t *testing.T) {
	const mbz = "Mohammed bin Zayed Al Nahyan"
	cases := []struct {
		lookup, date string
		want, role   string
	}{
		{"Mohamed bin Zayed Al Nahyan", "2021-06-30", mbz, "Crown Prince of Abu Dhabi"},
		{"Mohamed bin Zayed", "2021-11-01", mbz, "Crown Prince of Abu Dhabi"}, // the generated President term starts "2022", the whole year
		{"Mohammed bin Zayed", "2021-06-30", mbz, "Crown Prince of Abu Dhabi"},
		{"Mohammed bin Zayed Al Nahyan", "2022-07-16", mbz, "President"},
		{"Mohamed bin Zayed Al Nahyan", "2022-07-16", mbz, "President"},
		{"Mustafa Kadhimi", "2021-07-26", "Mustafa Al-Kadhimi", "Prime Minister"},
		{"Mustafa al Kadhimi", "2021-07-26", "Mustafa Al-Kadhimi", "Prime Minister"},
	}
	for _, c := range cases {
		t.Run(c.lookup+" on "+c.date, func(t *testing.T) {
			terms := OfficialsNamed(c.lookup)
			var roles []string
			for _, o := range terms {
				if o.Name != c.want {
					t.Errorf("a term named %q, want every term named %q", o.Name, c.want)
				}
				if o.ActiveOn(c.date) {
					roles = append(roles, o.Role)
				}
			}
			if !slices.Equal(roles, []string{c.role}) {
				t.Errorf("roles on %s: %v, want [%s] (terms %+v)", c.date, roles, c.role, terms)
			}
		})
	}
	// the Crown Prince's term ends where the President's begins
	for _, o := range OfficialsNamed(mbz) {
		if o.Role == "Crown Prince of Abu Dhabi" && o.End != "2022-05-14" {
			t.Errorf("the Crown Prince's term ends %q, want 2022-05-14", o.End)
		}
	}
	// "Mohamed" alone still finds him by his given name as the hand-kept row spells it
	if !slices.ContainsFunc(OfficialsByGivenName("Mohamed"), func(o Official) bool { return o.Name == mbz }) {
		t.Errorf("OfficialsByGivenName(%q) lost %s", "Mohamed", mbz)
	}
}

// TestOneNamePerPersonLeavesNamesakesApart checks oneNamePerPerson on terms
// written for it: one state's transliterations are one person, another
// state's or an English-written name's are not.
func TestOneNamePerPersonLeavesNamesakesApart(t *testing.T) {
	in := []Official{
		{Name: "Mohammed bin Zayed Al Nahyan", Country: "AE", Role: "President", Start: "2022"},
		{Name: "Mohamed bin Zayed Al Nahyan", Country: "AE", Role: "Crown Prince", End: "2022-05-14", Aliases: []string{"Mohamed bin Zayed"}},
		{Name: "Mohamed bin Zayed Al Nahyan", Country: "QA", Role: "Minister"}, // another state's namesake
		{Name: "John Glenn", Country: "US", Role: "Senator"},
		{Name: "John Glen", Country: "US", Role: "Representative"}, // English names are not transliterated
	}
	want := []struct{ name, spelled string }{
		{"Mohammed bin Zayed Al Nahyan", ""},
		{"Mohammed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"},
		{"Mohamed bin Zayed Al Nahyan", ""},
		{"John Glenn", ""},
		{"John Glen", ""},
	}
	got := oneNamePerPerson(in)
	for i, w := range want {
		if got[i].Name != w.name || got[i].Spelled != w.spelled {
			t.Errorf("term %d: name %q spelled %q, want %q spelled %q", i, got[i].Name, got[i].Spelled, w.name, w.spelled)
		}
	}
	if !slices.Contains(got[1].Aliases, "Mohamed bin Zayed Al Nahyan") || !slices.Contains(got[1].Aliases, "Mohamed bin Zayed") {
		t.Errorf("renamed term's aliases %v: want its own spelling kept", got[1].Aliases)
	}
	if len(in[1].Aliases) != 1 {
		t.Errorf("oneNamePerPerson changed its input's aliases: %v", in[1].Aliases)
	}
}

// TestSameNameWord checks the spellings a word alone may take for a
// listed person's word (the resolver's indexSpellings): a transliteration
// or the Arabic article dropped, not another name.
func TestSameNameWord(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"mohamed", "mohammed", true},
		{"kadhimi", "al-kadhimi", true},
		{"el-sisi", "sisi", true},
		{"nikolay", "nikolai", true},
		{"mohamed", "ahmed", false},
		{"kadhimi", "al-kazimi", false},
		{"al-sisi", "al-said", false},
	}
	for _, c := range cases {
		if got := SameNameWord(c.a, c.b); got != c.want {
			t.Errorf("SameNameWord(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
