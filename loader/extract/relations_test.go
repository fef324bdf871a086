package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// meetingsOf lists "kind status date: A + B" with sorted participants.
func meetingsOf(t *testing.T, a Article) []string {
	t.Helper()
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range res.Meetings {
		ps := append([]string(nil), m.Participants...)
		sort.Strings(ps)
		out = append(out, m.Kind+" "+m.Status+" "+m.Date+": "+strings.Join(ps, " + "))
	}
	sort.Strings(out)
	return out
}

func TestMeetingRules(t *testing.T) {
	cases := []struct {
		name string
		a    Article
		want []string
	}{
		{"getting together with no meeting word is a planned meeting",
			Article{Date: "2022-04-07", Source: "state.gov", Title: "Remarks",
				Text: "SECRETARY BLINKEN: We look forward to President Biden and Prime Minister Kishida getting together soon."},
			[]string{"meeting planned : Fumio Kishida + Joe Biden"}},
		{"a pronoun subject meets officials of one party one by one, on the announced trip's dates",
			Article{Date: "2022-04-29", Source: "state.gov", Title: "Travel",
				Text: "Assistant Secretary of State Daniel J. Kritenbrink will travel to Laos May 1-7. In Laos, Assistant Secretary Kritenbrink will lead a dialogue. He will meet with Foreign Minister Saleumxay Kommasith of Laos, Vice Foreign Minister Thongphane Savanphet of Laos, and officials."},
			[]string{"meeting planned 2022-05: Daniel Kritenbrink + Saleumxay Kommasith", "meeting planned 2022-05: Daniel Kritenbrink + Thongphane Savanphet"}},
		{"a statement's author is not a participant, and a headline meeting the body dates later is still planned",
			Article{Date: "2021-05-25", Source: "whitehouse.gov",
				Title: "Statement by White House Press Secretary Jen Psaki on the Meeting Between President Joe Biden and President Vladimir Putin of Russia",
				Text:  "President Biden will meet with President Putin in Geneva, Switzerland on June 16, 2021. The leaders will discuss the full range of pressing issues."},
			[]string{"meeting planned 2021-06-16: Joe Biden + Vladimir Putin"}},
		{"a headline meeting stays apart from an earlier call the body dates",
			Article{Date: "2022-05-24", Source: "whitehouse.gov", Title: "Remarks by President Biden and Prime Minister Narendra Modi of India Before Bilateral Meeting",
				Text: "Tokyo, Japan\n\nPRESIDENT BIDEN: Mr. Prime Minister, on our video call in April, you highlighted the need for democracies to deliver."},
			[]string{"call held 2022-04: Joe Biden + Narendra Modi", "meeting held 2022-05-24: Joe Biden + Narendra Modi"}},
		{"we together in a two-person transcript is the two of them",
			Article{Date: "2022-05-24", Source: "whitehouse.gov", Title: "Remarks by President Biden and Prime Minister Narendra Modi of India Before Bilateral Meeting",
				Text: "Tokyo, Japan\n\nPRESIDENT BIDEN: We just finished a productive morning together at the Quad Leaders' Summit."},
			[]string{"meeting held 2022-05-24: Joe Biden + Narendra Modi", "summit held 2022-05-24: Joe Biden + Narendra Modi"}},
		{"a summit speech meets the foreign leaders it addresses",
			Article{Date: "2022-05-13", Source: "whitehouse.gov", Title: "Remarks by President Biden at the U.S.-ASEAN Special Summit",
				Text: "Washington, D.C.\n\nTHE PRESIDENT: Let me thank Prime Minister Hun Sen of Cambodia as the ASEAN Chair. And President Widodo of Indonesia, I want to thank you for making this summit, I hope, a success. Putin's war must end."},
			[]string{"summit held 2022-05-13: Hun Sen + Joe Biden + Joko Widodo"}},
		{"a side meeting at a summit is the headline's meeting",
			Article{Date: "2021-06-12", Source: "whitehouse.gov", Title: "Readout: Trilateral Meeting of Prime Minister Boris Johnson of the United Kingdom, President Joe Biden, and Prime Minister Scott Morrison of Australia",
				Text: "Prime Minister Johnson, President Biden and Prime Minister Morrison met in the margins of the G7 summit in Carbis Bay on 12 June 2021."},
			[]string{"meeting held 2021-06-12: Boris Johnson + Joe Biden + Scott Morrison"}},
		{"a plan in another clause leaves a held meeting held",
			Article{Date: "2022-07-09", Source: "state.gov", Title: "Statement",
				Text: "Secretary Blinken met Chinese Foreign Minister Wang Yi today, and they will continue to consult closely."},
			[]string{"meeting held 2022-07-09: Antony Blinken + Wang Yi"}},
		{"a plan governing the meeting word makes it planned",
			Article{Date: "2022-07-06", Source: "state.gov", Title: "Statement",
				Text: "Secretary Blinken will meet Chinese Foreign Minister Wang Yi in Bali."},
			[]string{"meeting planned : Antony Blinken + Wang Yi"}},
		{"a plan governing a later meeting word of the sentence makes it planned",
			Article{Date: "2023-06-19", Source: "state.gov", Title: "Statement",
				Text: "The hope was that this meeting would facilitate a summit between President Xi Jinping of China and President Joe Biden later in the year."},
			[]string{"summit planned 2023: Joe Biden + Xi Jinping"}},
		{"a meeting dated after the article is planned",
			Article{Date: "2022-07-06", Source: "state.gov", Title: "Statement",
				Text: "Secretary Blinken and Chinese Foreign Minister Wang Yi are expected to hold talks on July 9."},
			[]string{"meeting planned 2022-07-09: Antony Blinken + Wang Yi"}},
		{"a planned meeting the article reports as held is the held one",
			Article{Date: "2022-11-14", Source: "whitehouse.gov", Title: "Readout of President Joe Biden's Meeting with President Xi Jinping of the People's Republic of China",
				Text: "President Biden said last week that he would meet President Xi Jinping of China in Bali. President Joseph R. Biden, Jr. met today with President Xi Jinping of the People's Republic of China in Bali, Indonesia."},
			[]string{"meeting held 2022-11-14: Joe Biden + Xi Jinping"}},
		{"separate calls with several leaders are bilateral calls of the subject",
			Article{Date: "2022-06-10", Source: "whitehouse.gov", Title: "Readout of President Joe Biden's Calls",
				Text: "President Biden held separate calls today with Prime Minister Fumio Kishida of Japan and Chancellor Olaf Scholz of Germany."},
			[]string{"call held 2022-06-10: Fumio Kishida + Joe Biden", "call held 2022-06-10: Joe Biden + Olaf Scholz"}},
		{"the readout's subject named by title only is a participant",
			Article{Date: "2022-06-10", Source: "whitehouse.gov", Title: "Readout of President Joe Biden's Calls",
				Text: "The President spoke separately with Prime Minister Fumio Kishida of Japan and Chancellor Olaf Scholz of Germany."},
			[]string{"call held 2022-06-10: Fumio Kishida + Joe Biden", "call held 2022-06-10: Joe Biden + Olaf Scholz"}},
		{"a spokesperson who reports a meeting did not attend it",
			Article{Date: "2022-07-09", Source: "state.gov", Title: "Statement",
				Text: "Spokesperson Ned Price said that Secretary Antony Blinken met Foreign Minister Wang Yi of China today."},
			[]string{"meeting held 2022-07-09: Antony Blinken + Wang Yi"}},
		{"their meeting names the encounter of the people told before",
			Article{Date: "2022-05-18", Source: "whitehouse.gov", Title: "Readout of National Security Advisor Jake Sullivan's Phone Call with Politburo Member Yang Jiechi",
				Text: "National Security Advisor Jake Sullivan spoke today with Chinese Politburo Member Yang Jiechi by phone. This phone call, which followed their March 14 meeting in Rome, focused on regional security issues."},
			[]string{"call held 2022-05-18: Jake Sullivan + Yang Jiechi", "meeting held 2022-03-14: Jake Sullivan + Yang Jiechi"}},
		{"a bilateral relationship is no meeting",
			Article{Date: "2021-06-01", Source: "state.gov", Title: "Secretary Blinken's Call with Cypriot Foreign Minister Christodoulides",
				Text: "Secretary of State Antony J. Blinken spoke today with Cypriot Foreign Minister Nikos Christodoulides. Secretary Blinken and Foreign Minister Christodoulides reaffirmed their commitment to the strong bilateral relationship."},
			[]string{"call held 2021-06-01: Antony Blinken + Nikos Christodoulides"}},
		{"a welcome that greets no one is no meeting",
			Article{Date: "2022-02-24", Source: "state.gov", Title: "Statement",
				Text: "Foreign Minister Dmytro Kuleba of Ukraine said: we welcome the sanctions that President Biden announced today."},
			nil},
		{"a statement on a headline meeting that the body plans is the plan",
			Article{Date: "2022-05-28", Source: "whitehouse.gov", Title: "Statement by Press Secretary Karine Jean-Pierre on President Biden's Meeting with Prime Minister Jacinda Ardern of New Zealand",
				Text: "On Tuesday, May 31, President Biden will welcome Prime Minister Jacinda Ardern of New Zealand to the White House."},
			[]string{"meeting planned 2022-05-31: Jacinda Ardern + Joe Biden"}},
		{"a headline naming some of the people the body names in full is one meeting",
			Article{Date: "2022-03-23", Source: "state.gov", Title: "Deputy Secretary Sherman's Meeting with New Zealand Secretary of Foreign Affairs and Trade Seed",
				Text: "Deputy Secretary of State Wendy Sherman met today with New Zealand Secretary of Foreign Affairs and Trade Chris Seed and New Zealand Secretary of Defence Andrew Bridgman in Washington."},
			[]string{"meeting held 2022-03-23: Andrew Bridgman + Chris Seed + Wendy Sherman"}},
		{"talks are a meeting",
			Article{Date: "2022-07-09", Source: "state.gov", Title: "Statement",
				Text: "Secretary Antony Blinken held talks with Foreign Minister Wang Yi of China in Bali today."},
			[]string{"meeting held 2022-07-09: Antony Blinken + Wang Yi"}},
		{"a strategic dialogue is a meeting",
			Article{Date: "2022-03-14", Source: "state.gov", Title: "Statement",
				Text: "Deputy Secretary Wendy Sherman and Political Director Jernej Muller of Slovenia led the strategic dialogue in Ljubljana today."},
			[]string{"meeting held 2022-03-14: Jernej Muller + Wendy Sherman"}},
		{"bilateral consultations are a meeting",
			Article{Date: "2022-03-14", Source: "state.gov", Title: "Statement",
				Text: "Assistant Secretary Daniel Kritenbrink held bilateral consultations with Vice Foreign Minister Thongphane Savanphet of Laos yesterday."},
			[]string{"meeting held 2022-03-13: Daniel Kritenbrink + Thongphane Savanphet"}},
		{"met on the margins of a summit is a meeting, not the summit",
			Article{Date: "2022-06-28", Source: "whitehouse.gov", Title: "Readout",
				Text: "President Biden met with President Recep Tayyip Erdogan of Turkey on the margins of the NATO Summit in Madrid today."},
			[]string{"meeting held 2022-06-28: Joe Biden + Recep Tayyip Erdoğan"}},
		{"a joint statement after a meeting tells a held meeting, its plans notwithstanding",
			Article{Date: "2022-05-23", Source: "whitehouse.gov", Title: "Joint Statement",
				Text: "President Biden and Prime Minister Fumio Kishida of Japan met in Tokyo today and issued the following joint statement. The two leaders will continue to strengthen the Alliance."},
			[]string{"meeting held 2022-05-23: Fumio Kishida + Joe Biden"}},
		{"a headline of calls with several leaders is a call with each",
			Article{Date: "2022-05-25", Source: "state.gov", Title: "Secretary Blinken's Calls with Republic of Korea Foreign Minister Park and Japanese Foreign Minister Hayashi",
				Text: "Secretary of State Antony J. Blinken held separate calls yesterday with Republic of Korea Foreign Minister Park Jin and Japanese Foreign Minister Hayashi Yoshimasa."},
			[]string{"call held 2022-05-24: Antony Blinken + Hayashi Yoshimasa", "call held 2022-05-24: Antony Blinken + Park Jin"}},
		{"who thanks another for hosting a meeting took no part in it",
			Article{Date: "2021-07-22", Source: "state.gov", Title: "Statement",
				Text: "Secretary Antony Blinken thanked Japanese Foreign Minister Motegi Toshimitsu for hosting Deputy Secretary Wendy Sherman in Tokyo."},
			[]string{"meeting held 2021-07-22: Motegi Toshimitsu + Wendy Sherman"}},
		{"an agreement to hold a dialogue plans it",
			Article{Date: "2022-04-13", Source: "state.gov", Title: "Joint Statement",
				Text: "Secretary Antony Blinken and Foreign Minister Francisco Bustillo of Uruguay agreed to launch an annual bilateral dialogue."},
			[]string{"meeting planned : Antony Blinken + Francisco Bustillo"}},
		{"a meeting between two named leaders is theirs, not the speaker's",
			Article{Date: "2021-06-25", Source: "state.gov", Title: "Remarks",
				Text: "SECRETARY BLINKEN: We had a very productive meeting between President Joe Biden and President Emmanuel Macron of France on the margins of the G7 in June."},
			[]string{"meeting held 2021-06: Emmanuel Macron + Joe Biden"}},
		{"meeting a challenge is no meeting",
			Article{Date: "2021-06-25", Source: "state.gov", Title: "Remarks",
				Text: "Secretary Antony Blinken and Foreign Minister Jean-Yves Le Drian of France will work together to meet the challenges of this moment."},
			nil},
		{"during their meeting is the visit told before, on its date",
			Article{Date: "2022-04-13", Source: "state.gov", Title: "Joint Statement",
				Text: "At the invitation of Secretary of State Antony Blinken, Uruguayan Foreign Minister Francisco Bustillo traveled to Washington on Tuesday April 12, 2022. During their meeting, they reviewed the bilateral relationship."},
			[]string{"meeting held 2022-04-12: Antony Blinken + Francisco Bustillo", "visit held 2022-04-12: Antony Blinken + Francisco Bustillo"}},
		{"a pronoun with no verb of meeting adds no one",
			Article{Date: "2021-05-28", Source: "state.gov", Title: "Statement",
				Text: "Secretary Blinken spoke about Colombia. He welcomed the national dialogue President Duque of Colombia has convened."},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.a.ID = "m"
			got := meetingsOf(t, c.a)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

// TestMeetingIssuesFromItsSentences checks that the issues discussed in the
// sentences that go on about a meeting belong to it, and that a sentence
// about someone else's doing adds none.
func TestMeetingIssuesFromItsSentences(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a pronoun goes on about the meeting",
			"Secretary Antony Blinken met Foreign Minister Wang Yi of China in Bali today. They discussed Taiwan and North Korea.",
			[]string{"issue:taiwan", "issue:north-korea"}},
		{"the participants named again go on about it",
			"Secretary Antony Blinken met Foreign Minister Wang Yi of China in Bali today. Secretary Blinken and Foreign Minister Wang also discussed Taiwan.",
			[]string{"issue:taiwan"}},
		{"someone else's doing is not the meeting's",
			"Secretary Antony Blinken met Foreign Minister Wang Yi of China in Bali today. President Yoon Suk Yeol of Korea spoke about Taiwan.",
			[]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(Article{ID: "i", Date: "2022-07-09", Source: "state.gov", Title: "Statement", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Meetings) != 1 {
				t.Fatalf("got %d meetings, want 1: %+v", len(res.Meetings), res.Meetings)
			}
			got := res.Meetings[0].Issues
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("issues %v, want %v", got, c.want)
			}
		})
	}
}

// TestTheTextsOfficeHolderWinsOverStaleLists: the built-in lists end before
// 2025 and still give Blinken as Secretary of State, but a 2025 transcript
// that names Secretary of State Marco Rubio means him by "THE SECRETARY".
func TestTheTextsOfficeHolderWinsOverStaleLists(t *testing.T) {
	a := Article{ID: "rubio-remarks", Date: "2025-07-10", Source: "U.S. Department of State",
		Title: "Secretary of State Marco Rubio With Malaysian Foreign Minister Mohamad Hasan Before Their Meeting",
		Text:  "Kuala Lumpur, Malaysia\n\nTHE SECRETARY: Well, thank you for hosting us. I look forward to our meeting with Foreign Minister Mohamad Hasan today.\n\nFOREIGN MINISTER HASAN: Thank you, Secretary."}
	res, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.People {
		if p.Name == "Antony Blinken" {
			t.Errorf("the stale list's Secretary of State was taken for the speaker: %+v", res.People)
		}
	}
	for _, m := range res.Meetings {
		if !slices.Contains(m.Participants, "Marco Rubio") {
			t.Errorf("meeting %v lacks the speaker the text names, Marco Rubio", m.Participants)
		}
	}
}
