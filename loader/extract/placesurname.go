package extract

// personOfSurname is the person the article names whose last name is the
// recogniser's one-word place ("Is the Zelenskyy visit a part of that
// deal", whitehouse-24701: a place "Zelenskyy" beside Volodymyr Zelenskyy):
// the place is that person's mention; "" where no one bears the word. A
// surname is no place even where the lists know one of that name ("Stanley
// earned a B.B.A." of Marc R. Stanley, whitehouse-26479). Whether the person
// is an official, or the only one of that surname, decides nothing in the
// open corpus (each switched off, no record changed), so neither is asked.
func personOfSurname(r *resolver, name string) string {
	for _, p := range r.people {
		if lastField(p.name) == name {
			return p.name
		}
	}
	return ""
}
