package extract

import "testing"

// TestPlannedListOneMeeting probes a trip announcement's list of one party's
// officials after "will meet with" (texts written for the probe): like a
// held list ("met with Chancellor Merkel and Foreign Minister Maas"), it is
// one meeting of the traveller and everyone the list names at that stop, as
// the gold records it (dev: whitehouse-19549's "will also meet with Swiss
// President Guy Parmelin and Foreign Minister Ignazio Cassis", batch I's
// trips to Bangkok, Seoul, Vientiane and Hanoi; batch D's judgement calls in
// evaluate/testdata/README.md). The guards keep apart what the text keeps
// apart: separate stops, "separately", and "and then".
func TestPlannedListOneMeeting(t *testing.T) {
	trip := func(text string) Article {
		return Article{Date: probePub, Source: "state.gov", Title: "Secretary Blinken’s Travel to Southeast Asia", Text: text}
	}
	const (
		prayutDon = "Antony Blinken + Don Pramudwinai + Prayut Chan-o-cha"
		prayut    = "Antony Blinken + Prayut Chan-o-cha"
		don       = "Antony Blinken + Don Pramudwinai"
	)
	checkProbes(t, []meetingProbe{
		{"two officials of one party at a stop", trip(
			"Secretary of State Antony J. Blinken will travel to Bangkok, Thailand, where he will meet with Prime Minister Prayut Chan-o-cha and Foreign Minister Don Pramudwinai to discuss the alliance."),
			[]string{"meeting planned : " + prayutDon}},
		{"a stop's list opened by In", trip(
			"Secretary of State Antony J. Blinken will travel to Southeast Asia. In Bangkok, the Secretary will meet with Thai Prime Minister Prayut Chan-o-cha and Deputy Prime Minister and Foreign Minister Don Pramudwinai."),
			[]string{"meeting planned : " + prayutDon}},
		{"three officials of one party, in the trip's month", trip(
			"Deputy Secretary of State Wendy Sherman will travel to Vietnam from June 12 to 14. In Hanoi, the Deputy Secretary will meet with Deputy Prime Minister Le Van Thanh, Foreign Minister Bui Thanh Son, and Vice Foreign Minister Ha Kim Ngoc."),
			[]string{"meeting planned 2022-06: Bui Thanh Son + Ha Kim Ngoc + Le Van Thanh + Wendy Sherman"}}, // the range gives its month (TestTripLegDates)
		// guards
		{"two stops, a list at each (guard)", trip(
			"Secretary of State Antony J. Blinken will travel to Asia. In Bangkok, he will meet with Prime Minister Prayut Chan-o-cha and Foreign Minister Don Pramudwinai. In Tokyo, he will meet with Prime Minister Fumio Kishida and Foreign Minister Yoshimasa Hayashi."),
			[]string{"meeting planned : " + prayutDon, "meeting planned : Antony Blinken + Fumio Kishida + Yoshimasa Hayashi"}},
		{"will meet separately (guard)", trip(
			"Secretary of State Antony J. Blinken will travel to Bangkok, Thailand, where he will meet separately with Prime Minister Prayut Chan-o-cha and Foreign Minister Don Pramudwinai."),
			[]string{"meeting planned : " + don, "meeting planned : " + prayut}},
		{"one, and will then meet another elsewhere (guard)", trip(
			"Secretary of State Antony J. Blinken will meet with Prime Minister Prayut Chan-o-cha in Bangkok and will then meet with Foreign Minister Don Pramudwinai in Chiang Mai."),
			[]string{"meeting planned : " + don, "meeting planned : " + prayut}},
		{"held, as before (guard)", trip(
			"Secretary of State Antony J. Blinken met today in Bangkok with Thai Prime Minister Prayut Chan-o-cha and Foreign Minister Don Pramudwinai."),
			[]string{"meeting held 2022-06-08: " + prayutDon}},
	}, nil)
}
