package schema

import "testing"

func TestAttestedWithin(t *testing.T) {
	for _, c := range []struct {
		since, until, from, to string
		want                   bool
	}{
		{"2021-03-01", "2021-06-30", "", "", true},
		{"", "", "", "", true},
		{"", "", "2020", "", false}, // unattested: within no bounded range
		{"2021-03-01", "2021-06-30", "2021-06", "", true},
		{"2021-03-01", "2021-06-30", "2021-07-01", "", false},
		{"2021-03-01", "2021-06-30", "", "2021-03", true},
		{"2021-03-01", "2021-06-30", "", "2021-02-28", false},
		{"2021", "", "2021-12-31", "2022", true}, // a year's span runs to its end
		{"", "2021-05", "2021-05-31", "", true},  // until alone is the span
		{"2021-03-01", "2021-06-30", "2020", "2020", false},
		{"2021-03-01", "2021-06-30", "2021-04-01", "2021-04-02", true}, // the range inside the span
	} {
		if got := AttestedWithin(c.since, c.until, c.from, c.to); got != c.want {
			t.Errorf("AttestedWithin(%q, %q, %q, %q) = %v, want %v", c.since, c.until, c.from, c.to, got, c.want)
		}
	}
}

func TestPathWindowAdmits(t *testing.T) {
	w := PathWindow{From: "2022", To: "2022-06"}
	meeting := func(date string) *Node {
		return &Node{ID: "meeting:x", Label: LabelMeeting, Props: map[string]string{PropDate: date}}
	}
	for date, want := range map[string]bool{"2022-03-01": true, "2022": true, "2022-07-01": false, "2021-12": false, "": false} {
		if got := w.AdmitsNode(meeting(date)); got != want {
			t.Errorf("a meeting dated %q: %v, want %v", date, got, want)
		}
		if !(PathWindow{}).AdmitsNode(meeting(date)) {
			t.Errorf("the zero window left out a meeting dated %q", date)
		}
	}
	if !w.AdmitsNode(&Node{ID: "person:x", Label: LabelPerson}) {
		t.Error("a person was left out")
	}
	in := &Edge{Type: RelAffiliatedWith, Since: "2022-02-01", Until: "2022-02-01"}
	out := &Edge{Type: RelAffiliatedWith, Since: "2023-02-01"}
	attended := &Edge{Type: RelAttended}
	if !w.AdmitsEdge(in) || w.AdmitsEdge(out) || !w.AdmitsEdge(attended) || !(PathWindow{}).AdmitsEdge(out) {
		t.Error("AdmitsEdge: want the affiliation attested in 2022-02 and the ATTENDED edge in, the one of 2023 out (in without a window)")
	}
}
