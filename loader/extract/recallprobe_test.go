package extract

import "testing"

// TestConversationHad probes "conversation" and "discussion" as meeting
// words (conversationHad): an encounter only as what someone had, before or after
// the noun; a conversation wished for, sought, set conditions for, denied or
// others' is none. The texts are written for the probe, never copied from
// the corpus.
func TestConversationHad(t *testing.T) {
	cases := []meetingProbe{
		{"had a conversation with", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken had a long conversation with Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"had a good, constructive conversation with", probeNews("Blinken and Kuleba",
			"On Monday, U.S. Secretary of State Antony Blinken had a good, constructive conversation with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"has had two conversations with", probeNews("Blinken and Jaishankar",
			"U.S. Secretary of State Antony Blinken has had two conversations with Indian External Affairs Minister Subrahmanyam Jaishankar since Monday."),
			nil}, // a series since a day is dated by none, so no record (seriesOnly, toldAsHadSeries)
		{"had a phone conversation with", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken had a phone conversation with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"the conversation one had with another", probeNews("Blinken and Kuleba",
			"The conversation U.S. Secretary of State Antony Blinken had with Ukrainian Foreign Minister Dmytro Kuleba on Monday lasted an hour."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"the two had a conversation", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi had a frank conversation in Bali on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"had a discussion with", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken had a lengthy discussion with Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		// Guards: no encounter told.
		{"a discussion about another (guard)", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken welcomed a discussion about the views of Chinese Foreign Minister Wang Yi."),
			nil},
		{"hopes to have a conversation (guard)", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken hopes to have a conversation with Chinese Foreign Minister Wang Yi."),
			nil},
		{"had hoped to have a conversation (guard)", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken had hoped to have a conversation with Chinese Foreign Minister Wang Yi."),
			nil},
		{"seeking a conversation between (guard)", probeNews("Blinken and Wang",
			"The United States is seeking a conversation between Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi."),
			nil},
		{"has not had a conversation with (guard)", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken has not had a conversation with Chinese Foreign Minister Wang Yi."),
			nil},
		{"preconditions for a conversation (guard)", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken set no preconditions for a conversation with Chinese Foreign Minister Wang Yi."),
			nil},
		{"a conversation about another (guard)", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken said it was a conversation about where Chinese Foreign Minister Wang Yi stands."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestForwardToSeeing probes "looking forward to seeing" an official as a
// planned meeting (forwardToSeeing); seeing what comes of something is none.
// The texts are written for the probe, never copied from the corpus.
func TestForwardToSeeing(t *testing.T) {
	cases := []meetingProbe{
		{"looked forward to seeing the title holder tomorrow", probeReadout("Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. "+
				"The Secretary said he looked forward to seeing the Foreign Minister in Washington on Friday."),
			[]string{"call held 2022-06-08: " + pairBK, "meeting planned 2022-06-10: " + pairBK}},
		{"looks forward to seeing a named official", probeNews("Blinken and Jaishankar",
			"U.S. Secretary of State Antony Blinken looks forward to seeing Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		// Guards: no one to meet.
		{"looking forward to seeing what comes of talks (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken is looking forward to seeing what comes of the plan of Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
		{"looking forward to seeing the results (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken looks forward to seeing the results of the reforms of Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestOwnedAdjunct probes a sentence that opens with an earlier encounter of
// other people (ownedAdjunctEnd): the main clause's subject did not attend it.
// An opening encounter with no owner is the subject's own, unless the main
// clause tells an encounter of its own. The texts are
// written for the probe, never copied from the corpus.
func TestOwnedAdjunct(t *testing.T) {
	const pairBiK = "Fumio Kishida + Joe Biden"
	cases := []meetingProbe{
		{"following the meeting between two others", probeNews("Blinken and Wang",
			"Following the meeting between U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida on Monday, U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi discussed trade."),
			[]string{"meeting held 2022-06-06: " + pairBiK}},
		{"building on another's meeting, then met", probeNews("Blinken and Kuleba",
			"Building on President Joe Biden’s meeting with Japanese Prime Minister Fumio Kishida on Monday, U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba on Tuesday."),
			[]string{"meeting held 2022-06-06: " + pairBiK, "meeting held 2022-06-07: " + pairBK}},
		// With no owner, but the main clause tells an encounter of its own
		// (strongTriggerIn): the adjunct's guest is not in it.
		{"following a meeting with no owner, then another held a meeting", probeNews("Biden and Kuleba",
			"Following the meeting with Japanese Prime Minister Fumio Kishida, U.S. President Joe Biden and Ukrainian Foreign Minister Dmytro Kuleba held a meeting on Monday."),
			[]string{"meeting held 2022-06-06: Dmytro Kuleba + Joe Biden"}},
		{"after a call with no owner, met", probeNews("Blinken and Kuleba",
			"Following a call with Japanese Prime Minister Fumio Kishida, U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba on Tuesday."),
			[]string{"meeting held 2022-06-07: " + pairBK}},
		// Guard: the opening encounter is the subject's own.
		{"following a meeting with no owner (guard)", probeNews("Biden and Kishida",
			"Following a bilateral meeting with Japanese Prime Minister Fumio Kishida on Monday, U.S. President Joe Biden announced new trade measures."),
			[]string{"meeting held 2022-06-06: " + pairBiK}},
	}
	checkProbes(t, cases, nil)
}

// TestDelegationSubject probes "the delegation" as the subject of a meeting
// word (delegationSubject): its leader, the one said to have led it or the
// headline's traveller, meets. The texts are written for the probe, never
// copied from the corpus.
func TestDelegationSubject(t *testing.T) {
	cases := []meetingProbe{
		{"the delegation met, after one led it", probeReadout("Statement on a Delegation Trip to India",
			"Secretary of State Antony J. Blinken led a U.S. delegation to New Delhi this week. "+
				"The delegation met with Indian External Affairs Minister Subrahmanyam Jaishankar on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"the U.S. delegation will meet, on the headline's trip", probeReadout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken will travel to New Delhi on Friday. "+
				"The U.S. delegation will meet with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		// Guard: another party's delegation.
		{"an Indian delegation met (guard)", probeReadout("Statement on Trade Talks",
			"Indian External Affairs Minister Subrahmanyam Jaishankar led the Indian delegation. "+
				"An Indian delegation met with business leaders on Monday."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestWelcomesTheTitled probes "welcome the" and a capitalised title
// (welcomesTheTitled): a person welcomed, named beside the title, is an
// encounter, as "welcome" and a title without "the" is; the title's thing,
// owned by a possessive, or a thing that is no title, is none. The texts are
// written for the probe, never copied from the corpus.
func TestWelcomesTheTitled(t *testing.T) {
	cases := []meetingProbe{
		{"will welcome the title of a country, then the name", probeReadout("Statement on the Visit of the Minister of External Affairs of India",
			"Secretary of State Antony J. Blinken will welcome the Minister of External Affairs of India, Subrahmanyam Jaishankar, to Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"looks forward to welcoming the title and name", probeReadout("Statement on the Visit of Foreign Minister Kuleba",
			"Secretary of State Antony J. Blinken looks forward to welcoming the Ukrainian Foreign Minister Dmytro Kuleba to the State Department on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		{"will welcome the title to Washington, the name after", probeNews("Blinken and Kuleba",
			"On Friday, U.S. Secretary of State Antony Blinken will welcome the Foreign Minister of Ukraine to Washington, Minister Dmytro Kuleba."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		// Guards: a thing welcomed.
		{"welcomes the title's announcement (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken welcomes the Ukrainian Foreign Minister's announcement, made by Dmytro Kuleba on Friday."),
			nil},
		{"welcomed the title of a country's commitment (guard)", probeNews("Blinken and Jaishankar",
			"U.S. Secretary of State Antony Blinken welcomed the Minister of External Affairs of India's commitment, which Subrahmanyam Jaishankar made on Monday."),
			nil},
		{"welcomes the capitalised statement (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken will welcome the Joint Statement of Ukrainian Foreign Minister Dmytro Kuleba on Friday."),
			nil},
		{"welcome the opportunity (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken will welcome the opportunity that Ukrainian Foreign Minister Dmytro Kuleba offers."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestPronounHasEncounter probes "he" or "she" as the subject of an
// encounter the pronoun has or is in the middle of (pronounHasEncounter):
// the subject of the sentence before, as for "he will meet with"; not the
// one that sentence names as the encounter's object (objectOnly), and not
// the briefer who speaks, who says "I". The texts are written for the
// probe, never copied from the corpus.
func TestPronounHasEncounter(t *testing.T) {
	const pub = "2022-06-10" // a Friday
	readout, _ := probeArticles(pub)
	briefing := "Department Press Briefing – June 10, 2022"
	cases := []meetingProbe{
		{"he will have a bilateral meeting with", readout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken will travel to New Delhi on June 13. He will have a bilateral meeting with Indian External Affairs Minister Subrahmanyam Jaishankar on June 14."),
			[]string{"meeting planned 2022-06-14: " + pairBJ}},
		{"he'll have a bilateral meeting with, the contraction kept whole", readout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken will travel to New Delhi on June 13. He'll have a bilateral meeting with Indian External Affairs Minister Subrahmanyam Jaishankar on June 14."),
			[]string{"meeting planned 2022-06-14: " + pairBJ}},
		{"he’ll meet with, the contraction kept whole", readout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken will travel to New Delhi on June 13. He’ll meet with Indian External Affairs Minister Subrahmanyam Jaishankar on June 14."),
			[]string{"meeting planned 2022-06-14: " + pairBJ}},
		{"he's meeting with, in a briefing", readout(briefing,
			"MR PRICE: Secretary Blinken arrived in Kyiv this morning. He’s meeting with Ukrainian Foreign Minister Dmytro Kuleba today."),
			[]string{"meeting held 2022-06-10: " + pairBK}},
		{"she will hold a call with", readout("Ambassador Thomas-Greenfield’s Travel to New York",
			"Ambassador Linda Thomas-Greenfield arrived in New York on June 9. She will hold a call with Ukrainian Foreign Minister Dmytro Kuleba on June 11."),
			[]string{"call planned 2022-06-11: Dmytro Kuleba + Linda Thomas-Greenfield"}},
		// Guards: the encounter is someone else's, or no encounter.
		{"the sentence before names the object only (guard)", readout(briefing,
			"MR PRICE: The Secretary-General met with Ukrainian Foreign Minister Dmytro Kuleba this morning. He will meet with Indian External Affairs Minister Subrahmanyam Jaishankar on June 13."),
			nil},
		{"the briefer who speaks is not he (guard)", readout("Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby",
			"MR. KIRBY: There will be a series of bilateral discussions on the sidelines. He will have a bilateral meeting with King Salman of Saudi Arabia."),
			nil},
		{"he has a meeting of the cabinet (guard)", readout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken will travel to New Delhi on June 13. He has a meeting of the cabinet before Indian External Affairs Minister Subrahmanyam Jaishankar arrives."),
			nil},
	}
	checkProbes(t, cases, nil)
}
