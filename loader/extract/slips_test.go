package extract

import "testing"

// TestSpeakerSlips: a name a speaker corrects at once (a dash, "or", "I
// mean", "excuse me", "sorry") is no one the text speaks of; the corrected
// name is found, and a correction to the same person, or a dash before
// anything else, leaves the name alone.
func TestSpeakerSlips(t *testing.T) {
	wh := "https://www.whitehouse.gov/x"
	checkPeople(t, []peopleCase{
		{"'— or' and the right title", wh, "2021-06-07",
			"MR. SULLIVAN: So, President Biden and President Johnson — or Prime Minister Johnson — have had a couple of calls.",
			map[string]string{"Joe Biden": "US", "Boris Johnson": "GB"}},
		{"'— I mean,' and another person", wh, "2022-06-01",
			"So when President Macron — I mean, Chancellor Scholz — called, we talked about energy.",
			map[string]string{"Olaf Scholz": "DE"}},
		{"'— excuse me,'", wh, "2022-06-01",
			"As Prime Minister Kishida — excuse me, Foreign Minister Hayashi — said, the alliance is strong.",
			map[string]string{"Yoshimasa Hayashi": "JP"}},
		{"an untitled name corrected to a titled one", wh, "2022-06-01",
			"So Roger Carstens — I mean, Special Envoy Hady Amr — called the family.",
			map[string]string{"Hady Amr": "US"}},
		// guards
		{"the slip's person named elsewhere stays (guard)", wh, "2022-06-01",
			"President Macron spoke today. Later President Macron — I mean, Chancellor Scholz — called.",
			map[string]string{"Emmanuel Macron": "FR", "Olaf Scholz": "DE"}},
		{"a dash before a clause, no correction (guard)", wh, "2022-06-01",
			"Chancellor Scholz — or so he said — will call President Macron.",
			map[string]string{"Olaf Scholz": "DE", "Emmanuel Macron": "FR"}},
	})
}
