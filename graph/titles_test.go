package graph

import (
	"strings"
	"testing"
)

// Analysts write a name as the news does, with whose office the title is
// before it; the title is dropped with it, and names that only start like
// one are left alone.
func TestWithoutTitleDropsTheOfficeBeforeATitle(t *testing.T) {
	tests := []struct {
		name, want string
		dropped    bool
	}{
		{"Chinese President Xi Jinping", "Xi Jinping", true},
		{"China's President Xi", "Xi", true},
		{"China’s President Xi", "Xi", true},
		{"US Secretary of State Antony Blinken", "Antony Blinken", true},
		{"U.S. Secretary of State Antony Blinken", "Antony Blinken", true},
		{"United States Secretary of State Antony Blinken", "Antony Blinken", true},
		{"South Korean President Yoon Suk Yeol", "Yoon Suk Yeol", true},
		{"Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", true},
		{"the US President Joe Biden", "Joe Biden", true},
		{"former US President Donald Trump", "Donald Trump", true},
		{"NATO Secretary General Jens Stoltenberg", "Jens Stoltenberg", true},
		{"President Biden", "Biden", true}, // a title alone, as before
		// An office "Head of Domain" as the news says it, domain first.
		{"Defense Secretary Austin", "Austin", true},
		{"US Defense Secretary Lloyd Austin", "Lloyd Austin", true},
		{"Foreign Affairs Minister Mélanie Joly", "Mélanie Joly", true},
		{"Navy Secretary Carlos Del Toro", "Carlos Del Toro", true},
		{"Homeland Security Secretary Alejandro Mayorkas", "Alejandro Mayorkas", true},
		// Guards: no title after the country, or nothing after the title.
		{"Chinese Xi Jinping", "Chinese Xi Jinping", false},
		{"Jordan Peterson", "Jordan Peterson", false},
		{"Chinese President", "Chinese President", false},
		{"the Rock", "the Rock", false},
		{"China", "China", false},
	}
	for _, tt := range tests {
		got, dropped := withoutTitle(tt.name)
		if got != tt.want || dropped != tt.dropped {
			t.Errorf("withoutTitle(%q) = %q, %v; want %q, %v", tt.name, got, dropped, tt.want, tt.dropped)
		}
	}
}

// invertedOffice turns "Head of Domain" round, and nothing else.
func TestInvertedOffice(t *testing.T) {
	tests := []struct{ role, want string }{
		{"secretary of defense", "defense secretary"},
		{"secretary of the navy", "navy secretary"},
		{"minister of foreign affairs", "foreign affairs minister"},
		{"justice of the supreme court", "supreme court justice"},
		// Guards: no "of" after the head, a long domain, a domain that joins
		// another office, nothing after "of".
		{"president", ""},
		{"ambassador to france", ""},
		{"minister of state for europe", ""},
		{"secretary of state for culture, media and sport", ""},
		{"deputy chief of mission of the embassy", ""},
		{"secretary of", ""},
	}
	for _, tt := range tests {
		role := strings.Fields(tt.role)
		head := len(role)
		for i, w := range role {
			if roleStops[w] {
				head = i
				break
			}
		}
		if got := invertedOffice(role, head); got != tt.want {
			t.Errorf("invertedOffice(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}
