package extract

// The State Department names a US embassy by its city alone: "U.S. Embassy
// Kigali Chargé d’Affaires Deb MacLean", "Embassy Panama City’s Chargé
// d’Affaires Stewart Tuttle". The city is where the embassy is, not whose
// it is, so it is no cue for the person after it: such an embassy is the
// publisher's (issue 10: a host's country there put the envoy's meeting in
// the wrong country pair, or lost it, both sides the host's). A foreign
// embassy keeps its demonym or its "of" ("Dutch Embassy Press Officer",
// "the Embassy of Japan's Minister"), which no city follows.

// publisherEmbassyBefore: the title starting at token r0 follows "Embassy"
// and a place or country right after it, with or without a possessive: the
// embassy the publisher keeps in that place.
func (d *doc) publisherEmbassyBefore(r0, s0 int) bool {
	k := r0 - 1
	if k >= s0 && d.toks[k].key == "'s" {
		k--
	}
	sp := d.spanOf(k)
	if sp == nil || k < s0 || sp.t1 != k+1 || sp.t0-1 < s0 {
		return false
	}
	before := &d.toks[sp.t0-1]
	return before.cap && before.key == "embassy"
}

// publisherEmbassyCountry gives each mention of a title after "Embassy
// <City>" the publisher's country, the US for a US government release;
// elsewhere the publisher is unknown, and the mention keeps none.
func publisherEmbassyCountry(ms []personMention, usSource bool) {
	for i := range ms {
		if ms[i].publisherEmbassy && usSource {
			ms[i].country = "US"
		}
	}
}
