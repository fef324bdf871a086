package extract

import "testing"

// TestRankMetUnknown probes the state of an officer titled by a rank alone
// whom a US release's official met with no trip placing it (texts written
// for the probe): unknown, not the US default, also when an apposition, not
// a title, names the US official, and also when the meeting comes after
// other mentions of the officer; an officer named with an office, or met by
// no one, keeps the default (guards).
func TestRankMetUnknown(t *testing.T) {
	checkCountries(t, "Department Press Briefing", []countryProbe{
		{"met by a titled US envoy", "Special Envoy Roger Carstens met with General Fadi Haddad on May 23 to discuss the detainees.",
			"Fadi Haddad", ""},
		{"met by an envoy named in apposition", "Roger Carstens, our special presidential envoy for hostage affairs, did meet with General Fadi Haddad on May 23.",
			"Fadi Haddad", ""},
		// Full names are attached before surnames and in text order, so the
		// meeting is his fifth mention.
		{"met by a US envoy after four mentions of his own", "General Fadi Haddad spoke at the academy on May 20. " +
			"Fadi Haddad took questions. Cadets thanked Fadi Haddad. Fadi Haddad left for Beirut. " +
			"Special Envoy Roger Carstens met with General Fadi Haddad on May 23 to discuss the detainees.",
			"Fadi Haddad", ""},
		// guards
		{"an office before the rank", "Special Envoy Roger Carstens met with Army Chief of Staff General Fadi Haddad on May 23.",
			"Fadi Haddad", "US"},
		{"met by no one", "General Fadi Haddad spoke at the academy on May 23.",
			"Fadi Haddad", "US"},
	})
}
