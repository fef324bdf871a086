package extract

import "testing"

// TestAideTitleNamesThePrincipal probes a title "<an aide's office> to
// <another office>" right before a name, from the open corpus's biographies
// (issue 10, audit10): with no article before the second office the name is
// the principal's, who holds that office; with "the" before it, or where the
// title is an office's own complement, the name is the aide's and the title
// stays.
func TestAideTitleNamesThePrincipal(t *testing.T) {
	cases := []struct{ name, text, person, role string }{
		// whitehouse-48960
		{"a special assistant to the Secretary of Defense", "Rheanne Wirkkala currently serves as the Special Assistant for Strategy to Secretary of Defense Lloyd Austin.", "Lloyd Austin", "Secretary of Defense"},
		{"a senator's advisor", "Prior to returning to the Department of State, she was Senior National Security Advisor to Senator Jeanne Shaheen (D-NH).", "Jeanne Shaheen", "Senator"},
		// usdos-353343, whitehouse-52579, whitehouse-21373, whitehouse-19637
		{"a national security advisor to a president", "He served as National Security Advisor to President Barack Obama.", "Barack Obama", "President"},
		{"a chief of staff to the Speaker", "Before moving to the private sector, Burks served as the Chief of Staff to Speaker of the House Paul Ryan.", "Paul Ryan", "Speaker of the House"},
		{"a plural office shared by two names", "She served as Chief of Staff to Interior Secretaries Sally Jewell and Ken Salazar in the Obama administration.", "Ken Salazar", "Interior Secretary"},
		{"a plural head before its complement", "He was Special Assistant to Secretaries of State Colin Powell and Condoleezza Rice.", "Colin Powell", "Secretary of State"},
		{"an ambassador's counselor", "She served as Deputy Chief of Staff and Counselor to U.S. Ambassador to the United Nations Susan Rice.", "Susan Rice", "U.S. Ambassador to the United Nations"},
		// guards: the aide named after "the" and an office (whitehouse-51211, whitehouse-57475),
		// an office's own complement (usdos-340728, whitehouse-48360), a glued name (usdos-340895)
		{"the Vice President's press secretary is the aide", "Statement by Press Secretary to the Vice President Kirsten Allen", "Kirsten Allen", "Press Secretary to the Vice President"},
		{"the President's special assistant is the aide", "The meeting was opened by Special Assistant to the President Caitlin Durkovich.", "Caitlin Durkovich", "Special Assistant to the President"},
		{"a deputy minister of a portfolio", "Deputy Secretary Sherman met with Armenian Deputy Minister of Justice Grigor Minasyan.", "Grigor Minasyan", "Deputy Minister of Justice"},
		{"an envoy to a country keeps the title", "Secretary Blinken met with Special Envoy to Haiti Daniel Foote.", "Daniel Foote", "Special Envoy to Haiti"},
		{"a second office after and is no principal's", "Secretary Blinken met with Under Secretary for Nuclear Security of the U.S. Department of Energy and Administrator of the National Nuclear Security Administration Jill Hruby.", "Jill Hruby", "Under Secretary for Nuclear Security of the U.S. Department of Energy and Administrator of the National Nuclear Security Administration"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			title, text := "Readout", c.text
			if c.text[len(c.text)-1] != '.' {
				title, text = c.text, "Secretary Blinken spoke."
			}
			res, err := Extract(Article{Date: probePub, Source: "whitehouse.gov", Title: title, Text: text})
			if err != nil {
				t.Fatal(err)
			}
			var found []string
			for _, p := range res.People {
				if p.Name == c.person {
					if p.Role != c.role {
						t.Errorf("%s: role %q, want %q", c.person, p.Role, c.role)
					}
					return
				}
				found = append(found, p.Name)
			}
			t.Errorf("%s not found (people %v)", c.person, found)
		})
	}
}

// TestPrincipalOffice pins the title's split on its own: the office after
// "to" and no article, its head made singular before a complement, and
// none for the aide's own titles, an office of a portfolio and a glued name.
func TestPrincipalOffice(t *testing.T) {
	cases := []struct{ role, name, office string }{
		{"Special Assistant for Strategy to Secretary of Defense", "Lloyd Austin", "Secretary of Defense"},
		{"Senior Advisor to United States Trade Representative", "Ron Kirk", "United States Trade Representative"},
		{"Chief of Staff to New Jersey Governor", "Jon Corzine", "New Jersey Governor"},
		{"Special Assistant to Secretaries of State", "Colin Powell", "Secretary of State"},
		{"Chief of Staff to Interior Secretaries", "Sally Jewell", "Interior Secretaries"},
		{"Press Secretary to the Vice President", "Kirsten Allen", ""},
		{"Deputy Minister of Justice", "Grigor Minasyan", ""},
		{"Special Envoy to Haiti", "Daniel Foote", ""},
		{"Ambassador to Japan", "Rahm Emanuel", ""},
		{"Economic Advisor to President", "Ramaphosa Trudi Makhaya", ""},
		{"Deputy Commander of U.S. Indo-Pacific Command, and Marine Corps Lieutenant", "Steven Rudder", ""},
	}
	for _, c := range cases {
		got, ok := principalOffice(c.role, c.name)
		if got != c.office || ok != (c.office != "") {
			t.Errorf("principalOffice(%q, %q) = %q, %v; want %q", c.role, c.name, got, ok, c.office)
		}
	}
}
