package extract

import "testing"

// TestTheParagraphsOccasionPlacesItsEncounters: a release's held
// in-person encounter told without a place takes the place where a
// sentence before it in its paragraph told the trip or the talks
// (placeByParagraph). The probes are cut from open articles; each had no
// place before.
func TestTheParagraphsOccasionPlacesItsEncounters(t *testing.T) {
	const spox = "Office of the Spokesperson\n\n"
	cases := []placeCase{
		{"a trip, then whom he met", "usdos-261552", "2021-07-23", "Counselor Chollet’s Trip to Poland",
			spox + "Counselor of the Department Derek Chollet traveled to Warsaw to reaffirm the strong relationship the United States has with our NATO Ally Poland. He met with Deputy Foreign Minister Marcin Przydacz to advocate a cooperative approach to enhancing Polish and regional energy security.",
			"Derek Chollet + Marcin Przydacz", "Warsaw"},
		{"a delegation to a city, then whom they met", "whitehouse-49432", "2022-03-19",
			"Readout of Homeland Security Advisor Dr. Liz Sherwood-Randall’s Visit to France",
			"During the week of March 14, Assistant to the President for Homeland Security Dr. Liz Sherwood-Randall led an interagency delegation to Paris, France, with representatives from the Department of Defense. They met with National Intelligence and Counter-Terrorism Coordinator Laurent Nuñez to discuss global terrorism trends.",
			"Laurent Nuñez + Liz Sherwood-Randall", "Paris"},
		{"talks held in a city, then who led the delegations", "usdos-336440", "2022-04-21", "Migration Talks with the Government of Cuba",
			spox + "On April 21, U.S. and Cuban officials met in Washington, D.C. to discuss the implementation of the U.S.-Cuba Migration Accords. These bilateral discussions on migration are generally held semiannually. Deputy Assistant Secretary for Western Hemisphere Affairs Emily Mendrala led the U.S. interagency delegation, and Cuba’s Vice Foreign Minister Carlos Fernandez de Cossio led the Cuban delegation.",
			"Carlos Fernandez de Cossio + Emily Mendrala", "Washington"},
		// guards
		{"a paragraph after the occasion's (guard)", "usdos-261552", "2021-07-23", "Counselor Chollet’s Trip to Poland",
			spox + "Counselor of the Department Derek Chollet traveled to Warsaw to reaffirm the strong relationship the United States has with our NATO Ally Poland.\n\nHe met with Deputy Foreign Minister Marcin Przydacz to advocate a cooperative approach to enhancing Polish and regional energy security.",
			"Derek Chollet + Marcin Przydacz", ""},
		{"a trip still to come (guard)", "usdos-261681", "2021-07-23",
			"Deputy Secretary Sherman to Lead U.S. Delegation in Strategic Stability Dialogue with Russian Federation",
			spox + "Deputy Secretary of State Wendy R. Sherman will travel to Geneva, Switzerland to lead the U.S. delegation’s participation in a U.S.-Russia bilateral Strategic Stability Dialogue on July 28, 2021. This meeting follows up on a commitment made between President Biden and Russian President Putin to have a deliberate and robust dialogue between our two nations.",
			"Joe Biden + Vladimir Putin", ""},
		{"a trip still to come, then a meeting of the day (guard)", "", "2021-07-23", "Deputy Secretary Sherman’s Meeting with Japanese Vice Foreign Minister Mori",
			spox + "Deputy Secretary of State Wendy R. Sherman will travel to Geneva, Switzerland. Deputy Secretary Sherman met today with Japanese Vice Foreign Minister Takeo Mori.",
			"Takeo Mori + Wendy Sherman", ""},
		{"a virtual meeting of the visitor, a call (guard)", "", "2022-04-12", "Secretary Blinken’s Trip to Paris",
			spox + "Secretary of State Antony J. Blinken traveled to Paris, France on April 11, 2022. Secretary Blinken also held a virtual meeting with Ukrainian Foreign Minister Dmytro Kuleba on April 11.",
			"Antony Blinken + Dmytro Kuleba", ""},
		{"another's visit (guard)", "whitehouse-50426", "2022-03-31", "Statement by NSC Spokesperson",
			"Secretary Blinken also visited Ramallah, where he reaffirmed President Biden’s commitment. Later in the week, King Abdullah II hosted the first-ever visit by an Israeli head of state, President Isaac Herzog, to Jordan.",
			"Abdullah II + Isaac Herzog", ""},
		{"a virtual meeting after the visit (guard)", "usdos-333498", "2022-04-12", "Fourth Annual U.S.-India 2+2 Ministerial Dialogue",
			spox + "Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III welcomed Minister of Defence Rajnath Singh and Minister of External Affairs Dr. S. Jaishankar to Washington, D.C., on April 11, 2022, for the fourth U.S.-India 2+2 Ministerial Dialogue. The Dialogue was preceded by a virtual meeting between Prime Minister Narendra Modi and President Joseph Biden.",
			"Joe Biden + Narendra Modi", ""},
	}
	checkPlaces(t, cases)
}
