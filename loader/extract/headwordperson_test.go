package extract

import "testing"

// A head word left alone ("the Hill", "the Board", "Justice Department"'s
// "Department" after the title word) is no person, as it is no place or
// organisation: 246 mentions in 120 open articles, all Capitol Hill, The
// Hill, boards, assemblies and the like. Probes cut from open articles; the
// guards keep a surname that is a head word where the article names the
// person in full, and a person's own name.
func TestAHeadWordAloneIsNoPerson(t *testing.T) {
	checkEntityProbes(t, "whitehouse.gov", []entityProbe{
		{"whitehouse-19177", "We know there are proposals on the Hill being introduced, and we believe that it is more productive to work collaboratively with Congress to develop and build consensus around the specific policies that achieve his broad goals.",
			"person:hill", ""},
		{"whitehouse-52885", "We heard from Mitch McConnell on the Hill a short time ago saying the Republicans don’t want, in his words, “extraneous items to be included.”",
			"person:hill", "person:mitch-mcconnell"},
		{"usdos-261991", "George M. Staples served as Chair of the Board. Board members included Ambassador Ruth Davis.",
			"person:board", "person:george-m-staples"},
		// guards
		{"a surname the article gives in full (guard)", "Christine Hill joined the panel in May. Hill said the plan would work.",
			"", "person:christine-hill"},
	})
}
