package extract

import (
	"slices"
	"testing"
)

// TestCounterpartsNamedElsewhere probes an official meeting "his …
// counterparts" whom the sentence does not name (texts written for the
// probe, after corpus forms): a group ("E3", "G7"), demonyms, or states
// after "from" stand for the one official of each state the article names
// for the occasion, of the subject's own portfolio. Where any state has no
// such official (never named, named in another office, two of them) or
// the subjects' portfolios differ, the object names no one for sure.
func TestCounterpartsNamedElsewhere(t *testing.T) {
	readout, _ := probeArticles("2022-04-06")
	const title = "Secretary Blinken’s Meeting with French, German, Italian, and UK Counterparts"
	const brussels = "Secretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian, German Foreign Minister Annalena Baerbock, Italian Foreign Minister Luigi Di Maio, and UK Foreign Secretary Elizabeth Truss today in Brussels, where they reiterated their support for Ukraine. The Secretary condemned the atrocities in Bucha. He and his counterparts discussed how to isolate the Kremlin. They also discussed humanitarian assistance.\n\n"
	const four = "meeting held 2022-04-06: Annalena Baerbock + Antony Blinken + Jean-Yves Le Drian + Liz Truss"
	const five = "meeting held 2022-04-06: Annalena Baerbock + Antony Blinken + Jean-Yves Le Drian + Liz Truss + Luigi Di Maio"
	const tokyo = "Secretary of State Antony Blinken met Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Chung Eui-yong in Tokyo. "
	const three = "meeting held 2022-04-06: Antony Blinken + Chung Eui-yong + Yoshimasa Hayashi"
	cases := []meetingProbe{
		{"a group: the E3 of the encounter told before", readout(title,
			brussels+"Prior to this meeting, Secretary Blinken met with his E3 counterparts to discuss Iran."),
			[]string{four, five}},
		{"states after from", readout(title,
			brussels+"Earlier, Secretary Blinken met with his counterparts from France, Germany, and the United Kingdom to discuss Iran."),
			[]string{four, five}},
		{"demonyms before counterparts, named near", readout("Secretary Blinken’s Travel to Honolulu",
			"Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Chung Eui-yong arrived in Honolulu on Friday. Secretary of State Antony Blinken met with his Japanese and South Korean counterparts on Saturday to discuss North Korea."),
			[]string{"meeting held 2022-04-02: Antony Blinken + Chung Eui-yong + Yoshimasa Hayashi"}},
		// guards
		{"counterparts the article never names", readout("Secretary Blinken’s Travel to Hawaii",
			"Secretary of State Antony Blinken traveled to Honolulu. Secretary Blinken met with his South Korean and Japanese counterparts in Hawaii to discuss North Korea."),
			nil},
		{"half a group named: no one for sure", readout(title,
			"Secretary of State Antony Blinken met with UK Foreign Secretary Elizabeth Truss today in Brussels. Later, Secretary Blinken met with his G7 counterparts to discuss Ukraine."),
			[]string{"meeting held 2022-04-06: Antony Blinken + Liz Truss"}},
		{"one of the states named in another office", readout("Secretary Blinken’s Travel to Tokyo",
			"Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida and South Korean Foreign Minister Chung Eui-yong in Tokyo. Secretary Blinken met with his Japanese and South Korean counterparts to discuss North Korea."),
			[]string{"meeting held 2022-04-06: Antony Blinken + Chung Eui-yong + Fumio Kishida"}},
		{"a national security advisor's counterparts are no foreign ministers", readout("Readout of National Security Advisor Jake Sullivan’s Meeting",
			tokyo+"National Security Advisor Jake Sullivan met with his Japanese and South Korean counterparts to discuss North Korea."),
			[]string{three}},
		{"subjects of different portfolios", readout("Readout of the Canada Call",
			"National Security Advisor Jake Sullivan spoke with Canadian National Security Advisor Jody Thomas. Secretary of Homeland Security Alejandro Mayorkas and Secretary of Transportation Pete Buttigieg also spoke with their Canadian counterparts."),
			[]string{"call held 2022-04-06: Jake Sullivan + Jody Thomas"}},
		{"named in the sentence itself", readout("Secretary Blinken’s Travel to Tokyo",
			tokyo+"Secretary Blinken met with his Japanese and South Korean counterparts, Foreign Minister Hayashi and Foreign Minister Chung, to discuss North Korea."),
			[]string{three}},
	}
	checkProbes(t, cases, nil)
}

// TestCounterpartStates reads the states a list before "counterparts" or
// after "from" names: demonyms, country names, the hand-kept groups, and
// nothing for a word that names no state ("the region").
func TestCounterpartStates(t *testing.T) {
	cases := []struct {
		list string
		want []string
		rest string // the token the list stops at
	}{
		{"E3 counterparts", []string{"FR", "DE", "GB"}, "counterparts"},
		{"Japanese and South Korean counterparts", []string{"JP", "KR"}, "counterparts"},
		{"UK and French counterparts", []string{"GB", "FR"}, "counterparts"},
		{"France, Germany, and the United Kingdom to discuss Iran", []string{"FR", "DE", "GB"}, "to"},
		{"the G7 countries.", []string{"CA", "FR", "DE", "IT", "JP", "GB", "US"}, "."},
		{"Quad counterparts", []string{"AU", "IN", "JP", "US"}, "counterparts"},
		{"the region", nil, "the"},
		{"Israel, and other partners", []string{"IL"}, ","},
	}
	for _, c := range cases {
		t.Run(c.list, func(t *testing.T) {
			d := newDoc(c.list, false)
			got, k := counterpartStates(d, 0, len(d.toks))
			if !slices.Equal(got, c.want) {
				t.Errorf("states %q, want %q", got, c.want)
			}
			if k >= len(d.toks) || d.toks[k].key != c.rest {
				t.Errorf("stopped at token %d of %d, want %q", k, len(d.toks), c.rest)
			}
		})
	}
}
