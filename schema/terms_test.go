package schema

import "testing"

func TestTermCoversByTheDaysItSurelyRan(t *testing.T) {
	tests := []struct {
		start, end, at string
		closed, open   bool
	}{
		{"2020-09-16", "2021-10-04", "2021-09-01", true, false}, // Suga's term, question 16
		{"2020-09-16", "2021-10-04", "2021-10-05", false, false},
		{"2020-09-16", "2021-10-04", "2020-09", true, false}, // a month the term began in
		{"2021", "", "2021-09-01", false, false},             // begun "2021": not surely by September
		{"2021", "", "2021", false, true},                    // but within the year
		{"2021-10-04", "", "2022-03-01", false, true},        // open: in office when the lists were written
		{"2021-10-04", "", "2021-09-30", false, false},       // not yet begun
		{"", "2021-10-04", "2021-09-01", false, false},       // no start: the attested span decides
		{"2009-01-20", "2017-01-20", "", false, false},       // no date asked
		{"2021", "2021-06", "2021-03-01", false, false},      // no day surely in office
	}
	for _, tt := range tests {
		closed, open := TermCovers(tt.start, tt.end, tt.at)
		if closed != tt.closed || open != tt.open {
			t.Errorf("TermCovers(%q, %q, %q) = %v, %v, want %v, %v", tt.start, tt.end, tt.at, closed, open, tt.closed, tt.open)
		}
	}
}

func TestHeldAtByTermOrAttestedSpan(t *testing.T) {
	suga := Edge{Type: RelAffiliatedWith, From: "person:yoshihide-suga", To: "country:JP", Key: "Prime Minister", Since: "2021-06-03", Until: "2021-08-12"}
	terms := Terms{Closed: []string{TermKey("person:yoshihide-suga", "country:JP", "Prime Minister")}}
	open := Terms{Open: []string{TermKey("person:yoshihide-suga", "country:JP", "Prime Minister")}}
	other := suga
	other.Key = "Chief Cabinet Secretary"
	tests := []struct {
		name  string
		terms Terms
		e     Edge
		at    string
		want  bool
	}{
		{"attested", Terms{}, suga, "2021-07", true},
		{"by a closed term", terms, suga, "2021-09-01", true},
		{"no term", Terms{}, suga, "2021-09-01", false},
		{"another office's edge", terms, other, "2021-09-01", false},
		{"an open term before the latest attested date", open, suga, "2021-08-01", true},
		{"an open term after the latest attested date", open, suga, "2021-09-01", false},
	}
	for _, tt := range tests {
		if got := tt.terms.HeldAt()(&tt.e, tt.at); got != tt.want {
			t.Errorf("%s: HeldAt(%s, %s) = %v, want %v", tt.name, tt.e.Key, tt.at, got, tt.want)
		}
	}
}
