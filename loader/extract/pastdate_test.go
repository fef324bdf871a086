package extract

import "testing"

// TestLongPastHolderUndated probes the date of an encounter with a head of
// state or government long out of office (texts written for the probe): told
// in passing with no date of its own it takes none, not the trip's month or
// the article's day; its own year stays, and so does the day of an
// encounter with a "former" leader or one whose term ended within the year.
func TestLongPastHolderUndated(t *testing.T) {
	readout, _ := probeArticles("2022-07-16")
	title := "The Jeddah Communique: A Joint Statement Between the United States of America and the Kingdom of Saudi Arabia"
	const trip = "President Joseph R. Biden conducted an official visit to the Kingdom of Saudi Arabia July 15-16, 2022. "
	cases := []meetingProbe{
		{"an old meeting told in passing on a trip", readout(title,
			trip+"The two sides reviewed the partnership established with the meeting between King Ibn Saud and President Franklin D. Roosevelt aboard a ship."),
			[]string{"meeting held : Franklin Roosevelt + Ibn Saud"}},
		// guards
		{"the old meeting's own year", readout(title,
			trip+"King Ibn Saud and President Franklin D. Roosevelt met in 1945 aboard the USS Quincy."),
			[]string{"meeting held 1945: Franklin Roosevelt + Ibn Saud"}},
		{"the old meeting's own day", readout(title,
			trip+"King Ibn Saud met President Franklin D. Roosevelt on February 14, 1945."),
			[]string{"meeting held 1945-02-14: Franklin Roosevelt + Ibn Saud"}},
		{"a former leader met today", readout("Readout of President Biden’s Meeting with Former President Obama",
			"President Joseph R. Biden met today with former President Barack Obama and Prime Minister Yoon Suk-yeol of the Republic of Korea."),
			[]string{"meeting held 2022-07-16: Barack Obama + Joe Biden + Yoon Suk-yeol"}},
		{"a leader whose term the lists end in the article's year", readout("Readout of President Biden’s Meeting with President Moon",
			"President Joseph R. Biden met with President Moon Jae-in of the Republic of Korea in Seoul."),
			[]string{"meeting held 2022-07-16: Joe Biden + Moon Jae-in"}},
	}
	checkProbes(t, cases, nil)
}
