package extract

import "testing"

// TestBareWordNotASurname probes a bare capitalised word that is a listed
// official's surname but that the text shows is a city given with its
// state, or the given name of someone it names in full (texts written for
// the probe, on the forms of batch I's whitehouse-24167 and the corpus:
// "Austin, TX" in a list of jurisdictions, "Austin Tice … Austin's release",
// "Vivian Salama … Vivian, thanks"). The guards keep the surname where a
// title, a possessive or the official's full name vouches for it.
func TestBareWordNotASurname(t *testing.T) {
	checkPeopleAmong(t, []peopleProbe{
		{"a city with its state's code", "Readout of a Meeting",
			"Mayors from these cities took part:\n\nAtlanta, GA\n\nAustin, TX\n\nBaltimore, MD", "", "Lloyd Austin"},
		{"a city with its state's name", "Readout of a Meeting",
			"The grant goes to a clinic in Austin, Texas, and to two schools.", "", "Lloyd Austin"},
		{"a private person's given name", "Statement on a Detained Journalist",
			"Austin Tice, an American journalist, was detained in 2012. We call for Austin's release.", "", "Lloyd Austin"},
		{"a reporter's given name", "Department Press Briefing",
			"MR PRICE: Let's go to Vivian Salama. QUESTION: Thanks. MR PRICE: Thanks, Vivian. Singapore is a partner.", "", "Vivian Balakrishnan"},
		// guards
		{"a title vouches (guard)", "Readout",
			"Secretary Austin met the minister in Austin, Texas.", "Lloyd Austin", ""},
		{"the official named in full, then bare (guard)", "Readout",
			"Secretary of Defense Lloyd Austin visited Austin Peay State University. Austin spoke to the cadets.", "Lloyd Austin", ""},
		{"a possessive (guard)", "Statement",
			"We condemn Putin's war, as Vladimir Kara-Murza's friends do.", "Vladimir Putin", ""},
	})
}
