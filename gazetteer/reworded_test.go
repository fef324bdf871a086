package gazetteer

import "testing"

// TestRewordedOfficeReadsAnotherOrderAndASpelledOutAcronym: one office's
// words in another order, or with an acronym the other wording spells out,
// are one office; a word more or less, another office, a rank, a past
// standing or an acronym the other does not spell out are not (offices44).
func TestRewordedOfficeReadsAnotherOrderAndASpelledOutAcronym(t *testing.T) {
	for _, c := range []struct {
		a, b, party string
		want        bool
	}{
		{"Minister of Unification", "Unification Minister", "KR", true},
		{"Director of the National Economic Council", "National Economic Council Director", "US", true},
		{"Minister of Foreign Affairs", "Foreign Affairs Minister", "KR", true},
		{"Prosecutor General", "General Prosecutor", "UA", true},
		{"Alternate Prime Minister and Foreign Minister", "Foreign Minister and Alternate Prime Minister", "IL", true},
		{"NEC Director", "Director of the National Economic Council", "US", true},
		{"NSC Spokesperson", "National Security Council Spokesperson", "US", true},
		{"Director of the CIA", "Director of the Central Intelligence Agency", "US", true},
		{"LA Mayor", "Mayor of Los Angeles", "US", true},
		{"Special Representative for the DPRK", "Special Representative for the Democratic People’s Republic of Korea", "US", true},
		{"Ambassador to the UN", "Ambassador to the United Nations", "US", true},
		{"Nominee for Under Secretary of Commerce for Standards and Technology", "Nominee for Under Secretary for Standards and Technology, Department of Commerce", "US", true},
		{"Former Secretary of the Interior", "Former Interior Secretary", "US", true},
		// a word more or less is a shorter form, not a rewording
		{"Special Envoy", "Special Envoy for the Horn of Africa", "US", false},
		{"Director", "Director of the National Economic Council", "US", false},
		{"Foreign Minister", "Foreign Minister", "KR", false},
		// another office, a rank, a standing
		{"Special Envoy for the DPRK", "Special Representative for the Democratic People’s Republic of Korea", "US", false},
		{"NEC Director", "Director of the National Security Council", "US", false},
		{"Deputy Minister of Unification", "Unification Minister", "KR", false},
		{"Former Minister of Unification", "Unification Minister", "KR", false},
		{"Nominee for Minister of Unification", "Former Unification Minister", "KR", false},
		{"Former Secretary of the Interior", "Former Secretary of the Navy", "US", false},
		{"OMB Director", "Director of the Office of Science and Technology Policy", "US", false},
		{"Minister of Unification", "", "KR", false},
	} {
		if got := RewordedOffice(c.a, c.b, c.party); got != c.want {
			t.Errorf("RewordedOffice(%q, %q, %s) = %v, want %v", c.a, c.b, c.party, got, c.want)
		}
		if got := RewordedOffice(c.b, c.a, c.party); got != c.want {
			t.Errorf("RewordedOffice(%q, %q, %s) = %v, want %v (reversed)", c.b, c.a, c.party, got, c.want)
		}
	}
}
