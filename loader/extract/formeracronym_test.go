package extract

import "testing"

// TestFormerBeforeAnAcronymIsPast probes a "former" or "then" set before an
// organisation's or a country's acronym and a title (texts written for the
// probe, names no list holds): the acronym says whose office it was, as a
// place's words do, so the office is past. Guards: no "former", and a
// sequence's "and then", keep the office as it was read.
func TestFormerBeforeAnAcronymIsPast(t *testing.T) {
	checkRoleProbes(t, []roleProbe{
		{"former, an agency's acronym", "state.gov", "Board members included former USAID Mission Director Dirk Vandemeer and others.", "Dirk Vandemeer", "Former Mission Director"},
		{"former, a council's acronym", "state.gov", "This was pointed out by outside economists, including former NEC Director Jasper Fulham.", "Jasper Fulham", "Former Director"},
		{"former, a country's acronym", "state.gov", "The office of former U.S. Senator Bram Cortlin (TN) hired him.", "Bram Cortlin", "Former Senator"},
		{"then, an agency's acronym", "state.gov", "He worked for then-FDA Commissioner Scot Gallower in 2018.", "Scot Gallower", "Former Commissioner"},
		// guards
		{"no former", "state.gov", "Board members included USAID Mission Director Dirk Vandemeer and others.", "Dirk Vandemeer", "Mission Director"},
		{"a sequence's and then", "state.gov", "The Secretary will speak, and then USAID Mission Director Dirk Vandemeer will speak.", "Dirk Vandemeer", "Mission Director"},
	})
}
