package extract

import "testing"

// TestAPersonsSurnameIsNoPlace probes a one-word name the recogniser types a
// place that is the surname of a person the article names: that person's
// mention, no place (issue 10, newuser40: place:zelenskyy).
// The first fails without personOfSurname; the guard keeps a city a place
// (it fails where anyone is taken for the place, surname or not).
func TestAPersonsSurnameIsNoPlace(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant string
	}{
		// whitehouse-24701
		{"the official's surname before a noun",
			"Q Should the Ukrainians feel a little disappointed about the Nord Stream final decision going through? But given the announcement today of Volodymyr Zelenskyy’s visit later, based on the decision that’s coming, do they have a right to feel a little disappointed?\n\nMS. PSAKI: I would say that we have been in close touch.\n\nQ Quickly, I have a follow-up on Nord Stream. Is the Zelenskyy visit a part of that deal in terms of, you know, giving them a visit as part of the concessions to Ukraine?",
			"person:volodymyr-zelenskyy", "place:zelenskyy"},
		// guard, the same article: a city is no one's surname
		{"a city stays a place",
			"MS. PSAKI: Welcome to our trip to Cincinnati, Ohio — also known as the birthplace of my husband.\n\nQ Is there going to be ice cream in Cincinnati? But given the announcement today of Volodymyr Zelenskyy’s visit later, based on the decision that’s coming, do they have a right to feel a little disappointed?",
			"place:cincinnati", "person:cincinnati"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntityIDs(t, Article{Date: "2021-07-21", Source: "whitehouse.gov", Title: "Press Gaggle by Press Secretary Jen Psaki Aboard Air Force One", Text: c.text}, c.want, c.notWant)
		})
	}
}
