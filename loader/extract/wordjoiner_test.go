package extract

import "testing"

// TestWordJoinerKeepsTheCompound: the White House's titles write a word
// joiner (U+2060) after "Biden-" (63 open titles); read as a mark, it cut
// "Biden" from "Harris" and gave the President in 6 articles that name him
// nowhere else (whitehouse-48901, -49095, -52903, -55010, -55019, -55223).
// The tokenizer reads through it (ner.joinInvisible), so the title is
// read as without it. The guard: the President named in the body stays.
func TestWordJoinerKeepsTheCompound(t *testing.T) {
	const convened = "Today, the White House convened National Climate Advisor Gina McCarthy and Interior Secretary Deb Haaland."
	checkPeopleAmong(t, []peopleProbe{
		{"whitehouse-52903's title", "FACT SHEET: Biden-\u2060Harris Administration Releases Permitting Action Plan to Accelerate and Deliver Infrastructure Projects On Time, On Task, and On Budget",
			convened, "Gina McCarthy", "Joe Biden"},
		{"whitehouse-48901's title", "FACT SHEET: New Data Show Progress on Biden-\u2060Harris Commitment to Equity in Emergency Small Business Relief",
			convened, "Gina McCarthy", "Joe Biden"},
		{"the President named in the body (guard)", "FACT SHEET: Biden-\u2060Harris Administration Releases Permitting Action Plan",
			convened + " President Biden signed the order.", "Joe Biden", ""},
	})
}
