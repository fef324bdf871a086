package extract

import (
	"strings"
	"testing"

	"newsgraph/gazetteer"
)

// The probes are names as the open corpus writes them (test, N, O, P and Q
// dropped); each step of resolveIn is run alone on a mention built for it.

func TestListedName(t *testing.T) {
	cases := []struct {
		name, date string
		m          personMention
		want       string
	}{
		{"the lists' common name", "2022-06-01", personMention{name: "Joseph Biden", role: "President", strong: true}, "Joe Biden"},
		{"a nickname under the official's office", "2022-06-01", personMention{name: "Tony Blinken", role: "Secretary", strong: true}, "Antony Blinken"},
		{"a second surname", "2021-06-01", personMention{name: "Iván Duque Márquez", role: "President", strong: true}, "Iván Duque"},
		{"a compound surname", "2022-06-01", personMention{name: "López Obrador", role: "President", strong: true}, "Andrés Manuel López Obrador"},
		{"an untitled name is the text's (guard)", "2022-06-01", personMention{name: "Tony Blinken"}, "Tony Blinken"},
		{"a nickname under another office (guard)", "2022-06-01", personMention{name: "Tony Blinken", role: "Senator", strong: true}, "Tony Blinken"},
		{"an unlisted name stays (guard)", "2022-06-01", personMention{name: "Dana Whitlow", role: "Envoy", strong: true}, "Dana Whitlow"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &resolver{date: c.date}
			if got := r.listedName(&c.m); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestLongestNamesFirst(t *testing.T) {
	keyOf := [][]string{{"lapid"}, {"le", "drian"}, {"jean-yves", "le", "drian"}, {"yair", "lapid"}}
	got := longestNamesFirst(keyOf)
	if len(got) != 3 || got[0] != 2 || got[1] != 1 || got[2] != 3 {
		t.Errorf("got %v, want [2 1 3]: single words left out, ties in text order", got)
	}
}

func TestFullNameOf(t *testing.T) {
	cases := []struct {
		name    string
		people  []string
		mention personMention
		want    int
	}{
		{"the last words of a name", []string{"Jean-Yves Le Drian"}, personMention{name: "Le Drian"}, 0},
		{"a shorter form", []string{"Jair Messias Bolsonaro"}, personMention{name: "Jair Bolsonaro"}, 0},
		{"a run after a family word", []string{"Mohammed bin Zayed Al Nahyan"}, personMention{name: "Bin Zayed"}, 0},
		{"the father after a patronymic is another (guard)", []string{"Salman bin Abdulaziz Al Saud"}, personMention{name: "Abdulaziz Al Saud"}, -1},
		{"the name after its own patronymic is the son's", []string{"Salman bin Abdulaziz Al Saud"}, personMention{name: "Abdulaziz Al Saud", afterPatronymic: true}, 0},
		{"a family run two people share (guard)", []string{"Mohammed bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan"}, personMention{name: "Bin Zayed"}, -1},
		{"another first name (guard)", []string{"Jill Biden"}, personMention{name: "Hunter Biden"}, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &resolver{date: "2022-06-01", byWord: map[string][]int{}}
			for _, p := range c.people {
				r.newPerson(p)
			}
			key := strings.Fields(gazetteer.NameKey(c.mention.name))
			if got := r.fullNameOf(&c.mention, key); got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}

func TestNotASurname(t *testing.T) {
	keyOf := [][]string{{"austin", "tice"}}
	cases := []struct {
		name, w string
		m       personMention
		want    bool
	}{
		{"an untitled common word", "young", personMention{name: "Young"}, true},
		{"an untitled letter", "a", personMention{name: "A"}, true},
		{"another's given name", "austin", personMention{name: "Austin"}, true},
		{"a cut name's first word, titled or not", "hassan", personMention{name: "Hassan", role: "President", strong: true, cut: true}, true},
		{"a titled common word is a surname (guard)", "young", personMention{name: "Young", role: "Representative", strong: true}, false},
		{"a titled given name of another is a surname (guard)", "austin", personMention{name: "Austin", role: "Secretary", strong: true}, false},
		{"an untitled rare word is a surname (guard)", "putin", personMention{name: "Putin"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &resolver{date: "2022-06-01", mentions: []personMention{{name: "Austin Tice"}}, mentionOf: []int{-1}}
			if got := r.notASurname(&c.m, c.w, keyOf); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestListedOfficial(t *testing.T) {
	const us, other = true, false // the source: a US release or not
	cases := []struct {
		name, date string
		usSource   bool
		named      map[string]bool
		m          personMention
		want, role string // the official's name ("" none) and the mention's role after
	}{
		{"a title shared with the name before", "2022-06-01", us, nil,
			personMention{name: "McConnell", roleHint: "Leader"}, "Mitch McConnell", "Leader"},
		{"a rank", "2022-06-01", us, nil, personMention{name: "Milley", role: "General", strong: true}, "Mark Milley", "General"},
		{"a committee's title", "2022-06-01", us, nil, personMention{name: "Meeks", role: "Chairman", strong: true}, "Gregory Meeks", "Chairman"},
		{"an ambassador's rank", "2021-06-01", us, nil, personMention{name: "Khalilzad", role: "Ambassador", strong: true}, "Zalmay Khalilzad", "Ambassador"},
		{"an office elect", "2021-06-20", us, nil, personMention{name: "Raisi", role: "President-elect", strong: true}, "Ebrahim Raisi", "President-elect"},
		{"an untitled surname of a country the text names", "2022-06-01", us, map[string]bool{"RU": true}, personMention{name: "Putin"}, "Vladimir Putin", ""},
		{"an untitled possessive of several bearers, no country named", "2022-06-01", us, map[string]bool{"US": true},
			personMention{name: "Brown", possessive: true}, "Mark Brown", ""},
		{"an ambassador's rank outside a US release (guard)", "2021-06-01", other, nil,
			personMention{name: "Khalilzad", role: "Ambassador", strong: true}, "", "Ambassador"},
		{"an untitled surname of a country the text names, of several bearers", "2022-06-01", us, map[string]bool{"CK": true},
			personMention{name: "Brown"}, "Mark Brown", ""},
		{"an untitled surname of several bearers, no country named (guard)", "2022-06-01", us, map[string]bool{"US": true},
			personMention{name: "Brown"}, "", ""}, // "Black and Brown communities"
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &resolver{date: c.date, usSource: c.usSource, named: c.named}
			o, ok := r.listedOfficial(&c.m)
			got := ""
			if ok {
				got = commonName(o.Name)
			}
			if got != c.want || c.m.role != c.role {
				t.Errorf("got %q, role %q; want %q, role %q", got, c.m.role, c.want, c.role)
			}
		})
	}
}

func TestUSDefaultOffice(t *testing.T) {
	cases := []struct {
		role string
		want bool
	}{
		{"Deputy Secretary", true},
		{"Spokesperson", true},
		{"Special Envoy for the Northern Triangle", true},
		{"Secretary-General", false},               // an international office
		{"Ambassador to the United States", false}, // an envoy to the US
		{"Foreign Minister", false},                // no US head
		{"special envoy", false},                   // a describing head in lower case
		{"Special Envoy", true},
		{"spokesperson", true}, // a lower-case head a US release gives its own staff
	}
	for _, c := range cases {
		if got := usDefaultOffice(c.role); got != c.want {
			t.Errorf("%q: got %v, want %v", c.role, got, c.want)
		}
	}
}
