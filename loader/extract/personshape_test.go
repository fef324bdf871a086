package extract

import (
	"strings"
	"testing"

	"newsgraph/loader/extract/ner"
)

// TestHalfANameAtAnInitialIsNoPerson probes sentences of open articles
// (usdos-334046, whitehouse-48943) in which the recogniser cuts a school's
// or a post office's name after a person's middle initial: no person
// "Gerald R." or "Joseph R.". Each fails without cutAtInitial. The guards
// keep a reporter called by her initial before a comma (whitehouse-47275)
// and a full name with its initial.
func TestHalfANameAtAnInitialIsNoPerson(t *testing.T) {
	checkTypedCases(t, []typedCase{
		{"a school", "The Gerald R. Ford School of Public Policy at the University of Michigan will host Secretary Blinken.",
			map[string]string{"Gerald R.": ""}},
		{"a post office", "H.R. 3419, which designates the facility of the United States Postal Service located at 66 Meserole Avenue in Brooklyn, New York, as the Joseph R. Lentol Post Office.",
			map[string]string{"Joseph R.": ""}},
	})
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"the Gerald R. Ford School", "Gerald R.", true},
		{"it is hard to read, Kelly O., a hypothetical", "Kelly O.", false},
		{"Ida B. — Ida B. Wells once said", "Ida B.", false},
		{"the R. Ford School", "R.", false},
		{"Michael S. Barr is currently", "Michael S. Barr", false},
	} {
		end := strings.Index(c.text, c.name) + len(c.name)
		if got := cutAtInitial(c.text, c.name, end); got != c.want {
			t.Errorf("cutAtInitial(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestNameEndingInAHeadWordIsNoPerson probes sentences of open articles
// (whitehouse-55926, whitehouse-56989, whitehouse-20409) in which the
// recogniser gives a tribe, an airport or a tribe's head word alone as a
// person: the first two are an organisation and a place, the last no
// entity. Each fails without headWordType or headWordAlone. The guards keep
// people whose surname is a head word ("Alice Hill", whitehouse-46829;
// "Gabrielle Union", whitehouse-50184).
func TestNameEndingInAHeadWordIsNoPerson(t *testing.T) {
	checkTypedCases(t, []typedCase{
		{"a tribe", "Malerba, who is the Chief of the Mohegan Tribe, will be the first Native American to hold the position.",
			map[string]string{"Mohegan Tribe": OrgOther}},
		{"an airport", "The Department of Defense will transport Nestlé Health Science amino acid based formula from Switzerland to John F. Kennedy Airport in New York on July 10 and 11.",
			map[string]string{"John F. Kennedy Airport": "Place"}},
		{"a head word alone", "A breakdown of funds received by State, Tribe and Territory is below.",
			map[string]string{"Tribe": ""}},
		{"guard: a surname that is a place's head word", "Alice Hill, of the District of Columbia, to be Deputy Administrator of the Federal Emergency Management Agency.",
			map[string]string{"Alice Hill": "Person"}},
		{"guard: a surname that is a body's head word", "Henson will co-produce Sorcerority with Game Changer Films and Gabrielle Union’s I’ll Have Another Productions.",
			map[string]string{"Gabrielle Union": "Person"}},
	})
	for _, c := range []struct {
		name string
		want ner.Type
	}{
		{"Mohegan Tribe", ner.Organization},
		{"George Mason University", ner.Organization},
		{"Cobb County", ner.Place},
		{"Gabrielle Union", ner.Person},
		{"Margaret Court", ner.Person},
		{"Tribe", ner.Person},
	} {
		if got := headWordType(c.name, ner.Person); got != c.want {
			t.Errorf("headWordType(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestANameBeforeAProgrammeOrAPrizeIsNoPerson probes sentences of open
// articles (usdos-338893, whitehouse-24519, usdos-335475) in which the
// recogniser gives the person a fellowship, a trophy or a school is named
// after as a person: there is none. Each fails without namedAfter. The
// guards keep a person before a verb that is also an award's noun.
func TestANameBeforeAProgrammeOrAPrizeIsNoPerson(t *testing.T) {
	checkTypedCases(t, []typedCase{
		{"a fellowship", "We’ve expanded the Pickering and Rangel fellowship programs, and we have paid internships at State.",
			map[string]string{"Rangel": ""}},
		{"a trophy", "And we’re going to do everything we can to work to achieve another one of those Lombardi trophies.",
			map[string]string{"Lombardi": ""}},
		{"a school", "The United States joins the international community in expressing outrage in response to today’s heinous attacks on the Mumtaz Education Center and the Abdul Rahim Shahid school in Kabul, Afghanistan.",
			map[string]string{"Abdul Rahim Shahid": ""}},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{" fellowship programs", true},
		{" trophies.", true},
		{" awards the Medal of Freedom", false},
		{" grants clemency", false},
		{", programs and more", false},
	} {
		if got := namedAfter(c.text, 0); got != c.want {
			t.Errorf("namedAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTheHeadWordRulesDecideWhatTheTyperRetypes: a name the tagger gave as
// a person and the span-level typer re-typed takes the head-word rules'
// type where its last word is a head word (a surname's head word keeps the
// person, a body's or a place's gives that body or place), and the typer's
// type elsewhere, or where the tagger gave no person.
func TestTheHeadWordRulesDecideWhatTheTyperRetypes(t *testing.T) {
	for _, c := range []struct {
		name         string
		voted, type_ ner.Type
		want         ner.Type
	}{
		{"Gabrielle Union", ner.Person, ner.Organization, ner.Person},
		{"Margaret Court", ner.Person, ner.Place, ner.Person},
		{"Mohegan Tribe", ner.Person, ner.Place, ner.Organization},
		{"Cobb County", ner.Person, ner.Organization, ner.Place},
		{"Marcee Stone", ner.Person, ner.Place, ner.Place},         // no head word: the typer's
		{"Union", ner.Person, ner.Organization, ner.Organization},  // one word
		{"European Union", ner.Organization, ner.Place, ner.Place}, // the tagger's no person
		{"Gabrielle Union", ner.Person, ner.Person, ner.Person},
		{"Gabrielle Union", 0, ner.Organization, ner.Organization}, // not voted on
	} {
		if got := guardedType(c.name, c.voted, c.type_); got != c.want {
			t.Errorf("guardedType(%q, voted %v, typed %v) = %v, want %v", c.name, c.voted, c.type_, got, c.want)
		}
	}
}
