package extract

import "testing"

// TestReadNameSteps pins readName's steps, one row or more each (texts
// written for the test): the honorifics skipped, a surname that opens with
// its particles, leading initials, the run of name words (a rank, a
// nickname, five words at most), the run judged a name or a phrase, a name
// that ends before an ordinary word, and a suffix inside the span but not
// the name.
func TestReadNameSteps(t *testing.T) {
	cases := []struct {
		step, text string
		name, span string // span: the text of tokens [0, end)
	}{
		{"honorifics skipped", "Dr. Sheikh Ali Kamal spoke.", "Ali Kamal", "Dr. Sheikh Ali Kamal"},
		{"particle surname", "von der Leyen spoke.", "von der Leyen", "von der Leyen"},
		{"particle before a common word is no surname", "de Facto rules", "", ""},
		{"leading initials", "A. K. Abdul Momen spoke.", "A. K. Abdul Momen", "A. K. Abdul Momen"},
		{"one initial", "S. Jaishankar spoke.", "S. Jaishankar", "S. Jaishankar"},
		{"an initial alone is no name", "S. spoke.", "", ""},
		{"middle initial dropped", "Jose W. Ferrante spoke.", "Jose Ferrante", "Jose W. Ferrante"},
		{"a rank starts a new name", "Stephen Sklenka Lt. Gen. Smith", "Stephen Sklenka", "Stephen Sklenka"},
		{"quoted nickname", "Benjamin “Benny” Gantz spoke.", "Benjamin Gantz", "Benjamin “Benny” Gantz"},
		{"five words at most", "Aaa Bbb Ccc Ddd Eee Fff spoke.", "Aaa Bbb Ccc Ddd Eee", "Aaa Bbb Ccc Ddd Eee"},
		{"particles on top of five words", "Mohammed bin Abdulrahman bin Jassim Al Thani said", "Mohammed bin Abdulrahman bin Jassim Al Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani"},
		{"an organisation word makes a phrase", "Advisory Council met.", "", ""},
		{"a name ends before an ordinary word", "Paul Simon Water for the World Act", "Paul Simon", "Paul Simon"},
		{"suffix after a comma", "Joseph Biden, Jr. spoke.", "Joseph Biden", "Joseph Biden, Jr."},
		{"suffix without a comma", "Robert Kennedy Jr. spoke.", "Robert Kennedy", "Robert Kennedy Jr."},
		{"suffix after five name words", "Aaa Bbb Ccc Ddd Eee III spoke.", "Aaa Bbb Ccc Ddd Eee", "Aaa Bbb Ccc Ddd Eee III"},
		{"a short ordinary word stays in the name", "Paul Simon Day spoke.", "Paul Simon Day", "Paul Simon Day"},
		{"two common words make a phrase", "Paul Water Day spoke.", "", ""},
	}
	for _, c := range cases {
		d := newDoc(c.text, false)
		end, name := d.readName(0, len(d.toks))
		if name != c.name || d.tokensText(0, end) != c.span {
			t.Errorf("%s: readName(%q) = %q over %q, want %q over %q", c.step, c.text, name, d.tokensText(0, end), c.name, c.span)
		}
	}
}
