package extract

import (
	"strings"
	"testing"

	"newsgraph/loader/extract/ner"
)

// TestModifierSurnameIsNoPerson: a one-word name after "the" or "a" that
// no full name of the article takes modifies a noun or names a family
// (trial37's person:biden stubs, cut from open articles); the guard: with
// the full name in the article the surname is his, as before.
func TestModifierSurnameIsNoPerson(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"a family (whitehouse-18285)", "Her husband is deploying internationally to support peacekeeping missions. The Biden family is a National Guard family, and we are proud of it.",
			"person:biden", ""},
		{"a presidency (whitehouse-24811)", "Q Do you have a sense of the number of breakthrough cases that have occurred during the Biden presidency?\n\nMS. PSAKI: Well, I would say no.",
			"person:biden", ""},
		{"a tax cut (whitehouse-55508)", "Q The Republicans will refuse to consider changing any part of the Trump tax cuts, which delivered massive benefits to the wealthy.",
			"person:trump", ""},
		// guard
		{"the full name in the article (guard)", "President Joe Biden spoke on Monday. The Biden family is a National Guard family, and we are proud of it.",
			"person:biden", "person:joe-biden"},
	})
}

// TestAddressedFirstNameIsNoPerson: a one-word name set off as an address
// in a transcript ("So, Kim, first", "Go ahead, Kelly.") is no person of
// the graph (usdos-311114, whitehouse-55837, whitehouse-25853); the guards:
// a title's abbreviation before a surname, an apposition after "our son",
// and a list's member stay mentions.
func TestAddressedFirstNameIsNoPerson(t *testing.T) {
	checkEntityProbes(t, "state.gov", []entityProbe{
		{"a briefer's answer (usdos-311114)", "QUESTION: How will they get these people in so that they can be processed?\n\nMR PRICE: So, Kim, first, to take a step back: You heard from the Secretary.",
			"person:kim", ""},
		{"thanks (whitehouse-55837)", "THE VICE PRESIDENT: Good afternoon, everyone. Good afternoon. Kim, I want to thank you for that. We had a great conversation.",
			"person:kim", ""},
		{"go ahead (whitehouse-25853)", "I don’t have anything more to report to you.\n\nGo ahead, Kelly.\n\nQ Typically you need the governor’s approval.",
			"person:kelly", ""},
		// guards
		{"a title before the surname (guard, whitehouse-21663)", "And thanks for joining us. We’re joined by Dr. Fauci, who will speak first.",
			"", "person:fauci"},
		{"an apposition (guard, whitehouse-22175)", "Every time there’s a memorial service for our son, Beau, you know, you’re flattered.",
			"", "person:beau"},
	})
}

// TestShortFormIsTheFullName: a listed short form of a first name with
// the full name's surname, or alone beside the one full name it shortens,
// is that person (usdos-315778's "Tony Blinken" beside Antony Blinken,
// usdos-245386's "Tony"); the guard: a short form no full name of the
// article has stays apart.
func TestShortFormIsTheFullName(t *testing.T) {
	checkEntityProbes(t, "state.gov", []entityProbe{
		{"a short form with the surname (usdos-315778)", "Secretary of State Antony Blinken spoke at the conference. FOREIGN MINISTER BAERBOCK: Tony Blinken and I and many other foreign ministers are here.",
			"person:tony-blinken", "person:antony-blinken"},
		{"a short form alone (usdos-245386)", "Secretary of State Antony Blinken arrived in Nuuk. FOREIGN MINISTER KOFOD: That’s great, Tony, as your friends call you.",
			"person:tony", "person:antony-blinken"},
		{"a short form alone that no other rule reads (usdos-364078)", "Antony J. Blinken, Secretary of State\n\nBenjamin Franklin Room Washington, D.C.\n\nSECRETARY RAIMONDO: Good morning. Tony and I are thrilled to host you this morning.",
			"person:tony", "person:antony-blinken"},
		// guard
		{"no full name it shortens (guard)", "Secretary of State Antony Blinken arrived. He met Tony Hernandez, a businessman from Tegucigalpa, and Tony Hernandez said he was glad.",
			"", "person:tony-hernandez"},
	})
}

// TestAddressedStubReadsTheText: the address and modifier tests on text.
func TestAddressedStubReadsTheText(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"MR PRICE: Kylie.", "Kylie", true},
		{"Thank you, Tony, for hosting us.", "Tony", true},
		{"Dr. Fauci, welcome.", "Fauci", false},
		{"Representatives Cohen, Cheney, Malinowski, and Waltz.", "Malinowski", false},
		{"My wife, Jill, has worked on it.", "Jill", false},
		{"The Biden family is here.", "Biden", true},
		{"President Biden, welcome.", "Biden", false},
	} {
		i := len(c.text) - len(c.name)
		for j := range c.text {
			if len(c.text) >= j+len(c.name) && c.text[j:j+len(c.name)] == c.name {
				i = j
				break
			}
		}
		if got := stubNoOne(c.text, i, i+len(c.name)); got != c.want {
			t.Errorf("%q in %q: stubNoOne %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestListedShortFormIsOneNode: one official is one node whatever short
// form of the first name the text uses (listedShortForm, and the lists'
// names the texts use, officials_manual.tsv): a list of addressees lends
// "Tony Blinken" the title before it, which kept him a second person beside
// Antony Blinken (usdos-315778, trial37's person:tony-blinken); "Senator
// Durbin" was the lists' Richard Durbin beside the text's Dick Durbin
// (whitehouse-25499), and an untitled "Jim Risch" no one (usdos-345108).
// The guard: a short form under another office stays apart.
func TestListedShortFormIsOneNode(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"a list of addressees (usdos-315778)", "Secretary Antony J. Blinken and German Foreign Minister Annalena Baerbock at the Munich Security Conference",
			"FOREIGN MINISTER BAERBOCK: (Via interpreter) Ambassador Heusgen, Mr. Ischinger, Secretary General, Tony Blinken, ladies and gentlemen, I’m very happy to be able to talk to you.",
			"Antony Blinken", "Tony Blinken"},
		{"the titled surname beside the text's short form (whitehouse-25499)", "Statement by Press Secretary Jen Psaki",
			"The President spoke with Senator Dick Durbin about the bill today. Senator Durbin thanked him.",
			"Dick Durbin", "Richard Durbin"},
		{"the titled surname alone (whitehouse-55551)", "Statement by Press Secretary Jen Psaki",
			"The President thanked Senator Durbin for his leadership on the bill.",
			"Dick Durbin", "Richard Durbin"},
		{"an untitled short form (usdos-345108)", "Department Press Briefing",
			"The ranking member of the Senate’s Foreign Relations Committee, Jim Risch, tweeted as well, and I’m quoting.",
			"Jim Risch", "James Risch"},
		// guard
		{"a short form under another office (guard)", "Department Press Briefing",
			"Senator Tony Blinken of the state legislature spoke today.",
			"", "Antony Blinken"},
	})
}

// TestCoupleSharesTheSurname: a given name alone before "and" and a full
// name is the full name's surname's (whitehouse-19475, trial37's
// person:kim; whitehouse-50163); the guards: a list's member after "and"
// (whitehouse-49006) and a modifier after an article stay no couple.
func TestCoupleSharesTheSurname(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"an acknowledgement (whitehouse-19475)", "Thank you all for coming.\n\nAnd I also want to acknowledge Kim and John Johnson. Your son was taken far too soon.",
			"person:kim", "person:kim-johnson"},
		{"a readout's parents (whitehouse-50163)", "President Biden met today with Joey and Paula Reed, the parents of Trevor Reed.",
			"person:joey", "person:joey-reed"},
		// guard
		{"a list's member (guard, after whitehouse-49006's \"Hakeem and Steny and Jim and Emanuel Cleaver\")", "We thank our friends. And Mary and Steve and Jim and Paula Reed were there.",
			"person:jim-reed", "person:paula-reed"},
	})
}

// TestCoupleSurnameReadsTheText: coupleSurname on text, the full names
// given by where they start; the guards: after an article (whitehouse-46941's
// chair, "the Fred and Eleanor Glimp Professor"), a comma, and a suffix.
func TestCoupleSurnameReadsTheText(t *testing.T) {
	for _, c := range []struct{ text, name, full, want string }{
		{"I also want to acknowledge Kim and John Johnson.", "Kim", "John Johnson", "Kim Johnson"},
		{"He is the Fred and Eleanor Glimp Professor of Economics.", "Fred", "Eleanor Glimp", ""},
		{"We thank Mary, Kim and John Johnson.", "Kim", "John Johnson", ""},
		{"My heart goes out to Barbara and Rich Jr. and the grandkids.", "Barbara", "Rich Jr.", ""},
	} {
		start := strings.Index(c.text, c.name+" and ")
		f := recognisedName{sp: ner.Span{Start: start, End: start + len(c.name)}, name: c.name}
		byStart := map[int]string{strings.Index(c.text, c.full): c.full}
		if got := coupleSurname(c.text, f, byStart); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestTitledNamesakeHoldsTheTitleOnTheDate: a name the lists give an
// official who held no office of the text's title on the article's date is
// the official who did, under another form of the name (titledNamesake):
// the lists' Representative Robert Menendez took office in 2023, and in
// 2021-22 "Senator Robert Menendez" is the Senator Bob Menendez
// (whitehouse-25607, whitehouse-53216). The guards: the lists' holder with
// the title, and an untitled name, keep the lists' name.
func TestTitledNamesakeHoldsTheTitleOnTheDate(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"the Senate committee's chairman (whitehouse-25607)", "Background Press Call by a Senior Administration Official on Cuba", "He is going to take the time to meet with members of the Cuban American community, as well as Senator Robert Menendez, Chairman of the Senate Foreign Relations Committee, and Greg Meeks.",
			"Bob Menendez", "Robert Menendez"},
		{"a senator's office (whitehouse-53216)", "President Biden Announces Key Nominees", "Her Washington assignments include serving as the Director of the Main Press Office, Pearson Fellow in the Office of Senator Robert Menendez, and Press Advisor.",
			"Bob Menendez", "Robert Menendez"},
		// guard
		{"the lists' holder under its own title (guard)", "Department Press Briefing", "Representative Robert Menendez spoke with the delegation today.",
			"Robert Menendez", "Bob Menendez"},
		{"an untitled name (guard)", "Department Press Briefing", "The delegation met Robert Menendez and his staff today.",
			"", "Bob Menendez"},
	})
}

// TestUntitledFirstNameFormIsTheListedOfficial: an untitled name whose
// first name shares the first three letters or the ending of a listed
// official's of that surname (untitledFirstNameForm) is the official where
// the lists hold no other official of that surname in office on the date,
// or the article's other mentions resolve to the official (onlyHolderOf,
// namesOfficial): "Chris Coons" was a node apart from Senator Christopher
// Coons (whitehouse-46575), "Jerry Nadler" from Jerrold Nadler
// (whitehouse-49283), and "Chris Murphy" from the "Senator Murphy" of the
// same briefing (whitehouse-55062); the text's "Laura" alone is then
// Lauren Underwood's as it was "Laura Underwood"'s (shortFormNames'
// textFirst, whitehouse-50522). The guards: a first name that fits an
// official among other officials of that surname the article does not name
// ("Charlie Brown", five Browns in office), and a first name of another
// person's ("Christine Hill" is no Ambassador Christopher Hill).
func TestUntitledFirstNameFormIsTheListedOfficial(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"the sole Coons (whitehouse-46575)", "And to my good friend Chris Coons — two things I tell everybody about Chris Coons you got to know: One, he’s smarter than you.",
			"person:chris-coons", "person:christopher-coons"},
		{"the sole Nadler (whitehouse-49283)", "And Jerry Nadler, a great friend and a great congressman. And Brian Fitzpatrick.",
			"person:jerry-nadler", "person:jerrold-nadler"},
		{"the titled Murphy of the same briefing (whitehouse-55062)", "Q Great. So, on the subject of guns, the President had a meeting with Chris Murphy, but he didn’t speak to the public today.\n\nMS. JEAN-PIERRE: The President received an update from Senator Murphy on the state of negotiations on Capitol Hill.",
			"person:chris-murphy", "person:christopher-murphy"},
		{"the text's first name alone follows the renamed name (whitehouse-50522)", "And also, Congressman Pete DeFazio. (Applause.)\n\nAnd Laura Underwood — where’s Laura? There she is, right there — right in front.",
			"person:laura", "person:lauren-underwood"},
		// guards
		{"one Brown of five in office (guard)", "And Charlie Brown was there with his dog, and we all laughed.",
			"person:charles-brown", "person:charlie-brown"},
		{"another first name (guard)", "And Christine Hill of the review commission spoke next.",
			"person:christopher-hill", "person:christine-hill"},
	})
}
