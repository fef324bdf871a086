package extract

import "testing"

// TestTwoEncountersInASentence probes sentences that tell two encounters of
// one subject joined without a comma: a second verb or noun phrase of
// encounter after "and" (coordinatedEncounter) or the same meeting word again
// after a comma (repeatedEncounter), a second object with a date of its own
// or after "and also with" and no meeting word (ellipticalBreak), a reported "that" clause with a
// subject pronoun of its own (thatClauseOfItsOwn), the occasion a meeting is
// placed in, "on the margins of" or "during" someone's trip (settingOwner),
// "before" or "after" with the
// meeting word's "-ing" form (gerundAfterBefore), ", followed by a meeting
// with", and a coordinated noun phrase sharing the sentence's one date
// (shareTrailingDate). Each encounter is a record of its own, with its own
// kind, date and status; a coordinated phrase with no tense of its own is
// planned where the one before is (plannedLikeBefore). The guards are one encounter told with two verbs,
// one meeting of several people, and an unnamed subject, which carries no
// one. The texts are written for the probe, never copied from the corpus.
func TestTwoEncountersInASentence(t *testing.T) {
	const (
		biK = "Antony Blinken + Fumio Kishida"
		biY = "Antony Blinken + Yoon Suk-yeol"
		jbM = "Joe Biden + Narendra Modi"
		jbA = "Anthony Albanese + Joe Biden"
	)
	cases := []meetingProbe{
		{"met on one day and spoke by phone on another", probeReadout("Secretary Blinken’s Meetings",
			"Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida on Monday and spoke by phone with South Korean President Yoon Suk Yeol on Tuesday."),
			[]string{"call held 2022-06-07: " + biY, "meeting held 2022-06-06: " + biK}},
		{"and then spoke, the second undated, takes the first's day", probeReadout("Secretary Blinken’s Meetings",
			"Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida on Monday and then spoke with South Korean President Yoon Suk Yeol."),
			[]string{"call held 2022-06-06: " + biY, "meeting held 2022-06-06: " + biK}},
		{"two met together, then a call with a third", probeReadout("Secretary Blinken’s Meetings",
			"Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida and Japanese Foreign Minister Yoshimasa Hayashi on Monday and spoke with South Korean President Yoon Suk Yeol on Tuesday."),
			[]string{"call held 2022-06-07: " + biY, "meeting held 2022-06-06: Antony Blinken + Fumio Kishida + Yoshimasa Hayashi"}},
		{"met, and will meet", probeReadout("Secretary Blinken’s Meetings",
			"Secretary of State Antony J. Blinken met with Japanese Prime Minister Fumio Kishida on Monday and will meet with South Korean President Yoon Suk Yeol on Friday."),
			[]string{"meeting held 2022-06-06: " + biK, "meeting planned 2022-06-10: " + biY}},
		{"spoke with one and held a joint call with two", probeNews("Biden calls leaders",
			"U.S. President Joe Biden spoke with Ukrainian President Volodymyr Zelenskyy on Monday and held a joint call with French President Emmanuel Macron and German Chancellor Olaf Scholz."),
			[]string{"call held 2022-06-06: Emmanuel Macron + Joe Biden + Olaf Scholz", "call held 2022-06-06: Joe Biden + Volodymyr Zelenskyy"}},
		{"a bilateral meeting with one and a bilateral meeting with another, one date", probeNews("Biden at the Quad",
			"U.S. President Joe Biden held a bilateral meeting with Indian Prime Minister Narendra Modi and a bilateral meeting with Australian Prime Minister Anthony Albanese on Monday."),
			[]string{"meeting held 2022-06-06: " + jbA, "meeting held 2022-06-06: " + jbM}},
		{"a call with one and a meeting with another, each dated", probeNews("Biden at the Quad",
			"U.S. President Joe Biden had a call with Indian Prime Minister Narendra Modi on Tuesday and a meeting with Australian Prime Minister Anthony Albanese on Monday."),
			[]string{"call held 2022-06-07: " + jbM, "meeting held 2022-06-06: " + jbA}},
		{"before meeting with", probeNews("Biden at the Quad",
			"U.S. President Joe Biden met with Indian Prime Minister Narendra Modi on Monday before meeting with Australian Prime Minister Anthony Albanese."),
			[]string{"meeting held 2022-06-06: " + jbA, "meeting held 2022-06-06: " + jbM}},
		{"followed by a meeting with", probeNews("Biden at the Quad",
			"U.S. President Joe Biden met with Indian Prime Minister Narendra Modi on Monday, followed by a meeting with Australian Prime Minister Anthony Albanese."),
			[]string{"meeting held 2022-06-06: " + jbA, "meeting held 2022-06-06: " + jbM}},
		{"will meet, and have a trilateral meeting: both planned", probeReadout("Deputy Secretary Sherman’s Travel",
			"Deputy Secretary of State Wendy Sherman will meet with Japanese Vice Foreign Minister Mori Takeo and have a trilateral meeting with South Korean First Vice Foreign Minister Cho Hyun-dong and Japanese Vice Foreign Minister Mori Takeo on Friday."),
			[]string{"meeting planned 2022-06-10: Cho Hyun-dong + Mori Takeo + Wendy Sherman", "meeting planned : Mori Takeo + Wendy Sherman"}},
		{"will hold a meeting with one and a meeting with another, one date", probeNews("Biden at the Quad",
			"U.S. President Joe Biden will hold a bilateral meeting with Indian Prime Minister Narendra Modi and a bilateral meeting with Australian Prime Minister Anthony Albanese on Friday."),
			[]string{"meeting planned 2022-06-10: " + jbA, "meeting planned 2022-06-10: " + jbM}},
		{"to speak to one, to speak to another: a list of calls", probeReadout("Department Press Briefing",
			"Secretary of State Antony J. Blinken has had an opportunity to speak to Ukrainian Foreign Minister Dmytro Kuleba, to speak to Chinese Foreign Minister Wang Yi as well."),
			// the perfect ("has had an opportunity to speak") reaches the first call only (toldInPerfect)
			[]string{"call held 2022-06: " + pairBW, "call held : " + pairBK}},
		{"met with one, met with another", probeNews("Blinken in Asia",
			"U.S. Secretary of State Antony Blinken met with Japanese Prime Minister Fumio Kishida on Monday, met with South Korean President Yoon Suk Yeol on Tuesday."),
			[]string{"meeting held 2022-06-06: " + biK, "meeting held 2022-06-07: " + biY}},
		{"spoke with one yesterday and another today, no second meeting word", probeNews("Biden calls leaders",
			"U.S. President Joe Biden spoke with Ukrainian President Volodymyr Zelenskyy yesterday and British Prime Minister Boris Johnson this afternoon."),
			[]string{"call held 2022-06-07: Joe Biden + Volodymyr Zelenskyy", "call held 2022-06-08: Boris Johnson + Joe Biden"}},
		{"spoke with one on Monday and with another on Tuesday", probeNews("Biden calls leaders",
			"U.S. President Joe Biden spoke with Indian Prime Minister Narendra Modi on Monday and with Australian Prime Minister Anthony Albanese on Tuesday."),
			[]string{"call held 2022-06-06: " + jbM, "call held 2022-06-07: " + jbA}},
		{"will speak with one tomorrow and with another on Friday: both planned", probeNews("Biden to call leaders",
			"U.S. President Joe Biden will speak with Indian Prime Minister Narendra Modi tomorrow and with Australian Prime Minister Anthony Albanese on Friday."),
			[]string{"call planned 2022-06-09: " + jbM, "call planned 2022-06-10: " + jbA}},
		{"a reported clause with a subject of its own is not the meeting's", probeNews("Biden meets Nordic leaders",
			"When U.S. President Joe Biden met with Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson on Monday, the two leaders indicated that they’re both intending to speak directly to Turkish President Recep Tayyip Erdoğan."),
			[]string{"meeting held 2022-06-06: Joe Biden + Magdalena Andersson + Sauli Niinistö"}},
		{"said that he will meet: the subject's own plan", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken met with Ukrainian Foreign Minister Dmytro Kuleba on Monday and said that he will meet with Chinese Foreign Minister Wang Yi on Friday."),
			[]string{"meeting held 2022-06-06: " + pairBK, "meeting planned 2022-06-10: " + pairBW}},
		{"a list, and also with one more: that one apart", probeReadout("Secretary Blinken’s Travel to Jordan",
			"Secretary of State Antony J. Blinken will meet with Jordanian King Abdullah II, Deputy Prime Minister and Foreign Minister Ayman Safadi, and also with Palestinian Authority President Mahmoud Abbas."),
			[]string{"meeting planned : Abdullah II + Antony Blinken + Ayman Safadi", "meeting planned : Antony Blinken + Mahmoud Abbas"}},
		{"the owner of the trip a meeting sits on the margins of is not in it", probeNews("Blinken and Austin in Warsaw",
			"U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met with Ukrainian Foreign Minister Dmytro Kuleba in Warsaw on Monday, on the margins of President Joe Biden’s trip to Europe."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"the owner of the visit a meeting happens during is not in it", probeNews("Blinken and Hayashi",
			"U.S. Secretary of State Antony Blinken met with Japanese Foreign Minister Yoshimasa Hayashi on Monday during Prime Minister Fumio Kishida’s visit to Washington."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Yoshimasa Hayashi"}},

		// Guards: one encounter, or no one to carry, or a tense of its own.
		{"a dinner during a leader's visit, no one else named, is with the leader (guard)", probeNews("Biden and Kishida",
			"U.S. President Joe Biden hosted a dinner at the White House on Monday during Japanese Prime Minister Fumio Kishida’s visit to Washington."),
			[]string{"meeting held 2022-06-06: " + "Fumio Kishida + Joe Biden"}},
		{"a date in the topic after the second name is no second encounter (guard)", probeReadout("Deputy Secretary Sherman’s Call",
			"Deputy Secretary of State Wendy Sherman spoke today with South Korean First Vice Foreign Minister Cho Hyun-dong and Japanese Vice Foreign Minister Mori Takeo about the missile launch of May 25."),
			[]string{"call held 2022-06-08: Cho Hyun-dong + Mori Takeo + Wendy Sherman"}},
		{"an opening adjunct's clause lends its meeting word to no one (guard)", probeReadout("Statement on National Security Advisor Sullivan’s Call with Chief Advisor Kalin",
			"National Security Advisor Jake Sullivan spoke by phone today with Ibrahim Kalin, Chief Advisor to the President of Turkey. Following the meeting between President Joe Biden and President Recep Tayyip Erdogan on Monday, Mr. Sullivan and Dr. Kalin discussed a range of regional issues."),
			[]string{"call held 2022-06-08: Ibrahim Kalin + Jake Sullivan", "meeting held 2022-06-06: Joe Biden + Recep Tayyip Erdoğan"}},
		{"will meet, and had a call: the call keeps its own past (guard)", probeNews("Biden at the Quad",
			"U.S. President Joe Biden will meet with Indian Prime Minister Narendra Modi on Friday and had a call with Australian Prime Minister Anthony Albanese on Monday."),
			[]string{"call held 2022-06-06: " + jbA, "meeting planned 2022-06-10: " + jbM}},
		{"met and discussed stays one (guard)", probeNews("Biden and Modi",
			"U.S. President Joe Biden met with Indian Prime Minister Narendra Modi on Monday and discussed trade with him."),
			[]string{"meeting held 2022-06-06: " + jbM}},
		{"met and held talks on a topic stays one (guard)", probeNews("Biden and Modi",
			"U.S. President Joe Biden met with Indian Prime Minister Narendra Modi on Monday and held talks on trade."),
			[]string{"meeting held 2022-06-06: " + jbM}},
		{"met with two stays one meeting (guard)", probeNews("Biden, Modi and Albanese",
			"U.S. President Joe Biden met with Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese on Monday."),
			[]string{"meeting held 2022-06-06: Anthony Albanese + Joe Biden + Narendra Modi"}},
		{"met and then thanked another stays one (guard)", probeNews("Biden and Modi",
			"U.S. President Joe Biden met with Indian Prime Minister Narendra Modi on Monday and then thanked Australian Prime Minister Anthony Albanese for his leadership."),
			[]string{"meeting held 2022-06-06: " + jbM}},
		{"an unnamed subject carries no object into the next phrase (guard)", Article{Date: probePub, Source: "whitehouse.gov",
			Title: "Press Gaggle by Press Secretary Karine Jean-Pierre",
			Text:  "MR. SULLIVAN: In addition to the Quad, he’ll have a distinct bilateral meeting with Prime Minister Modi and a distinct bilateral meeting with Prime Minister Albanese."},
			nil},
	}
	checkProbes(t, cases, nil)
}

func TestCoordinatedEncounterNeedsOnlyFillersAfterAnd(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"and spoke", true},
		{"and then spoke", true},
		{"and will also meet", true},
		{"and is expected to meet", true},
		{"and held a joint call", true},
		{"and a separate bilateral meeting", true},
		{"and Kishida met", false}, // a subject of its own
		{"and they met", false},
		{"but spoke", false},
		{"and, separately, spoke", false}, // a comma: clauseOpeners' business
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		if got := coordinatedEncounter(d, 0, len(d.toks)-1); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
