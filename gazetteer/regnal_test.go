package gazetteer

import "testing"

// TestStyleIsTheNameUnderAMonarchsTitle: a monarch's style, in the list's
// name or in the generated spelling a hand-kept full name replaced, is the
// name the text gives under the title; an official with no style has none.
func TestStyleIsTheNameUnderAMonarchsTitle(t *testing.T) {
	cases := []struct {
		o    Official
		want string
	}{
		{Official{Name: "Abdullah II of Jordan"}, "Abdullah II"},
		{Official{Name: "Philippe I of Belgium"}, "Philippe"},
		{Official{Name: "Mohammed VI"}, "Mohammed VI"},
		{Official{Name: "Salman bin Abdulaziz Al Saud", Spelled: "Salman of Saudi Arabia"}, "Salman"},
		{Official{Name: "Tamim bin Hamad Al Thani"}, ""},
		{Official{Name: "Mohammed bin Salman"}, ""},
	}
	for _, c := range cases {
		if got := c.o.Style(); got != c.want {
			t.Errorf("%+v: style %q, want %q", c.o, got, c.want)
		}
	}
}

// TestKingSalmanIsOneListedPerson: the hand-kept row gives the generated
// "Salman of Saudi Arabia" his full name, and "Salman" is still his style.
func TestKingSalmanIsOneListedPerson(t *testing.T) {
	got := MonarchsStyled("Salman")
	if len(got) == 0 {
		t.Fatal("no monarch styled Salman")
	}
	for _, o := range got {
		if o.Name != "Salman bin Abdulaziz Al Saud" || o.Country != "SA" {
			t.Errorf("%+v, want Salman bin Abdulaziz Al Saud of SA", o)
		}
	}
	for _, n := range []string{"Salman of Saudi Arabia", "Salman Bin Abdulaziz Al-Saud", "Salman bin Abdulaziz al-Saud"} {
		if terms := OfficialsNamed(n); len(terms) == 0 || terms[0].Name != "Salman bin Abdulaziz Al Saud" {
			t.Errorf("OfficialsNamed(%q) = %+v", n, terms)
		}
	}
}
