package extract

import "testing"

// wh is a White House remarks transcript of the given day, for the probes
// below; texts are cut from open articles (ids in the case names).
func wh(date, title, text string) Article {
	return Article{Date: date, Source: "whitehouse.gov", Title: title, Text: text}
}

// TestLeadersOnTheSameStage probes the summit of a speech at a leaders'
// occasion whose headline has no meeting word (leadersOccasionTitle): a
// launch, a forum, a conference; the leaders the speaker addresses,
// introduces or thanks are there (addressCue), a leader named in passing or
// by "thanks to" is not, and a recorded message meets no one
// (recordedMessage).
func TestLeadersOnTheSameStage(t *testing.T) {
	cases := []meetingProbe{
		{"a launch's leader addressed and thanked (whitehouse-53904)", wh("2022-05-23",
			"Remarks by President Biden at Indo-Pacific Economic Framework For Prosperity Launch Event",
			"Tokyo, Japan\n\nPRESIDENT BIDEN: Thank you all for joining today for the launch of the Indo-Pacific Economic Framework for Prosperity.\n\nPrime Minister Kishida, thank you for your leadership and partnership as we prepared for this announcement."),
			[]string{"summit held 2022-05-23: Fumio Kishida + Joe Biden"}},
		{"a leader invited to the podium (whitehouse-56314)", wh("2022-06-26",
			"Remarks by President Biden at Launch of the Partnership for Global Infrastructure and Investment",
			"Krün, Germany\n\nTHE PRESIDENT: Today, we officially launch the Partnership for Global Infrastructure and Investment.\n\nThank you. And now I invite President von der Leyen to the podium."),
			[]string{"summit held 2022-06-26: Joe Biden + Ursula von der Leyen"}},
		{"a conference's chancellor thanked for his words (whitehouse-47547)", wh("2022-02-19",
			"Remarks by Vice President Harris at the Munich Security Conference",
			"Munich, Germany\n\nTHE VICE PRESIDENT: Good morning. And thank you also to Chancellor Scholz for your kind words.\n\nSo, it is an honor to join all of these distinguished leaders from around the world this morning."),
			[]string{"summit held 2022-02-19: Kamala Harris + Olaf Scholz"}},
		{"a forum's convener addressed (whitehouse-22687)", wh("2021-06-30",
			"Remarks by Vice President Harris at the Generation Equality Forum",
			"VICE PRESIDENT HARRIS: Greetings from the White House.\n\nPresident Macron, Mr. Secretary-General, Madam Executive Director: Thank you for convening this forum."),
			[]string{"summit held 2021-06-30: Emmanuel Macron + Kamala Harris"}},
		{"thanks to leaders through the G20 is no address (whitehouse-53041)", wh("2022-05-12",
			"Remarks by Vice President Harris at the Global Covid-19 Summit",
			"THE VICE PRESIDENT: Thank you, all of you, for co-hosting this very important convening: Prime Minister Briceño; and Chancellor Scholz.\n\nThanks to President Widodo and Prime Minister Draghi, through the G20, we have consensus to establish this fund."),
			[]string{"summit held 2022-05-12: Johnny Briceño + Kamala Harris + Olaf Scholz"}},
		{"a recorded video thanks its host but meets no one (whitehouse-57917)", wh("2022-07-20",
			"Remarks by Vice President Harris to the 2022 U.S.-Africa Business Summit",
			"Via Recorded Video\n\nAs Prepared for Delivery\n\nGreetings from Washington, D.C. I want to thank the Corporate Council on Africa, the Kingdom of Morocco, and His Majesty King Mohammed for hosting the 2022 U.S.-Africa Business Summit."),
			nil},
		// Guards: a leader named in passing, a press conference, a transcript's launch of a survey.
		{"a forum's leader named for an earlier announcement (guard, whitehouse-55801)", wh("2022-06-17",
			"Remarks by President Biden at the Major Economies Forum on Energy and Climate",
			"THE PRESIDENT: Thank you. Hello, everyone.\n\nFor example, back in March, the European Commission — with President von der Leyen leading the effort — and I announced the U.S.-EU Task Force on Energy Security."),
			nil},
		{"a leader told of as saying something is not addressed (the brief's form)", wh("2022-05-12",
			"Remarks by Vice President Harris at the Global Covid-19 Summit",
			"THE VICE PRESIDENT: As you know, President Macron said last week that the fund matters. And, President Widodo, I want to thank you as well."),
			[]string{"summit held 2022-05-12: Joko Widodo + Kamala Harris"}},
		{"a leader who is the subject of the sentence is not addressed (whitehouse-53634's sentence)", wh("2022-06-16",
			"Remarks by Vice President Harris at the Summit of the Americas",
			"THE VICE PRESIDENT: President Lasso is carving his place in your history by reaching out to those who have often been ignored or left behind."),
			nil},
		{"a leader heard by the audience is there (guard, usdos-360926)", probeReadout(
			"Secretary Antony J. Blinken At a Virtual COVID-19 Global Action Plan Foreign Ministerial Meeting",
			"SECRETARY BLINKEN: Thank you and Japan for your leadership role today as well as throughout. And you heard Foreign Minister Hayashi touch on virtually all of those lines."),
			[]string{"summit held 2022-06-08: Antony Blinken + Yoshimasa Hayashi"}},
		{"a press conference is no occasion of addressed leaders (guard)", wh("2022-05-23",
			"Remarks by President Biden in Press Conference",
			"THE PRESIDENT: Thank you. I want to thank Prime Minister Kishida for his leadership last year."),
			nil},
		{"a speech that recorded no video keeps its summit (guard, whitehouse-53041's form)", wh("2022-05-12",
			"Remarks by Vice President Harris at the Global Covid-19 Summit",
			"South Court Auditorium\n\nTHE VICE PRESIDENT: And, President Widodo, I want to thank you as well and everyone who is here with us today."),
			[]string{"summit held 2022-05-12: Joko Widodo + Kamala Harris"}},
	}
	checkProbes(t, cases, nil)
}

func TestLeadersOccasionTitle(t *testing.T) {
	cases := []struct {
		title string
		want  bool
	}{
		{"Remarks by President Biden at Launch of the Partnership for Global Infrastructure and Investment", true},
		{"Remarks by Vice President Harris at the Munich Security Conference", true},
		{"Remarks by President Biden at the U.S.-EU Summit Expanded Plenary Session", true},
		{"Remarks by President Biden in Press Conference", false},
		{"Transcript of the Transatlantic Trends 2021 Launch Event: A Conversation with U.S. Deputy Secretary of State Wendy Sherman", false},
		{"Secretary Antony J. Blinken Virtual Remarks at the UN-Hosted High-Level Yemen Pledging Event", true},
		{"Readout of President Biden's Meeting with Prime Minister Kishida", false},
	}
	for _, c := range cases {
		if got := leadersOccasionTitle(newDoc(c.title, true)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.title, got, c.want)
		}
	}
}

// TestAddressCue: the words that make a sentence speak to the leaders it
// names (addressCue); sentences from open articles (ids in comments).
func TestAddressCue(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Thanks to President Widodo and Prime Minister Draghi, through the G20, we have consensus.", false}, // whitehouse-53041
		{"It is thanks to Prime Minister Draghi that we have consensus.", false},
		{"My thanks to President Cortizo, Ministers Mouynes and Pino, for welcoming us to this beautiful country.", true}, // usdos-335608
		{"Thanks, Prime Minister Kishida.", true},
		{"And now I invite President von der Leyen to the podium.", true},                              // whitehouse-56314
		{"And I’ll invite Prime Minister Kishida to say a few words now.", true},                       // whitehouse-53904
		{"And if I may, I’d like to invite President Moon to say a few words, if that is okay.", true}, // whitehouse-18215
		{"Now, first of all, may I invite Prime Minister Albanese to speak, please?", true},            // whitehouse-54059
		// guards: an invitation told of, not the speaker's
		{"Indonesia decided to invite President Zelenskyy to the G20.", false},                         // whitehouse-51888
		{"Macron and Merkel have agreed together to invite President Putin to come and visit.", false}, // usdos-254445
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		got := false
		for k := range d.toks {
			got = got || addressCue(d, 0, k, len(d.toks))
		}
		if got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPresentAddressedMeeting probes the encounter of a speech's speaker
// with the officials it addresses as there (addPresentMeeting,
// presentAddressed), on sentences cut from open articles (ids in the names).
func TestPresentAddressedMeeting(t *testing.T) {
	cases := []meetingProbe{
		{"a vocative in the second person (whitehouse-57471)", wh("2022-07-14",
			"Remarks by President Biden at Israeli Presidential Medal of Honor Reception",
			"Jerusalem, Israel\n\nPRESIDENT BIDEN: President Herzog, it’s wonderful to be with you again and an honor to be with so many familiar faces out in this garden."),
			[]string{"meeting held 2022-07-14: Isaac Herzog + Joe Biden"}},
		{"the speaker gives the floor (whitehouse-55215)", wh("2022-06-09",
			"Remarks by Vice President Harris in a Meeting With Leaders of Caribbean Nations",
			"THE VICE PRESIDENT: Good afternoon, everyone. And with that, I now invite Dr. Carla Barnett, the Secretary General of the Caribbean Community, also known as CARICOM, to share a few words."),
			[]string{"meeting held 2022-06-09: Carla Barnett + Kamala Harris"}},
		{"thanked by title in the second person (whitehouse-53634)", wh("2022-05-19",
			"Remarks by First Lady Jill Biden in Ecuador",
			"Thank you, President Lasso, for leading with courage and conviction."),
			[]string{"meeting held 2022-05-19: Guillermo Lasso + Jill Biden"}},
		{"a leader welcomed (whitehouse-49356)", wh("2022-03-17",
			"Remarks as Prepared for Delivery by First Lady Jill Biden to Celebrate St. Patrick’s Day",
			"It’s my pleasure to welcome all of you to the White House! And we are pleased to welcome the Taoiseach of Ireland, Micheál Martin, and his wife Mary, as well as the Irish Delegation, to Washington, D.C."),
			[]string{"meeting held 2022-03-17: Jill Biden + Micheál Martin"}},
		{"a virtual occasion's officials thanked in the second person are its summit, not a call (usdos-324907)", Article{Date: "2022-03-16", Source: "state.gov",
			Title: "Secretary Antony J. Blinken Virtual Remarks at the UN-Hosted High-Level Yemen Pledging Event",
			Text:  "Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: President Cassis, thank you very much. It’s very good to see you today via video. To Secretary-General Guterres, António, thank you for bringing us together. Under Secretary Griffiths, thank you for the work you and your team are doing every single day, not only in Yemen but quite literally around the world."},
			[]string{"summit held 2022-03-16: Antony Blinken + António Guterres + Martin Griffiths"}},
		// Guards.
		{"a leader thanked for work is not there (guard, whitehouse-49486's sentence)", wh("2022-03-22",
			"Remarks by President Biden on the Russian Invasion of Ukraine",
			"THE PRESIDENT: I want to thank President Duda for the efforts of Poland in welcoming refugees."),
			nil},
		{"surnames set off by commas are spoken of (guard, whitehouse-56284's sentence)", wh("2022-06-26",
			"Remarks by President Biden on the G7",
			"THE PRESIDENT: You know, Macron, Trudeau both put out statements."),
			nil},
		{"a press conference is left to the rules of press conferences (guard, whitehouse-20859)", wh("2021-06-14",
			"Remarks by President Biden in Press Conference",
			"THE PRESIDENT: But now I want to thank Secretary General Stoltenberg for leading a very successful NATO Summit today."),
			nil},
	}
	checkProbes(t, cases, nil)
}
