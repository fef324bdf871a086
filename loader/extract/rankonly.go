package extract

// rankOnly: the role is a general's or admiral's rank alone ("General",
// "Rear Admiral"; rankOffice), with no office before it.
func rankOnly(role string) bool {
	office, ok := rankOffice(role)
	return ok && office == ""
}

// rankMetUnknown takes back the US default of a US release from an officer
// titled by a rank alone whom the release's own official met (metByTravellers)
// where no trip places the encounter: "Roger Carstens, our special
// presidential envoy for hostage affairs, did meet with General Abbas
// Ibrahim" (Lebanon's security chief). A US officer is named with an office
// or found in the lists; a rank gives no state, and being met by a US
// official is as often a foreign officer's lot, so the state is unknown, not
// the US. Officers named with an office, on the lists, or with a cue of
// their own keep what they have.
func rankMetUnknown(d *doc, r *resolver, nBody int) {
	if !r.usSource {
		return
	}
	for _, p := range r.people {
		if !p.usDefault || p.country != "US" || !rankOnly(p.role) {
			continue
		}
		// Every body mention, not the first four earlyBodyCue reads: being
		// met is read off the meeting's own sentence, so a late mention is
		// as good as the first.
		for _, mi := range p.mentions {
			if mi < nBody && metByTravellers(d, r, mi) {
				p.country, p.usDefault = "", false
				break
			}
		}
	}
}
