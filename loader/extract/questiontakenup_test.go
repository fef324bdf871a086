package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTakenUpEncounters probes encounters told in a reporter's turn that the
// answer takes up (takenUpBy): a yes to the sentence that tells the
// encounter, or a readout of it, keeps the encounter dropQuestions would
// drop, with the question through the answer as its evidence. The texts are
// corpus turns (open corpus, question-sample-10.jsonl), cut to the question
// and the answer's opening; the guards are a denial, a deflection, an answer
// on another matter, a yes to a later question of the turn, a yes that
// thanks, and a readout of someone else's call. Every case gives no meeting
// with the rule switched off, every guard the same answer both ways.
func TestTakenUpEncounters(t *testing.T) {
	whiteHouse := publishedBy("whitehouse.gov")
	state := func(date, text string) Article {
		return Article{Date: date, Source: "state.gov", Title: "Department Press Briefing", Text: text}
	}
	gaggle := "Press Gaggle by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan"
	briefing := "Press Briefing by Press Secretary Jen Psaki"
	cases := []struct {
		meetingProbe
		// question, answer: the reporter's sentence that tells the encounter
		// and the answer's that takes it up, the evidence's first and last;
		// "" for a guard
		question, answer string
	}{
		{meetingProbe{"a yes to the question that tells the plan (whitehouse-20153)", whiteHouse("2021-06-09", gaggle,
			"MR. SULLIVAN: President Biden has been crystal clear about his rock-solid belief in the Good Friday Agreement as the foundation for peaceful coexistence in Northern Ireland.\nQ Jake, there’s been an uptick in ransomware attacks recently. Is that going to be a point of discussion when the President meets with President Putin?\nMR. SULLIVAN: Yes, 100 percent."),
			[]string{"meeting planned : Joe Biden + Vladimir Putin"}}, "Is that going to be a point of discussion when the President meets with President Putin?", "MR. SULLIVAN: Yes, 100 percent."},
		{meetingProbe{"a yes to a broken-off sentence that tells a call (whitehouse-47204)", whiteHouse("2022-02-11", briefing,
			"MR. SULLIVAN: And I want to take a moment to echo what both President Biden and Secretary Blinken have already said: We encourage all American citizens who remain in Ukraine to depart immediately.\nQ And on one other topic: I see that the President spoke with the Prime Minister Trudeau —\nMS. PSAKI: Yes."),
			[]string{"call held 2022-02: Joe Biden + Justin Trudeau"}}, "Q And on one other topic: I see that the President spoke with the Prime Minister Trudeau —", "MS. PSAKI: Yes."},
		{meetingProbe{"a readout of that call (usdos-312152)", state("2022-02-07",
			"MR PRICE: Secretary Blinken yesterday spoke to the foreign minister, Foreign Minister Le Drian.\nQUESTION: When the Secretary and Foreign Minister Kuleba spoke on Friday, did the foreign minister express any of these concerns to the Secretary?\nMR PRICE: Again, we issued a readout of that call, so I don’t have anything to add beyond that readout."),
			[]string{"call held 2022-02-04: " + pairBK, "call held 2022-02-06: Antony Blinken + Jean-Yves Le Drian"}}, "QUESTION: When the Secretary and Foreign Minister Kuleba spoke on Friday, did the foreign minister express any of these concerns to the Secretary?", "MR PRICE: Again, we issued a readout of that call, so I don’t have anything to add beyond that readout."},
		{meetingProbe{"a readout of the Secretary's meeting, after a later question of the turn (usdos-256888)", state("2021-07-01",
			"MR PRICE: As you have seen and as you heard from Secretary Blinken, we rolled out the 2021 Trafficking in Persons Report.\nQUESTION: Three days ago, the Secretary met with Pope Francis, and Lebanon was on the agenda, we understood. Do you have anything to comment on that?\nMR PRICE: Well, we issued a readout of the Secretary’s meeting with his holiness the pope."),
			[]string{"meeting held 2021-06-28: Antony Blinken + Pope Francis"}}, "QUESTION: Three days ago, the Secretary met with Pope Francis, and Lebanon was on the agenda, we understood.", "MR PRICE: Well, we issued a readout of the Secretary’s meeting with his holiness the pope."},
		{meetingProbe{"a readout the White House issued, in the answer's second sentence (usdos-363721's two turns on the call)", state("2022-07-28",
			"QUESTION: Ned, can you talk about the Chinese Americans who are believed to be wrongfully detained by the Chinese Government? Was that addressed during President Biden’s call with the Chinese President Xi Jinping?\nMR PRICE: Thanks. When it comes to President Biden’s conversation today with President Xi, the White House issued a readout just a few moments ago."),
			[]string{"call held 2022-07: Joe Biden + Xi Jinping"}}, "Was that addressed during President Biden’s call with the Chinese President Xi Jinping?", "When it comes to President Biden’s conversation today with President Xi, the White House issued a readout just a few moments ago."},
		// Guards.
		{meetingProbe{"a denial (whitehouse-53573)", whiteHouse("2022-05-18", briefing,
			"Q The Korean media is reporting that President Biden will meet with former President Moon Jae-in during his visit to Seoul. Is that accurate?\nMR. SULLIVAN: We don’t have a meeting scheduled with President Moon at this time."),
			nil}, "", ""},
		{meetingProbe{"a deflection (whitehouse-51095)", whiteHouse("2022-04-13", briefing,
			"Q Yesterday, some Japanese media outlets reported that arrangements were underway for a Quad summit on May 24th, just as President Biden had alluded on Monday, and that there were plans being made for a bilateral with Prime Minister Kishida the day before, on May 23rd. Is there any part of President’s travel schedule that you can confirm yet?\nMS. PSAKI: Not quite yet."),
			nil}, "", ""},
		{meetingProbe{"an answer on another matter (whitehouse-50902)", whiteHouse("2022-04-11", briefing,
			"Q Thanks, Jen. Going back to the Ukrainian-Russian war, Austrian Chancellor Karl Nehammer is meeting with Putin in Moscow. What does the administration have to say about that?\nMS. PSAKI: Well, I think we’ve encouraged or supported any efforts at diplomacy."),
			nil}, "", ""},
		{meetingProbe{"a yes to a later question of the turn (usdos-260638)", state("2021-07-19",
			"MR PRICE: These health incidents have been a priority for Secretary Blinken since his day one.\nQUESTION: On Friday the Secretary will host the Iraqi Foreign Minister Dr. Fuad Hussain in the fourth meeting of the U.S.-Iraq Strategic Dialogue. QUESTION: Sorry. They face harassment and repression for refusing to stop their beliefs?\nMR PRICE: That’s correct."),
			nil}, "", ""},
		{meetingProbe{"a yes that thanks (whitehouse-21333's answer)", whiteHouse("2021-06-09", gaggle,
			"MR. SULLIVAN: President Biden has been crystal clear about his rock-solid belief in the Good Friday Agreement as the foundation for peaceful coexistence in Northern Ireland.\nQ Is that going to be a point of discussion when the President meets with President Putin?\nMR. SULLIVAN: Yeah, thank you."),
			nil}, "", ""},
		{meetingProbe{"a readout denied (usdos-257522's answer)", state("2022-02-07",
			"QUESTION: Let me also ask you about Macron’s meeting with Putin today.\nMR PRICE: We don’t have a readout to share of the call."),
			nil}, "", ""},
		{meetingProbe{"a readout of someone else's call (usdos-253680's answer)", state("2022-02-07",
			"QUESTION: Let me also ask you about Macron’s meeting with Putin today.\nMR PRICE: We issued a readout of the call between Secretary Blinken and Foreign Minister Dmytro Kuleba."),
			[]string{"call held 2022-02: " + pairBK}}, "", ""}, // the answer's own sentence
	}
	probes := make([]meetingProbe, len(cases))
	for i, c := range cases {
		probes[i] = c.meetingProbe
	}
	checkProbes(t, probes, nil)
	for _, c := range cases {
		if c.answer == "" {
			continue
		}
		want := c.a.Text[strings.Index(c.a.Text, c.question) : strings.Index(c.a.Text, c.answer)+len(c.answer)]
		res, err := Extract(c.a)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range res.Meetings {
			found = found || m.Evidence.Sentence == want && c.a.Text[m.Evidence.Start:m.Evidence.End] == want
		}
		if !found {
			t.Errorf("%s: no meeting has the question through the answer as its evidence, %q", c.name, want)
		}
	}

	// With no reporter's turn dropped, every case and guard gives a meeting
	// the turn tells; switched off, every case but the guards gives another
	// answer: the cases need the rule.
	questionTurnsOff = true
	for _, c := range cases {
		if got := meetingsOf(t, c.a); len(got) <= len(c.want) && c.answer == "" {
			t.Errorf("no reporter's turn dropped, %s: got %q; a guard must have an encounter to drop", c.name, got)
		}
	}
	questionTurnsOff = false
	takenUpOff = true
	defer func() { takenUpOff = false }()
	for _, c := range cases {
		if got := meetingsOf(t, c.a); slices.Equal(got, c.want) != (c.answer == "") {
			t.Errorf("rule off, %s: got %q; a case must need the rule, a guard must not", c.name, got)
		}
	}
}
