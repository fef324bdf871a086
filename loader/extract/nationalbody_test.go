package extract

import "testing"

// TestBodyNamedWithItsNationalityIsOneOrganisation probes sentences of the
// open corpus that name a state's body with its nationality (whitehouse-23775,
// usdos-245533, usdos-357025, usdos-324249, whitehouse-22139, whitehouse-18471):
// the body is an organisation, whole, where before the lists' nationality
// dropped it (or, joined over "and", cut it off: "National Defense and
// Security Forces"). Each fails without orgOverlaps. The guards keep a country's own government or land
// (usdos-261753, whitehouse-18443) and a nationality before a title or a
// common noun out of any organisation.
func TestBodyNamedWithItsNationalityIsOneOrganisation(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"a national police", "We have provided $312 million in assistance between 2010-2020 alone to strengthen law enforcement and the capacity of the Haitian National Police to maintain peace and stability, and to respond effectively to civil unrest while respecting human rights.",
			[]string{"Haitian National Police"}, nil},
		{"its acronym joins it", "We support the capacity of the Haitian National Police. As a direct result of support to the HNP School, trained officers increased from less than 10,000 in 2010 to nearly 15,000 officers today.",
			[]string{"Haitian National Police"}, []string{"HNP"}},
		{"armed forces", "Department of State and the Lebanese Armed Forces held their inaugural Defense Resourcing Conference on May 21, 2021.",
			[]string{"Lebanese Armed Forces"}, nil},
		{"an authority", "The second element of that statement deals with the summary of the investigations – that is to say, the summary of the Israeli, the IDF, and the Palestinian Authority, the PA, investigations that have been undertaken to date that the U.S. has seen.",
			[]string{"Palestinian Authority"}, nil},
		{"a ministry", "The Russian Ministry of Defense announced the exercises on Tuesday.",
			[]string{"Russian Ministry of Defense"}, nil},
		{"joined over and", "Abdullah Abdullah to the White House to discuss enduring United States support, including through security assistance to the Afghan National Defense and Security Forces, development and humanitarian assistance to support the Afghan people, and diplomatic engagement in support of peace.",
			[]string{"Afghan National Defense and Security Forces"}, []string{"National Defense and Security Forces", "Afghan National Defense"}},
		{"joined over and, no article", "Mr. Sullivan outlined U.S. plans to continue security assistance to Afghan National Defense and Security Forces, as well as civilian assistance to help the Afghan people.",
			[]string{"Afghan National Defense and Security Forces"}, []string{"Security Forces", "National Defense and Security Forces"}},
		// guards
		{"a country's government", "But I would say that we definitely – we certainly intend to continue our relationship with the Afghan Government, to look for ways to reinforce the long-term goals we have, which includes Afghanistan’s economic development and long-term prosperity, of course.",
			nil, []string{"Afghan Government", "Government"}},
		{"a land", "The American Jobs Plan will invest $2 billion to expand the development and rehabilitation of affordable housing, build supportive infrastructure, and spur green, climate resilient community development in Indian Country.",
			nil, []string{"Indian Country"}},
		{"a nationality before officials", "Afghan officials and Haitian police met the delegation.",
			nil, []string{"Afghan", "Haitian"}},
	})
}
