package extract

import (
	"slices"
	"testing"
)

// TestSummitSpeechLeavesThePrincipalsItSpeaksOf: a summit speech's
// sentence with "you" addresses the officials it names, except those named
// after "of" or "by" (spokenOf), whom it speaks of: the Bahraini minister's
// king and crown prince were not at the Negev summit (usdos-328858, cut
// short); the ministers thanked are (guards), and so is an "of" inside a
// title ("Secretary of State Tony Blinken").
func TestSummitSpeechLeavesThePrincipalsItSpeaksOf(t *testing.T) {
	text := "MODERATOR: Good afternoon, Excellencies, ladies and gentlemen. We are starting now the last chapter of the Negev Summit, which are the press statements by all six foreign ministers.\n\n" +
		"FOREIGN MINISTER LAPID: Thank you, my friend Secretary of State Tony Blinken, Foreign Minister Sheikh Abdullah bin Zayed, Foreign Minister Abdullatif Al Zayani, Foreign Minister Sameh Shoukry, and Foreign Minister Nasser Bourita.\n\n" +
		"FOREIGN MINISTER AL ZAYANI: Thank you. I join you here on behalf of the Kingdom of Bahrain, a nation which has always been convinced in the importance of peace, dialogue, coexistence, and mutual respect, principles which are fully reflected and embodied in the vision of His Majesty King Hamad bin Isa Al Khalifa and the policies implemented by the government led by His Royal Highness Prince Salman bin Hamad Al Khalifa.\n"
	summit := summitOf(t, Article{ID: "usdos-328858", Date: "2022-03-28", Source: "state.gov",
		Title: "Secretary Antony J. Blinken Joint Press Statements at the Conclusion of the Negev Summit", Text: text})
	for _, want := range []string{"Antony Blinken", "Yair Lapid", "Abdullah bin Zayed Al Nahyan", "Sameh Shoukry", "Nasser Bourita"} {
		if !slices.Contains(summit, want) {
			t.Errorf("summit %v, want %s in it", summit, want)
		}
	}
	for _, notWant := range []string{"Hamad bin Isa Al Khalifa", "Salman bin Hamad Al Khalifa"} {
		if slices.Contains(summit, notWant) {
			t.Errorf("summit %v holds %s, whom the speech speaks of", summit, notWant)
		}
	}
}

// TestSummitSpeechStillAddressesItsCoHosts (guards): a summit speech's
// "you" sentence still addresses the co-hosts it names, as before spokenOf.
// Names after a colon, "of course", and a name before "of Senegal" are
// addressed (whitehouse-53041's sentence); so is a name after an "of" inside
// a title ("Prime Minister of Belize Johnny Briceño", written for the probe
// after that sentence), since the "of" follows a capitalised word: that case
// fails without spokenOf's lower-case check.
func TestSummitSpeechStillAddressesItsCoHosts(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"after a colon, 'of course' and before 'of Senegal' (whitehouse-53041)",
			"And thank you, all of you, for co-hosting this very important convening: Prime Minister Briceño; the President, of course, Sall of Senegal; and Chancellor Scholz; and President Widodo.\n",
			[]string{"Kamala Harris", "Macky Sall", "Olaf Scholz", "Joko Widodo"}},
		{"after an 'of' inside a title (written)",
			"And thank you, all of you, for co-hosting this very important convening: Prime Minister of Belize Johnny Briceño; Chancellor Scholz; and President Widodo.\n",
			[]string{"Kamala Harris", "Johnny Briceño", "Olaf Scholz", "Joko Widodo"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			summit := summitOf(t, Article{ID: "probe", Date: "2022-05-12", Source: "whitehouse.gov",
				Title: "Remarks by Vice President Harris at the Global Covid-19 Summit", Text: c.text})
			for _, want := range c.want {
				if !slices.Contains(summit, want) {
					t.Errorf("summit %v, want %s in it", summit, want)
				}
			}
		})
	}
}

// summitOf is the participants of the article's last summit record, nil if none.
func summitOf(t *testing.T, a Article) []string {
	t.Helper()
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	var summit []string
	for _, m := range res.Meetings {
		if m.Kind == "summit" {
			summit = m.Participants
		}
	}
	return summit
}
