package extract

import (
	"slices"
	"testing"
)

// TestAListedPlaceInsideALongerNameIsNoPlace probes listed places that are a
// word of a person's, a company's, a prize's or a school's name (health41:
// "Douglas" and "Stanley" gave 32 open place records, most wrong): no place.
// Each probe fails without placesInNames (its call in buildEntities taken
// out). The guards keep a place beside a person's name it is no part of, an
// office it qualifies, a dateline, a question's subject and a place with its
// state.
func TestAListedPlaceInsideALongerNameIsNoPlace(t *testing.T) {
	cases := []struct {
		name, id, date, text string
		place                string
		want                 bool
	}{
		{"a person's first name", "whitehouse-26633", "2021-08-10",
			"Mr. Douglas Emhoff, Second Gentleman of the United States, will lead the delegation.", "place:douglas", false},
		{"a person's surname after a middle initial", "whitehouse-26821", "2021-08-03",
			"Marc R. Stanley, of Texas, to be Ambassador Extraordinary and Plenipotentiary of the United States of America to the Argentine Republic.", "place:stanley", false},
		{"a foreign minister's first name", "usdos-346147", "2022-05-19",
			"Deputy Secretary Sherman met with a Zambian government delegation that included Foreign Minister Stanley Kakubo, Secretary of the Treasury Felix Nkulukusa, and interim National Security Advisor Dr. Vernon Mwaanga.", "place:stanley", false},
		{"a company's name", "whitehouse-21071", "2021-06-15",
			"Earlier, Nides was Morgan Stanley’s Chief Administrative Officer, Chief Operating Officer and Secretary of the Board.", "place:stanley", false},
		{"a trophy's name", "whitehouse-24519", "2021-07-20",
			"I tell you, you know, the Stanley Cup and — in addition to the Super Bowl.", "place:stanley", false},
		{"a school's name", "whitehouse-47182", "2022-02-14",
			"On February 14th, 2018, a gunman stole the lives of 14 students and 3 educators at Marjory Stoneman Douglas High School in Parkland, Florida.", "place:douglas", false},
		// guards
		{"a state before its governor's name", "whitehouse-22863", "2021-06-30",
			"The President met with governors.\n\nGovernor of Utah Spencer Cox\n\nGovernor of Washington Jay Inslee", "place:utah", true},
		{"a state before an office", "whitehouse-57037", "2022-07-08",
			"Washington Governor Jay Inslee: “Every action to protect abortion access matters.”", "place:washington", true},
		{"a dateline", "whitehouse-56284", "2022-06-25",
			"Aboard Air Force One\nEn Route Munich, Germany\n\nMS. JEAN-PIERRE: Hello, everyone.", "place:munich", true},
		{"a question's subject", "whitehouse-46845", "2022-02-07",
			"Q Is Kyiv wrong, then, on this?", "place:kyiv", true},
		{"a city with its state", "whitehouse-47182", "2022-02-14",
			"On February 14th, 2018, a gunman stole the lives of 14 students and 3 educators at Marjory Stoneman Douglas High School in Parkland, Florida.", "place:parkland", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{ID: c.id, Date: c.date, Source: "whitehouse.gov", Title: "Statement", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range res.Entities {
				ids = append(ids, e.ID)
			}
			if slices.Contains(ids, c.place) != c.want {
				t.Errorf("entities %v: %s present %v, want %v", ids, c.place, !c.want, c.want)
			}
		})
	}
}

// TestANamesPlaceWordStaysWhereTheArticleNamesThePlace: where the article
// names the place on its own too, the word inside a name keeps its mention
// (placesInNames' free set): both "Washington"s are the place's mentions. It
// fails with the free set left out (one mention).
func TestANamesPlaceWordStaysWhereTheArticleNamesThePlace(t *testing.T) {
	text := "The team will travel to Washington, D.C. Officials met at the Washington Post."
	res, err := Extract(Article{ID: "whitehouse-23569", Date: "2021-07-19", Source: "whitehouse.gov", Title: "Statement", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	mentions := 0
	for _, e := range res.Entities {
		if e.ID == "place:washington" {
			mentions = len(e.Mentions)
		}
	}
	if mentions != 2 {
		t.Errorf("place:washington has %d mentions, want 2 (the city's and the name's)", mentions)
	}
}
