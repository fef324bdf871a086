package extract

import "testing"

// TestFirstNameFormTakesTheTitle: byFirstNameForm, the one matcher of a
// first name's other forms, decides by the title it is given: under the
// official's office, another form sharing the ending ("Secretary Tony
// Blinken") or the full name of the lists' short one ("Foreign Secretary
// Elizabeth Truss" is Liz Truss) is the official; untitled, a listed short
// form ("Bob Buckland") is, and another form only for the sole holder of
// the surname ("Chris Coons", "James Risch" the lists' Jim Risch). The guards: another office ("Senator Tony
// Blinken"), two shared letters ("Senator Sherrod Brown"), an untitled
// prefix form among other holders of the surname ("Charlie Brown"), and a
// run glued by a hyphen without a title.
func TestFirstNameFormTakesTheTitle(t *testing.T) {
	for _, c := range []struct{ date, name, role, want string }{
		{"2022-06-01", "Tony Blinken", "Secretary", "Antony Blinken"},
		{"2022-03-01", "Elizabeth Truss", "Foreign Secretary", "Liz Truss"},
		{"2022-08-01", "Bob Buckland", "", "Robert Buckland"},
		{"2022-06-01", "James Risch", "", "Jim Risch"},
		{"2022-06-01", "Chris Coons", "", "Christopher Coons"},
		{"2022-03-08", "Eva-Marie Liimets", "Foreign Minister", "Eva-Maria Liimets"},
		// guards
		{"2022-06-01", "Tony Blinken", "Senator", ""},
		{"2022-06-01", "Sherrod Brown", "Senator", ""},
		{"2022-06-01", "Charlie Brown", "", ""},
		{"2022-03-08", "Eva-Marie Liimets", "", ""},
	} {
		r := &resolver{date: c.date}
		got, _ := r.byFirstNameForm(c.name, c.role)
		if got != c.want {
			t.Errorf("%q under %q on %s: %q, want %q", c.name, c.role, c.date, got, c.want)
		}
	}
}

// TestNamesakeAbroadLeavesTheSoleHolder: an untitled first name's other
// form is the listed official where no other official of the official's
// country holds the surname in office (onlyHolderOf): the lists' British
// ambassador Nigel Casey kept "Bobby Casey" a node apart from Senator Bob
// Casey (whitehouse-25261, whitehouse-49363). The guard: an American
// namesake in office ("Charlie Brown" beside Senator Sherrod Brown and
// Representative Shontel Brown) still keeps the form apart.
func TestNamesakeAbroadLeavesTheSoleHolder(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"a British namesake (whitehouse-25261)", "And I want to particularly thank Bobby Casey — he’s a great friend of mine — who champions this cause in the Senate for eldercare.",
			"person:bobby-casey", "person:bob-casey"},
		{"an Irishman of the Senate (whitehouse-49363)", "And I look at one Irishman, Bobby Casey, over here.",
			"person:bobby-casey", "person:bob-casey"},
		// guard
		{"an American namesake (guard)", "And Charlie Brown was there with his dog, and we all laughed.",
			"person:charles-brown", "person:charlie-brown"},
	})
}
