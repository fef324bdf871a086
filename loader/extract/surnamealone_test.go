package extract

import "testing"

// datedEntityProbe is a sentence cut from an open article, extracted as a
// release of its date: want is a person entity it must give, not one it
// must not.
type datedEntityProbe struct {
	name, date, text string
	want, not        string
}

func checkDatedEntityProbes(t *testing.T, cases []datedEntityProbe) {
	t.Helper()
	for _, c := range cases {
		checkEntityProbeOn(t, entityProbe{name: c.name, text: c.text, notID: c.not, wantID: c.want}, c.date, "whitehouse.gov")
	}
}

// TestSurnameAloneIsTheOneOfficialOfIt: a surname the recogniser finds
// alone, which no full name of the article takes, is the one official the
// lists hold in office under it (or the one of two in a top office), not a
// stub person of that one word that a query by name finds first (trial36:
// person(name: "Putin") gave a stub with no meetings). The guards: a given
// name or a common surname ("Dean", "Collins"), an official of a state the
// text does not name ("Talon"), a title that is no word of the official's
// office ("Foreign Minister Osmani", Kosovo's President), and a surname two
// full names of the article share ("the Biden family") stay as they are.
func TestSurnameAloneIsTheOneOfficialOfIt(t *testing.T) {
	checkDatedEntityProbes(t, []datedEntityProbe{
		{"an adjectival surname (usdos-334887)", "2022-04-15",
			"We expect that all of the nations that are present will respect the sanctions that exist on the Russian Federation, financial institutions within it, and private companies operating with close links to the Russian Federation and the Putin government.",
			"person:vladimir-putin", "person:putin"},
		{"a regime's surname spelt as the releases do (usdos-339604)", "2022-04-29",
			"Deputy Secretary Sherman, together with Ms. Tsikhanouskaya, called for an end to the Lukashenka regime’s ongoing crackdown on democratic voices and for the unconditional release of all political prisoners in Belarus.",
			"person:alexander-lukashenko", "person:lukashenka"},
		{"a courtesy title (whitehouse-24297)", "2021-07-16",
			"As Dr. Walensky said on an earlier — an earlier briefing today, this is really becoming a pandemic of the unvaccinated.",
			"person:rochelle-walensky", "person:walensky"},
		{"the one of two Lavrovs in a top office, under a word of it (whitehouse-49644)", "2022-03-24",
			"Russia is isolated. And yesterday, Minister Lavrov said no one could have predicted the actions we’d take.",
			"person:sergey-lavrov", "person:lavrov"},
		{"an international organisation's official (usdos-363721)", "2022-07-28",
			"QUESTION: On Iran. I wonder, based on reviewing the text that Borrell has come up with, do you see a likelihood of talks being resumed?",
			"person:josep-borrell", "person:borrell"},
		// guards
		{"a common surname (guard, whitehouse-19669)", "2021-06-03",
			"And then going to the emails with Dr. Fauci: There was an exchange between Dr. Collins and Dr. Fauci referencing a Fox News report, discussing it as — basically, the lab leak as a conspiracy.",
			"person:collins", "person:susan-collins"},
		{"a given name (guard, whitehouse-19779)", "2021-06-04",
			"He currently serves as a Commissioner on the Harris County Houston Sports Authority, and is a member of the Dean’s Advisory Committee for University of Texas at Austin’s College of Liberal Arts.",
			"", "person:madeleine-dean"},
		{"an official of a state the text does not name (guard, whitehouse-51972)", "2022-04-28",
			"We have a lot of new numbers for the United States today. So let me hand it back to Abdullah.",
			"", "person:abdullah-ii"},
		{"a title of another office (guard, usdos-253051)", "2021-06-18",
			"Finally, in Ohrid, Acting Assistant Secretary Reeker will meet with Prime Minister Zaev, Foreign Minister Osmani, and other senior officials of North Macedonia and Kosovo.",
			"", "person:vjosa-osmani"},
		{"a surname two full names share (guard, whitehouse-18285)", "2021-05-24",
			// the surname after "The" is now no one at all (stubnames.go), neither of the two nor a stub
			"Jill Biden thanked the Guard. The Biden family is a National Guard family, like our son Beau. President Joe Biden agreed.",
			"", "person:biden"},
	})
}
