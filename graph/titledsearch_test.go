package graph

import "testing"

// A person holds the title an analyst typed when one of his roles names
// it as its office, not as a qualified office of another rank.
func TestRoleHoldsTitle(t *testing.T) {
	tests := []struct {
		role, title string
		want        bool
	}{
		{"Secretary of State", "secretary", true},
		{"Secretary of State", "secretary of state", true},
		{"State Councilor and Foreign Minister", "foreign minister", true},
		{"Foreign Minister", "minister", true},
		{"President", "president", true},
		{"Vice President and President of the Senate", "president", true}, // the second office is one
		// the office in the lists' words, the title typed in the news's (roles43)
		{"Secretary of Defense", "defense secretary", true},
		{"Foreign Minister", "minister of foreign affairs", true},
		// Guards: a qualified office, another office, a title's word inside another word.
		{"Vice President", "president", false},
		{"Vice Foreign Minister", "minister", false},
		{"Deputy Secretary of State", "secretary", false},
		{"Under Secretary for Political Affairs", "secretary", false},
		{"Nominee for Secretary of State", "secretary", false},
		{"Former President", "president", false},
		{"Prime Minister", "president", false},
		{"Secretary of State", "defense secretary", false},
		{"Secretary of Defense", "deputy defense secretary", false},
		{"Presidential Envoy", "president", false},
		{"", "president", false},
		{"President", "", false},
	}
	for _, tt := range tests {
		if got := roleHoldsTitle(tt.role, tt.title); got != tt.want {
			t.Errorf("roleHoldsTitle(%q, %q) = %v, want %v", tt.role, tt.title, got, tt.want)
		}
	}
}

// splitTitle gives the titles it drops without whose office they are.
func TestSplitTitleGivesTheTitle(t *testing.T) {
	tests := []struct{ name, title, bare string }{
		{"Foreign Minister Wang", "foreign minister", "Wang"},
		{"Chinese Foreign Minister Wang Yi", "foreign minister", "Wang Yi"},
		{"US Secretary of State Antony Blinken", "secretary of state", "Antony Blinken"},
		{"Mr. Kerry", "mr.", "Kerry"},
		{"Wang Yi", "", "Wang Yi"},
	}
	for _, tt := range tests {
		title, bare, _ := splitTitle(tt.name)
		if title != tt.title || bare != tt.bare {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tt.name, title, bare, tt.title, tt.bare)
		}
	}
}
