package extract

import "testing"

// TestNameOfTwoCommonWordsAfterTitle probes names whose two words are both
// common ones (cut from open articles, where the person was not found or a
// title swallowed the given name). Guards: a headline's capitalised words,
// two common words whose first is no listed official's given name (which
// fails without that check) and a longer capitalised run after a title
// name no one.
func TestNameOfTwoCommonWordsAfterTitle(t *testing.T) {
	const wh, dos = "The White House Briefing Room", "state.gov"
	checkPersonProbes(t, []personProbe{
		{name: "after a bureau's complement (usdos-336897)", source: dos, title: "Delegation to the Inauguration",
			text:   "Other senior members of the delegation include Deputy Assistant Secretary of State for Western Hemisphere Affairs Mark Wells, and Deputy Assistant Secretary of State Kevin Smith.",
			person: "Mark Wells", country: "US", role: "Deputy Assistant Secretary of State for Western Hemisphere Affairs"},
		{name: "after 'of Commerce' (usdos-350749)", source: dos, title: "Joint Statement",
			text:   "Today on the eve of the Ninth Summit of the Americas in Los Angeles, Deputy Secretary of Commerce Don Graves and Under Secretary of State for Economic Affairs Jose W. Fernandez met with business leaders.",
			person: "Don Graves", country: "US", role: "Deputy Secretary of Commerce"},
		{name: "after an abbreviated title (whitehouse-57037)", source: wh, title: "What They Are Saying",
			text:   "Rep. Bill Foster: “I applaud @potus for taking aggressive action to protect access to reproductive health care.”",
			person: "Bill Foster", country: "US", role: "Representative"},
		{name: "a title no longer takes the given name (whitehouse-22863)", source: wh, title: "Participants",
			text:   "Governor of Wyoming Mark Gordon joined the call.",
			person: "Mark Gordon", country: "US", role: "Governor of Wyoming"},
		// guards
		{name: "a headline's capitalised words (guard)", source: dos, title: "Deputy Secretary of State Will Travel to Mexico",
			text: "Deputy Secretary Wendy Sherman will travel to Mexico City.", notWant: "Will Travel"},
		{name: "two common words whose first is no official's given name (guard, written for the probe)", source: dos, title: "Remarks",
			text: "The Under Secretary for Economic Affairs Clean Water program funds it.", notWant: "Clean Water"},
		{name: "a longer capitalised run (guard)", source: dos, title: "Remarks",
			text: "Secretary Blinken said the Secretary of Commerce Grant Making Authority funds it.", notWant: "Grant Making"},
	})
}
