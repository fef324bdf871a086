package extract

import "testing"

// TestWelcomesOwnedThing probes "welcome" before a titled person's
// possessive and a lower-case noun (sentences cut from open articles): the
// welcomer welcomes the owner's visit or appointment, and meets no one by
// it (whitehouse-18219's headline, "Remarks by President Biden and H.E. Moon
// Jae-in …", is cut to Moon: the two speakers meet by the headline alone,
// jointRemarks). A person welcomed, a state's thing that dates the next sentence's
// ceremony, and the sentence's other encounters are left as they were.
func TestWelcomesOwnedThing(t *testing.T) {
	readout, _ := probeArticles("2021-06-30")
	cases := []meetingProbe{
		{"welcomed a titled person's visit to a third country (whitehouse-22727)", readout("Statement by NSC Spokesperson Emily Horne",
			"National Security Advisor Jake Sullivan spoke by phone today with Crown Prince Mohammed bin Zayed, expressing appreciation for the United Arab Emirates’ (UAE) work to promote a ceasefire. "+
				"Mr. Sullivan also welcomed Israeli Foreign Minister Lapid’s historic visit to the UAE to open the new Israeli embassy in Abu Dhabi and consulate in Dubai."),
			[]string{"call held 2021-06-30: Jake Sullivan + Mohammed bin Zayed Al Nahyan"}},
		{"a speaker welcomes a president's appointment of an envoy (whitehouse-18219)", readout("Remarks by H.E. Moon Jae-in, President of the Republic of Korea at Press Conference",
			"PRESIDENT MOON: (As interpreted.) Thank you. Moreover, I welcome President Biden’s appointment of Ambassador Sung Kim as Special Representative for North Korea Policy."),
			nil},
		// guards
		{"a person welcomed to the White House (whitehouse-20275's form)", readout("Statement by Press Secretary Jen Psaki",
			"President Biden looks forward to welcoming Israeli President Reuven Rivlin to the White House on June 28, 2021."),
			[]string{"meeting planned 2021-06-28: Joe Biden + Reuven Rivlin"}},
		{"a titled person's aide welcomed, a capital after the possessive (written for the probe)", readout("Readout",
			"Secretary of State Antony J. Blinken welcomed President Zelenskyy’s Chief of Staff Andriy Yermak to the State Department today."),
			[]string{"meeting held 2021-06-30: Andriy Yermak + Antony Blinken"}},
		{"a state's signing dates the ceremony told next (usdos-360291)", readout("Kingdom of Saudi Arabia Signs the Artemis Accords",
			"The United States welcomes Saudi Arabi’s signing of the Artemis Accords on June 28, affirming its commitment to safe, sustainable, and responsible space exploration. "+
				"Mohammed Saud al-Tamimi, CEO of the Saudi Space Commission, signed the Accords on behalf of the Kingdom of Saudi Arabia and was joined during a virtual ceremony by Her Royal Highness Princess Reema bint Bandar bin Sultan bin Abdulaziz Al Saud, Ambassador to the United States, and Martina Strong, Chargé d’Affaires for the United States Embassy in Riyadh."),
			[]string{"call held 2021-06-28: Martina Strong + Reema bint Bandar bin Sultan bin Abdulaziz Al Saud"}},
	}
	checkProbes(t, cases, nil)
}
