package extract

import "testing"

// TestSplitOwnedEncounters probes a sentence that tells several encounters,
// each owned by its own possessive with its own person (sentences cut from
// open articles): each is its owner's with that person, not one encounter
// of all. A pronoun owner stands for the one person no encounter names;
// where it may stand for two, or one possessive owns the sentence's only
// encounter, the candidate is left as it was.
func TestSplitOwnedEncounters(t *testing.T) {
	readout, _ := probeArticles("2022-03-25")
	const gaggle = "Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan"
	cases := []meetingProbe{
		{"the President's call and the speaker's meeting (whitehouse-49732)", readout(gaggle,
			"MS. JEAN-PIERRE: We have Jake Sullivan here. President Joe Biden travels today.\n\n"+
				"MR. SULLIVAN: On the question of what we’re seeing: It remains true today what I told you two days ago, which is that since the President’s call with Xi Jinping, since my meeting with Yang Jiechi in Rome, we have not seen the Chinese move forward with the provision of military equipment to Russia."),
			[]string{"call held : Jake Sullivan + Yang Jiechi", "call held : Joe Biden + Xi Jinping"}}, // "two days ago" is the telling's, before "since" (notBeforeRecallOpener)
		{"a named owner's call and an author's discussion (usdos-314156)", readout("Operations at U.S. Embassy Kyiv",
			"Antony J. Blinken, Secretary of State\n\n"+
				"We also continue our sincere efforts to reach a diplomatic solution, and we remain engaged with the Russian government following President Biden’s call with President Putin and my discussion with Foreign Minister Lavrov."),
			[]string{"call held : Joe Biden + Vladimir Putin"}}, // retold, undated (retoldNounUndated)
		{"a named owner's call and the Secretary's discussion (whitehouse-47275)", readout("Press Briefing by Press Secretary Jen Psaki",
			"MS. PSAKI: Secretary of State Antony Blinken spoke to reporters today. And we remain engaged with the Russian government following President Biden’s call with Putin — with President Putin and the Secretary’s discussion with Foreign Minister Lavrov."),
			[]string{"call held 2022-03: Antony Blinken + Sergey Lavrov", "call held 2022-03: Joe Biden + Vladimir Putin"}},
		// guards
		{"an encounter of one country's two people is no split-off record (written for the probe, after usdos-314156)", readout("Readout",
			"We remain engaged with the Russian government following President Biden’s call with Secretary Austin and my discussion with Foreign Minister Lavrov."),
			[]string{"call held : Joe Biden + Lloyd Austin + Sergey Lavrov"}}, // retold, undated (retoldNounUndated)
		{"his after a named owner is that owner's (written for the probe, after usdos-314156)", readout("Readout",
			"We remain engaged with the Russian government following President Biden’s call with President Putin and his call with President Zelenskyy."),
			[]string{"call held 2022-03-25: Joe Biden + Vladimir Putin", "call held 2022-03-25: Joe Biden + Volodymyr Zelenskyy"}},
		{"his that may stand for the subject or the owner before it (written for the probe)", readout("Readout",
			"Secretary of State Antony Blinken discussed President Biden’s call with President Putin and his call with Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-03-25: Joe Biden + Vladimir Putin"}},
		{"one owner's meetings with two (usdos-356158's form)", readout("Readout",
			"As President Biden reiterated during his meetings with Prime Minister Justin Trudeau and President Andrés Manuel López Obrador at the Summit of the Americas, the United States has no better friend."),
			[]string{"summit held 2022-03-25: Andrés Manuel López Obrador + Joe Biden", "summit held 2022-03-25: Joe Biden + Justin Trudeau"}},
		{"two pronoun owners that may stand for two people (whitehouse-21333)", readout("On-the-Record Press Call by National Security Advisor Jake Sullivan on the President’s Trip to Europe",
			"MR. SULLIVAN: Of course, there were other critical elements to this trip — from the work that President Biden did with President Macron of France; to his meeting with President Erdoğan of Turkey on enduring presence in Afghanistan; to his meeting with President Ramaphosa of South Africa on vaccine manufacturing; and much more."),
			[]string{"meeting held 2022-03: Cyril Ramaphosa + Joe Biden", "meeting held 2022-03: Joe Biden + Recep Tayyip Erdoğan", "visit held 2022-03: Emmanuel Macron + Joe Biden"}},
	}
	checkProbes(t, cases, nil)
}
