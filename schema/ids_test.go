package schema

import (
	"sync"
	"testing"
)

func TestSlugFoldsUnicodeToOneKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Xi Jinping", "xi-jinping"},
		{"Nguyễn Phú Trọng", "nguyen-phu-trong"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Sigmar Gabriel-Großmann", "sigmar-gabriel-grossmann"},
		{"Lars Løkke Rasmussen", "lars-lokke-rasmussen"},
		{"Radosław Sikorski", "radoslaw-sikorski"},
		{"Great Hall of the People", "great-hall-of-the-people"},
		{"People's Republic", "peoples-republic"},
		{"People’s Republic", "peoples-republic"},
		{"U.S.", "us"},
		{"World Bank", "world-bank"},
		{"  Arab   League ", "arab-league"},
		{"Faisal bin Farhan Al Saud", "faisal-bin-farhan-al-saud"},
		{"Wang Yi (王毅)", "wang-yi-王毅"},
		{"J. B. Pritzker", "jb-pritzker"},
		{"J.B. Pritzker", "jb-pritzker"},
		{"JB Pritzker", "jb-pritzker"},
		{"George H. W. Bush", "george-hw-bush"},
		{"Joseph R. Biden", "joseph-r-biden"},
		{"", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCloseInitialsJoinsOnlyARunOfInitials: spacing between initials goes,
// and nothing else does.
func TestCloseInitialsJoinsOnlyARunOfInitials(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"J. B. Pritzker", "J.B. Pritzker"},
		{"H.  R. McMaster", "H.R. McMaster"},
		{"George H. W. Bush", "George H.W. Bush"},
		{"W. E. B. Du Bois", "W.E.B. Du Bois"},
		{"J.B. Pritzker", "J.B. Pritzker"},
		{"Joseph R. Biden", "Joseph R. Biden"}, // one initial: the word after it stays a word
		{"Ms. A. Smith", "Ms. A. Smith"},       // "Ms." is no initial
		{"a. b. c", "a. b. c"},                 // lower case: no initials
		{"", ""},
	} {
		if got := CloseInitials(tc.in); got != tc.want {
			t.Errorf("CloseInitials(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIDsOfEachLabel(t *testing.T) {
	for _, tc := range []struct{ got, want, label string }{
		{PersonID("Nguyễn Phú Trọng"), "person:nguyen-phu-trong", LabelPerson},
		{CountryID("cn"), "country:CN", LabelCountry},
		{OrgID("World Bank"), "org:world-bank", LabelOrganization},
		{PartyID("World Bank"), "org:world-bank", LabelOrganization},
		{PartyID("NATO"), "org:nato", LabelOrganization},
		{PartyID("US"), "country:US", LabelCountry},
		{PlaceID("Washington, D.C."), "place:washington-dc", LabelPlace},
		{IssueID("taiwan"), "issue:taiwan", LabelIssue},
		{MeetingID("a-1", "2023-06-19", []string{"person:xi-jinping", "person:antony-blinken"}), "meeting:2023-06-19:antony-blinken+xi-jinping", LabelMeeting},
		{MeetingID("Seed Article", "", []string{"person:b", "person:a"}), "meeting:undated-seed-article:a+b", LabelMeeting},
	} {
		if tc.got != tc.want || LabelOf(tc.got) != tc.label {
			t.Errorf("id %q (label %q), want %q (label %q)", tc.got, LabelOf(tc.got), tc.want, tc.label)
		}
	}
}

// TestIDPrefixIsWhatLabelOfReads: every label's prefix gives that label
// back, and an unknown label has none.
func TestIDPrefixIsWhatLabelOfReads(t *testing.T) {
	for _, label := range []string{LabelArticle, LabelPerson, LabelCountry, LabelOrganization, LabelPlace, LabelMeeting, LabelIssue} {
		prefix := IDPrefix(label)
		if prefix == "" || LabelOf(prefix+"x") != label {
			t.Errorf("IDPrefix(%q) = %q, and LabelOf of an id with it is %q", label, prefix, LabelOf(prefix+"x"))
		}
	}
	if got := IDPrefix("Nothing"); got != "" {
		t.Errorf("IDPrefix of an unknown label = %q, want none", got)
	}
}

// TestSlugIsSafeForConcurrentUse: the extractor runs on many articles at
// once, and a chained x/text transformer keeps state between calls.
func TestSlugIsSafeForConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 2000 {
				if got := Slug("Nguyễn Phú Trọng"); got != "nguyen-phu-trong" {
					t.Errorf("Slug = %q under concurrent use", got)
					return
				}
			}
		})
	}
	wg.Wait()
}
