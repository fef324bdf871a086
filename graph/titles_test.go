package graph

import "testing"

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
