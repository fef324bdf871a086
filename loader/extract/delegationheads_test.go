package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDelegationHeadsHoldTheTalks pins delegationheads.go: talks whose two
// parties' heads a release names otherwise than "led the … delegation" are
// one held meeting of the heads. The positive texts are cut from open-corpus
// articles (usdos-328953, usdos-314689, usdos-245533, usdos-360007,
// usdos-362646) and each fails without its rule; the negatives, which fail
// without their guards, keep roundtables and plans out.
func TestDelegationHeadsHoldTheTalks(t *testing.T) {
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"a host of consultations heads their side",
			Article{Date: "2022-03-28", Source: "state.gov", Title: "U.S.-EU Consultations Underscore Shared Commitment to Human Rights",
				Text: "Today, Acting Assistant Secretary for Democracy, Human Rights, and Labor Lisa Peterson hosted the 2022 U.S.-EU Human Rights Consultations in Washington, D.C. EU Special Representative for Human Rights Eamon Gilmore led the European Union delegation for this series of meetings."},
			[]string{"meeting held 2022-03-28: Eamon Gilmore + Lisa Peterson"}},
		{"the hosts of a visiting delegation meet the officials who led it",
			Article{Date: "2022-02-15", Source: "state.gov", Title: "Counselor Chollet and Under Secretary Fernandez Meet with Bulgarian Energy Delegation",
				Text: "Counselor of the Department Derek Chollet and Under Secretary of State for Economic Growth, Energy, and the Environment Jose Fernandez hosted a high-level delegation from Bulgaria yesterday for discussions focused on energy diversification. Bulgarian Deputy Prime Minister for EU Funds and Minister of Finance Assen Vassilev and Minister of Energy Alexander Nikolov led the delegation, which met with a broad range of energy experts from across the U.S. Government."},
			[]string{"meeting held 2022-02-14: Alexander Nikolov + Assen Vassilev + Derek Chollet + Jose Fernandez"}},
		{"officials who headed their parties' delegations held the conference",
			Article{Date: "2021-05-21", Source: "state.gov", Title: "Inaugural U.S.-Lebanon Defense Resourcing Conference",
				Text: "The U.S. Department of State and the Lebanese Armed Forces held their inaugural Defense Resourcing Conference on May 21, 2021. Senior Official for Arms Control and International Security C.S. Eliot Kang headed the U.S. delegation and Lebanese Armed Forces (LAF) Commander General Joseph Aoun headed the Lebanese delegation."},
			[]string{"meeting held 2021-05-21: C.S. Eliot Kang + Joseph Aoun"}},
		{"each head of a party's delegation, named in an apposition, is at the convening",
			Article{Date: "2022-07-15", Source: "state.gov", Title: "Joint Readout of the Fourth Convening of the Trilateral Working Group",
				Text: "The White House was pleased to host the fourth convening of the Trilateral Working Group, in collaboration with the governments of Mexico and Canada. Secretary Deb Haaland, U.S. Department of the Interior, provided opening remarks as the head of the U.S. delegation, followed by The Honorable Marc Miller, Minister of Crown-Indigenous Relations and head of the Canadian Delegation, and Dr. Cristopher Ballinas Valdes, Director General for Human Rights and Democracy at the Ministry for Foreign Affairs, head of the Mexican Delegation."},
			[]string{"meeting held 2022-07-15: Cristopher Ballinas Valdes + Deb Haaland + Marc Miller"}},
		{"co-leads with long titles are both read",
			Article{Date: "2022-07-25", Source: "state.gov", Title: "U.S.-Pakistan Health Dialogue Launched",
				Text: "On Monday, July 25, 2022, the United States and Pakistan hosted the U.S.-Pakistan Health Dialogue at the U.S. Department of State in Washington, DC. The U.S. side was co-led by U.S. Agency for International Development (USAID) Assistant Administrator for Global Health Atul Gawande and U. S. Department of Health and Human Services (DHHS) Assistant Secretary for Global Affairs Loyce Pace, and included representation from Department of State. Federal Minister of National Health Services, Regulations, and Coordination Abdul Qadir Patel led the Pakistan delegation."},
			[]string{"meeting held 2022-07-25: Abdul Qadir Patel + Atul Gawande + Loyce Pace"}},
		{"the host of a roundtable heads no side",
			Article{Date: "2022-03-28", Source: "state.gov", Title: "Roundtable",
				Text: "Acting Assistant Secretary Lisa Peterson hosted a roundtable with civil society on the dialogue. EU Special Representative for Human Rights Eamon Gilmore led the European Union delegation to Geneva."},
			nil},
		{"a traveller who will be the head of a delegation holds no talks yet",
			Article{Date: "2022-02-18", Source: "state.gov", Title: "Assistant Secretary Medina’s Travel to Kenya",
				Text: "Assistant Secretary Monica Medina will travel to Kenya as the head of the U.S. delegation to the UN Environment Assembly. Kenyan Environment Minister Keriako Tobiko headed the Kenyan delegation to the last session."},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, meetingsOf(t, c.a)); diff != "" {
				t.Errorf("meetings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHeadOfDelegationGivesTheHeadsCountry checks that the apposition "head
// of the Canadian Delegation" gives its own person the country, and not a
// person whose apposition goes on to meet the head.
func TestHeadOfDelegationGivesTheHeadsCountry(t *testing.T) {
	cases := []struct {
		name, text, person, want string
	}{
		{"after the person's title and its and",
			"The Honorable Marc Miller, Minister of Crown-Indigenous Relations and head of the Canadian Delegation, spoke next.", "Marc Miller", "CA"},
		{"as the second part of the apposition",
			"Dr. Cristopher Ballinas Valdes, Director General for Human Rights and Democracy at the Ministry for Foreign Affairs, head of the Mexican Delegation, closed the session.", "Cristopher Ballinas Valdes", "MX"},
		{"a head of delegation after the apposition's verb is someone else",
			"Samantha Tyler, Special Envoy for Climate, met with the head of the Canadian Delegation.", "Samantha Tyler", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Article{Date: "2022-07-15", Source: "newswire", Title: "Working Group", Text: c.text}
			if got := countryOf(t, a, c.person); got != c.want {
				t.Errorf("%s: country %q, want %q", c.person, got, c.want)
			}
		})
	}
}
