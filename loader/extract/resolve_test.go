package extract

import (
	"maps"
	"strings"
	"testing"

	"newsgraph/gazetteer"
)

// peopleOf returns name → country of an extraction. It and the people
// probes below (checkPeople, checkPeopleAmong, checkCountries) serve the
// resolver's tests in many files.
func peopleOf(t *testing.T, a Article) map[string]string {
	t.Helper()
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range res.People {
		got[p.Name] = p.Country
	}
	return got
}

// peopleCase is a short text and every person the extractor should find in
// it, with the country.
type peopleCase struct {
	name, url, date, text string
	want                  map[string]string
}

// checkPeople extracts each case's text and compares the people found.
func checkPeople(t *testing.T, cases []peopleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := peopleOf(t, Article{ID: "t", Date: tc.date, URL: tc.url, Text: tc.text})
			if !maps.Equal(got, tc.want) {
				t.Errorf("people %v, want %v", got, tc.want)
			}
		})
	}
}

// peopleProbe is a text written for a probe of whom it names: want among
// the people extracted ("" for no one in particular), notWant not.
type peopleProbe struct {
	name, title, text string
	want, notWant     string
}

// checkPeopleAmong runs people probes on a US release of probePub.
func checkPeopleAmong(t *testing.T, cases []peopleProbe) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := peopleOf(t, Article{Date: probePub, Source: "state.gov", Title: c.title, Text: c.text})
			_, has := got[c.want]
			_, hasNot := got[c.notWant]
			if c.want != "" && !has || c.notWant != "" && hasNot {
				t.Errorf("people %v: want %q among them and not %q", got, c.want, c.notWant)
			}
		})
	}
}

// countryProbe is a person the probe's text names and the state it should
// give them ("" for none).
type countryProbe struct{ name, text, person, want string }

// checkCountries runs country probes on a State Department release of
// probePub with that title.
func checkCountries(t *testing.T, title string, cases []countryProbe) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := peopleOf(t, Article{Date: probePub, Source: "state.gov", Title: title, Text: c.text})
			if cc, ok := got[c.person]; !ok || cc != c.want {
				t.Errorf("%s: country %q (found %v), want %q (people %v)", c.person, cc, ok, c.want, got)
			}
		})
	}
}

func TestResolveSurnamesByTitleAndData(t *testing.T) {
	cases := []struct {
		name, date, text, want, country string
	}{
		{"leadership title from the congressional data", "2022-03-11", "I thank Leader Schumer for his help.", "Chuck Schumer", "US"},
		{"a surname joined to a titled one shares the title", "2022-03-11", "I thank Leader Schumer and McConnell for their help.", "Mitch McConnell", "US"},
		{"plural title over a list", "2022-03-11", "I thank Senators Wyden and Crapo for their work.", "Mike Crapo", "US"},
		{"former holder of the title, the latest one", "2022-05-13", "I see Secretary Kerry down there.", "John Kerry", "US"},
		{"two spellings of one leader are one person", "2022-05-20", "He praised President Tokayev's reforms in Kazakhstan.", "Kassym-Jomart Tokayev", "KZ"},
		{"misspelt title resolves", "2021-06-12", "Prime Minster Johnson and President Biden met in Cornwall.", "Boris Johnson", "GB"},
		{"a unique surname needs no country", "2022-03-10", "They discussed how to hold Putin to account for the war.", "Vladimir Putin", "RU"},
		{"a surname written first in the lists", "2022-04-21", "They reviewed Prime Minister Lee’s recent visit.", "Lee Hsien Loong", "SG"},
		{"the exact office before a namesake with another one", "2022-04-21", "Prime Minister Lee spoke.", "Lee Hsien Loong", "SG"},
		{"a monarch by the name of his style", "2021-07-20", "Secretary Blinken welcomed King Abdullah to Washington.", "Abdullah II", "JO"},
		{"a short first name of a listed official", "2022-06-01", "Secretary Tony Blinken spoke.", "Antony Blinken", "US"},
		{"a state's attorney general in a US release is the US's", "2022-07-01", "Vice President Harris met with Attorney General Josh Kaul on reproductive rights.", "Josh Kaul", "US"},
		{"a foreign attorney general keeps the country the text gives (guard)", "2022-07-01", "He condemned the actions of Guatemalan Attorney General Consuelo Porras.", "Consuelo Porras", "GT"},
		{"a secretary general in a US release is not the US's", "2022-05-25", "Secretary Blinken met Commonwealth Secretary General Patricia Scotland.", "Patricia Scotland", ""},
		{"a secretary general of a body the lists hold is the body's", "2022-05-25", "Secretary Blinken met Organization of Islamic Cooperation Secretary General Hissein Brahim Taha.", "Hissein Brahim Taha", "OIC"},
		{"a director general of a US service is the US's (guard)", "2022-05-25", "He met Assistant Secretary of Commerce and Director General of the United States and Foreign Commercial Service Arun Venkataraman.", "Arun Venkataraman", "US"},
		{"a father's surname names a two-surname official, by the name he goes by", "2021-06-02", "Secretary Blinken met with President Alvarado of Costa Rica.", "Carlos Alvarado", "CR"},
		{"a father's surname does not take a former holder's last name (guard)", "2022-06-01", "It was negotiated by President Obama.", "Barack Obama", "US"},
		{"a queen the lists call a monarch, of her realms the British one", "2021-06-10", "President Biden will meet Queen Elizabeth II at Windsor Castle, as Prime Minister Scott Morrison of Australia did.", "Elizabeth II", "GB"},
		{"a first of his name goes without the ordinal", "2021-06-10", "President Biden met with King Philippe.", "Philippe", "BE"},
		{"a king by the one name of his style", "2022-02-10", "President Biden spoke today with King Salman.", "Salman bin Abdulaziz Al Saud", "SA"},
		{"a surname of two words", "2022-06-01", "President López Obrador spoke.", "Andrés Manuel López Obrador", "MX"},
		{"a surname of two words with a particle", "2022-06-01", "Senator Van Hollen spoke.", "Chris Van Hollen", "US"},
		{"two shared letters make no nickname", "2022-06-01", "Senator Sherrod Brown spoke.", "Sherrod Brown", "US"},
		{"a nickname holds the official's office", "2022-06-01", "Secretary Haaland met Canadian Minister Marc Miller.", "Marc Miller", "CA"},
		{"a full first name for the short one the lists give", "2022-03-01", "UK Foreign Secretary Elizabeth Truss met him.", "Liz Truss", "GB"},
		{"a short first name the text gives is kept", "2022-03-01", "Senator Dick Durbin met him.", "Dick Durbin", "US"},
		{"a second surname the lists leave out", "2021-10-20", "He met President Iván Duque Márquez.", "Iván Duque", "CO"},
		{"a surname of the list is no second surname; the lists leave out the middle name", "2021-10-20", "He met President Samia Suluhu Hassan.", "Samia Hassan", "TZ"},
		{"another office is no second surname", "2021-10-20", "He met Vice President Teodoro Obiang Mangue.", "Teodoro Obiang Mangue", ""},
		{"an initial and a surname, as the lists give them", "2022-04-11", "He met Indian External Affairs Minister Dr. S. Jaishankar.", "Subrahmanyam Jaishankar", "IN"},
		{"a surname that opens with its particles", "2022-06-01", "He met President von der Leyen in Brussels.", "Ursula von der Leyen", "EU"},
		{"an international organisation's head from the hand-kept list", "2022-06-01", "He met NATO Secretary General Stoltenberg.", "Jens Stoltenberg", "NATO"},
		{"a family name with its particle, as the hand-kept list gives it", "2022-06-01", "He met Omani Foreign Minister Sayyid Badr al-Busaidi.", "Badr Al Busaidi", "OM"},
		{"a party whip is an official, the US's in a US release", "2022-06-01", "The President thanked House Majority Whip Joan Fenwick and Senate Minority Whip Carl Brandt.", "Carl Brandt", "US"},
		{"a former US president by his title and surname", "2022-06-01", "Title IX, which President Nixon signed into law, turns fifty.", "Richard Nixon", "US"},
		{"a former US president named in full, with a middle initial", "2022-06-01", "As the late President Dwight D. Eisenhower once said, there is a need.", "Dwight Eisenhower", "US"},
		{"a senator of 2021-2022 who left before the generated list's snapshot", "2022-03-01", "Is the President calling Senator Manchin about the bill?", "Joe Manchin", "US"},
		{"a senator of 2021-2022 with a namesake representative of later years", "2022-03-01", "The President spoke with Senator Menendez and Senator Carper.", "Bob Menendez", "US"},
		{"a congressman is the lists' representative", "2022-03-01", "The President thanked Congressman Clyburn for his help.", "Jim Clyburn", "US"},
		{"a big-city mayor by title and surname", "2022-03-01", "White House senior staff are in touch with Mayor Adams and the police commissioner.", "Eric Adams", "US"},
		{"a chairman is the lists' chair", "2022-03-01", "He met with Chairman Powell of the Federal Reserve.", "Jerome Powell", "US"},
		{"a special envoy of 2021-2022 from the hand-kept list", "2022-03-01", "Special Envoy Malley will travel to Vienna.", "Rob Malley", "US"},
		{"a titled surname without its hyphened article", "2022-03-01", "The Secretary spoke with Prime Minister Kadhimi today.", "Mustafa Al-Kadhimi", "IQ"},
		{"the trade representative by the rank of ambassador she holds", "2022-03-01", "Ambassador Tai said so in a recent interview.", "Katherine Tai", "US"},
		{"a House leader of 2021-2022 by his leadership title", "2022-03-11", "I thank Speaker Pelosi and Leader McCarthy for their help.", "Kevin McCarthy", "US"},
		{"a foreign minister from the hand-kept list", "2022-06-01", "He met Turkish Foreign Minister Cavusoglu.", "Mevlut Cavusoglu", "TR"},
		{"a surname written first, whose first listed office is another", "2022-02-15", "You will have to ask President Xi if he shared that.", "Xi Jinping", "CN"},
		{"the office written the other way round tells namesakes apart", "2021-07-15", "In Moscow he met Russian Foreign Minister Lavrov.", "Sergey Lavrov", "RU"},
		{"a judge of 2021-2022 from the hand-kept list, before her term on the Court", "2022-03-01", "The Senate will hold hearings for Judge Jackson this month.", "Ketanji Brown Jackson", "US"},
		{"an office the generated lists lack, of an official they hold in others", "2021-06-17", "Secretary Blinken spoke with Director Yang about the DPRK.", "Yang Jiechi", "CN"},
		{"a former holder of the title over a namesake in office in another", "2022-07-10", "We mourn the passing of former Prime Minister Abe.", "Shinzō Abe", "JP"},
		{"a former president over a namesake senator in office", "2022-05-23", "Those are the words President Kennedy delivered to Prime Minister Ikeda.", "John Kennedy", "US"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := peopleOf(t, Article{ID: "r", Date: c.date, Source: "whitehouse.gov", Text: c.text})
			if cc, ok := got[c.want]; !ok || cc != c.country {
				t.Errorf("want %s (%s), got %v", c.want, c.country, got)
			}
		})
	}
}

// TestResolveLeavesOutATitleNoBearerHeld: a namesake in office with another
// title, and no holder of this one, gives no one ("Foreign Minister Park" is
// no Representative Park).
func TestResolveLeavesOutATitleNoBearerHeld(t *testing.T) {
	got := peopleOf(t, Article{ID: "r", Date: "2022-05-23", Source: "whitehouse.gov",
		Text: "Prime Minister Kennedy spoke. Foreign Minister Schumer agreed."})
	if len(got) != 0 {
		t.Errorf("people: %v", got)
	}
}

func TestResolveLeavesOutAmbiguousBareSurnames(t *testing.T) {
	// "Brown" is a surname of several officials; without a title, a possessive
	// or the country named, it is no one.
	got := peopleOf(t, Article{ID: "r", Date: "2022-03-01", Source: "whitehouse.gov",
		Text: "Black and Brown communities are undertreated. President Biden will act."})
	if len(got) != 1 || got["Joe Biden"] != "US" {
		t.Errorf("people: %v", got)
	}
}

func TestUSLocalOfficialsOfAUSRelease(t *testing.T) {
	got := peopleOf(t, Article{ID: "r", Date: "2022-03-01", Source: "whitehouse.gov",
		Text: "The President thanked Mayor Dana Kowalczyk for hosting the event."})
	if got["Dana Kowalczyk"] != "US" {
		t.Errorf("people: %v", got)
	}
}

// TestFirstNameAfterATitleResolvesToTheFullName: Lao officials go by their
// first name ("Deputy Prime Minister Dr. Kikeo"); the full name comes from
// the article where it gives it, else from the official lists for the date.
func TestFirstNameAfterATitleResolvesToTheFullName(t *testing.T) {
	t.Cleanup(func() { gazetteer.UseOfficials(nil) })
	gazetteer.UseOfficials([]gazetteer.Official{
		{Name: "Kikeo Khaykhamphithoune", Country: "LA", Role: "Deputy Prime Minister", Start: "2021"},
		{Name: "Kikeo Other", Country: "LA", Role: "Minister of Health", Start: "2021"},
	})
	for _, tc := range []struct{ name, text, date, want string }{
		{"the article gives the full name",
			"Deputy Secretary of State Wendy Sherman met Lao Deputy Prime Minister Dr. Kikeo Khaykhamphithoune in Vientiane. Deputy Prime Minister Dr. Kikeo thanked the United States.",
			"2022-03-30", "Kikeo Khaykhamphithoune"},
		{"the lists for the date give it",
			"Deputy Secretary of State Wendy Sherman met Lao Deputy Prime Minister Dr. Kikeo in Vientiane.",
			"2022-03-30", "Kikeo Khaykhamphithoune"},
		{"a monarch goes by his style without its realm",
			"Secretary of State Antony Blinken met Jordanian King Abdullah in Amman.",
			"2022-03-30", "Abdullah II"},
		{"no list entry in office on the date",
			"Deputy Secretary of State Wendy Sherman met Lao Deputy Prime Minister Dr. Kikeo in Vientiane.",
			"2019-03-30", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(Article{ID: "k", Date: tc.date, Title: "Deputy Secretary Sherman's Meeting in Laos", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var kikeo []string
			for _, p := range res.People {
				if strings.HasPrefix(p.Name, "Kikeo") || strings.HasPrefix(p.Name, "Abdullah II") {
					kikeo = append(kikeo, p.Name)
				}
			}
			if tc.want == "" && len(kikeo) > 0 || tc.want != "" && (len(kikeo) != 1 || kikeo[0] != tc.want) {
				t.Errorf("officials = %v, want %q", kikeo, tc.want)
			}
		})
	}
}

// TestLongerFormOfAName: a middle name more, or a family name after a
// particle, is the same person; another first or last name is not.
func TestLongerFormOfAName(t *testing.T) {
	for _, tc := range []struct {
		long, short string
		want        bool
	}{
		{"jair messias bolsonaro", "jair bolsonaro", true},
		{"mohamed bin zayed al nahyan", "mohamed bin zayed", true},
		{"jill tracy biden", "joe biden", false},
		{"hunter biden", "biden", false},
		{"kim jong un", "kim jong", false}, // no particle after the shorter name
		{"jair bolsonaro", "jair bolsonaro", false},
	} {
		if got := longerFormOf(strings.Fields(tc.long), strings.Fields(tc.short)); got != tc.want {
			t.Errorf("longerFormOf(%q, %q) = %v, want %v", tc.long, tc.short, got, tc.want)
		}
	}
}

func TestSameOfficeReadsTheComplementAsTheSubject(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Foreign Minister", "Minister of Foreign Affairs", true},
		{"Defense Minister", "Minister of Defense", true},
		{"Deputy Minister of Finance", "Foreign Minister", false},
		{"Deputy Foreign Minister", "Minister of Foreign Affairs", false},
		{"Foreign Affairs", "Foreign Affairs", false}, // no head, no office
	} {
		if got := sameOffice(c.a, c.b); got != c.want {
			t.Errorf("sameOffice(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSurnameAloneWithParticlesNeedsAFullName: a surname that opens with a
// particle is a person only when a full name in the article or the lists
// takes it; a father's name ("bin Zayed") opens no surname.
func TestSurnameAloneWithParticlesNeedsAFullName(t *testing.T) {
	for _, text := range []string{"Mayor de Blasiano spoke.", "Foreign Minister Sheikh bin Zayed spoke."} {
		got := peopleOf(t, Article{ID: "r", Date: "2022-06-01", Source: "state.gov", Text: text})
		for name := range got {
			if r := name[0]; r >= 'a' && r <= 'z' {
				t.Errorf("%q: person %q", text, name)
			}
		}
	}
}

// TestASCIIRoleHeadIsTheWordsOne: the head of an ASCII role read word by
// word in a buffer is the one of the lower-cased role's words, on roles of
// every shape the rules ask: complements, spouses' titles, suffixes.
func TestASCIIRoleHeadIsTheWordsOne(t *testing.T) {
	for _, role := range []string{"Special Envoy to Haiti", "Prime Minister", "prime minister", "First Lady", "FIRST LADY",
		"Secretary of State", "Secretary-designate", "Ambassador-at-Large for Global Criminal Justice", "Minister of Foreign Affairs",
		"Deputy Secretary\tof Defense", "  President  ", "", "of", "to the President", "Chief of Staff to the Vice President",
		"Assistant Secretary for Near Eastern Affairs", "Second Gentleman", "Under Secretary for Political Affairs",
		"Director General of the International Atomic Energy Agency Director", strings.Repeat("x", 40) + " Minister"} {
		if strings.Count(role, "x") == 40 {
			if _, ok := asciiRoleHead(role); ok {
				t.Errorf("%q: read in the buffer, want the words' path", role)
			}
			continue
		}
		got, ok := asciiRoleHead(role)
		if want := roleHeadOfWords(role); !ok || got != want {
			t.Errorf("%q: %q %v, want %q", role, got, ok, want)
		}
	}
}

// TestASCIIRoleHeadCopiesNoHead: the head found is headWords' own string,
// not a copy of the buffer (the rules ask the head of the same roles many
// times).
func TestASCIIRoleHeadCopiesNoHead(t *testing.T) {
	for _, role := range []string{"Secretary of State", "First Lady", "Prime Minister", "Ambassador-at-Large"} {
		if n := testing.AllocsPerRun(20, func() { asciiRoleHead(role) }); n != 0 {
			t.Errorf("%q: %v allocations, want 0", role, n)
		}
	}
}
