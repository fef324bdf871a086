package extract

import "testing"

// TestMeetingNameForms probes the forms in which a readout names the
// official met, each on a short text written for the probe, never copied
// from the corpus: a style before the name, a numbered office, an office of
// a parliament called by its own name, an office "to" another official.
func TestMeetingNameForms(t *testing.T) {
	met := func(text string) Article {
		return Article{Date: probePub, Source: "state.gov", Title: "Readout", Text: text}
	}
	const sherman = "meeting held 2022-06-08: "
	cases := []meetingProbe{
		{"a Malay style before the name", met(
			"Deputy Secretary of State Wendy Sherman met with Malaysian Foreign Minister Datuk Saifuddin Abdullah today in Washington."),
			[]string{sherman + "Saifuddin Abdullah + Wendy Sherman"}},
		{"a Bruneian style after a numbered office", met(
			"Deputy Secretary of State Wendy Sherman met with Bruneian Foreign Minister II Dato Erywan Yusof today in Washington."),
			[]string{sherman + "Erywan Yusof + Wendy Sherman"}},
		{"a numbered office", met(
			"Deputy Secretary of State Wendy Sherman met with Bruneian Foreign Minister II Erywan Yusof today in Washington."),
			[]string{sherman + "Erywan Yusof + Wendy Sherman"}},
		{"the Speaker of a parliament called by its name", met(
			"Deputy Secretary of State Wendy Sherman met with Israeli Speaker of the Knesset Mickey Levy today in Washington."),
			[]string{sherman + "Mickey Levy + Wendy Sherman"}},
		{"the President of a parliament called by its name", met(
			"Deputy Secretary of State Wendy Sherman met with President of the Bundestag Bärbel Bas today in Berlin."),
			[]string{sherman + "Bärbel Bas + Wendy Sherman"}},
		{"a parliament of two words", met(
			"Deputy Secretary of State Wendy Sherman met with Speaker of the Verkhovna Rada Ruslan Stefanchuk today in Kyiv."),
			[]string{sherman + "Ruslan Stefanchuk + Wendy Sherman"}},
		{"the parliament's name before the office (guard)", met(
			"Deputy Secretary of State Wendy Sherman met with Knesset Speaker Mickey Levy today in Washington."),
			[]string{sherman + "Mickey Levy + Wendy Sherman"}},
		{"members of a parliament named by its name (guard)", met(
			"Deputy Secretary of State Wendy Sherman met with members of the Knesset today in Jerusalem."),
			nil},
		{"an office opened by a head of government's office, after a comma", met(
			"Deputy Secretary of State Wendy Sherman met today with Professor Lars-Hendrik Röller, German Chancellery Chief of Division for Economic Policy, to review trade."),
			[]string{sherman + "Lars-Hendrik Röller + Wendy Sherman"}},
		{"an office opened by a head of government's office, before the name (guard)", met(
			"Deputy Secretary of State Wendy Sherman met today with German Chancellery Chief of Division Lars-Hendrik Röller to review trade."),
			[]string{sherman + "Lars-Hendrik Röller + Wendy Sherman"}},
		{"an office at a head of government's office, after a comma", met(
			"Deputy Secretary of State Wendy Sherman met today with Lars-Hendrik Röller, Chief of Division at the German Chancellery, to review trade."),
			[]string{sherman + "Lars-Hendrik Röller + Wendy Sherman"}},
		{"an office to another official, before the name", met(
			"Deputy Secretary of State Wendy Sherman met with Economic Advisor to President Ramaphosa Trudi Makhaya today in Pretoria."),
			[]string{sherman + "Trudi Makhaya + Wendy Sherman"}},
		{"an office to another official, after the name", met(
			"Deputy Secretary of State Wendy Sherman met with Trudi Makhaya, Economic Advisor to President Ramaphosa, today in Pretoria."),
			[]string{sherman + "Trudi Makhaya + Wendy Sherman"}},
		{"an office about to be taken, written as one word with -designate", met(
			"Deputy Secretary of State Wendy Sherman met with Israeli National Security Advisor-designate Dr. Eyal Hulatam today in Washington."),
			[]string{sherman + "Eyal Hulatam + Wendy Sherman"}},
		{"an office about to be taken, written as one word with -elect", met(
			"Deputy Secretary of State Wendy Sherman met with Colombian Vice President-elect Francia Marquesa today in Bogota."),
			[]string{sherman + "Francia Marquesa + Wendy Sherman"}},
	}
	// open says why a probe's wrong answer is left for now (checkProbes).
	open := map[string]string{
		"an office at a head of government's office, after a comma": "an apposition's office followed by 'at the German Chancellery' is not read as an office: only 'of' and 'for' continue one",
		"an office to another official, before the name":            "an adviser's office 'to President X' before the name is not read as one office: the president's name runs on into the adviser's ('Ramaphosa Trudi Makhaya' in a longer sentence), or no one is found",
		"an office to another official, after the name":             "an adviser 'to President X' of a foreign government is not taken for an official",
	}
	checkProbes(t, cases, open)
}
