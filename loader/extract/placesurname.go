package extract

// officialOfSurname is the official the article names whose last name is
// the recogniser's one-word place ("Is the Zelenskyy visit a part of that
// deal", whitehouse-24701: a place "Zelenskyy" beside Volodymyr Zelenskyy):
// the place is that official's mention; "" where no official bears the word.
// A surname is no place even where the lists know one of that name ("Stanley
// earned a B.B.A." of Marc R. Stanley, whitehouse-26479), and no open article
// names two officials of one surname beside such a place, so neither is a
// reason to keep the place.
func officialOfSurname(r *resolver, name string) string {
	for _, p := range r.people {
		if p.official && lastField(p.name) == name {
			return p.name
		}
	}
	return ""
}
