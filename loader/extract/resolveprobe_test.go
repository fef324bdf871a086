package extract

import "testing"

// TestSpeakerLabelOffice probes whom a transcript's office label ("THE
// PRESIDENT:") stands for, on short remarks written for the probe, never
// copied from the corpus: the holder of the office on the article's date,
// not a past holder or another official whom the text gives that title.
func TestSpeakerLabelOffice(t *testing.T) {
	remarks := func(title, text string) Article {
		return Article{Date: probePub, Source: "whitehouse.gov", Title: title, Text: text}
	}
	const press = "Remarks by President Biden in Press Conference"
	cases := []meetingProbe{
		{"a past President named in full before the meeting", remarks(press,
			"THE PRESIDENT: Good evening. President Donald Trump did not raise it. I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Joe Biden + Recep Tayyip Erdoğan"}},
		{"a past President named in full after the meeting", remarks(press,
			"THE PRESIDENT: Good evening. I just finished a meeting with President Erdoğan of Turkey. President Barack Obama and I worked on it."),
			[]string{"meeting held 2022-06-08: Joe Biden + Recep Tayyip Erdoğan"}},
		{"the Vice President given the President's title", remarks("Remarks by President Biden at the Summit",
			"THE PRESIDENT: Good morning. I asked President Kamala Harris to travel to the region. I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Joe Biden + Recep Tayyip Erdoğan"}},
		{"the Vice President's own label (guard)", remarks("Remarks by Vice President Harris",
			"THE VICE PRESIDENT: Good evening. Unlike President Donald Trump, I raised it. I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Kamala Harris + Recep Tayyip Erdoğan"}},
		{"a President the lists do not know is the text's (guard)", remarks("Remarks by the President",
			"THE PRESIDENT: Good evening. As President Jonah Quillfeather, I just finished a meeting with President Erdoğan of Turkey."),
			[]string{"meeting held 2022-06-08: Jonah Quillfeather + Recep Tayyip Erdoğan"}},
	}
	checkProbes(t, cases, nil)
}
