package loader

import (
	"testing"

	"newsgraph/loader/extract"
	"newsgraph/schema"
)

// TestOneOfficeOneTimelineEntry: the wordings of one office in several
// articles, and a mention with no title, key one affiliation edge, the
// office in the lists' words, so a person's timeline shows the office once
// (roles43; docs/analyst-questions.md 3 and 4); the text's words stay in
// the evidence. A person no list holds keeps the text's role in its one
// wording, and no office where the text gives none.
func TestOneOfficeOneTimelineEntry(t *testing.T) {
	for _, c := range []struct {
		date, text, person, want string
	}{
		{"2022-03-10", "Antony Blinken, State Secretary, during his last visit to Poland was saying that the friendship has never been so strong.", "person:antony-blinken", "Secretary of State"},
		{"2022-06-13", "I know Blinken told Foreign Secretary Truss that the talks should go on.", "person:antony-blinken", "Secretary of State"},
		{"2022-02-28", "In January, Secretary of the Department of Defense (DOD) Lloyd J. Austin III ordered a DOD-wide stand down.", "person:lloyd-austin", "Secretary of Defense"},
		{"2021-07-23", "To that end, the Secretary and Defense Secretary Austin look forward to hosting their Indian counterparts.", "person:lloyd-austin", "Secretary of Defense"},
		{"2022-02-22", "With respect to the potential discussions between Secretary Blinken and Minister of Foreign Affairs Sergey Lavrov, I would refer you to the State Department.", "person:sergey-lavrov", "Foreign Minister"},
		{"2021-08-04", "DEPUTY SECRETARY OF STATE WENDY R. SHERMAN\n\nShe spoke today.", "person:wendy-sherman", "Deputy Secretary of State"},
		// no list holds them
		{"2022-04-06", "Ambassador Kim, I have a question about the resolution you are seeking with South Korea’s Special Representative Noh Kyu-duk.", "person:noh-kyu-duk", "Special Representative"},
	} {
		a := extract.Article{ID: "t", Title: "t", Date: c.date, Text: c.text}
		r, err := extract.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range BuildGraph(a, r).Edges {
			if e.Type == schema.RelAffiliatedWith && e.From == c.person {
				got = append(got, e.Key)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: %s's affiliations are keyed %q, want [%q]", c.text, c.person, got, c.want)
		}
	}
}

// TestTimelineOfficeDropsStylesAndRanksAndKeepsActing: a style alone is no
// role, so a listed holder's "Prince" is the listed office; a military rank
// glued to a title's end is the person's; "Acting" before a listed office
// is the lists' office with its qualifier; India's "Foreign Minister" is the
// office the lists name "External Affairs Minister" (roles44).
func TestTimelineOfficeDropsStylesAndRanksAndKeepsActing(t *testing.T) {
	for _, c := range []struct{ name, party, role, date, want string }{
		{"Faisal bin Farhan Al Saud", "SA", "Prince", "2022-03-01", "Foreign Minister"},
		{"Someone Unlisted", "SA", "Prince", "2022-03-01", ""},
		{"Jean-Philippe Rolland", "FR", "Chief of the Military Staff of the President of the Republic Admiral", "2022-03-19", "Chief of the Military Staff of the President of the Republic"},
		{"Shalanda Young", "US", "Acting Director", "2021-05-28", "Acting Director of the Office of Management and Budget"},
		{"Someone Unlisted", "US", "acting director", "2021-05-28", "Acting Director"},
		{"Subrahmanyam Jaishankar", "IN", "Foreign Minister", "2021-07-28", "External Affairs Minister"},
		{"Gustavo Petro", "CO", "President-Elect", "2022-07-01", "President-elect"},
	} {
		if got := timelineOffice(c.name, c.party, c.role, c.date); got != c.want {
			t.Errorf("timelineOffice(%q, %q, %q, %q) = %q, want %q", c.name, c.party, c.role, c.date, got, c.want)
		}
	}
}
