package gazetteer

import "testing"

func TestOfficeOfJointTitle(t *testing.T) {
	for _, c := range []struct {
		part, joint, party string
		want               bool
	}{
		{"Foreign Minister", "State Councilor and Foreign Minister", "CN", true},
		{"State Councilor", "State Councilor and Foreign Minister", "CN", true},
		{"Defense Minister", "Alternate Prime Minister/Defense Minister", "IL", true},
		{"Defense Minister", "Alternate Prime Minister and Defense Minister", "IL", true},
		{"Foreign Minister", "Foreign Minister and Alternate Prime Minister", "IL", true},
		{"Foreign Minister", "Deputy Prime Minister and Minister of Foreign Affairs", "QA", true},
		{"Senior Advisor", "Senior Advisor and Infrastructure Implementation Coordinator", "US", true},
		{"Crown Prince", "Crown Prince & Prime Minister", "BH", true},
		// a rank the part lacks or adds is another office
		{"Prime Minister", "Foreign Minister and Alternate Prime Minister", "IL", false},
		{"Deputy Foreign Minister", "State Councilor and Foreign Minister", "CN", false},
		// more words than the joint's part: another office
		{"Foreign Minister of the Republic", "State Councilor and Foreign Minister", "CN", false},
		// one office whose "and" joins no second head
		{"Minister of Foreign Affairs", "Minister of Foreign Affairs and International Cooperation", "AE", false},
		{"Secretary", "Secretary of Health and Human Services", "US", false},
		// two joint titles are rewordings or not, never parts
		{"Deputy Prime Minister/Foreign Minister", "Deputy Prime Minister and Foreign Minister", "KH", false},
		// a standing is no office held
		{"Former President", "Former President and Prime Minister", "RU", false},
		{"President", "Former President and Prime Minister", "RU", false},
		// an office alone is no joint
		{"Foreign Minister", "Foreign Minister", "CN", false},
		{"Minister", "Foreign Minister", "CN", false},
	} {
		if got := OfficeOfJointTitle(c.part, c.joint, c.party); got != c.want {
			t.Errorf("OfficeOfJointTitle(%q, %q, %q) = %v, want %v", c.part, c.joint, c.party, got, c.want)
		}
	}
}

func TestASlashJoinsOfficesAsAndDoes(t *testing.T) {
	for _, c := range [][2]string{
		{"Alternate Prime Minister/Defense Minister", "Alternate Prime Minister and Defense Minister"},
		{"Deputy Prime Minister / Foreign Minister", "Deputy Prime Minister and Foreign Minister"},
	} {
		if !RewordedOffice(c[0], c[1], "IL") {
			t.Errorf("RewordedOffice(%q, %q) = false, want true: one title", c[0], c[1])
		}
	}
}
