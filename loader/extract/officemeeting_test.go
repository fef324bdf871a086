package extract

import "testing"

// TestOfficesMeeting probes a meeting owned by a US office's possessive
// (texts written for the probe, after corpus forms): in a US release that
// names the holder elsewhere, "the President's meeting with" someone, dated
// in its sentence, is the holder's encounter, held where it is what
// something followed. Undated (mostly an earlier encounter), plural, in a
// reporter's question, or with a holder the article never names, it is none.
func TestOfficesMeeting(t *testing.T) {
	readout, _ := probeArticles("2021-07-20")
	const title = "Press Briefing on the Nord Stream 2 Pipeline"
	const lead = "President Joe Biden spoke today about energy security in Europe. "
	const merkel = "meeting held 2021-07: Angela Merkel + Joe Biden"
	cases := []meetingProbe{
		{"the President's meeting, dated, after a speaker's modal", readout(title,
			lead+"I would note that following the President’s meeting with Chancellor Angela Merkel last week, we made clear that this was a point of discussion."),
			[]string{merkel}},
		{"the Secretary's meeting, dated, with a place", readout("Department Press Briefing",
			"Secretary of State Antony Blinken spoke about Ukraine. MR PRICE: This was agreed by the two in Geneva, coming out of the Secretary’s meeting with Foreign Minister Sergey Lavrov in Geneva last month."),
			[]string{"meeting held 2021-06: Antony Blinken + Sergey Lavrov"}},
		{"the President's bilateral meeting, dated", readout(title,
			lead+"Following the President’s bilateral meeting with Chancellor Angela Merkel on July 15, we announced new steps."),
			[]string{"meeting held 2021-07-15: Angela Merkel + Joe Biden"}},
		// guards
		{"undated: mostly an earlier encounter", readout(title,
			lead+"They talked about Turkey, including a readout of the President’s meeting with President Recep Tayyip Erdogan."),
			nil},
		{"undated, after a speaker's modal", readout(title,
			lead+"I would note that following the President’s meeting with Chancellor Angela Merkel, we made clear that this was a point of discussion."),
			nil},
		{"plural: no one encounter", readout(title,
			lead+"Usually the President’s meetings with foreign leaders last week were open to the press."),
			nil},
		{"a past president: the holder never named", readout(title,
			"Former President Barack Obama spoke today about energy security in Europe. I would note that following the President’s meeting with Chancellor Angela Merkel last week, we made clear that this was a point of discussion."),
			nil},
		{"a reporter's question", readout(title,
			lead+"MS. PSAKI: Go ahead.\n\nQ Can you tell us how the President’s meeting with Chancellor Angela Merkel last week went?\n\nMS. PSAKI: It was constructive."),
			nil},
		{"a preview keeps its future", readout(title,
			lead+"I would say that our top priority in the President’s meeting with Chancellor Angela Merkel next week is energy security."),
			[]string{"meeting planned 2021-07: Angela Merkel + Joe Biden"}},
	}
	checkProbes(t, cases, nil)
}
