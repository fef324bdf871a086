package extract

import (
	"maps"
	"slices"
	"testing"
)

// regimeProbe is a sentence cut from an open article, on its date, and the
// people (name → country) it must give, no more, each with no role but
// the one the text titles.
type regimeProbe struct {
	name, date, text string
	want             map[string]string
	titled           string
}

// TestRegimeNamesItsRuler probes a surname before "regime" (cut from open
// articles): the ruler the lists hold under it on the article's date, with
// the lists' country and no role (the text gives no office), and a person
// the text names in full elsewhere (one person, not two). The guards: a
// demonym, a law, a past ruler the lists hold in no office.
func TestRegimeNamesItsRuler(t *testing.T) {
	for _, c := range []regimeProbe{
		{"the Assad regime (usdos-324454)", "2022-03-15",
			"The Assad regime met those demands with a brutal assault that continues today against the Syrian people.",
			map[string]string{"Bashar al-Assad": "SY"}, ""},
		{"the Lukashenka regime, the Factbook's spelling (usdos-324255)", "2022-03-14",
			"The Secretary highlighted the U.S. commitment, alongside other partners, to continue to hold Moscow and its supporters, including the Lukashenka regime in Belarus, accountable for the Kremlin’s unprovoked and unjustified war against Ukraine.",
			map[string]string{"Alexander Lukashenko": "BY"}, ""},
		{"the Lukashenko regime, Wikidata's spelling (whitehouse-49661)", "2022-03-24",
			"We will spare no efforts to hold President Putin and the architects and supporters of this aggression, including the Lukashenko regime in Belarus, accountable for their actions.",
			map[string]string{"Alexander Lukashenko": "BY", "Vladimir Putin": "RU"}, "Vladimir Putin"},
		{"the Maduro regime (usdos-325957)", "2022-03-18",
			"MS PORTER: Thanks, Ros. I’ll start off by saying that U.S. officials’ visit to Venezuela focused on securing the release of the U.S. wrongful detainees, and urging the Maduro regime to return to the negotiating table in Mexico with the democratic opposition, the Unitary Platform, to restore democracy in Venezuela.",
			map[string]string{"Nicolás Maduro": "VE"}, ""},
		{"a hyphened pair and its possessive (usdos-352170)", "2022-06-13",
			"The United States remains deeply concerned about the Ortega-Murillo regime’s unjust detentions of political prisoners and ongoing abuses against members of civil society.",
			map[string]string{"Daniel Ortega": "NI", "Rosario Murillo": "NI"}, ""},
		// guards
		{"a demonym (guard, whitehouse-23613)", "2021-07-12",
			"The United States calls on the Cuban regime to hear their people and serve their needs at this vital moment rather than enriching themselves.",
			map[string]string{}, ""},
		{"a law (guard, usdos-261453)", "2021-07-22",
			"The Global Magnitsky regime is a valuable tool we have that, again, is not applicable solely in the context of Cuba but the world over.",
			map[string]string{}, ""},
		{"a past ruler (guard, usdos-353331)", "2022-06-17",
			"By declaring victory after the fraudulent election, the regime established a dynastic dictatorship similar to the Somoza regime, which the Sandinistas overthrew more than 40 years ago.",
			map[string]string{}, ""},
		{"the ruler named in full elsewhere, one person (usdos-352170)", "2022-06-13",
			"The Department of State is taking further steps to impose visa restrictions on an additional 93 individuals believed to have undermined democracy following Daniel Ortega’s illegitimate November 2021 reelection. National Assembly members and Ministry of Interior officials enabled the Ortega-Murillo regime to tighten its authoritarian grip over Nicaraguan citizens.",
			map[string]string{"Daniel Ortega": "NI", "Rosario Murillo": "NI"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{ID: "probe", Date: c.date, Source: "state.gov", Title: "Statement", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, p := range res.People {
				got[p.Name] = p.Country
				if _, ruler := c.want[p.Name]; ruler && p.Role != "" && p.Name != c.titled {
					t.Errorf("%s: role %q, want none", p.Name, p.Role)
				}
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("people %v, want %v", got, c.want)
			}
		})
	}
}

// TestRegimeRulerMeetsNoOne: the state's rule is no party to an encounter
// the sentence tells (usdos-340330: "talks between the Maduro regime and
// the Unitary Platform" made Blinken meet Maduro).
func TestRegimeRulerMeetsNoOne(t *testing.T) {
	res, err := Extract(Article{ID: "probe", Date: "2022-05-02", Source: "state.gov", Title: "Secretary Blinken’s Call with Venezuelan Interim President Guaidó",
		Text: "Secretary of State Antony J. Blinken spoke today with Venezuelan Interim President Juan Guaidó. Secretary Blinken reaffirmed the U.S. commitment to the talks between the Maduro regime and the Unitary Platform as the best path for a return to democracy."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Meetings {
		if slices.Contains(m.Participants, "Nicolás Maduro") {
			t.Errorf("meeting %v holds the ruler", m.Participants)
		}
	}
	found := false
	for _, p := range res.People {
		found = found || p.Name == "Nicolás Maduro"
	}
	if !found {
		t.Errorf("people %v: Maduro not among them", res.People)
	}
}

// TestRegimeAfter reads the words after a name.
func TestRegimeAfter(t *testing.T) {
	for text, want := range map[string]bool{
		"Assad regime": true, "Assad’s regime": true, "Assad Regime": true, "Assad regimes": true,
		"Assad said": false, "Assad": false, "Assad's government": false,
	} {
		d := newDoc(text, false)
		if got := d.regimeAfter(1); got != want {
			t.Errorf("regimeAfter(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRegimeRulerIsOnePersonInARulersOffice asks the lists for the word
// before "regime": one person that day, in a ruler's office, or no one.
func TestRegimeRulerIsOnePersonInARulersOffice(t *testing.T) {
	for _, c := range []struct{ surname, date, want string }{
		{"Assad", "2022-03-15", "Bashar al-Assad"},           // under the surname without its article
		{"Lukashenka", "2022-03-14", "Alexander Lukashenko"}, // two spellings, one person
		{"Murillo", "2021-06-16", "Rosario Murillo"},         // a vice president
		{"Castro", "2022-06-01", ""},                         // Honduras's President and a US Representative
		{"Castro", "2021-06-01", ""},                         // a Representative alone: no ruler's office
		{"Somoza", "2022-06-17", ""},                         // in no office that day
	} {
		r := &resolver{date: c.date}
		o, ok := r.regimeRuler(c.surname)
		if got := commonName(o.Name); ok != (c.want != "") || ok && got != c.want {
			t.Errorf("regimeRuler(%q) on %s = %q, %v; want %q", c.surname, c.date, got, ok, c.want)
		}
	}
}

// TestRegimeMentionsSplitAHyphenedPair: "Ortega-Murillo" is two rulers'
// surnames, "Al-Assad" one with its article; no "regime", no mention.
func TestRegimeMentionsSplitAHyphenedPair(t *testing.T) {
	for text, want := range map[string][]string{
		"the Ortega-Murillo regime": {"Ortega", "Murillo"},
		"the Al-Assad regime":       {"Al-Assad"},
		"the Assad’s regime":        {"Assad"},
		"the Assad government":      nil,
	} {
		d := newDoc(text, false)
		e, name := d.readName(1, len(d.toks))
		var got []string
		for _, m := range d.regimeMentions(1, e, name, false) {
			got = append(got, m.name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("regimeMentions(%q) = %v, want %v", text, got, want)
		}
	}
}
