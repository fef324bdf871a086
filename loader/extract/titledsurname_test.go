package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTitledSurnameIsTheNamesakeInThatOffice probes a titled surname that
// the lists give to another office's holder (texts written for the probe):
// "FOREIGN MINISTER AL-SABAH" is the one Al-Sabah the text names in full as
// Foreign Minister, not the Prime Minister Al-Sabah the lists know and the
// text names later; without a namesake in the office, the lists' holder.
func TestTitledSurnameIsTheNamesakeInThatOffice(t *testing.T) {
	const title = "Secretary Antony J. Blinken And Kuwaiti Foreign Minister Sheikh Dr. Ahmed Nasser Al-Mohammed Al-Sabah At a Joint Press Availability"
	cases := []struct {
		name, title, text string
		want, notWant     string // the participant of the encounter the label's speaker tells of, and not
	}{
		{"the namesake the title names in that office", title,
			"FOREIGN MINISTER AL-SABAH: I would like to welcome my friend, Secretary Antony Blinken, in his first visit to Kuwait. " +
				"We were honored to meet his highness the prime minister, Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah.",
			"Ahmed Nasser Al-Mohammed Al-Sabah", "Sabah Al-Khaled Al-Hamad Al-Sabah"},
		// guard: no namesake in the office, so the lists' holder of the title
		{"the lists' holder of the office", "Readout",
			"Secretary Blinken met with Prime Minister Al-Sabah in Kuwait City. The Prime Minister's brother, Jaber Al-Sabah, attended.",
			"Sabah Al-Khalid Al-Sabah", "Jaber Al-Sabah"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{Date: "2021-07-29", Source: "state.gov", Title: c.title, Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range res.Meetings {
				if !strings.Contains(c.text, m.Evidence.Sentence) || !slices.Contains(m.Participants, "Antony Blinken") {
					continue
				}
				if !slices.Contains(m.Participants, c.want) || slices.Contains(m.Participants, c.notWant) {
					t.Errorf("participants %v: want %q among them and not %q", m.Participants, c.want, c.notWant)
				}
				return
			}
			t.Errorf("no encounter of Blinken's in the text (%v)", res.Meetings)
		})
	}
}
