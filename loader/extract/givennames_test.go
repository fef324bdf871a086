package extract

import "testing"

// TestRelativesGivenNameIsNoOfficial: a bare name in the list after a kin
// noun is a relative's given name (kinListItem), not the listed official of
// that surname. The guards: a list of senators' surnames and a surname of
// its own still name the officials.
func TestRelativesGivenNameIsNoOfficial(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"three sons (whitehouse-21783)", "Dr. Wilkes and his wife Kim, currently reside in Ridgeland, MS. They have three sons, Justin, Austin, and Harrison.",
			"person:lloyd-austin", ""},
		// guards
		{"senators' surnames (whitehouse-20031)", "The President also spoke with Senators Sinema, Cassidy, and Manchin today.",
			"", "person:joe-manchin"},
		{"a surname alone (guard)", "The Secretary of Defense spoke today. Austin said the troops would stay.",
			"", "person:lloyd-austin"},
	})
}

// TestFamilyFirstGivenNameIsNoOfficial: an untitled word that is the given
// name of an official the lists write family name first
// (givenNameOfFamilyFirst) is not that official: "Jin said" is not Park
// Jin, a cut "Sen-" not Hun Sen. The guards: the family name ("Xi said"),
// and a title before the given name ("President Jae-in").
func TestFamilyFirstGivenNameIsNoOfficial(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"a singer's name (whitehouse-54487)", "INTERPRETER: I will provide an interpretation in Korean and English. (Speaks Korean.)\n\nJin said: Today is the last day of the AANHPI Heritage Month.",
			"person:park-jin", ""},
		{"a cut Senate (whitehouse-18499)", "This is — as we know — this is — I’ve mentioned this before — he was in Sen- — in the Senate for 36 years.",
			"person:hun-sen", ""},
		// guards
		{"the family name (guard)", "China's leader spoke at length. Xi said the two countries should cooperate.",
			"", "person:xi-jinping"},
		{"titled given name (usdos-249540)", "President Biden said in his joint press conference with President Jae-in that he would help.",
			"", "person:moon-jae-in"},
	})
}
