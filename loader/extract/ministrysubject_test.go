package extract

import "testing"

// TestMinistrySubjectsReadOn: a ministry's subject the common words lack
// ("Sport", "Unification", "Arts") carries its office on, as "Tourism"
// does, rather than cutting it to "Minister" (roles44).
func TestMinistrySubjectsReadOn(t *testing.T) {
	for _, c := range []struct{ text, name, country, role string }{
		{"Poland: Kamil Bortniczuk, Minister of Sport and Tourism, attended the meeting.", "Kamil Bortniczuk", "PL", "Minister of Sport and Tourism"},
		{"Luxembourg: Georges Engel, Minister of Sport, spoke first.", "Georges Engel", "LU", "Minister of Sport"},
		{"In Seoul, Deputy Secretary Sherman will meet with ROK leaders, including Foreign Minister Park Jin, Unification Minister Kwon Young-se, and First Vice Foreign Minister Cho Hyun-dong.", "Kwon Young-se", "KR", "Unification Minister"},
		{"Deputy Secretary of State Wendy R. Sherman met with Republic of Korea Minister of Unification Lee In-young in Seoul today.", "Lee In-young", "KR", "Minister of Unification"},
	} {
		r, err := Extract(Article{ID: "usdos-1", Title: "Statement on Sport", Date: "2022-06-03", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range r.People {
			if p.Name == c.name {
				found = true
				if p.Role != c.role || p.Country != c.country {
					t.Errorf("%q: %s is %q of %q, want %q of %q", c.text, c.name, p.Role, p.Country, c.role, c.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", c.text, c.name, r.People)
		}
	}
}

// TestSportOfficeIsNoUSOne: the US government has no office of sport, so a
// US release's default country does not make "Valentina Vezzali, Secretary
// of State for Sport" (usdos-322018, whose list gives the states as
// headings) a US official, as the bare "Secretary of State" it was cut to
// before did not; a US office "for" a subject still may be one.
func TestSportOfficeIsNoUSOne(t *testing.T) {
	for _, c := range []struct {
		role string
		want bool
	}{
		{"Secretary of State for Sport", true},
		{"Minister of Sport and Tourism", true},
		{"Secretary of State for Political Affairs", false},
		{"Special Envoy for Sports Diplomacy", false},
		{"Assistant Secretary for Transportation Policy", false},
	} {
		if got := notPublisherTitle(c.role); got != c.want {
			t.Errorf("notPublisherTitle(%q) = %v, want %v", c.role, got, c.want)
		}
	}
}
