package extract

import "testing"

// TestOwnBodyTitleSharesNoListCountry probes a list whose next name's title
// opens with an acronym of its own: the body that opens the list is not that
// name's (issue 10, newuser40: Stefano Sannino, the EEAS's Secretary General,
// given NATO). The first probe fails without ownBodyJoin; the guard keeps a
// list's country shared with titles that name no body of their own (it fails
// where any joint is taken for one holding a body: the crown prince has his
// country from the list alone).
func TestOwnBodyTitleSharesNoListCountry(t *testing.T) {
	dos := "state.gov"
	checkPersonProbes(t, []personProbe{
		// usdos-335902
		{name: "an unknown acronym opens the next title", source: dos, title: "Deputy Secretary Sherman’s Meeting with NATO Deputy Secretary General Geoană and EEAS Secretary General Sannino",
			text:   "Deputy Secretary of State Wendy Sherman met jointly today in Brussels with NATO Deputy Secretary General Mircea Geoană and EEAS Secretary General Stefano Sannino.",
			person: "Stefano Sannino", country: "", role: "Secretary General"},
		{name: "the list's first body stays its own", source: dos, title: "Deputy Secretary Sherman’s Meeting with NATO Deputy Secretary General Geoană and EEAS Secretary General Sannino",
			text:   "Deputy Secretary of State Wendy Sherman met jointly today in Brussels with NATO Deputy Secretary General Mircea Geoană and EEAS Secretary General Stefano Sannino.",
			person: "Mircea Geoană", country: "NATO", role: "Deputy Secretary General"},
		// guard, usdos-263269: the country opening a list with no acronym in its joints is shared
		{name: "a country opening the list is shared", source: dos, title: "Secretary Blinken’s Meeting with the Amir of Kuwait Sheikh Nawaf Al-Sabah",
			text:   "Secretary of State Antony J. Blinken met today in Kuwait City with His Highness the Amir of Kuwait Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, His Highness the Crown Prince Sheikh Mishal Al-Ahmed Al-Sabah, Prime Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah, Speaker of the National Assembly Marzouq al Ghanem, and Foreign Minister Sheikh Dr. Ahmed Nasser Al-Mohammed Al-Sabah to discuss regional security.",
			person: "Mishal Al-Ahmed Al-Sabah", country: "KW", role: "Crown Prince"},
	})
}
