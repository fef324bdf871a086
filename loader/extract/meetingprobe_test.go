package extract

import (
	"slices"
	"testing"
)

// The meeting probes' pairs and articles: a readout of the State
// Department's and a news story, both of probePub, a Wednesday (Monday is
// 2022-06-06, Friday 2022-06-10).
const (
	pairBJ   = "Antony Blinken + Subrahmanyam Jaishankar"
	pairBK   = "Antony Blinken + Dmytro Kuleba"
	pairBW   = "Antony Blinken + Wang Yi"
	probePub = "2022-06-08"
)

func probeReadout(title, text string) Article {
	return Article{Date: probePub, Source: "state.gov", Title: title, Text: text}
}

func probeNews(title, text string) Article {
	return Article{Date: probePub, Source: "newswire", Title: title, Text: text}
}

// TestMeetingFrames probes which encounters are found and who attends them,
// one frame of language at a time, on short texts written for the probe
// (readout style and news style), never copied from the corpus. Each wants
// the meetings GUIDELINES.md asks for: every encounter of named officials of
// two or more parties reported as held or as scheduled, its kind (meeting,
// call, summit, visit), its status and its date. The date forms themselves
// are TestMeetingDateForms's.
func TestMeetingFrames(t *testing.T) {
	cases := []meetingProbe{
		// Verbs and nouns of meeting, readout style.
		{"met with", probeReadout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-08: " + pairBJ}},
		{"held talks with", probeNews("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken held talks with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"the two held talks", probeNews("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar held talks in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"hosted", probeNews("Blinken hosts Jaishankar",
			"U.S. Secretary of State Antony Blinken hosted Indian External Affairs Minister Subrahmanyam Jaishankar at the State Department on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"received", probeNews("Wang receives Blinken",
			"Chinese Foreign Minister Wang Yi received U.S. Secretary of State Antony Blinken in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"welcomed to a city", probeReadout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken welcomed Indian External Affairs Minister Subrahmanyam Jaishankar to Washington today."),
			[]string{"meeting held 2022-06-08: " + pairBJ}},
		{"sat down with", probeNews("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken sat down with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"spoke by phone", probeNews("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"had a call", probeNews("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken had a call with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"a phone call between", probeNews("Blinken and Kuleba discuss grain",
			"In a phone call on Monday between U.S. Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba, the two discussed grain exports."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"a video conference", probeNews("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken held a video conference with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"visited a city where he met", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken visited Kyiv on Monday, where he met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"a visit of its own (guard)", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken paid a visit to Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"visit held 2022-06-06: " + pairBK}},
		{"paid a courtesy call on", probeNews("Jaishankar in Washington",
			"Indian External Affairs Minister Subrahmanyam Jaishankar paid a courtesy call on U.S. Secretary of State Antony Blinken in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"a bilateral meeting", probeNews("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar held a bilateral meeting in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"on the sidelines of a gathering", probeNews("Blinken meets Wang in Bali",
			"U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the G20 foreign ministers’ meeting in Bali on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"a sidelines opening the sentence", probeNews("Blinken meets Wang in Bali",
			"On the sidelines of the G20 foreign ministers’ meeting in Bali on Monday, U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"joined another for talks", probeNews("Kishida in Washington",
			"Japanese Prime Minister Fumio Kishida joined U.S. President Joe Biden for talks at the White House on Monday."),
			[]string{"meeting held 2022-06-06: Fumio Kishida + Joe Biden"}},
		{"conferred with", probeNews("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken conferred with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"a trilateral meeting", probeNews("Blinken hosts Hayashi and Park",
			"U.S. Secretary of State Antony Blinken hosted Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Park Jin for a trilateral meeting in Washington on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Park Jin + Yoshimasa Hayashi"}},

		{"a joint press availability", probeNews("Blinken and Kuleba in Kyiv",
			"U.S. Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba held a joint press availability in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"hosted a dinner for", probeNews("Blinken hosts Jaishankar",
			"U.S. Secretary of State Antony Blinken hosted a dinner for Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"a virtual meeting", probeNews("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken held a virtual meeting with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"called someone", probeNews("Biden calls Kishida",
			"U.S. President Joe Biden called Japanese Prime Minister Fumio Kishida on Monday to discuss North Korea."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden"}},
		{"talked by phone", probeNews("Biden and Kishida discuss North Korea",
			"U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida talked by phone on Monday."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden"}},

		{"in a call with, opening the sentence", probeNews("Blinken and Kuleba discuss grain",
			"In a call with U.S. Secretary of State Antony Blinken on Monday, Ukrainian Foreign Minister Dmytro Kuleba asked for more air defense."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"during his meeting with, opening the sentence", probeNews("Blinken and Kuleba meet",
			"During his meeting with Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday, U.S. Secretary of State Antony Blinken announced new aid."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"told another in a phone call", probeNews("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken told Ukrainian Foreign Minister Dmytro Kuleba in a phone call on Monday that aid would continue."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"a possessive's talks with", probeNews("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken’s talks with Chinese Foreign Minister Wang Yi in Beijing on Monday focused on Taiwan."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"hosted for a working lunch", probeNews("Biden hosts Kishida",
			"U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida for a working lunch at the White House on Monday."),
			[]string{"meeting held 2022-06-06: Fumio Kishida + Joe Biden"}},
		{"met separately with two", probeNews("Blinken in Tokyo",
			"U.S. Secretary of State Antony Blinken met separately on Monday with Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Fumio Kishida", "meeting held 2022-06-06: Antony Blinken + Narendra Modi"}},
		{"a trilateral call", probeNews("Leaders call",
			"U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi held a trilateral call on Monday."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden + Narendra Modi"}},

		// Passive and nominal forms.
		{"was received by", probeNews("Wang receives Blinken",
			"U.S. Secretary of State Antony Blinken was received by Chinese Foreign Minister Wang Yi in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"was welcomed by", probeNews("Wang receives Blinken",
			"U.S. Secretary of State Antony Blinken was welcomed by Chinese Foreign Minister Wang Yi in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"the meeting between", probeNews("Blinken and Wang meet",
			"The meeting between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi in Beijing on Monday lasted three hours."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"a possessive's meeting with", probeNews("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken’s meeting with Chinese Foreign Minister Wang Yi in Beijing on Monday lasted three hours."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"talks between", probeNews("Blinken and Wang meet",
			"Talks between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi in Beijing on Monday focused on Taiwan."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"a meeting that a name's call follows", probeReadout("Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + pairBK}},

		// Planned, held and cancelled.
		{"will meet", probeNews("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"is to meet", probeNews("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken is to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"are to hold talks", probeNews("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar are to hold talks in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"is to, of a thing done (guard)", probeNews("Blinken and Jaishankar discuss trade",
			"The aim of U.S. Secretary of State Antony Blinken is to raise trade, he told Indian External Affairs Minister Subrahmanyam Jaishankar when they met in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"is scheduled to meet", probeNews("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken is scheduled to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"plans to meet", probeNews("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken plans to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"looks forward to meeting, undated", probeNews("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken said he looks forward to meeting Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting planned : " + pairBJ}},
		{"will travel to meet", probeNews("Blinken to visit India",
			"U.S. Secretary of State Antony Blinken will travel to New Delhi on Friday to meet Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"is expected to meet", probeNews("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken is expected to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"looks forward to welcoming to a city", probeNews("Kishida to visit",
			"U.S. President Joe Biden looks forward to welcoming Japanese Prime Minister Fumio Kishida to the White House on Friday."),
			[]string{"meeting planned 2022-06-10: Fumio Kishida + Joe Biden"}},
		{"met, and will meet again", probeNews("Blinken and Kuleba meet",
			"U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Washington on Monday, and the two will meet again in Kyiv next month."),
			[]string{"meeting held 2022-06-06: " + pairBK, "meeting planned 2022-07: " + pairBK}},
		{"will host", probeNews("Biden to host Kishida",
			"U.S. President Joe Biden will host Japanese Prime Minister Fumio Kishida at the White House on Friday."),
			[]string{"meeting planned 2022-06-10: Fumio Kishida + Joe Biden"}},
		{"cancelled a meeting", probeNews("Blinken cancels trip",
			"U.S. Secretary of State Antony Blinken cancelled his meeting with Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"a meeting that did not take place", probeNews("Blinken and Wang",
			"A meeting between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi did not take place."),
			nil},
		{"talks called off", probeNews("Blinken and Wang",
			"Talks between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi planned for Monday were called off."),
			nil},
		{"a call after a cancelled meeting", probeNews("Blinken and Wang",
			"After the meeting was cancelled, U.S. Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"call held 2022-06-06: " + pairBW}},
		{"a call in which a party did not take an action (guard)", probeNews("Blinken and Kuleba",
			"In his phone call with U.S. Secretary of State Antony Blinken on Monday, Ukrainian Foreign Minister Dmytro Kuleba said Ukraine did not take military action in Russia."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"held after the planned one told earlier", probeNews("Blinken and Jaishankar meet",
			"U.S. Secretary of State Antony Blinken was to meet Indian External Affairs Minister Subrahmanyam Jaishankar on Monday. The two met in Washington on Monday as planned."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},

		// Attendees by title only, after being named.
		{"the Secretary after a trip's sentence", probeReadout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken traveled to New Delhi today. The Secretary met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-08: " + pairBJ}},
		{"the Minister named earlier", probeNews("Kuleba in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba arrived in Washington on Monday. The Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"the Minister after a trip's sentence, in the news", probeNews("Talks in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba traveled to Washington on Monday. The Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"the Foreign Minister after a trip's sentence, in the news", probeNews("Talks in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba traveled to Washington on Monday. The Foreign Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"the Minister of two ministers names neither (guard)", probeNews("Ministers in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba is in New York, and Indian External Affairs Minister Subrahmanyam Jaishankar is in Boston. The Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			nil},
		{"her counterpart in apposition", probeNews("Yellen in Beijing",
			"U.S. Treasury Secretary Janet Yellen met her counterpart, Chinese Vice Premier Liu He, in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: Janet Yellen + Liu He"}},
		{"his counterpart named in the next sentence", probeNews("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken met his Indian counterpart in New Delhi on Monday. Indian External Affairs Minister Subrahmanyam Jaishankar said the talks were productive."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"both by titles after both were named", probeReadout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken welcomed Indian External Affairs Minister Subrahmanyam Jaishankar to Washington. The Secretary and the Minister discussed trade."),
			[]string{"meeting held 2022-06-08: " + pairBJ}},

		// Attendee lists.
		{"a list of three met", probeNews("Quad ministers meet",
			"U.S. Secretary of State Antony Blinken, Japanese Foreign Minister Yoshimasa Hayashi and Indian External Affairs Minister Subrahmanyam Jaishankar met in Tokyo on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Subrahmanyam Jaishankar + Yoshimasa Hayashi"}},
		{"met with a list of two", probeNews("Blinken in Tokyo",
			"U.S. Secretary of State Antony Blinken met with Japanese Prime Minister Fumio Kishida and Foreign Minister Yoshimasa Hayashi in Tokyo on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Fumio Kishida + Yoshimasa Hayashi"}},
		{"joined by", probeNews("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken, joined by Secretary of Defense Lloyd Austin, met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"accompanied by", probeNews("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken, accompanied by Secretary of Defense Lloyd Austin, met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"along with", probeNews("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken, along with Secretary of Defense Lloyd Austin, met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"joined by, a sentence later", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday. He was joined by Secretary of Defense Lloyd Austin."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"she was accompanied by, a sentence later", probeNews("Yellen in Beijing",
			"U.S. Treasury Secretary Janet Yellen met Chinese Vice Premier Liu He in Beijing on Monday. She was accompanied by Secretary of State Antony Blinken."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Janet Yellen + Liu He"}},
		{"he was joined by, with no encounter before (guard)", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken arrived in Kyiv on Monday. He was joined by Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
		{"a delegation led by", probeNews("Indian delegation in Washington",
			"A delegation led by Indian External Affairs Minister Subrahmanyam Jaishankar met U.S. Secretary of State Antony Blinken in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"led a delegation", probeNews("Indian delegation in Washington",
			"Indian External Affairs Minister Subrahmanyam Jaishankar led a delegation that met U.S. Secretary of State Antony Blinken in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},

		// Pronouns across sentences.
		{"he also met", probeNews("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi on Monday. He also met Indian Prime Minister Narendra Modi."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Narendra Modi", "meeting held 2022-06-06: " + pairBJ}},
		{"later, he met", probeNews("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken arrived in New Delhi on Monday. Later, he met Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"later, he met, after a trip's day", probeNews("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken traveled to New Delhi on Monday. Later, he met Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},
		{"later, of a planned meeting", probeNews("Blinken to visit India",
			"U.S. Secretary of State Antony Blinken will travel to New Delhi on Friday. Later, he will meet Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		{"soon after, he met", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken traveled to Kyiv on Monday. Soon after, he met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"that evening, she spoke with", probeNews("Yellen and Liu",
			"U.S. Treasury Secretary Janet Yellen traveled to Tokyo on Monday. That evening, she spoke by phone with Chinese Vice Premier Liu He."),
			[]string{"call held 2022-06-06: Janet Yellen + Liu He"}},
		{"she spoke with", probeNews("Yellen and Liu",
			"U.S. Treasury Secretary Janet Yellen returned from Asia on Monday. She spoke by phone with Chinese Vice Premier Liu He on Tuesday."),
			[]string{"call held 2022-06-07: Janet Yellen + Liu He"}},
		{"the two met", probeNews("Blinken and Jaishankar",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar have worked closely for years. The two met in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBJ}},

		{"the two leaders spoke", probeNews("Biden and Kishida",
			"U.S. President Joe Biden has praised Japanese Prime Minister Fumio Kishida for years. The two leaders spoke by phone on Monday."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden"}},
		{"the two of three named is none (guard)", probeNews("Quad",
			"U.S. President Joe Biden praised Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi on Monday. The two met in Tokyo."),
			nil},

		// Several encounters in one text.
		{"separate calls with several", probeNews("Biden calls allies",
			"U.S. President Joe Biden spoke separately on Monday with Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden", "call held 2022-06-06: Joe Biden + Narendra Modi"}},
		{"then met", probeNews("Blinken in Tokyo",
			"U.S. Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Monday and then met Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Fumio Kishida", "meeting held 2022-06-06: " + pairBJ}},
		{"and later met", probeNews("Blinken’s day",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday and later met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + pairBK, "meeting held 2022-06-06: " + pairBJ}},
		{"two subjects, then met, stay one meeting (guard)", probeNews("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday and then met the press."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"a summit of named leaders", probeNews("Quad leaders meet",
			"U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi attended the Quad Leaders’ Summit in Tokyo on Monday."),
			[]string{"summit held 2022-06-06: Fumio Kishida + Joe Biden + Narendra Modi"}},
		{"a meeting of one and a call of another", probeNews("Blinken’s day",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday. On Tuesday, he spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-07: " + pairBK, "meeting held 2022-06-06: " + pairBJ}},

		// Who reports a meeting does not attend it.
		{"a spokesperson says", probeNews("Blinken and Wang meet",
			"State Department Spokesperson Ned Price said U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Bali on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},

		// Meeting words that are no meeting.
		{"met the deadline", probeNews("Ukraine grain",
			"Ukrainian Foreign Minister Dmytro Kuleba said Kyiv met the deadline that U.S. Secretary of State Antony Blinken set on Monday."),
			nil},
		{"meeting the needs", probeNews("Aid to Ukraine",
			"U.S. Secretary of State Antony Blinken said meeting the needs of Ukrainians was the priority, Ukrainian Foreign Minister Dmytro Kuleba agreed on Monday."),
			nil},
		{"a meeting place", probeNews("Geneva",
			"Geneva has long been a meeting place for diplomats, U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi both said on Monday."),
			nil},
		{"called on someone to act", probeNews("Blinken urges Wang",
			"U.S. Secretary of State Antony Blinken called on Chinese Foreign Minister Wang Yi to press Russia to end the war."),
			nil},
		{"met with criticism", probeNews("Plan criticized",
			"The plan of U.S. Secretary of State Antony Blinken was met with criticism from Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"the meeting room", probeNews("Talks in Washington",
			"U.S. Secretary of State Antony Blinken showed Chinese Foreign Minister Wang Yi the meeting room on Monday."),
			nil},
		{"met with skepticism", probeNews("Plan criticized",
			"A proposal of Chinese Foreign Minister Wang Yi met with skepticism from U.S. Secretary of State Antony Blinken on Monday."),
			nil},
		{"meet a place's goals", probeNews("India and US on climate",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar said on Monday that both countries will work to meet Paris climate goals."),
			nil},
		{"meet the place's targets", probeNews("India and US on climate",
			"U.S. Secretary of State Antony Blinken told Indian External Affairs Minister Subrahmanyam Jaishankar on Monday that the two countries must meet the Paris targets."),
			nil},
		{"meet a country's demands", probeNews("Ukraine and aid",
			"Ukrainian Foreign Minister Dmytro Kuleba asked whether U.S. Secretary of State Antony Blinken would meet Ukrainian demands for more air defense."),
			nil},
		{"will meet in a city on threats (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken will meet in Geneva on threats with Ukrainian Foreign Minister Dmytro Kuleba on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		{"will meet a named person amid threats (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken will meet Ukrainian Foreign Minister Dmytro Kuleba amid threats on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		{"a meeting, then a place (guard)", probeNews("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken held a meeting in Bali with Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"met with a person (guard)", probeNews("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi on Monday to voice concern about Taiwan."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"talks about another", probeNews("Blinken on Wang",
			"U.S. Secretary of State Antony Blinken said on Monday that Chinese Foreign Minister Wang Yi should talk to Russia."),
			nil},
		{"spoke to reporters about another", probeNews("Blinken on Wang",
			"U.S. Secretary of State Antony Blinken spoke to reporters on Monday about remarks by Chinese Foreign Minister Wang Yi."),
			nil},
		{"received a letter from", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken received a letter from Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"meets a standard", probeNews("Grain deal",
			"Ukrainian Foreign Minister Dmytro Kuleba said the grain deal meets the standard U.S. Secretary of State Antony Blinken set on Monday."),
			nil},
		{"called for talks between others", probeNews("Blinken urges talks",
			"U.S. Secretary of State Antony Blinken called for talks between Russia and Ukraine on Monday, Ukrainian Foreign Minister Dmytro Kuleba said."),
			nil},
		{"has not met", probeNews("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken said on Monday he has not met Chinese Foreign Minister Wang Yi this year."),
			nil},
		{"welcomed a statement by another", probeNews("Blinken welcomes statement",
			"U.S. Secretary of State Antony Blinken welcomed the statement by Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"welcomed the visiting minister (guard)", probeNews("Blinken welcomes Kuleba",
			"U.S. Secretary of State Antony Blinken welcomed the visiting Ukrainian Foreign Minister Dmytro Kuleba to Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"a visit of one alone", probeNews("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken visited Kyiv on Monday. Ukrainian Foreign Minister Dmytro Kuleba was in Brussels."),
			nil},
	}
	// open says why a probe's wrong answer is left for now; once it is
	// right, the probe fails until its note is dropped.
	open := map[string]string{
		"met, and will meet again":     "a planned encounter after a held one in the same sentence is not found",
		"told another in a phone call": "'would' of the reported clause after the call ('… on Monday that aid would continue') reads the sentence's Monday as the next one, and the call as planned",
	}
	checkProbes(t, cases, open)
}

// meetingProbe is one probe: a text written for it and the meetings
// GUIDELINES.md asks for, as meetingsOf prints them.
type meetingProbe struct {
	name string
	a    Article
	want []string
}

// checkProbes runs probes; open says why a probe's wrong answer is left
// for now. Once it is right, the probe fails until its note is dropped.
func checkProbes(t *testing.T, cases []meetingProbe, open map[string]string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingsOf(t, c.a)
			switch note, right := open[c.name], slices.Equal(got, c.want); {
			case !right && note == "":
				t.Errorf("got %q\nwant %q", got, c.want)
			case !right:
				t.Logf("left open (%s): got %q, want %q", note, got, c.want)
			case note != "":
				t.Errorf("right now: drop the open note %q", note)
			}
		})
	}
}
