package extract

import "testing"

// TestBareHeadIsTheWholeOffice probes people of the open corpus whose only
// role was a bare head (issue 10, audit38): the role is the article's
// fullest title of that office for them, else the lists' office on the
// date. The first four fail without wholeOffice, the next two without
// generalOffice; the guards keep an office
// that is one word, a title read with a clause's first word, and a bare
// head nothing completes.
func TestBareHeadIsTheWholeOffice(t *testing.T) {
	wh, dos := "whitehouse.gov", "state.gov"
	checkPersonProbes(t, []personProbe{
		// whitehouse-24971: the lists complete "Secretary Austin"
		{name: "the defense secretary by the lists", source: wh, title: "Press Gaggle",
			text:   "In terms of the sequence of events, we had very senior-level meetings yesterday at the Pentagon with senior Iraqi commanders, and Secretary Austin joined that meeting.",
			person: "Lloyd Austin", country: "US", role: "Secretary of Defense"},
		// usdos-257522
		{name: "the director of the foreign affairs commission by the lists", source: dos, title: "Department Press Briefing",
			text:   "Secretary Blinken had an opportunity to speak to Director Yang just a couple weeks ago now, in which Secretary Blinken offered a summary of our DPRK policy review.",
			person: "Yang Jiechi", country: "CN", role: "Director of the Office of the Central Foreign Affairs Commission"},
		// usdos-364177: the article's own fuller title comes before the lists'
		{name: "the article's fuller title", source: dos, title: "Press Availability",
			text:   "Secretary Raimondo and I were very glad to welcome our colleagues here to Washington today. Toward that end, together with Commerce Secretary Raimondo and Foreign Minister Hayashi, who are all here, I am determined to do my part.",
			person: "Gina Raimondo", country: "US", role: "Commerce Secretary"},
		// usdos-269696: the text's slip, the lists' office
		{name: "a deputy called secretary", source: dos, title: "Department Press Briefing",
			text:   "There was a strong statement by Secretary Blinken yesterday and, as I understand, Secretary Wendy Sherman spoke with the Polish authorities yesterday.",
			person: "Wendy Sherman", country: "US", role: "Deputy Secretary of State"},
		// whitehouse-47547: an international body's head called by the bare head (newuser40)
		{name: "a secretary general by the lists", source: wh, title: "Remarks",
			text:   "Now, I think I have no choice but to return to our overriding theme this weekend, which has been when Secretary Stoltenberg spoke earlier and Chancellor Scholz spoke just before you.",
			person: "Jens Stoltenberg", country: "NATO", role: "Secretary General"},
		// usdos-250853
		{name: "a director general by the lists", source: dos, title: "Remarks",
			text:   "We fully support Director Grossi and the IAEA as it seeks this required information from Iran.",
			person: "Rafael Grossi", country: "IAEA", role: "Director General"},
		// guards
		{name: "a president is an office", source: wh, title: "Readout",
			text:   "President Biden spoke today with President Zelenskyy of Ukraine.",
			person: "Joe Biden", country: "US", role: "President"},
		{name: "a clause's first word is no part of the title", source: dos, title: "Department Press Briefing",
			text:   "Secretary Blinken spoke with the Foreign Minister today. Although Secretary Blinken was in Brussels, he stayed in touch.",
			person: "Antony Blinken", country: "US", role: "Secretary of State"},
	})
}

// TestOfficeWithHead pins which titles are an office with a given head.
func TestOfficeWithHead(t *testing.T) {
	cases := []struct {
		title, head string
		want        bool
	}{
		{"Defense Secretary", "secretary", true},
		{"Secretary of Defense", "secretary", true},
		{"Deputy Secretary of State", "secretary", true},
		{"Secretary", "secretary", false},
		{"Although Secretary", "secretary", false},
		{"LOCAL Secretary", "secretary", false},
		{"Foreign Minister De", "minister", false},
		{"FEMA Administrator", "administrator", false},
	}
	for _, c := range cases {
		if got := officeWithHead(c.title, c.head); got != c.want {
			t.Errorf("officeWithHead(%q, %q) = %v, want %v", c.title, c.head, got, c.want)
		}
	}
}

// TestGeneralOffice pins which listed offices the bare head stands for as
// an international body's head.
func TestGeneralOffice(t *testing.T) {
	cases := []struct {
		role, head string
		want       bool
	}{
		{"Secretary General", "secretary", true},
		{"Secretary-General", "secretary", true},
		{"Director General", "director", true},
		{"Deputy Secretary General", "secretary", false},
		{"Attorney General", "secretary", false},
		{"Secretary of State", "secretary", false},
	}
	for _, c := range cases {
		if got := generalOffice(c.role, c.head); got != c.want {
			t.Errorf("generalOffice(%q, %q) = %v, want %v", c.role, c.head, got, c.want)
		}
	}
}
