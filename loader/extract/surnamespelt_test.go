package extract

import (
	"slices"
	"testing"
)

// TestTitledSurnameSpeltOtherwiseIsTheListedOfficial probes an official whom
// a release spells otherwise than the lists ("President Zelensky" for
// Volodymyr Zelenskyy): one node with the listed name, the bare word after
// the titled one too, not a second person (issue 10, newuser40). The first
// two fail without spellingCandidates, the second also without
// indexSpelling in resolveWord; the first guard keeps a name that is no
// spelling of the official's apart, the other two an English surname from
// a lower office's holder it folds like (each fails without topRoles in
// spellingCandidates; made-up sentences, as no open article has such a pair).
func TestTitledSurnameSpeltOtherwiseIsTheListedOfficial(t *testing.T) {
	cases := []struct {
		name, title, text string
		want, notWant     string
	}{
		// usdos-316039
		{"titled", "G7 Foreign Ministers’ Statement on Russia and Ukraine",
			"We acknowledge public statements by President Zelensky underlining Ukraine’s firm commitment to the Minsk Agreements and his readiness to contribute constructively to the process.",
			"person:volodymyr-zelenskyy", "person:zelensky"},
		// whitehouse-23891
		{"bare after the titled", "Background Press Call by Senior Administration Officials",
			"The President did have a phone call with President Zelensky right before his trip to Europe before he met with President Putin. So the President did actually have conversations with Zelensky before he went to Europe, before he saw Merkel on the margins of the G7.",
			"person:volodymyr-zelenskyy", "person:zelensky"},
		// guard, whitehouse-58042: his wife's name is no spelling of his
		{"another name of the family", "Remarks by Vice President Harris",
			"I just was just yesterday, or it was the day before, with the — President Zelenskyy’s wife, Madam Zelenska.",
			"person:zelenska", ""},
		// guards: an English surname is no spelling of a lower office's
		// holder whose surname folds alike (translitKey)
		{"an executive director's surname", "Readout",
			"We met with Executive Director Russel of the foundation. Director Russel said the aid would arrive.",
			"person:russel", "person:catherine-russell"},
		{"a lieutenant governor's surname", "Readout",
			"Lieutenant Governor Kidd spoke at the ceremony.",
			"person:kidd", "person:jerry-kyd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntityIDs(t, Article{Date: "2022-11-19", Source: "state.gov", Title: c.title, Text: c.text}, c.want, c.notWant)
		})
	}
}

// checkEntityIDs runs the extractor on a and wants an entity with id want
// and none with id notWant (none wanted away where it is "").
func checkEntityIDs(t *testing.T, a Article, want, notWant string) {
	t.Helper()
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range res.Entities {
		ids = append(ids, e.ID)
	}
	if !slices.Contains(ids, want) || notWant != "" && slices.Contains(ids, notWant) {
		t.Errorf("entities %v, want %s and no %q", ids, want, notWant)
	}
}
