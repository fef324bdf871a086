package extract

import "testing"

// TestOwnBodyTitleSharesNoListCountry probes a list whose next name's title
// opens with an acronym of its own: the body that opens the list is not that
// name's (issue 10, newuser40: Stefano Sannino, the EEAS's Secretary General,
// given NATO). The first probe fails without ownBodyJoin; the guard keeps a
// list's demonym shared with titles that name no body of their own.
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
		// guard, usdos-260899: a demonym opening the list is shared
		{name: "a demonym opening the list is shared", source: dos, title: "Counselor Chollet’s Trip to Ukraine",
			text:   "Counselor of the Department Derek Chollet met with Ukrainian Prime Minister Denys Shmyhal, Foreign Minister Dmytro Kuleba, Head of Presidential Office Andriy Yermak, and Deputy Foreign Minister Yevhenii Yenin in Kyiv, Ukraine, on July 20-21.",
			person: "Yevhenii Yenin", country: "UA", role: "Deputy Foreign Minister"},
	})
}
