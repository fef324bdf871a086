package gazetteer

import "testing"

func TestAddressFormOfAPartyLeader(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"Leader", "Senate Majority Leader", true},
		{"Leader", "House Minority Leader", true},
		{"Leader", "Minority Leader", true},
		{"Leader", "Democratic Majority Leader", true},
		{"Leader", "House Majority Whip", false},
		{"Leader", "Former Senate Majority Leader", false},
		{"Leader", "Senator Minority Leader", false},
		{"Leader", "Supreme Leader", false},
		{"Leader", "Leader", false},
		{"Whip", "House Majority Whip", false},
		{"Majority Leader", "Senate Majority Leader", false},
	} {
		if got := AddressForm(c.short, c.long, "US"); got != c.want {
			t.Errorf("AddressForm(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}
