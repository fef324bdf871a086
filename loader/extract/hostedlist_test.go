package extract

import (
	"slices"
	"strings"
	"testing"
)

// The probe is whitehouse-55889, an open chair's summary, cut to its first
// sentence and the head of its list of participants; the guards change one
// thing each.

func TestHostedGatheringTakesItsParticipantList(t *testing.T) {
	const (
		title   = "Chair’s Summary of the Major Economies Forum on Energy and Climate Held by President Joe Biden"
		opening = "On June 17, 2022, President Biden convened his third Major Economies Forum on Energy and Climate (MEF) to build on the progress achieved at COP 26 by further strengthening climate action."
		list    = "\n\nParticipants included:\n\nHis Excellency Alberto Fernández, President of the Argentine Republic\n\nThe Honorable Anthony Albanese MP, Prime Minister of Australia\n\nHis Excellency Olaf Scholz, Chancellor of the Federal Republic of Germany\n\nThe Honorable Joseph R. Biden, Jr., President of the United States of America"
		leaders = "Alberto Fernández + Anthony Albanese + Joe Biden + Olaf Scholz"
	)
	cases := []struct {
		name, title, text string
		want              []string
	}{
		{"the forum the headline's president convened, with its list of participants",
			title, opening + list, []string{"summit held 2022-06-17: " + leaders}},
		{"no gathering hosted before the list (guard)",
			title, "On June 17, 2022, President Biden spoke about climate action." + list, nil},
		{"a hosting verb with no occasion after it (guard)",
			title, "On June 17, 2022, President Biden convened leaders to build on the progress achieved at COP 26." + list, nil},
		{"a list of one party's officials (guard)",
			title, opening + "\n\nParticipants included:\n\nThe Honorable Antony J. Blinken, Secretary of State\n\nThe Honorable John Kerry, Special Presidential Envoy for Climate", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingsOf(t, Article{Date: "2022-06-18", Source: "whitehouse.gov", Title: c.title, Text: c.text})
			if !slices.Equal(got, c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}
