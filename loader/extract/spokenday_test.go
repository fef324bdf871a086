package extract

import (
	"testing"
	"time"
)

func TestSpokenDay(t *testing.T) {
	pub := time.Date(2021, 7, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, text, want string
	}{
		{"a call of the evening before", "Via Teleconference\n\n(July 14, 2021)\n\n2:53 P.M. EDT\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you.", "2021-07-14"},
		{"place lines before it", "Cincinnati/Northern Kentucky International Airport\n\nCincinnati, Ohio\n\n(July 13, 2021)\n\n10:15 P.M. EDT\n\nTHE PRESIDENT: Hello.", "2021-07-13"},
		{"in flight", "Aboard Air Force One\n\nEn Route Anchorage, Alaska\n\n(July 14, 2021)\n\n3:35 P.M. EDT\n\nMS. JEAN-PIERRE: Hi.", "2021-07-15"},
		{"the article's own day", "South Lawn\n\n(July 15, 2021)\n\nQ Mr. President?", "2021-07-15"},
		{"too long before", "Via Teleconference\n\n(July 10, 2021)\n\nMODERATOR: Thanks.", "2021-07-15"},
		{"after the article's day", "Via Teleconference\n\n(July 16, 2021)\n\nMODERATOR: Thanks.", "2021-07-15"},
		{"in a sentence, not on its own line", "The call (July 14, 2021) was short.", "2021-07-15"},
		{"after a speaker's turn", "MODERATOR: Thanks, everyone.\n\n(July 14, 2021)\n\n", "2021-07-15"},
		{"after a sentence", "Secretary Blinken met the Foreign Minister of Germany in Berlin on the day before.\n\n(July 14, 2021)\n", "2021-07-15"},
		{"no date in the parenthesis", "Via Teleconference\n\n(As Prepared for Delivery)\n\n", "2021-07-15"},
		{"no dateline", "President Biden will welcome Chancellor Merkel tomorrow.", "2021-07-15"},
	} {
		if got := dayOf(spokenDay(c.text, pub)); got != c.want {
			t.Errorf("%s: spokenDay = %s, want %s", c.name, got, c.want)
		}
	}
}

// A background call of July 14 published under July 15: its "tomorrow" is
// the visit of July 15, and its held "today" is July 14.
func TestTranscriptRelativeDaysAreItsDatelines(t *testing.T) {
	res, err := Extract(Article{ID: "dl", Date: "2021-07-15", Title: "Background Press Call on the Visit of Chancellor Merkel of Germany",
		Text: "Via Teleconference\n\n(July 14, 2021)\n\n2:53 P.M. EDT\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you. " +
			"Tomorrow, President Biden will host German Chancellor Angela Merkel for a dinner at the White House. " +
			"Earlier today, President Biden spoke with President Emmanuel Macron of France."})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range res.Meetings {
		got[m.Participants[len(m.Participants)-1]+" "+m.Status] = m.Date
	}
	if got["Angela Merkel planned"] != "2021-07-15" || got["Emmanuel Macron held"] != "2021-07-14" {
		t.Errorf("meetings %v: want Merkel planned 2021-07-15 and Macron held 2021-07-14", got)
	}
}
