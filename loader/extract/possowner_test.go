package extract

import "testing"

// TestPronounOwnsEncounter probes a sentence whose subject pronoun owns the
// encounter by its possessive (texts written for the probe, after a batch L
// readout): "He also provided a readout of his call with Russian Foreign
// Minister Lavrov" makes the sentence before's subject a party, as "He also
// spoke with …" does. Another's possessive, a plural subject, or no
// encounter noun after the possessive makes no one a party.
func TestPronounOwnsEncounter(t *testing.T) {
	readout, _ := probeArticles("2022-07-30")
	const title = "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba"
	const lead = "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba about the war. The Secretary expressed his hope that the first ships would depart soon. "
	const kuleba = "call held 2022-07-30: Antony Blinken + Dmytro Kuleba"
	cases := []meetingProbe{
		{"his call with, after a readout", readout(title,
			lead+"He also provided a readout of his call with Russian Foreign Minister Sergey Lavrov and underscored our support for Ukraine."),
			[]string{kuleba, "call held 2022-07-30: Antony Blinken + Sergey Lavrov"}},
		{"his recent meeting with: told earlier, the year (recentlyHeld)", readout(title,
			lead+"He described his recent meeting with Turkish Foreign Minister Mevlut Cavusoglu."),
			[]string{kuleba, "meeting held 2022: Antony Blinken + Mevlut Cavusoglu"}},
		// guards
		{"her call: someone else's", readout(title,
			lead+"He also welcomed her call with Russian Foreign Minister Sergey Lavrov."),
			[]string{kuleba}},
		{"their: a plural subject", readout(title,
			lead+"They also discussed their calls with Russian Foreign Minister Sergey Lavrov."),
			[]string{kuleba}},
		{"his hope, no encounter", readout(title,
			lead+"He also expressed his hope with Russian Foreign Minister Sergey Lavrov present that the talks resume."),
			[]string{kuleba}},
	}
	checkProbes(t, cases, nil)
}
