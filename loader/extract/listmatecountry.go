package extract

// listmateCountry gives an official whom no cue placed the one foreign
// country the other officials of their list hold, where the list opens right
// after a meeting verb: "will meet with Foreign Minister Cavusoglu, Deputy
// Foreign Minister Sedat Onal, and Chief Presidential Advisor Ibrahim Kalin"
// left Onal with none. metColleagues reads such a list only for a member
// whose country came from a title's US default; a title that does not look
// American ("Deputy Foreign Minister") gets no default, so its holder was
// left out. A member who is a US official, two foreign countries among the
// others, or a list that follows no meeting verb give nothing (metColleagues).
// It runs last of addOwnCues' cues, on the people still without a country,
// and leaves listed officials to the lists.
func listmateCountry(d *doc, r *resolver, nBody int) {
	for _, p := range r.people {
		if p.country != "" || len(r.officialsNamed(p.name)) > 0 {
			continue
		}
		if c := earlyBodyCue(p, nBody, func(mi int) string { return metColleagues(d, r, mi, nBody) }); c != "" {
			p.country = c
		}
	}
}
