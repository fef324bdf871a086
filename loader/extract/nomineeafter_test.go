package extract

import "testing"

// TestNomineeAfterTheOffice probes nominees' headings that put "nominee"
// after the office (open White House releases): the person is the office's
// nominee, with its district, as "to be United States Attorney for the
// District of …" already read (fails without nomineeAfterOffice: the role
// was "Attorney"). Guard: an office with no "nominee for" after it is held.
func TestNomineeAfterTheOffice(t *testing.T) {
	wh := "The White House Briefing Room"
	title := "President Biden Announces Eight New Nominees to Serve as U.S. Attorneys"
	checkPersonProbes(t, []personProbe{
		{name: "U.S. Attorney nominee for (whitehouse-26797)", source: wh, title: title,
			text:   "Damian Williams, U.S. Attorney nominee for the Southern District of New York\n\nDamian Williams is an Assistant United States Attorney.",
			person: "Damian Williams", country: "US", role: "Nominee for Attorney for the Southern District of New York"},
		{name: "United States Attorney Nominee for (whitehouse-54936)", source: wh, title: title,
			text:   "Natalie K. Wight, United States Attorney Nominee for the District of Oregon\n\nNatalie K. Wight is a federal prosecutor.",
			person: "Natalie Wight", country: "US", role: "Nominee for Attorney for the District of Oregon"},
		// guard
		{name: "an office held (guard)", source: wh, title: "Statement",
			text:   "Gina Raimondo, Secretary of Commerce, spoke at the event.",
			person: "Gina Raimondo", country: "US", role: "Secretary of Commerce"},
	})
}
