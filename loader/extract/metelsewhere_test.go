package extract

import (
	"slices"
	"testing"
)

// TestMetElsewhereIsAnEarlierEncounter probes metElsewhere and
// elsewhereEncounter: in a transcript of two, "we met" said after "after"
// or at a place other than the transcript's is their earlier encounter, a
// record of its own (undated, or on its own day) that gives the day's
// encounter neither its date nor its place. The sentences are cut from
// open articles (usdos-321784, whitehouse-20699, whitehouse-56465); the
// one cut before its place ("after we met.") probes "after" alone, which
// the open transcripts only ever say with a place the other branch reads;
// and a chance to meet with no place after it, in a transcript that names
// its own (usdos-255547), is read without a place, as "we met in COP" is
// (usdos-330557): with the checks for a missing place switched off,
// extraction panicked on each.
func TestMetElsewhereIsAnEarlierEncounter(t *testing.T) {
	article := func(date, title, text string) Article {
		return Article{Date: date, Source: "whitehouse.gov", Title: title, Text: text}
	}
	const bl, bs = "Antony Blinken + Eva-Maria Liimets", "Jens Stoltenberg + Joe Biden"
	tallinn := "Secretary Antony J. Blinken and Estonian Foreign Minister Eva-Marie Liimets After Their Meeting"
	greeting := "Remarks by President Biden and NATO Secretary General Jens Stoltenberg During Greeting"
	madrid := "Remarks by President Biden and NATO Secretary General Jens Stoltenberg | Madrid, Spain"
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"we just met elsewhere on a day of its own", article("2022-03-08", tallinn,
			"Antony J. Blinken, Secretary of State\n\nTallinn, Estonia\n\nFOREIGN MINISTER LIIMETS: Dear Secretary Blinken, dear Tony, it’s really an honor for me to welcome you today in Tallinn. We just met in Washington, D.C. on the 16th of February, just on the eve of this unjustified war that we see at the moment."),
			[]string{"meeting held 2022-02-16 @Washington: " + bl, "meeting held 2022-03-08 @Tallinn: " + bl}},
		{"a week after we met in the White House, said in Brussels", article("2021-06-14", greeting,
			"NATO Headquarters\n\nBrussels, Belgium\n\n12:28 P.M. CEST\n\nSECRETARY GENERAL STOLTENBERG: Mr. President, it is great to see you again and just a week after we met in the White House."),
			[]string{"meeting held  @Washington: " + bs, "meeting held 2021-06-14 @: " + bs}},
		{"so soon after we met in the White House, said in Madrid", article("2022-06-29", madrid,
			"Institución Ferial de Madrid\n\nMadrid, Spain\n\n10:17 A.M. CEST\n\nSECRETARY GENERAL STOLTENBERG: It’s really good to see you here in Madrid so soon after we met in the White House in Washington."),
			[]string{"meeting held  @Washington: " + bs, "meeting held 2022-06-29 @Madrid: " + bs}},
		{"a week after we met, no place named: after alone tells it", article("2021-06-14", greeting,
			"NATO Headquarters\n\nBrussels, Belgium\n\n12:28 P.M. CEST\n\nSECRETARY GENERAL STOLTENBERG: Mr. President, it is great to see you again and just a week after we met."),
			[]string{"meeting held  @: " + bs, "meeting held 2021-06-14 @: " + bs}},
		// guards
		{"we met in the transcript's own place is the day's", article("2022-03-08", tallinn,
			"Antony J. Blinken, Secretary of State\n\nTallinn, Estonia\n\nFOREIGN MINISTER LIIMETS: Dear Secretary Blinken, it’s really an honor for me to welcome you today. We just met in Tallinn at the Ministry."),
			[]string{"meeting held 2022-03-08 @Tallinn: " + bl}},
		{"we met with others elsewhere is no encounter of the two", article("2021-06-14", greeting,
			"NATO Headquarters\n\nBrussels, Belgium\n\nSECRETARY GENERAL STOLTENBERG: Mr. President, it is great to see you again, a week after we met with the Allies."),
			[]string{"meeting held 2021-06-14 @: " + bs}},
		{"a month already dates the earlier one (weMet)", article("2022-03-08", tallinn,
			"Antony J. Blinken, Secretary of State\n\nTallinn, Estonia\n\nFOREIGN MINISTER LIIMETS: Dear Secretary Blinken, it’s really an honor for me to welcome you today in Tallinn. We last met in Washington in February."),
			[]string{"meeting held 2022-02 @Washington: " + bl, "meeting held 2022-03-08 @Tallinn: " + bl}},
		{"a chance to meet with no place after it, in a transcript that names its own (usdos-255547)", Article{Date: "2021-06-27", Source: "state.gov", Title: "Secretary Antony J. Blinken And Israeli Foreign Minister Yair Lapid Before Their Meeting",
			Text: "Antony J. Blinken, Secretary of State\n\nRome, Italy\n\nWestin Excelsior\n\nSECRETARY BLINKEN: Well, Foreign Minister Yair, thank you. We had an opportunity to meet actually before the change of government, when I was in Israel a few weeks ago."},
			[]string{"meeting held 2021 @: Antony Blinken + Yair Lapid", "meeting held 2021-06-27 @Rome: Antony Blinken + Yair Lapid"}},
		{"we met in a word that is no place (usdos-330557)", Article{Date: "2022-04-01", Source: "state.gov", Title: "Secretary Antony J. Blinken and Jamaican Prime Minister Andrew Holness Before Their Meeting",
			Text: "Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nThomas Jefferson Room\n\nPRIME MINISTER HOLNESS: We have to also discuss matters of climate change. We met in COP, and we had very good discussions as to how small island, developing countries could be assisted and facilitated."},
			[]string{"meeting held 2022-04-01 @Washington: Andrew Holness + Antony Blinken"}},
		{"a meeting word at a place but no 'we met' is no earlier encounter (usdos-332622)", Article{Date: "2022-04-07", Source: "state.gov", Title: "Secretary Antony J. Blinken and Japanese Foreign Minister Yoshimasa Hayashi Before Their Meeting",
			Text: "Antony J. Blinken, Secretary of State\n\nBrussels, Belgium\n\nNATO Headquarters\n\nSECRETARY BLINKEN: Well, good afternoon, everyone. It’s a great pleasure to meet my friend, the foreign minister. And this is something that will carry through to the summit in Madrid, building greater coherence, greater collaboration, greater cooperation between Europe and Asia, between NATO and Asia Pacific partners."},
			[]string{"meeting held 2022-04-07 @Brussels: Antony Blinken + Yoshimasa Hayashi"}},
		{"a reporter's we met elsewhere is no one's", article("2022-03-08", tallinn,
			"Antony J. Blinken, Secretary of State\n\nTallinn, Estonia\n\nSECRETARY BLINKEN: Thank you, Eva-Marie.\n\nQUESTION: We met in Washington after your last trip, Mr. Secretary, so what has changed since?"),
			[]string{"meeting held 2022-03-08 @Tallinn: " + bl}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := meetingLines(t, c.a, true); !slices.Equal(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}
