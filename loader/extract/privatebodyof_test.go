package extract

import "testing"

// TestPrivateBodyOfIsNoOffice probes appositions of the open corpus whose
// office is held "of" a body of civil society: the person is a private one
// and is left out. Each of the first five fails without the rule; the
// guards keep offices of public bodies, international organisations and
// agencies named by acronym.
func TestPrivateBodyOfIsNoOffice(t *testing.T) {
	wh, dos := "whitehouse.gov", "state.gov"
	checkPersonProbes(t, []personProbe{
		{name: "a network's president", source: wh, title: "Readout of President Biden’s Meeting With Leaders from Legacy Black Civil Rights Organizations",
			text:    "Marc Morial, President and CEO of the National Urban League\n\nReverend Al Sharpton, President of the National Action Network\n\nFrom the White House:",
			notWant: "Al Sharpton"},
		{name: "a university's president", source: wh, title: "Readout of President Biden’s Meeting with Business, University and Health Care Leaders",
			text:    "Meeting Participants\n\nDr. Wayne A. I. Frederick, President of Howard University\n\nScott Kirby, CEO of United Airlines",
			notWant: "Wayne Frederick"},
		{name: "a union's president", source: wh, title: "FACT SHEET: Biden-Harris Administration Delivers on Made in America Commitments",
			text:    "Lonnie Stephenson, International President of the International Brotherhood of Electrical Workers (IBEW) will also speak to how the Administration’s policies support good-paying jobs.",
			notWant: "Lonnie Stephenson"},
		{name: "a foundation's director", source: dos, title: "Transcript of the Transatlantic Trends 2021 Launch Event",
			text:   "Wendy R. Sherman, Deputy Secretary of State\n\nIrene Braam, Executive Director of the Bertelsmann Foundation\n\nProvided courtesy of the German Marshall Fund",
			person: "Wendy Sherman", country: "US", role: "Deputy Secretary of State", notWant: "Irene Braam"},
		{name: "a federation's president without an article", source: wh, title: "Readout of White House Roundtables with Tribal Leaders",
			text:    "Dante Desiderio, CEO of NCAI\n\nJulie Kitka, President of Alaska Federation of Natives\n\nCarol Gore, President/CEO Cook Inlet Housing Authority",
			notWant: "Julie Kitka"},
		{name: "a union's secretary treasurer (whitehouse-55878)", source: wh, title: "Readout of the White House Meeting with Labor Leaders",
			text:    "Kenny Cooper, Secretary Treasurer, International Brotherhood of Electrical Workers (IBEW)\n\nFred Redmond, Secretary Treasurer, American Federation of Labor and Congress of Industrial Organizations (AFL-CIO)",
			notWant: "Fred Redmond"},
		// guards
		{name: "a council of the government", source: wh, title: "Background Press Call on the President’s Budget",
			text:   "We will be joined by Shalanda Young, Acting Director of OMB; as well as Cecilia Rouse, Chair of the Council of Economic Advisers.",
			person: "Cecilia Rouse", country: "US", role: "Chair of the Council of Economic Advisers"},
		{name: "an international organisation's commission", source: wh, title: "Joint Statement",
			text:   "The United States and the African Union renewed our partnership by signing a memorandum between His Excellency Moussa Faki Mahamat, Chairperson of the African Union Commission, and U.S. Secretary of State Antony Blinken.",
			person: "Moussa Faki Mahamat", country: "AU", role: "Chairperson of the African Union Commission"}, // the lists complete "Chairperson" (wholeoffice.go)
		{name: "an agency named by its acronym", source: wh, title: "President Biden Announces OSTP Leadership",
			text:   "Dr. Alondra Nelson, Deputy Director of Science and Society of OSTP and Performing the Duties of Director of OSTP\n\nAlondra Nelson serves as the inaugural Deputy Director.",
			person: "Alondra Nelson", country: "US", role: "Deputy Director of Science and Society"},
		{name: "a national institute of the government", source: wh, title: "Readout of White House Meeting on Software Security",
			text:   "Other U.S. Government participants included Laurie Locascio, Director of the National Institute of Standards and Technology.",
			person: "Laurie Locascio", country: "US", role: "Director of the National Institute of Standards and Technology"}, // read on to the body (cutbody.go, roles43)
	})
}
