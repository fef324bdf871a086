package ner

import "testing"

// An Arabic name's last parts open with a particle in lower case
// ("al-Sadr", "el-Zour"), which the tagger leaves out, so that "Muqtada"
// and "Sultan" were half names (ents37: 11 open articles change, 6 people
// and a place whole, 6 bodies whole but still typed person or place).
// Probes cut from open articles, tagged as the model tags them, fail
// without arabicParticlesAfter; the guards keep a particle without a
// hyphen, one that a tagged name follows, and one in a new sentence.
func TestAnArabicParticleEndsTheName(t *testing.T) {
	tests := []nameProbe{
		{"But Muqtada al-Sadr recently announced that he is not taking part in the elections.", // usdos-260638
			map[string]uint8{"Muqtada": tagBPer}, []string{"person Muqtada al-Sadr"}},
		{"They asked their respective climate envoys, John Kerry and Sultan al-Jaber, to explore new opportunities.", // whitehouse-57737
			map[string]uint8{"John": tagBPer, "Kerry": tagIPer, "Sultan": tagBPer}, []string{"person John Kerry", "person Sultan al-Jaber"}},
		{"It was an attack targeting U.S. military base in the Deir el-Zour, in Syria.", // whitehouse-23341
			map[string]uint8{"Deir": tagBPlace, "Syria": tagBPlace}, []string{"place Deir el-Zour", "place Syria"}},
		// guards
		{"The Department of State is designating Katibat al Tawhid wal Jihad (KTJ).", // usdos-321599
			map[string]uint8{"Katibat": tagBOrg}, []string{"organization Katibat"}},
		{"We met Sultan al-Jaber today.", map[string]uint8{"Sultan": tagBPer, "al-Jaber": tagBPer},
			[]string{"person Sultan"}}, // a tagged particle starts a name of its own, which trimToCore drops
		{"We met Sultan. al-Jaber came later.", map[string]uint8{"Sultan": tagBPer},
			[]string{"person Sultan"}},
	}
	for _, tt := range tests {
		checkNames(t, tt)
	}
}
