package extract

import "testing"

// TestDocumentsAwardsAndAddressesAreNoOrganisation probes sentences of the
// open corpus whose address, treaty, medal or agreement the recogniser
// types as an organisation (whitehouse-48063, whitehouse-47980,
// usdos-250853, whitehouse-26345, usdos-327823): none is an organisation
// now. Each fails without notOrganisation. The guards keep bodies whose
// names hold such a word but end in a body's ("North Atlantic Treaty
// Organization", "Nobel Prize Committee") and a union of states.
func TestDocumentsAwardsAndAddressesAreNoOrganisation(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"an address", "In his first State of the Union, the President will outline a unity agenda consisting of policy where there has historically been support from both Republicans and Democrats, and call on Congress to send bills to his desk to deliver progress for the American people.",
			nil, []string{"State of the Union", "First State of the Union"}},
		{"an address named whole", "In his first State of the Union Address, President Biden will highlight how our historic federal investments in infrastructure will create a visible impact in the lives of American families this year by committing to start repair on 65,000 miles of roads and 1,500 bridges.",
			nil, []string{"Union Address", "State of the Union Address", "State of the Union"}},
		{"a treaty", "These questions relate to Iran’s fundamental obligations under its comprehensive safeguard agreement with the IAEA, which is required by the Nuclear Nonproliferation Treaty or the NPT, and it’s separate – it’s a separate issue from Iran’s JCPOA commitments.",
			[]string{"IAEA"}, []string{"Nuclear Nonproliferation Treaty"}},
		{"a medal", "Today, I’m signing into law the bill you sent me that awards the Congressional Gold Medal to the United States Capitol Police, the Washington D.C.",
			nil, []string{"Congressional Gold Medal"}},
		{"an agreement", "The United States views Greece as a key partner and NATO Ally as we advance our shared goals for peace and stability in the Eastern Mediterranean, Western Balkans, Black Sea region, and beyond, strengthened by our updated Mutual Defense Cooperation Agreement.",
			[]string{"NATO"}, []string{"Mutual Defense Cooperation Agreement"}},
	})
}

// TestNotOrganisationKeepsBodies: a name that holds a document's word but
// ends in a body's, a one-word name and a union of states stay
// organisations.
func TestNotOrganisationKeepsBodies(t *testing.T) {
	for _, name := range []string{"North Atlantic Treaty Organization", "Nobel Prize Committee", "European Union",
		"Soviet Union", "Act", "Medal of Honor Society"} {
		if notOrganisation(name) {
			t.Errorf("%q read as no organisation", name)
		}
	}
	for _, name := range []string{"Union Address", "Nuclear Nonproliferation Treaty", "Southwest Asia Medals", "Welles Declaration"} {
		if !notOrganisation(name) {
			t.Errorf("%q read as an organisation", name)
		}
	}
}
