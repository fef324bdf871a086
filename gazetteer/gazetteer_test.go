package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

func TestCountryAliasesAndDemonyms(t *testing.T) {
	want := map[string]string{"U.S.": "US", "United States": "US", "PRC": "CN", "Chinese": "CN", "ROK": "KR",
		"UK": "GB", "American": "US", "Taiwan": "TW", "DPRK": "KP", "Burma": "MM",
		"Uzbek": "UZ", "Kyrgyz": "KG", "Scottish": "GB"} // the last from demonyms.tsv
	got := map[string]string{}
	for _, p := range Phrases() {
		if p.Kind == KindCountry || p.Kind == KindDemonym {
			if _, dup := got[p.Text]; !dup {
				got[p.Text] = p.Code
			}
		}
	}
	for text, code := range want {
		if got[text] != code {
			t.Errorf("%q → %q, want %q", text, got[text], code)
		}
	}
}

func TestCapitalsArePlacesOfTheirCountry(t *testing.T) {
	for name, cc := range map[string]string{"Beijing": "CN", "Washington": "US", "Bali": "ID", "Great Hall of the People": "CN"} {
		p, ok := PlaceByName(name)
		if !ok || p.Country != cc {
			t.Errorf("%s: %+v %v", name, p, ok)
		}
	}
}

func TestOfficialsByNameAndDate(t *testing.T) {
	cases := []struct {
		name, date, country string
		active              bool
	}{
		{"Joseph R. Biden, Jr.", "2022-03-01", "US", true},
		{"Antony J. Blinken", "2023-06-19", "US", true},
		{"Xi Jinping", "2023-06-19", "CN", true},
		{"Naftali Bennett", "2021-06-13", "IL", true},
	}
	for _, c := range cases {
		offs := OfficialsNamed(c.name)
		found := false
		for _, o := range offs {
			if o.Country == c.country && o.ActiveOn(c.date) == c.active {
				found = true
			}
		}
		if !found {
			t.Errorf("%s on %s: %+v", c.name, c.date, offs)
		}
	}
	if len(OfficialsBySurname("Blinken")) == 0 {
		t.Error("no Blinken by surname")
	}
}

func TestIssuesIncludeRequiredVocabulary(t *testing.T) {
	have := map[string]bool{}
	for _, is := range Issues() {
		have[is.Slug] = true
	}
	for _, s := range []string{"taiwan", "trade", "climate", "human-rights", "non-proliferation", "covid-19", "ukraine",
		"sanctions", "export-controls", "cyber", "military-communications", "espionage"} {
		if !have[s] {
			t.Errorf("missing issue %s", s)
		}
	}
}

func TestNameKeyFoldsInitialsSuffixesAndAccents(t *testing.T) {
	cases := map[string]string{"Joseph R. Biden, Jr.": "joseph biden", "Micheál Martin": "micheal martin", "Xi": "xi",
		// initials however spaced are one word, whose periods keep it apart
		// from a suffix or a surname
		"J. B. Pritzker": "j.b pritzker", "J.B. Pritzker": "j.b pritzker", "H. R. McMaster": "h.r mcmaster",
		"H.R. McMaster": "h.r mcmaster", "J. Pritzker": "j pritzker", "J.R. Littlejohn": "j.r littlejohn", "B.A.": "b.a"}
	for in, want := range cases {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDerivedOfficialsData(t *testing.T) {
	// one leader under two spellings is one official with an alias
	if offs := OfficialsNamed("Kasym-Zhomart Tokayev"); len(offs) == 0 || offs[0].Name != "Kassym-Jomart Tokayev" {
		t.Errorf("Tokayev by the Factbook spelling: %+v", offs)
	}
	// congressional leadership roles are dated terms
	found := false
	for _, o := range OfficialsNamed("Chuck Schumer") {
		if o.Role == "Senate Majority Leader" && o.ActiveOn("2022-03-11") {
			found = true
		}
	}
	if !found {
		t.Error("Chuck Schumer as Senate Majority Leader in 2022 is missing")
	}
	// common names carry no middle initials or nicknames in brackets
	for _, o := range Officials() {
		if strings.Contains(o.Name, "(") || strings.Contains(o.Name, " ") && strings.Contains(o.Name[strings.Index(o.Name, " "):], ". ") && !strings.HasPrefix(o.Name, "H. R.") {
			t.Errorf("official name with an initial or nickname: %q", o.Name)
			break
		}
	}
	// a Factbook title is not read as part of a name ("President Donald J. TRUMP")
	for _, o := range Officials() {
		if strings.HasPrefix(o.Role, "President ") && strings.Fields(o.Role)[1] == "Donald" {
			t.Errorf("role holds a given name: %+v", o)
		}
	}
}

// TestHandKeptOfficialsFillWhatTheGeneratedListsLack: the hand-kept list
// adds international organisations' heads and foreign ministers, marked as
// hand-kept (the name recogniser's features leave them out), and the
// generated lists' officials are not so marked.
func TestHandKeptOfficialsFillWhatTheGeneratedListsLack(t *testing.T) {
	for _, c := range []struct {
		name, country, date string
		handKept            bool
	}{
		{"Jens Stoltenberg", "NATO", "2022-06-01", true},
		{"Mevlüt Çavuşoğlu", "TR", "2022-06-01", true},
		{"Ursula von der Leyen", "EU", "2022-06-01", true},
		{"Antony Blinken", "US", "2022-06-01", false},
		{"Jovenel Moise", "HT", "2021-07-01", true},
		{"Juan Guaido", "VE", "2022-06-01", true},
	} {
		found := false
		for _, o := range OfficialsNamed(c.name) {
			if o.Country == c.country && o.ActiveOn(c.date) {
				found = true
				if o.HandKept != c.handKept {
					t.Errorf("%s: HandKept %v, want %v", c.name, o.HandKept, c.handKept)
				}
			}
		}
		if !found {
			t.Errorf("%s (%s) not in office on %s", c.name, c.country, c.date)
		}
	}
}

// TestOfficialsNamedAcrossHyphensAndParticles: a name spelt without the
// lists' hyphen or with another article particle is the same person, when
// only one official fits.
func TestOfficialsNamedAcrossHyphensAndParticles(t *testing.T) {
	for name, want := range map[string]string{
		"Yoon Suk Yeol":         "Yoon Suk-yeol",
		"Abdel Fattah Al Sisi":  "Abdel Fattah el-Sisi",
		"Irakli Garibashvili":   "Irakli Gharibashvili", // transliterations
		"Nikolay Patrushev":     "Nikolai Patrushev",
		"Aziz Akhanouch":        "Aziz Akhannouch",
		"Hayashi Yoshimasa":     "Yoshimasa Hayashi", // a Japanese name, family name first
		"Kishida Fumio":         "Fumio Kishida",
		"Samia Suluhu Hassan":   "Samia Hassan", // a middle name the lists leave out
		"Lyndon Baines Johnson": "Lyndon Johnson",
	} {
		offs := OfficialsNamed(name)
		if len(offs) == 0 || offs[0].Name != want {
			t.Errorf("OfficialsNamed(%q) = %+v, want %s", name, offs, want)
		}
	}
	for _, name := range []string{
		"John Glenn",       // no transliteration of UK minister John Glen: a namesake
		"Kishida Fumi",     // one letter off is no transliteration
		"Biden Joe",        // only Japanese names are written either way round
		"Mohammed bin Ali", // a father\'s name is no middle name (Guyana\'s Mohammed Ali)
	} {
		if offs := OfficialsNamed(name); len(offs) > 0 {
			t.Errorf("OfficialsNamed(%q) = %+v, want none", name, offs)
		}
	}
}

// TestOfficialsByFatherSurname checks that a two-surname official is found
// by the father's surname, and that a one-word surname finds no one.
func TestOfficialsByFatherSurname(t *testing.T) {
	var names []string
	for _, o := range OfficialsByFatherSurname("Alvarado") {
		names = append(names, o.Name+" "+o.Country)
	}
	if !slices.Contains(names, "Carlos Alvarado Quesada CR") {
		t.Errorf("father's surname Alvarado: got %v, want Carlos Alvarado Quesada CR among them", names)
	}
	if got := OfficialsByFatherSurname("Biden"); len(got) != 0 {
		t.Errorf("Biden is no father's surname of a two-surname official: got %v", got)
	}
}

// TestFormerOfficialsAreKeptApart: the terms that ended before 2015 are
// found by full name, and they are not among Officials, so that no surname
// in a later article stands for them and the name recogniser's features do
// not change.
func TestFormerOfficialsAreKeptApart(t *testing.T) {
	for _, c := range []struct{ name, country, role string }{
		{"Madeleine Albright", "US", "Secretary of State"},
		{"Walter F. Mondale", "US", "Vice President"},
		{"Tony Blair", "GB", "Prime Minister"},
		{"Jiang Zemin", "CN", "President"},
	} {
		found := false
		for _, o := range FormerOfficialsNamed(c.name) {
			found = found || o.Country == c.country && o.Role == c.role && o.End != "" && o.End < "2015"
		}
		if !found {
			t.Errorf("FormerOfficialsNamed(%q) = %+v, want a %s %s term", c.name, FormerOfficialsNamed(c.name), c.country, c.role)
		}
		for _, o := range OfficialsNamed(c.name) {
			if o.End != "" && o.End < "2015" {
				t.Errorf("OfficialsNamed(%q) holds a term that ended before 2015: %+v", c.name, o)
			}
		}
	}
}

// TestActorStateFromPhoenix: a political actor of the Phoenix dictionary is
// known by the one state of all their codes; a place of a country record,
// a name coded for two states or an unknown name gives none.
func TestActorStateFromPhoenix(t *testing.T) {
	for name, want := range map[string]string{
		"Lech Kaczyński":    "PL",
		"Reuven Rivlin":     "IL",
		"Ruby Rivlin":       "IL", // an alias
		"Abdullah Abdullah": "AF",
		"Kabul":             "", // a country record's alias, no person
		"Salva Kiir":        "", // coded for Sudan, then South Sudan
		"Jane Nobody":       "",
	} {
		if got := ActorState(name); got != want {
			t.Errorf("ActorState(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestPlacesAddedAfterTheModel: a hand-kept place marked "after-model" is a
// place of its country, kept out of the recogniser's features
// (NotInModel), so the trained model stays the one trained; the places it
// was trained with are not marked.
func TestPlacesAddedAfterTheModel(t *testing.T) {
	cases := []struct {
		text, country string
		afterModel    bool
	}{
		{"Ho Chi Minh City", "VN", true},
		{"Saigon", "VN", true},
		{"Cape Town", "ZA", true},
		{"Ohrid", "MK", true},
		// guards: places the model was trained with
		{"Hanoi", "VN", false},
		{"Geneva", "CH", false},
	}
	for _, c := range cases {
		found := false
		for _, p := range Phrases() {
			if p.Kind != KindPlace || p.Text != c.text {
				continue
			}
			found = true
			if p.Country != c.country || p.NotInModel != c.afterModel {
				t.Errorf("%s: country %q, NotInModel %v; want %q, %v", c.text, p.Country, p.NotInModel, c.country, c.afterModel)
			}
		}
		if !found {
			t.Errorf("%s: no place phrase", c.text)
		}
	}
}

// TestOrgAndRegionPhrases: an organisation is a phrase by its code, name
// and aliases (one after the model was trained kept out of its features),
// and a region is a phrase of its own, so that "North America" is not read
// as the country "America".
func TestOrgAndRegionPhrases(t *testing.T) {
	cases := []struct {
		text       string
		kind       PhraseKind
		code       string
		notInModel bool
	}{
		{"NATO", KindOrg, "NATO", false},
		{"North Atlantic Treaty Organization", KindOrg, "NATO", false},
		{"U.N.", KindOrg, "UN", false},
		{"Organisation of Islamic Cooperation", KindOrg, "OIC", true},
		{"North America", KindRegion, "North America", false},
		{"Indo-Pacific", KindRegion, "Indo-Pacific", false},
	}
	for _, c := range cases {
		i := slices.IndexFunc(Phrases(), func(p Phrase) bool { return p.Text == c.text && p.Kind == c.kind })
		if i < 0 {
			t.Errorf("%s: no phrase of kind %d", c.text, c.kind)
			continue
		}
		if p := Phrases()[i]; p.Code != c.code || p.NotInModel != c.notInModel {
			t.Errorf("%s: code %q, NotInModel %v; want %q, %v", c.text, p.Code, p.NotInModel, c.code, c.notInModel)
		}
	}
}

// TestCommonWordsFromTheWordList: words.txt's words are common in any
// case; its comment lines and names are not.
func TestCommonWordsFromTheWordList(t *testing.T) {
	for w, want := range map[string]bool{"meeting": true, "The": true, "abandoned": true,
		"Blinken": false, "# lower-case words (derived from the public-domain corpus, see NOTICE.md)": false} {
		if got := IsCommonWord(w); got != want {
			t.Errorf("IsCommonWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCapitalPhrases: a place phrase is a capital where it names its own
// country's capital, not any place of a country that has one; "Kingston",
// the capital of both Jamaica and Norfolk Island, is Jamaica's, the country
// of its place row.
func TestCapitalPhrases(t *testing.T) {
	for text, want := range map[string]bool{"Beijing": true, "Washington": true, "Kingston": true, "Shanghai": false, "New York": false} {
		i := slices.IndexFunc(Phrases(), func(p Phrase) bool { return p.Text == text && p.Kind == KindPlace })
		if i < 0 {
			t.Errorf("%s: no place phrase", text)
		} else if got := Phrases()[i].IsCapital; got != want {
			t.Errorf("%s: IsCapital %v, want %v", text, got, want)
		}
	}
}

// TestSharedCapitalNames: a capital name two countries share is a capital
// wherever its place row is one of theirs, whichever country countries.tsv
// lists last.
func TestSharedCapitalNames(t *testing.T) {
	shared := map[string][]string{}
	for _, c := range Countries() {
		for _, cp := range c.Capitals {
			if !slices.Contains(shared[cp], c.Code) {
				shared[cp] = append(shared[cp], c.Code)
			}
		}
	}
	n := 0
	for name, codes := range shared {
		if len(codes) < 2 {
			continue
		}
		n++
		for _, p := range Phrases() {
			if p.Text == name && p.Kind == KindPlace && slices.Contains(codes, p.Country) && !p.IsCapital {
				t.Errorf("%s (%s): not a capital, though the capital of %v", name, p.Country, codes)
			}
		}
	}
	if n == 0 {
		t.Error("no capital name shared by two countries: the test reads nothing (Kingston was JM's and NF's)")
	}
}
