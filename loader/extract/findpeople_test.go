package extract

import "testing"

// The probes are corpus sentences (the open corpus: test, N, O, P and Q
// dropped), cut to the phrase each step of findPeople reads; each text is
// one sentence.

// firstSentence is the doc of text and its first sentence.
func firstSentence(text string) (*doc, sentence) {
	d := newDoc(text, false)
	return d, d.sents[0]
}

func TestTitleBeforeName(t *testing.T) {
	cases := []struct {
		name, text, head, role, person string
	}{
		{"an office's numeral", "Foreign Minister II Erywan Yusof met him.", "Minister", "Foreign Minister II", "Erywan Yusof"},
		{"a name after a comma", "General Prosecutor of Ukraine, Iryna Venediktova, spoke.", "Prosecutor", "General Prosecutor of Ukraine", "Iryna Venediktova"},
		{"a possessive name", "It was Secretary Antony Blinken’s trip.", "Secretary", "Secretary", "Antony Blinken"},
		{"no name after the title (guard)", "Then the Secretary said so.", "Secretary", "Secretary", ""},
		{"no name after a comma and a lower-case head (guard)", "The prosecutor, Iryna Venediktova, spoke.", "prosecutor", "prosecutor", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			tn := d.titleBeforeName(tokenOf(t, d, c.head), s)
			if got := d.tokensText(tn.r0, tn.r1); got != c.role || tn.name != c.person {
				t.Errorf("got %q %q, want %q %q", got, tn.name, c.role, c.person)
			}
		})
	}
}

func TestTitleOfNoPerson(t *testing.T) {
	cases := []struct {
		name, text, head string
		want             bool
	}{
		{"a company's title", "Microsoft Corporation President Brad Smith spoke.", "President", true},
		{"a company's title after the name", "He met President Brad Smith, CEO of Microsoft Corporation.", "President", true},
		{"a ship", "HMS Queen Elizabeth sailed.", "Queen", true},
		{"an office of state (guard)", "Polish Deputy Foreign Minister Marcin Przydacz spoke.", "Minister", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			if got := d.titleOfNoPerson(d.titleBeforeName(tokenOf(t, d, c.head), s), s); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// titledCase is a text, the head of a title in it, and the mention
// titledPerson should read there.
type titledCase struct {
	name, text, head, person, role, country string
}

func TestTitledPerson(t *testing.T) {
	for _, c := range []titledCase{
		{"a country before the title", "Polish Deputy Foreign Minister Marcin Przydacz spoke.", "Minister", "Marcin Przydacz", "Deputy Foreign Minister", "PL"},
		{"an ambassador posted to an organisation", "UN Ambassador Linda Thomas-Greenfield spoke.", "Ambassador", "Linda Thomas-Greenfield", "Ambassador", ""},
		{"a country after the name", "Prime Minister Gaston Browne of Antigua and Barbuda spoke.", "Minister", "Gaston Browne", "Prime Minister", "AG"},
		{"a country in the title's complement", "Minister of Foreign Affairs of Slovenia Anže Logar spoke.", "Minister", "Anže Logar", "Minister of Foreign Affairs", "SI"},
		{"an editor's bracketed modifier", "[Vice] President Harris spoke.", "President", "Harris", "Vice President", ""},
		{"a style's office after the name", "Sheikh Mohammed bin Abdulrahman Al Thani, Deputy Prime Minister and Minister of Foreign Affairs of Qatar, spoke.", "Sheikh",
			"Mohammed bin Abdulrahman Al Thani", "Deputy Prime Minister and Minister of Foreign Affairs", "QA"},
		{"a style alone is no office (guard)", "Sheikh Mohammed bin Abdulrahman Al Thani spoke.", "Sheikh", "Mohammed bin Abdulrahman Al Thani", "", ""},
		{"a body's country before the title", "Secretary Blinken spoke with Afghan High Council for National Reconciliation Chairman Abdullah Abdullah today.", "Chairman",
			"Abdullah Abdullah", "National Reconciliation Chairman", "AF"},
		{"no country given (guard)", "Secretary Antony Blinken spoke.", "Secretary", "Antony Blinken", "Secretary", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			h := tokenOf(t, d, c.head)
			m := d.titledPerson(d.titleBeforeName(h, s), h, s)
			if m.name != c.person || m.role != c.role || m.country != c.country || !m.strong {
				t.Errorf("got %q %q %q strong %v, want %q %q %q", m.name, m.role, m.country, m.strong, c.person, c.role, c.country)
			}
		})
	}
}

func TestTitleSharers(t *testing.T) {
	cases := []struct {
		name, text, head, role string
		mates                  []personMention // name, role, roleHint, strong
	}{
		{"a plural title is each name's", "Senators Romney and Murkowski spoke.", "Senators", "Senator",
			[]personMention{{name: "Murkowski", role: "Senator", strong: true}}},
		{"a singular title is a hint", "Leader Schumer and McConnell spoke.", "Leader", "Leader",
			[]personMention{{name: "McConnell", roleHint: "Leader"}}},
		{"no name joined (guard)", "Senator Romney spoke.", "Senator", "Senator", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			h := tokenOf(t, d, c.head)
			tn := d.titleBeforeName(h, s)
			role, mates := d.titleSharers(d.titledPerson(tn, h, s), tn.e, s.t1)
			if role != c.role || len(mates) != len(c.mates) {
				t.Fatalf("got %q %+v, want %q %+v", role, mates, c.role, c.mates)
			}
			for i, w := range c.mates {
				if g := mates[i]; g.name != w.name || g.role != w.role || g.roleHint != w.roleHint || g.strong != w.strong {
					t.Errorf("mate %d: got %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestCourtesyTitled(t *testing.T) {
	cases := []struct {
		name, text, person, role string
		strong, ok               bool
	}{
		{"an apposition's office", "Mr. Raymond Greene, Chargé d’Affaires ad interim, spoke.", "Raymond Greene", "Chargé d’Affaires", true, true},
		{"a listed official", "Dr. Ashish Jha, who’s going to report.", "Ashish Jha", "", true, true},
		{"the publisher's office", "Dr. Rochelle Walensky, our CDC director, spoke.", "Rochelle Walensky", "director", true, true},
		{"a surname alone is weak (guard)", "Mr. Sullivan said so.", "Sullivan", "", false, true},
		{"no name (guard)", "Mr. said so.", "", "", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			m, ok := d.courtesyTitled(s.t0, s)
			if ok != c.ok || m.name != c.person || m.role != c.role || m.strong != c.strong {
				t.Errorf("got %v %q %q strong %v, want %v %q %q strong %v", ok, m.name, m.role, m.strong, c.ok, c.person, c.role, c.strong)
			}
		})
	}
}

func TestMayOpenNameAndBareWordOfNoPerson(t *testing.T) {
	cases := []struct {
		name, text, word string
		opens, noPerson  bool
	}{
		{"a surname", "We met Lukashenka today.", "Lukashenka", true, false},
		{"an attributive surname", "He was a Putin advisor for years.", "Putin", true, true},
		{"a surname after the", "We condemn the Lukashenka regime.", "Lukashenka", true, true},
		{"a city with its state", "He spoke in Austin, TX today.", "Austin", true, true},
		{"a common word opening the sentence", "Grant funding rose.", "Grant", false, false},
		{"a country phrase", "Polish officials spoke.", "Polish", false, false},
		{"a rank is a person's after the (guard)", "It was the Gen. Milley we knew.", "Gen.", true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			i := tokenOf(t, d, c.word)
			rank := ranks[d.toks[i].key]
			if got := d.mayOpenName(i, rank, s); got != c.opens {
				t.Errorf("mayOpenName: got %v, want %v", got, c.opens)
			}
			if !c.opens {
				return
			}
			e, name := d.readName(i, s.t1)
			if got := d.bareWordOfNoPerson(i, e, name, rank, s); got != c.noPerson {
				t.Errorf("bareWordOfNoPerson(%q): got %v, want %v", name, got, c.noPerson)
			}
		})
	}
}

func TestNamedPerson(t *testing.T) {
	cases := []struct {
		name, text, word, person, role string
		strong                         bool
	}{
		{"a rank as the role", "Lt. Gen. Stephen Sklenka spoke.", "Lt.", "Stephen Sklenka", "Lt. Gen.", true},
		{"an apposition after the name", "Antony J. Blinken, Secretary of State, spoke.", "Antony", "Antony Blinken", "Secretary of State", true},
		{"the publisher's office", "Dana Whitlow, our special envoy, spoke.", "Dana", "Dana Whitlow", "special envoy", true},
		{"serving as an office", "Carol Spahn is serving as Chief Executive Officer of the Peace Corps.", "Carol", "Carol Spahn", "Chief Executive Officer of the Peace Corps", true},
		{"a listed official", "Ashish Jha spoke.", "Ashish", "Ashish Jha", "", true},
		{"an unlisted name alone is weak (guard)", "Dana Whitlow spoke.", "Dana", "Dana Whitlow", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := firstSentence(c.text)
			i := tokenOf(t, d, c.word)
			e, name := d.readName(i, s.t1)
			m := d.namedPerson(i, e, name, ranks[d.toks[i].key], s)
			if m.name != c.person || m.role != c.role || m.strong != c.strong {
				t.Errorf("got %q %q strong %v, want %q %q strong %v", m.name, m.role, m.strong, c.person, c.role, c.strong)
			}
		})
	}
}
