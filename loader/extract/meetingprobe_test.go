package extract

import (
	"slices"
	"testing"
)

// TestMeetingFrames probes which encounters are found and who attends them,
// one frame of language at a time, on short texts written for the probe
// (readout style and news style), never copied from the corpus. Each wants
// the meetings GUIDELINES.md asks for: every encounter of named officials of
// two or more parties reported as held or as scheduled, its kind (meeting,
// call, summit, visit), its status and its date. The date forms themselves
// are TestMeetingDateForms's.
func TestMeetingFrames(t *testing.T) {
	const (
		bj = "Antony Blinken + Subrahmanyam Jaishankar"
		bk = "Antony Blinken + Dmytro Kuleba"
		bw = "Antony Blinken + Wang Yi"
	)
	// 2022-06-08 is a Wednesday; Monday is 2022-06-06, Friday 2022-06-10.
	const pub = "2022-06-08"
	readout := func(title, text string) Article {
		return Article{Date: pub, Source: "state.gov", Title: title, Text: text}
	}
	news := func(title, text string) Article {
		return Article{Date: pub, Source: "newswire", Title: title, Text: text}
	}
	cases := []meetingProbe{
		// Verbs and nouns of meeting, readout style.
		{"met with", readout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting held 2022-06-08: " + bj}},
		{"held talks with", news("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken held talks with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"the two held talks", news("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar held talks in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"hosted", news("Blinken hosts Jaishankar",
			"U.S. Secretary of State Antony Blinken hosted Indian External Affairs Minister Subrahmanyam Jaishankar at the State Department on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"received", news("Wang receives Blinken",
			"Chinese Foreign Minister Wang Yi received U.S. Secretary of State Antony Blinken in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"welcomed to a city", readout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken welcomed Indian External Affairs Minister Subrahmanyam Jaishankar to Washington today."),
			[]string{"meeting held 2022-06-08: " + bj}},
		{"sat down with", news("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken sat down with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"spoke by phone", news("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + bk}},
		{"had a call", news("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken had a call with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + bk}},
		{"a phone call between", news("Blinken and Kuleba discuss grain",
			"In a phone call on Monday between U.S. Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba, the two discussed grain exports."),
			[]string{"call held 2022-06-06: " + bk}},
		{"a video conference", news("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken held a video conference with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + bk}},
		{"visited a city where he met", news("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken visited Kyiv on Monday, where he met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + bk}},
		{"a visit of its own (guard)", news("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken paid a visit to Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"visit held 2022-06-06: " + bk}},
		{"paid a courtesy call on", news("Jaishankar in Washington",
			"Indian External Affairs Minister Subrahmanyam Jaishankar paid a courtesy call on U.S. Secretary of State Antony Blinken in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"a bilateral meeting", news("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar held a bilateral meeting in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"on the sidelines of a gathering", news("Blinken meets Wang in Bali",
			"U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the G20 foreign ministers’ meeting in Bali on Monday."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"a sidelines opening the sentence", news("Blinken meets Wang in Bali",
			"On the sidelines of the G20 foreign ministers’ meeting in Bali on Monday, U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"joined another for talks", news("Kishida in Washington",
			"Japanese Prime Minister Fumio Kishida joined U.S. President Joe Biden for talks at the White House on Monday."),
			[]string{"meeting held 2022-06-06: Fumio Kishida + Joe Biden"}},
		{"conferred with", news("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken conferred with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"a trilateral meeting", news("Blinken hosts Hayashi and Park",
			"U.S. Secretary of State Antony Blinken hosted Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Park Jin for a trilateral meeting in Washington on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Park Jin + Yoshimasa Hayashi"}},

		{"a joint press availability", news("Blinken and Kuleba in Kyiv",
			"U.S. Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba held a joint press availability in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: " + bk}},
		{"hosted a dinner for", news("Blinken hosts Jaishankar",
			"U.S. Secretary of State Antony Blinken hosted a dinner for Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"a virtual meeting", news("Blinken and Kuleba discuss grain",
			"U.S. Secretary of State Antony Blinken held a virtual meeting with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + bk}},
		{"called someone", news("Biden calls Kishida",
			"U.S. President Joe Biden called Japanese Prime Minister Fumio Kishida on Monday to discuss North Korea."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden"}},
		{"talked by phone", news("Biden and Kishida discuss North Korea",
			"U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida talked by phone on Monday."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden"}},

		// Passive and nominal forms.
		{"was received by", news("Wang receives Blinken",
			"U.S. Secretary of State Antony Blinken was received by Chinese Foreign Minister Wang Yi in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"was welcomed by", news("Wang receives Blinken",
			"U.S. Secretary of State Antony Blinken was welcomed by Chinese Foreign Minister Wang Yi in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"the meeting between", news("Blinken and Wang meet",
			"The meeting between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi in Beijing on Monday lasted three hours."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"a possessive's meeting with", news("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken’s meeting with Chinese Foreign Minister Wang Yi in Beijing on Monday lasted three hours."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"talks between", news("Blinken and Wang meet",
			"Talks between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi in Beijing on Monday focused on Taiwan."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"a meeting that a name's call follows", readout("Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
			"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-08: " + bk}},

		// Planned, held and cancelled.
		{"will meet", news("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"is to meet", news("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken is to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"are to hold talks", news("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar are to hold talks in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"is to, of a thing done (guard)", news("Blinken and Jaishankar discuss trade",
			"The aim of U.S. Secretary of State Antony Blinken is to raise trade, he told Indian External Affairs Minister Subrahmanyam Jaishankar when they met in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"is scheduled to meet", news("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken is scheduled to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"plans to meet", news("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken plans to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"looks forward to meeting, undated", news("Blinken and Jaishankar discuss trade",
			"U.S. Secretary of State Antony Blinken said he looks forward to meeting Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."),
			[]string{"meeting planned : " + bj}},
		{"will travel to meet", news("Blinken to visit India",
			"U.S. Secretary of State Antony Blinken will travel to New Delhi on Friday to meet Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"is expected to meet", news("Blinken to host Jaishankar",
			"U.S. Secretary of State Antony Blinken is expected to meet Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Friday."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"looks forward to welcoming to a city", news("Kishida to visit",
			"U.S. President Joe Biden looks forward to welcoming Japanese Prime Minister Fumio Kishida to the White House on Friday."),
			[]string{"meeting planned 2022-06-10: Fumio Kishida + Joe Biden"}},
		{"met, and will meet again", news("Blinken and Kuleba meet",
			"U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Washington on Monday, and the two will meet again in Kyiv next month."),
			[]string{"meeting held 2022-06-06: " + bk, "meeting planned 2022-07: " + bk}},
		{"cancelled a meeting", news("Blinken cancels trip",
			"U.S. Secretary of State Antony Blinken cancelled his meeting with Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"a meeting that did not take place", news("Blinken and Wang",
			"A meeting between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi did not take place."),
			nil},
		{"talks called off", news("Blinken and Wang",
			"Talks between U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi planned for Monday were called off."),
			nil},
		{"a call after a cancelled meeting", news("Blinken and Wang",
			"After the meeting was cancelled, U.S. Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"call held 2022-06-06: " + bw}},
		{"a call in which a party did not take an action (guard)", news("Blinken and Kuleba",
			"In his phone call with U.S. Secretary of State Antony Blinken on Monday, Ukrainian Foreign Minister Dmytro Kuleba said Ukraine did not take military action in Russia."),
			[]string{"call held 2022-06-06: " + bk}},
		{"held after the planned one told earlier", news("Blinken and Jaishankar meet",
			"U.S. Secretary of State Antony Blinken was to meet Indian External Affairs Minister Subrahmanyam Jaishankar on Monday. The two met in Washington on Monday as planned."),
			[]string{"meeting held 2022-06-06: " + bj}},

		// Attendees by title only, after being named.
		{"the Secretary after a trip's sentence", readout("Secretary Blinken’s Travel to India",
			"Secretary of State Antony J. Blinken traveled to New Delhi today. The Secretary met with Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-08: " + bj}},
		{"the Minister named earlier", news("Kuleba in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba arrived in Washington on Monday. The Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			[]string{"meeting held 2022-06-06: " + bk}},
		{"the Minister after a trip's sentence, in the news", news("Talks in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba traveled to Washington on Monday. The Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			[]string{"meeting held 2022-06-06: " + bk}},
		{"the Foreign Minister after a trip's sentence, in the news", news("Talks in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba traveled to Washington on Monday. The Foreign Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			[]string{"meeting held 2022-06-06: " + bk}},
		{"the Minister of two ministers names neither (guard)", news("Ministers in Washington",
			"Ukrainian Foreign Minister Dmytro Kuleba is in New York, and Indian External Affairs Minister Subrahmanyam Jaishankar is in Boston. The Minister met U.S. Secretary of State Antony Blinken at the State Department."),
			nil},
		{"her counterpart in apposition", news("Yellen in Beijing",
			"U.S. Treasury Secretary Janet Yellen met her counterpart, Chinese Vice Premier Liu He, in Beijing on Monday."),
			[]string{"meeting held 2022-06-06: Janet Yellen + Liu He"}},
		{"his counterpart named in the next sentence", news("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken met his Indian counterpart in New Delhi on Monday. Indian External Affairs Minister Subrahmanyam Jaishankar said the talks were productive."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"both by titles after both were named", readout("Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
			"Secretary of State Antony J. Blinken welcomed Indian External Affairs Minister Subrahmanyam Jaishankar to Washington. The Secretary and the Minister discussed trade."),
			[]string{"meeting held 2022-06-08: " + bj}},

		// Attendee lists.
		{"a list of three met", news("Quad ministers meet",
			"U.S. Secretary of State Antony Blinken, Japanese Foreign Minister Yoshimasa Hayashi and Indian External Affairs Minister Subrahmanyam Jaishankar met in Tokyo on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Subrahmanyam Jaishankar + Yoshimasa Hayashi"}},
		{"met with a list of two", news("Blinken in Tokyo",
			"U.S. Secretary of State Antony Blinken met with Japanese Prime Minister Fumio Kishida and Foreign Minister Yoshimasa Hayashi in Tokyo on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Fumio Kishida + Yoshimasa Hayashi"}},
		{"joined by", news("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken, joined by Secretary of Defense Lloyd Austin, met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"accompanied by", news("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken, accompanied by Secretary of Defense Lloyd Austin, met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"along with", news("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken, along with Secretary of Defense Lloyd Austin, met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"joined by, a sentence later", news("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday. He was joined by Secretary of Defense Lloyd Austin."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"she was accompanied by, a sentence later", news("Yellen in Beijing",
			"U.S. Treasury Secretary Janet Yellen met Chinese Vice Premier Liu He in Beijing on Monday. She was accompanied by Secretary of State Antony Blinken."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Janet Yellen + Liu He"}},
		{"he was joined by, with no encounter before (guard)", news("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken arrived in Kyiv on Monday. He was joined by Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
		{"a delegation led by", news("Indian delegation in Washington",
			"A delegation led by Indian External Affairs Minister Subrahmanyam Jaishankar met U.S. Secretary of State Antony Blinken in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"led a delegation", news("Indian delegation in Washington",
			"Indian External Affairs Minister Subrahmanyam Jaishankar led a delegation that met U.S. Secretary of State Antony Blinken in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},

		// Pronouns across sentences.
		{"he also met", news("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi on Monday. He also met Indian Prime Minister Narendra Modi."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Narendra Modi", "meeting held 2022-06-06: " + bj}},
		{"later, he met", news("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken arrived in New Delhi on Monday. Later, he met Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"later, he met, after a trip's day", news("Blinken in New Delhi",
			"U.S. Secretary of State Antony Blinken traveled to New Delhi on Monday. Later, he met Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-06: " + bj}},
		{"later, of a planned meeting", news("Blinken to visit India",
			"U.S. Secretary of State Antony Blinken will travel to New Delhi on Friday. Later, he will meet Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting planned 2022-06-10: " + bj}},
		{"soon after, he met", news("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken traveled to Kyiv on Monday. Soon after, he met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + bk}},
		{"that evening, she spoke with", news("Yellen and Liu",
			"U.S. Treasury Secretary Janet Yellen traveled to Tokyo on Monday. That evening, she spoke by phone with Chinese Vice Premier Liu He."),
			[]string{"call held 2022-06-06: Janet Yellen + Liu He"}},
		{"she spoke with", news("Yellen and Liu",
			"U.S. Treasury Secretary Janet Yellen returned from Asia on Monday. She spoke by phone with Chinese Vice Premier Liu He on Tuesday."),
			[]string{"call held 2022-06-07: Janet Yellen + Liu He"}},
		{"the two met", news("Blinken and Jaishankar",
			"U.S. Secretary of State Antony Blinken and Indian External Affairs Minister Subrahmanyam Jaishankar have worked closely for years. The two met in Washington on Monday."),
			[]string{"meeting held 2022-06-06: " + bj}},

		// Several encounters in one text.
		{"separate calls with several", news("Biden calls allies",
			"U.S. President Joe Biden spoke separately on Monday with Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi."),
			[]string{"call held 2022-06-06: Fumio Kishida + Joe Biden", "call held 2022-06-06: Joe Biden + Narendra Modi"}},
		{"then met", news("Blinken in Tokyo",
			"U.S. Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Monday and then met Indian External Affairs Minister Subrahmanyam Jaishankar."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Fumio Kishida", "meeting held 2022-06-06: " + bj}},
		{"and later met", news("Blinken’s day",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday and later met Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + bk, "meeting held 2022-06-06: " + bj}},
		{"two subjects, then met, stay one meeting (guard)", news("Blinken and Austin in Kyiv",
			"U.S. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday and then met the press."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Lloyd Austin"}},
		{"a summit of named leaders", news("Quad leaders meet",
			"U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi attended the Quad Leaders’ Summit in Tokyo on Monday."),
			[]string{"summit held 2022-06-06: Fumio Kishida + Joe Biden + Narendra Modi"}},
		{"a meeting of one and a call of another", news("Blinken’s day",
			"U.S. Secretary of State Antony Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on Monday. On Tuesday, he spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-06-07: " + bk, "meeting held 2022-06-06: " + bj}},

		// Who reports a meeting does not attend it.
		{"a spokesperson says", news("Blinken and Wang meet",
			"State Department Spokesperson Ned Price said U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Bali on Monday."),
			[]string{"meeting held 2022-06-06: " + bw}},

		// Meeting words that are no meeting.
		{"met the deadline", news("Ukraine grain",
			"Ukrainian Foreign Minister Dmytro Kuleba said Kyiv met the deadline that U.S. Secretary of State Antony Blinken set on Monday."),
			nil},
		{"meeting the needs", news("Aid to Ukraine",
			"U.S. Secretary of State Antony Blinken said meeting the needs of Ukrainians was the priority, Ukrainian Foreign Minister Dmytro Kuleba agreed on Monday."),
			nil},
		{"a meeting place", news("Geneva",
			"Geneva has long been a meeting place for diplomats, U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi both said on Monday."),
			nil},
		{"called on someone to act", news("Blinken urges Wang",
			"U.S. Secretary of State Antony Blinken called on Chinese Foreign Minister Wang Yi to press Russia to end the war."),
			nil},
		{"met with criticism", news("Plan criticized",
			"The plan of U.S. Secretary of State Antony Blinken was met with criticism from Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"the meeting room", news("Talks in Washington",
			"U.S. Secretary of State Antony Blinken showed Chinese Foreign Minister Wang Yi the meeting room on Monday."),
			nil},
		{"met with skepticism", news("Plan criticized",
			"A proposal of Chinese Foreign Minister Wang Yi met with skepticism from U.S. Secretary of State Antony Blinken on Monday."),
			nil},
		{"a meeting, then a place (guard)", news("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken held a meeting in Bali with Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"met with a person (guard)", news("Blinken and Wang meet",
			"U.S. Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi on Monday to voice concern about Taiwan."),
			[]string{"meeting held 2022-06-06: " + bw}},
		{"talks about another", news("Blinken on Wang",
			"U.S. Secretary of State Antony Blinken said on Monday that Chinese Foreign Minister Wang Yi should talk to Russia."),
			nil},
		{"spoke to reporters about another", news("Blinken on Wang",
			"U.S. Secretary of State Antony Blinken spoke to reporters on Monday about remarks by Chinese Foreign Minister Wang Yi."),
			nil},
		{"received a letter from", news("Blinken and Wang",
			"U.S. Secretary of State Antony Blinken received a letter from Chinese Foreign Minister Wang Yi on Monday."),
			nil},
		{"meets a standard", news("Grain deal",
			"Ukrainian Foreign Minister Dmytro Kuleba said the grain deal meets the standard U.S. Secretary of State Antony Blinken set on Monday."),
			nil},
		{"a visit of one alone", news("Blinken in Kyiv",
			"U.S. Secretary of State Antony Blinken visited Kyiv on Monday. Ukrainian Foreign Minister Dmytro Kuleba was in Brussels."),
			nil},
	}
	// open says why a probe's wrong answer is left for now; once it is
	// right, the probe fails until its note is dropped.
	open := map[string]string{
		"met, and will meet again":                   "a planned encounter after a held one in the same sentence is not found",
		"his counterpart named in the next sentence": "a counterpart named only in a later sentence is not found",
		"the two met": "'the two' is not read as the two officials named before",
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
