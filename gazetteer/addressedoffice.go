package gazetteer

// AddressForm reports whether short is the one word a person is addressed
// by in the office long names for party: "Leader" ("Leader Schumer",
// "Leader McCarthy") of "Senate Majority Leader" or "House Minority
// Leader", where the words long adds are only a chamber and a party's
// standing in it, which the address leaves out (roles46). The standing words
// are ranks (officeRanks), so ShorterOfficeForm keeps "Leader" apart; a
// whip's or a deputy's office is not addressed so ("Leader Clyburn" is no
// form of "House Majority Whip"), nor is a past office.
func AddressForm(short, long, party string) bool {
	if standingWord(short) || standingWord(long) {
		return false
	}
	ws, wl := officeWords(short, party), officeWords(long, party)
	if len(ws) != 1 || len(wl) <= 1 {
		return false
	}
	for w := range ws {
		if !addressedHeads[w] || !wl[w] {
			return false
		}
	}
	for w := range wl {
		if !ws[w] && !addressLeavesOut[w] {
			return false
		}
	}
	return true
}

// addressedHeads are the offices addressed by their head alone, and
// addressLeavesOut the words of the office the address drops.
var (
	addressedHeads   = setOfWords("leader")
	addressLeavesOut = setOfWords("majority", "minority", "senate", "house", "democratic", "republican")
)
