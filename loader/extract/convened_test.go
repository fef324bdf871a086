package extract

import (
	"slices"
	"strings"
	"testing"
)

// The probes are sentences of open articles (whitehouse-54061,
// whitehouse-48247), cut after the verb's clause; the guards are open
// sentences with "convene" that tell no gathering of their named subjects.

func TestGatheredByConvening(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"leaders listed between dashes after 'we' convene in a city",
			"Today, we – Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – convene in Tokyo to renew our steadfast commitment.", true},
		{"leaders listed between dashes after a plural subject convened to do something",
			"Today the Quad Leaders – Prime Minister Scott Morrison of Australia, Prime Minister Narendra Modi of India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – convened to reaffirm their commitment to a free and open Indo-Pacific.", true},
		{"a tense between the subject and the verb",
			"Prime Minister Anthony Albanese of Australia and President Joe Biden of the United States will convene in Tokyo.", true},
		{"a transitive convene is the host's (guard)",
			"On June 17, 2022, President Biden convened his third Major Economies Forum on Energy and Climate (MEF) to build on the progress achieved at COP 26.", false},
		{"a transitive convene of people (guard)",
			"Secretary of Transportation Pete Buttigieg plans to convene Quad Transportation Ministers and relevant stakeholders.", false},
		{"a passive (guard)",
			"President, this council was convened today to discuss the implementation of the Minsk Agreements.", false},
		{"a relative clause's verb, whose object is the gathering (guard)",
			"We were disappointed that China did not – chose not to attend the ministerial that Secretary Blinken convened in New York in May.", false},
		{"a subject with no name (guard)",
			"Today in Tokyo, we convene for our fourth meeting, and our second in person.", false},
		{"a dash aside that names no one (guard)",
			"Today the Quad Leaders – all four of them – convened to reaffirm their commitment.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, s := oneSentence(t, c.text, false)
			got := false
			for i := s.t0; i < s.t1; i++ {
				if convenedForms[d.toks[i].key] {
					got = got || gatheredByConvening(d, i, s.t1)
				}
			}
			if got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestConvenedLeadersMeet(t *testing.T) {
	quad := "Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States"
	four := "Anthony Albanese + Fumio Kishida + Joe Biden + Narendra Modi"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"listed leaders who convene in a city meet there",
			"Today, we – " + quad + " – convene in Tokyo to renew our steadfast commitment to a free and open Indo-Pacific that is inclusive and resilient.",
			[]string{"meeting held 2022-05-24: " + four}},
		{"a list of leaders between commas convened",
			quad + " convened in Tokyo to renew our steadfast commitment to a free and open Indo-Pacific.",
			[]string{"meeting held 2022-05-24: " + four}},
		{"leaders who will convene plan to meet",
			quad + " will convene in Tokyo next week.",
			[]string{"meeting planned 2022: " + four}},
		{"the host's forum convened with one leader named is no meeting (guard)",
			"On June 17, 2022, President Biden convened his third Major Economies Forum on Energy and Climate (MEF) to build on the progress achieved at COP 26.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingsOf(t, Article{Date: "2022-05-24", Source: "whitehouse.gov", Title: "Quad Joint Leaders’ Statement", Text: c.text})
			if !slices.Equal(got, c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}
