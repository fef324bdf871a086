package gazetteer

import "testing"

// TestSameOfficeByItsWords: the wordings of one office are one office;
// a rank, a second office or a past standing makes another (roles43).
func TestSameOfficeByItsWords(t *testing.T) {
	for _, c := range []struct {
		a, b, party string
		want        bool
	}{
		{"State Secretary", "Secretary of State", "US", true},
		{"Secretary of State of the United States", "Secretary of State", "US", true},
		{"Secretary", "Secretary of State", "US", true},
		{"Defense Secretary", "Secretary of Defense", "US", true},
		{"Secretary of the Department of Defense (DOD)", "Secretary of Defense", "US", true},
		{"Department of State Deputy Secretary", "Deputy Secretary of State", "US", true},
		{"Minister of Foreign Affairs", "Foreign Minister", "RU", true},
		{"Minister of Foreign Affairs and International Cooperation", "Foreign Minister", "AE", true},
		{"Minister of Defence", "Defense Minister", "JP", true},
		{"Secretary-General", "Secretary General", "UN", true},
		// another office
		{"President", "Vice President", "US", false},
		{"Deputy Secretary", "Secretary of State", "US", false},
		{"Minister", "Prime Minister", "IL", false},
		{"State Councilor and Foreign Minister", "Foreign Minister", "CN", false},
		{"President and African Union Assembly Chairperson", "President", "SN", false},
		{"Secretary of State", "Secretary of Defense", "US", false},
		{"Attorney", "Attorney General", "US", false},
		// a standing, not the office
		{"Former Senator", "Senator", "US", false},
		{"Nominee for Secretary of State", "Secretary of State", "US", false},
		{"President-elect", "President", "KR", false},
		{"Prime Minister-Designate", "Prime Minister", "HT", false},
		{"", "President", "US", false},
	} {
		if got := SameOffice(c.a, c.b, c.party); got != c.want {
			t.Errorf("SameOffice(%q, %q, %s) = %v, want %v", c.a, c.b, c.party, got, c.want)
		}
		if got := SameOffice(c.b, c.a, c.party); got != c.want {
			t.Errorf("SameOffice(%q, %q, %s) = %v, want %v (reversed)", c.b, c.a, c.party, got, c.want)
		}
	}
}

// TestListedOfficeIsTheTimelinesOffice: a role that is a form of the office
// the lists hold the person in on the date is that office in one wording;
// a role-less mention takes the listed office, the shortest of several;
// an office the lists do not hold then is none (roles43).
func TestListedOfficeIsTheTimelinesOffice(t *testing.T) {
	for _, c := range []struct {
		name, party, role, date, want string
		ok                            bool
	}{
		{"Antony Blinken", "US", "State Secretary", "2022-03-10", "Secretary of State", true},
		{"Antony Blinken", "US", "Secretary", "2022-03-10", "Secretary of State", true},
		{"Antony Blinken", "US", "", "2022-06-13", "Secretary of State", true},
		{"Lloyd Austin", "US", "Secretary of the Department of Defense (DOD)", "2022-02-28", "Secretary of Defense", true},
		{"Lloyd Austin", "US", "Defense Secretary", "2021-07-23", "Secretary of Defense", true},
		{"Sergey Lavrov", "RU", "Minister of Foreign Affairs", "2022-02-22", "Foreign Minister", true},
		{"Sergey Lavrov", "RU", "Foreign Minister", "2022-02-22", "Foreign Minister", true},
		{"Vladimir Putin", "RU", "", "2022-03-01", "President", true},
		{"Xi Jinping", "CN", "", "2022-03-01", "President", true},
		{"Wendy Sherman", "US", "Deputy Secretary Of State", "2021-08-04", "Deputy Secretary of State", true},
		// not the listed office, or not listed then
		{"Kamala Harris", "US", "Senator", "2022-06-15", "", false},
		{"Joe Biden", "US", "Vice President", "2022-06-01", "", false},
		{"Antony Blinken", "US", "Secretary of State", "2014-01-01", "", false},
		{"Antony Blinken", "CN", "", "2022-06-13", "", false},
		{"Jane Roe", "US", "", "2022-06-13", "", false},
		// a term listed by the year alone does not date a mention with no title
		{"Naftali Bennett", "IL", "", "2021-06-02", "", false},
		{"Naftali Bennett", "IL", "", "2022-07-14", "", false},
		{"Naftali Bennett", "IL", "Prime Minister", "2021-07-14", "Prime Minister", true},
	} {
		got, ok := ListedOffice(c.name, c.party, c.role, c.date)
		if got != c.want || ok != c.ok {
			t.Errorf("ListedOffice(%q, %s, %q, %s) = %q, %v, want %q, %v", c.name, c.party, c.role, c.date, got, ok, c.want, c.ok)
		}
	}
}

// TestListedPastOffice: an office the lists end before the date, and do
// not hold the person in on it, is past; a bare title is past only where
// holders keep it as a courtesy (roles43).
func TestListedPastOffice(t *testing.T) {
	for _, c := range []struct {
		name, party, role, date string
		want                    bool
	}{
		{"Joe Biden", "US", "Vice President", "2022-06-01", true},
		{"Barack Obama", "US", "President", "2022-02-02", true},
		{"Mike Pompeo", "US", "Secretary", "2022-02-07", true},
		{"Shinzō Abe", "JP", "Prime Minister", "2022-07-08", true},
		// held on the date, or the term not yet over at the date's precision
		{"Joe Biden", "US", "President", "2022-06-01", false},
		{"Antony Blinken", "US", "Secretary", "2022-06-01", false},
		{"Jovenel Moïse", "HT", "President", "2021-07-07", false},
		// a bare head of another kind names whatever office of the kind is held now
		{"Brian Deese", "US", "Director", "2022-03-09", false},
		// a standing already, no party, or no such term
		{"Joe Biden", "US", "Former Vice President", "2022-06-01", false},
		{"Joe Biden", "", "Vice President", "2022-06-01", false},
		{"Kamala Harris", "US", "Senator", "2022-06-15", false},
	} {
		if got := ListedPastOffice(c.name, c.party, c.role, c.date); got != c.want {
			t.Errorf("ListedPastOffice(%q, %s, %q, %s) = %v, want %v", c.name, c.party, c.role, c.date, got, c.want)
		}
	}
}

// TestOfficeWording: one wording per office, a heading's or a sentence's
// case undone, the text's other words kept.
func TestOfficeWording(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"DEPUTY SECRETARY OF STATE", "Deputy Secretary of State"},
		{"Deputy Secretary Of State", "Deputy Secretary of State"},
		{"Under Secretary For Political Affairs", "Under Secretary for Political Affairs"},
		{"president", "President"},
		{"acting director", "Acting Director"},
		{"U.S. AMBASSADOR", "U.S. Ambassador"},
		{"Minister of Foreign Affairs", "Foreign Minister"},
		{"Minister for Foreign Affairs", "Foreign Minister"},
		{"Secretary-General", "Secretary General"},
		{"Federal Chancellor", "Chancellor"},
		{"Special Representative for Korean Peninsula Peace and Security Affairs", "Special Representative for Korean Peninsula Peace and Security Affairs"},
		{"MFA Secretary General", "MFA Secretary General"},
		// roles44: punctuation and a sentence's case
		{"European External Action Service (EEAS) Secretary General", "European External Action Service Secretary General"},
		{"Assistant Secretary of State for Conflict and Stabilization Operations (CSO)", "Assistant Secretary of State for Conflict and Stabilization Operations"},
		{"Deputy Under Secretary of Defense (Comptroller)", "Deputy Under Secretary of Defense (Comptroller)"},
		{"Ambassador-at-Large for International Religious Freedom", "Ambassador at Large for International Religious Freedom"},
		{"Ambassador-at-large for Cybersecurity", "Ambassador at Large for Cybersecurity"},
		{"High Representative/Vice-President", "High Representative/Vice President"},
		{"Former governor", "Former Governor"},
		{"Prime minister", "Prime Minister"},
		{"Senior Advisor to the president", "Senior Advisor to the president"},
		{"", ""},
	} {
		if got := OfficeWording(c.in); got != c.want {
			t.Errorf("OfficeWording(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestForeignOfficeNamesAreTheForeignMinistry(t *testing.T) {
	for _, c := range []struct {
		a, b, party string
		want        bool
	}{
		{"Foreign Minister", "External Affairs Minister", "IN", true},
		{"Minister of External Affairs", "External Affairs Minister", "IN", true},
		{"Minister of International Relations and Cooperation", "Foreign Minister", "ZA", true},
		{"Foreign Relations Minister", "Foreign Minister", "PA", true},
		{"Secretary of Foreign Relations", "Foreign Secretary", "MX", true},
		{"Deputy Minister of International Relations and Cooperation", "Foreign Minister", "ZA", false},
		{"Chairman of the Senate Foreign Relations Committee", "Chairman of the House Foreign Affairs Committee", "US", false},
		{"Minister of Home Affairs", "External Affairs Minister", "IN", false},
	} {
		if got := SameOffice(c.a, c.b, c.party); got != c.want {
			t.Errorf("SameOffice(%q, %q, %q) = %v, want %v", c.a, c.b, c.party, got, c.want)
		}
	}
}

func TestAdviserIsAdvisor(t *testing.T) {
	if !SameOffice("National Security Adviser", "National Security Advisor", "US") {
		t.Error(`"National Security Adviser" is not "National Security Advisor"`)
	}
}

func TestElectInOneCase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"President-Elect", "President-elect"},
		{"President-elect", "President-elect"},
		{"Vice President-Elect", "Vice President-elect"},
		{"PRESIDENT-ELECT", "President-elect"},
		{"Electoral Commissioner", "Electoral Commissioner"},
	} {
		if got := OfficeWording(c.in); got != c.want {
			t.Errorf("OfficeWording(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStylesAreNoOffice(t *testing.T) {
	for _, c := range []struct {
		role string
		want bool
	}{
		{"Prince", true}, {"Sheikh", true}, {"His Excellency", true}, {"Dr.", true}, {"prince", true},
		{"Crown Prince", false}, {"Emir", false}, {"King", false}, {"Foreign Minister", false}, {"", false},
	} {
		if got := OfficeStyle(c.role); got != c.want {
			t.Errorf("OfficeStyle(%q) = %v, want %v", c.role, got, c.want)
		}
	}
}

func TestWithoutTrailingRank(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Chief of the Military Staff of the President of the Republic Admiral", "Chief of the Military Staff of the President of the Republic"},
		{"Sovereign Council Chair General", "Sovereign Council Chair"},
		{"Sovereign Council Chairman Lieutenant General", "Sovereign Council Chairman"},
		{"Permanent Secretary of the Ministry of Defense General", "Permanent Secretary of the Ministry of Defense"},
		{"Commander Admiral", "Commander"},
		{"Joint Chiefs Chairman General", "Joint Chiefs Chairman"},
		{"Attorney General", "Attorney General"},
		{"Assistant Attorney General", "Assistant Attorney General"},
		{"Secretary General", "Secretary General"},
		{"Surgeon General", "Surgeon General"},
		{"Consul General", "Consul General"},
		{"Commanding General", "Commanding General"},
		{"Air Force General", "Air Force General"},
		{"Vice Admiral", "Vice Admiral"},
		{"General", "General"},
		{"Admiral", "Admiral"},
	} {
		if got := WithoutTrailingRank(c.in); got != c.want {
			t.Errorf("WithoutTrailingRank(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
