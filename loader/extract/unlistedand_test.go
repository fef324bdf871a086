package extract

import (
	"strings"
	"testing"
)

// TestOrganisationNameNoListHoldsStaysWhole probes sentences of the open
// corpus whose organisation no list holds and the recogniser cut at "and"
// or at a comma (usdos-324927, whitehouse-21673, whitehouse-20879,
// usdos-310785, usdos-312224, whitehouse-57811, whitehouse-22195, whitehouse-19637 twice,
// whitehouse-18471: nationalbody_test.go keeps its nationality): the joined name is an organisation now and the cut one
// is none (usdos-344754 and usdos-261991 too). Each fails without
// joinUnlistedAnd. The guards, from the same
// corpus, name two bodies or a body and something else joined by "and",
// which stay apart (whitehouse-55536, whitehouse-22615, whitehouse-19417,
// usdos-326746, whitehouse-46959, whitehouse-23161, whitehouse-57256,
// whitehouse-53639, whitehouse-24447, usdos-248182).
func TestOrganisationNameNoListHoldsStaysWhole(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"a bureau's list with a serial comma", "Agency for International Development (USAID) and more than $23 million from the State Department’s Bureau of Population, Refugees, and Migration (PRM).",
			[]string{"Bureau of Population, Refugees, and Migration"}, []string{"Bureau of Population"}},
		{"a bureau's list without one", "Gun dealers across the country are regulated by federal law that is enforced by the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF).",
			[]string{"Bureau of Alcohol, Tobacco, Firearms and Explosives"}, []string{"Bureau of Alcohol"}},
		{"a council's qualifier before and", "One of the most significant outcomes of this meeting and a very important initiative that will serve as a platform for U.S.-EU cooperation in the years ahead will be the launch of a Trade and Technology Council.",
			[]string{"Trade and Technology Council"}, []string{"Technology Council"}},
		{"the far side ends in Affairs", "On January 29 and 30, Special Representative for the Democratic People’s Republic of Korea (DPRK) Sung Kim held calls with Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi Takehiro and ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk.",
			[]string{"Korean Peninsula Peace and Security Affairs"}, []string{"Korean Peninsula Peace"}},
		{"two coordinations in one name", "Assistant Secretary for the Bureau of Oceans and International Environmental and Scientific Affairs Monica Medina will travel to France, February 8-11, to participate in the One Planet Summit for the Ocean (One Ocean Summit), sponsored by the Government of France.",
			[]string{"Bureau of Oceans and International Environmental and Scientific Affairs"}, []string{"Bureau of Oceans", "International Environmental", "Bureau of Oceans and International Environmental"}},
		{"a bank for a noun and another", "L. Felice Gorordo, of Florida, to be United States Alternate Executive Director of the International Bank for Reconstruction and Development for a term of two years, vice Erik Bethel, resigned.",
			[]string{"International Bank for Reconstruction and Development"}, []string{"International Bank for Reconstruction"}},
		{"a given name before and", "Previously, Mildred served as a senior policy officer with the Bill and Melinda Gates Foundation; senior advisor at the United States Department of State/United States Agency for International Development.",
			[]string{"Bill and Melinda Gates Foundation"}, []string{"Melinda Gates Foundation"}},
		{"a division's qualifier before and", "Prior to joining the Heller School in August 2017, he served as Administrator of the Wage and Hour Division at the United States Department of Labor under President Obama from 2014 to 2017.",
			[]string{"Wage and Hour Division"}, []string{"Hour Division"}},
		{"a bureau's list of two words", "She also was Deputy Director of the Department’s Operations Center, and Director of the Office of Multilateral and Global Affairs in the Bureau of Democracy, Human Rights and Labor.",
			[]string{"Bureau of Democracy, Human Rights and Labor", "Office of Multilateral and Global Affairs"}, []string{"Bureau of Democracy", "Office of Multilateral"}},
		{"a place after the list", "According to the latest National Survey on the Dynamics of Household Relationships (ENDIREH), carried out in 2016 by the National Institute of Geography and Statistics in Mexico, it is estimated that 59 percent of Indigenous women have experienced some type of violence.",
			[]string{"National Institute of Geography and Statistics"}, []string{"National Institute of Geography"}},
		{"after a listed department", "On January 4, 2021, former Secretary of State Pompeo convened an independent Accountability Review Board (ARB) to review the facts and circumstance surrounding the murder of Mr. Edgar Flores Santos, a U.S. Department of Agriculture Animal and Plant Health Inspection Service (USDA/APHIS) Locally Employed (LE) Staff member in Tijuana, Mexico that occurred on September 30, 2020.",
			[]string{"Department of Agriculture", "Animal and Plant Health Inspection Service"}, []string{"Plant Health Inspection Service", "Agriculture Animal and Plant Health Inspection Service"}},
		// guards: two names, or a name and a law, stay apart
		{"a court and a practice group", "Prior to joining the Department of Justice, Mr. Garcia was a partner in the Supreme Court and Appellate Practice Group at O’Melveny and Myers LLP, where he worked from 2013 to 2022.",
			nil, []string{"Supreme Court and Appellate Practice Group"}},
		{"the guard and the air force", "When needed, DOD is able to provide aviation support through National Guard and Air Force Reserve C-130 crews and helicopter transport crews and equipment to support medical evacuation or water drops for fire response.",
			nil, []string{"National Guard and Air Force"}},
		{"two companies", "KinderCare and Learning Care Group locations across the country will offer free, drop-in appointments to any parent or caregiver who needs support to get vaccinated or recover from vaccination.",
			nil, []string{"KinderCare and Learning Care Group"}},
		{"an acronym and a listed body", "The USCG and State Department support Colombia’s and Ecuador’s Coast Guards with Mobile Training Teams.",
			[]string{"Department of State"}, []string{"USCG and State Department"}},
		{"a law and a court", "That means ensuring fair election maps that protect the rights of Black voters to have an equitable and meaningful opportunity to elect candidates of their choice as the Voting Rights Act and Supreme Court precedent have guaranteed for decades.",
			nil, []string{"Voting Rights Act and Supreme Court"}},
		{"two schools", "She has served as a Committee Member of the Rivers School, the Meadowbrook School and Wheaton College to help address strategic issues and challenges facing their student and academic communities.",
			nil, []string{"Meadowbrook School and Wheaton College"}},
		{"an acronym's college and another", "Since the program began in October 2021, more than 320 residents have already enrolled in programs offered by the County’s training partners (including Erie 1 BOCES, Trocaire College, D’Youville University, SUNY Erie and Villa Maria College).",
			nil, []string{"SUNY Erie and Villa Maria College"}},
		{"a company and an acronym's group", "Since the beginning of 2021, the semiconductor industry has announced nearly $80 billion in new investments in the United States, including Wolfspeed’s $1 billion expansion in North Carolina; and expansions by Global Foundries and SK Group.",
			nil, []string{"Global Foundries and SK Group"}},
		{"a council and a name that goes on", "She is also a member of the Council on Foreign Relations and Women in International Security.",
			nil, []string{"Council on Foreign Relations and Women"}},
		{"a listed department before a list", "These designations are made under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2021.",
			nil, []string{"Department of State, Foreign Operations, and Related Programs"}},
	})
}

// TestJoinUnlistedAndBounds: the span goes on over a coordination inside
// one name, on its line, and not over one that starts a name of its own;
// the recogniser's other spans are left as they are.
func TestJoinUnlistedAndBounds(t *testing.T) {
	none := func(int, int) bool { return false }
	cases := []struct {
		name, text, span, want string
	}{
		{"a head word after and", "the Trade and Technology Council said", "Technology Council", "Trade and Technology Council"},
		{"a head word ends the far side", "the Korean Peninsula Peace and Security Affairs office", "Korean Peninsula Peace", "Korean Peninsula Peace and Security Affairs"},
		{"a list with a serial comma", "the Bureau of Population, Refugees, and Migration (PRM)", "Bureau of Population", "Bureau of Population, Refugees, and Migration"},
		{"an and-item before a title", "Director of the International Bank for Reconstruction and Development Dr. Adriana Kugler", "International Bank for Reconstruction", "International Bank for Reconstruction and Development"},
		{"a line break", "the Trade and\nTechnology Council", "Technology Council", "Technology Council"},
		{"a listed name on the far side", "the Bureau of Oceans and Department of State", "Bureau of Oceans", "Bureau of Oceans"},
		{"the far side starts with the", "the Korean Peninsula Peace and the Security Council", "Korean Peninsula Peace", "Korean Peninsula Peace"},
		{"a head word ends the near side", "the Supreme Court and Appellate Practice Group", "Appellate Practice Group", "Appellate Practice Group"},
		{"a coordination inside the span", "Assistant Secretary of State for Oceans and International Environmental and Scientific Affairs Monica Medina", "International Environmental and Scientific Affairs", "Oceans and International Environmental and Scientific Affairs"},
		{"a possessive starts the near side", "DOL’s Employment and Training Administration should", "Training Administration", "Employment and Training Administration"},
		{"a law ends the near side", "as the Voting Rights Act and Supreme Court precedent", "Supreme Court", "Supreme Court"},
		{"a lone head word", "the Department of Labor and Department of the Treasury", "Department", "Department"},
		{"a list item that is a body", "the Ministry of Defense, Ministry of Unification, and Blue House", "Ministry of Defense", "Ministry of Defense"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := strings.LastIndex(c.text, c.span)
			ws, we := joinUnlisted(c.text, s, s+len(c.span), nil, none)
			if got := c.text[ws:we]; got != c.want {
				t.Errorf("joined to %q, want %q", got, c.want)
			}
		})
	}
}
