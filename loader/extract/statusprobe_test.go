package extract

import "testing"

// TestModalOfSaying probes a modal that frames the speaker's saying ("I
// would say that …", "I will tell you that …", "…, I would say, …")
// (sayingVerbAfter): it is no future of a meeting told in the past after
// it, nor of one in a parenthesis after it; a meeting told in the future,
// or a noun the saying is about, stays planned. The texts are written for
// the probe, never copied from the corpus.
func TestModalOfSaying(t *testing.T) {
	cases := []meetingProbe{
		{"I would say that, as you know, spoke", probeNews("Blinken and Kuleba",
			"I would say that, as you know, U.S. Secretary of State Antony Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"call held 2022-06-06: " + pairBK}},
		{"I will tell you that when … met", probeNews("Blinken and Kuleba",
			"I will tell you that when U.S. Secretary of State Antony Blinken met with Ukrainian Foreign Minister Dmytro Kuleba on Monday, energy was a topic."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"I'll just note that … met", probeNews("Blinken and Wang",
			"I’ll just note that U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Bali on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBW}},
		{"a meeting after a parenthetical I would say", probeNews("Blinken and Kuleba",
			"The week was punctuated, I would say, by an important meeting between U.S. Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba on Monday."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		// Guards: the meeting is in the future, or the saying is about a
		// meeting noun with no comma after the verb.
		{"I would say that … will meet (guard)", probeNews("Blinken and Kuleba",
			"I would say that U.S. Secretary of State Antony Blinken will meet with Ukrainian Foreign Minister Dmytro Kuleba on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		{"I would say that the priority in the meeting (guard)", probeNews("Blinken and Wang",
			"I would say that our priority in the meeting of U.S. Secretary of State Antony Blinken with Chinese Foreign Minister Wang Yi is open lines of communication."),
			[]string{"meeting planned : " + pairBW}},
		{"will have met, no saying (guard)", probeNews("Blinken and Kuleba",
			"By Friday, U.S. Secretary of State Antony Blinken will have met with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
	}
	checkProbes(t, cases, nil)
}

// TestGroupOnSidesIncluding probes a group of people qualified by "on both
// sides" or "on this trip" before "including" (sidesOrTrip): the people
// listed are the ones met; a group "on" a topic still ends them. The texts
// are written for the probe, never copied from the corpus.
func TestGroupOnSidesIncluding(t *testing.T) {
	cases := []meetingProbe{
		{"leaders on both sides, including", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken met on Monday with leaders on both sides, including Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting held 2022-06-06: " + pairBK}},
		{"officials on this trip, including", probeNews("Blinken and Jaishankar",
			"U.S. Secretary of State Antony Blinken will meet with officials on this trip, including Indian External Affairs Minister Subrahmanyam Jaishankar, on Friday."),
			[]string{"meeting planned 2022-06-10: " + pairBJ}},
		// Guard: the group's "on" is a topic, whose "including" ends the people.
		{"officials on a topic, including (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken met on Monday with officials on regional issues, including Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
	}
	checkProbes(t, cases, nil)
}

// TestHeldMeetingsWith probes a plural encounter noun that someone held or
// had, "with" after it (heldWithAfter): one encounter with each of those
// named, as "meetings with" is. The texts are written for the probe, never
// copied from the corpus.
func TestHeldMeetingsWith(t *testing.T) {
	cases := []meetingProbe{
		{"the meetings that he held with two", probeNews("Blinken, Kuleba and Wang",
			"The meetings that U.S. Secretary of State Antony Blinken held on Monday with Ukrainian Foreign Minister Dmytro Kuleba and Chinese Foreign Minister Wang Yi were productive."),
			[]string{"meeting held 2022-06-06: " + pairBK, "meeting held 2022-06-06: " + pairBW}},
		// Guard: one meeting held with two is one encounter of all three.
		{"the meeting that he held with two (guard)", probeNews("Blinken, Kuleba and Wang",
			"The meeting that U.S. Secretary of State Antony Blinken held on Monday with Ukrainian Foreign Minister Dmytro Kuleba and Chinese Foreign Minister Wang Yi was productive."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Wang Yi"}},
	}
	checkProbes(t, cases, nil)
}

// TestOtherVerbPhrase probes "and" with a modal and a verb of no encounter
// after the meeting word's objects (otherVerbPhrase): whom one will work
// with is not met; "and will also meet with" still is. The texts are
// written for the probe, never copied from the corpus.
func TestOtherVerbPhrase(t *testing.T) {
	cases := []meetingProbe{
		{"and will continue to work with", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken will meet with senior officials on Friday and will continue to work closely with Ukrainian Foreign Minister Dmytro Kuleba."),
			nil},
		// Guards: a second meeting verb, or a list of those met.
		{"and will also meet with (guard)", probeNews("Blinken and Kuleba",
			"U.S. Secretary of State Antony Blinken will meet with senior officials on Friday and will also meet with Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting planned 2022-06-10: " + pairBK}},
		{"met with one and another (guard)", probeNews("Blinken, Kuleba and Wang",
			"U.S. Secretary of State Antony Blinken met with Ukrainian Foreign Minister Dmytro Kuleba and Chinese Foreign Minister Wang Yi on Monday."),
			[]string{"meeting held 2022-06-06: Antony Blinken + Dmytro Kuleba + Wang Yi"}},
	}
	checkProbes(t, cases, nil)
}

// TestForwardOpening probes a sentence that opens with a time ahead and a
// comma (forwardOpening): its encounter is planned, however far the
// meeting word; a verb of the past after the opening tells the past. The
// texts are written for the probe, never copied from the corpus.
func TestForwardOpening(t *testing.T) {
	cases := []meetingProbe{
		{"next week, are hosting", probeNews("Blinken and Jaishankar",
			"Next week, U.S. Secretary of State Antony Blinken and the Defense Secretary are hosting Indian External Affairs Minister Subrahmanyam Jaishankar for a dialogue."),
			[]string{"meeting planned 2022-06: " + pairBJ}},
		{"after a label, in the coming days, a bilateral meeting between", probeNews("Blinken and Kuleba",
			"On Ukraine: In the coming days, the delegation is arriving in Warsaw for the bilateral meeting between U.S. Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba."),
			[]string{"meeting planned : " + pairBK}},
		// Guards: a verb of the past after the opening, or no comma.
		{"later in the week, hosted (guard)", probeNews("Blinken and Kuleba",
			"Later this week, U.S. Secretary of State Antony Blinken hosted Ukrainian Foreign Minister Dmytro Kuleba in Washington."),
			[]string{"meeting held 2022-06: " + pairBK}},
	}
	checkProbes(t, cases, nil)
}
