package extract

import "testing"

// TestOpenInvitationIsNoPlan probes invitationOnly (texts cut from open
// articles): an invitation to visit or meet, neither accepted nor scheduled,
// gives no planned encounter, whoever invites and however soon. Guards: an
// invitation accepted, an event held at someone's invitation, one the
// invited is told to attend, and a plan of its own after the invitation
// keep their planned encounter.
func TestOpenInvitationIsNoPlan(t *testing.T) {
	release := publishedBy("state.gov")
	white := publishedBy("whitehouse.gov")
	cases := []meetingProbe{
		// whitehouse-19889
		{"invited to visit later this summer", white("2021-06-07", "Statement by Press Secretary Jen Psaki",
			"President Biden invited President Zelenskyy to visit Washington later this summer."),
			nil},
		// whitehouse-54623
		{"invited to visit in a named month", white("2022-06-01", "Readout of President Biden’s call with President Alberto Fernandez of the Argentine Republic",
			"The President invited President Fernandez to visit Washington in July to build upon active U.S.-Argentina engagement on bilateral, regional, and global issues."),
			[]string{"call held 2022-06-01: Alberto Fernández + Joe Biden"}},
		// whitehouse-53779
		{"extended an invitation for him to visit", white("2022-05-21", "United States-Republic of Korea Leaders’ Joint Statement",
			"President Biden expressed his gratitude for President Yoon’s warm hospitality and extended an invitation for President Yoon to visit Washington at a time of mutual convenience."),
			nil},
		// whitehouse-22355
		{"an invitation to meet soon", white("2021-06-28", "Readout of President Joseph R. Biden, Jr. Meeting with President Reuven Rivlin of Israel",
			"President Joseph R. Biden, Jr. met today with President Reuven Rivlin of Israel to honor President Rivlin as he approaches the conclusion of his term. "+
				"The President warmly extended an invitation for Prime Minister Naftali Bennett to meet with him soon at the White House and reaffirmed that this administration looks forward to close collaboration with the new Israeli government."),
			[]string{"meeting held 2021-06-28: Joe Biden + Reuven Rivlin"}},
		// usdos-245386
		{"our invitation to visit at any convenient time", release("2021-05-20", "Secretary Antony J. Blinken, Greenlandic Premier Mute Egede, Greenlandic Foreign Minister Pele Broberg, and Danish Foreign Minister Jeppe Kofod at a Joint Press Availability",
			"PREMIER EGEDE: Greenland has in the U.S. a close friend. So please, Secretary Blinken, send our regards to President Biden with best wishes and bring him our invitation to visit Greenland at any convenient time here in Greenland."),
			[]string{"meeting held 2021-05-20: Antony Blinken + Jeppe Kofod + Mute Egede + Pele Broberg"}},
		// guards
		// whitehouse-51851
		{"an invitation accepted (guard)", white("2022-04-26", "Press Briefing by Press Secretary Jen Psaki",
			"MS. PSAKI: Prime Minister Naftali Bennett extended an invitation for President Biden to visit Israel, which he accepted and will do."),
			[]string{"visit planned : Joe Biden + Naftali Bennett"}},
		// whitehouse-57155
		{"an event at someone's invitation (guard)", white("2022-07-12", "Fact Sheet: Vice President Harris Announces Commitments to Strengthen U.S. Partnership with the Pacific Islands",
			"On July 12, Vice President Harris will participate virtually in the Pacific Islands Forum leaders’ meeting at the invitation of the Forum Chair Prime Minister Frank Bainimarama of Fiji."),
			[]string{"call planned 2022-07-12: Frank Bainimarama + Kamala Harris"}},
		{"invited to attend, told as the invited's plan (guard)", white("2022-05-06", "Statement",
			"Prime Minister Lee Hsien Loong is invited to attend the summit with President Biden in Washington on May 12."),
			[]string{"summit planned 2022-05-12: Joe Biden + Lee Hsien Loong"}},
		{"a plan of its own after the invitation (guard)", white("2022-06-01", "Statement",
			"President Biden invited President Fernandez to Washington and will meet with him in July."),
			[]string{"meeting planned 2022-07: Alberto Fernández + Joe Biden"}},
	}
	checkProbes(t, cases, nil)
}

// TestInvitedIsNoOpenInvitationInThePassive probes invitationOnly at the
// meeting word itself: an active "invited … to visit" is an invitation
// still open (whitehouse-19889); the invited as the subject of a passive
// ("may be invited to visit", whitehouse-19417) is told to come, which
// the sentence's own words then date or leave, and is left alone. The
// guard TestOpenInvitationIsNoPlan's "is invited to attend the summit"
// never reaches the passive, as no "to" stands right before its meeting
// word.
func TestInvitedIsNoOpenInvitationInThePassive(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"President Biden invited President Zelenskyy to visit Washington later this summer.", true},
		{"The President will call on Americans to take at least five actions to help their communities during the Month of Action, and some volunteers may be invited to visit the White House in July.", false},
	} {
		d, s := oneSentence(t, c.text, false)
		at := -1
		for i := s.t0; i < s.t1; i++ {
			if d.toks[i].key == "visit" {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("no 'visit' in %q", c.text)
		}
		if got := invitationOnly(d, s, at); got != c.want {
			t.Errorf("%q: invitationOnly %v, want %v", c.text, got, c.want)
		}
	}
}
