package extract

import (
	"slices"
	"testing"
	"time"
)

func TestFindDatesResolvesAgainstArticleDate(t *testing.T) {
	pub := time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct {
		name   string
		text   string
		future bool
		want   string
	}{
		{"today is the article date", "They met today.", false, "2023-06-19"},
		{"yesterday", "They spoke yesterday.", false, "2023-06-18"},
		{"tomorrow", "They will meet tomorrow.", true, "2023-06-20"},
		{"past weekday on the day itself", "They met on Monday.", false, "2023-06-19"},
		{"past weekday goes back", "They met on Friday.", false, "2023-06-16"},
		{"future weekday goes forward", "They will meet on Friday.", true, "2023-06-23"},
		{"last weekday is strictly before", "They met last Monday.", false, "2023-06-12"},
		{"month alone in the past is last year when later", "They met in November.", false, "2022-11"},
		{"month alone in the future", "They will meet in November.", true, "2023-11"},
		{"month alone earlier this year", "They met in March.", false, "2023-03"},
		{"last November", "They met last November.", false, "2022-11"},
		{"later this year", "A summit later this year.", true, "2023"},
		{"later in the year", "A summit later in the year.", true, "2023"},
		{"next year", "They will meet next year.", true, "2024"},
		{"month and day", "On April 5 they met.", false, "2023-04-05"},
		{"month, day and year", "On July 8, 2022 they met.", false, "2022-07-08"},
		{"day month year", "On 24 June 2021 they met.", false, "2021-06-24"},
		{"month and year", "In November 2022 they met.", false, "2022-11"},
		{"future month-day after the date", "They will meet July 8.", true, "2023-07-08"},
		{"past month-day later in the year is last year", "They met December 2.", false, "2022-12-02"},
		{"year", "They last met in 2018.", false, "2018"},
		{"impossible day is dropped", "On February 30 they met.", false, ""},
		{"later this month", "They will meet later this month.", true, "2023-06"},
		{"earlier this month", "They met earlier this month.", false, "2023-06"},
		{"later this week is this month", "They will meet later this week.", true, "2023-06"},
		{"this week is a month, not a day", "They met this week.", false, "2023-06"},
		{"next week", "They will meet next week.", true, "2023-06"},
		{"last week", "They met last week.", false, "2023-06"},
		{"last night is yesterday", "They spoke last night.", false, "2023-06-18"},
		{"next month", "They will meet next month.", true, "2023-07"},
		{"weekday before a full date is the full date", "On Monday, June 12, they met.", false, "2023-06-12"},
		{"weekday before a full date without a comma is the full date", "She traveled to Washington on Tuesday April 12, 2022.", true, "2022-04-12"},
		{"the verb may is no month", "They may meet soon.", true, ""},
		{"years ago is the year", "They met two years ago.", false, "2021"},
		{"tens and units years ago", "They signed it fifty-six years ago.", false, "1967"},
		{"months ago is the month", "They met three months ago.", false, "2023-03"},
		{"a week ago is the month", "They met a week ago.", false, "2023-06"},
		{"days ago is the day", "They spoke 5 days ago.", false, "2023-06-14"},
		{"a few weeks ago is only the year", "They met a few weeks ago.", false, "2023"},
		{"a few years ago is no date", "They met a few years ago.", false, ""},
		{"over the weekend is the weekend's month", "Over the weekend, the President spoke with President Putin.", false, "2023-06"},
		{"this past weekend", "They spoke this past weekend.", false, "2023-06"},
		{"last weekend on a weekday is the one just gone", "They spoke last weekend.", false, "2023-06"},
		{"next weekend", "They will meet next weekend.", true, "2023-06"},
		{"the weekend alone is no date", "They met at the weekend.", false, ""},
		{"an ordinal day is of the article's month", "They met on the 3rd.", false, "2023-06-03"},
		{"an ordinal day still to come is of the month before", "They met on the 28th.", false, "2023-05-28"},
		{"an ordinal day gone by in the future is of the next month", "They will meet on the 3rd.", true, "2023-07-03"},
		{"an ordinal day of a month", "They met on the 16th of February.", false, "2023-02-16"},
		{"an ordinal day of a month and year", "They met on the 16th of February, 2022.", false, "2022-02-16"},
		{"an ordinal day of a month last year", "Visitors came from the 1st of December last year.", true, "2022-12-01"},
		{"an ordinal a noun follows is no day", "They met on the 20th anniversary of the treaty.", false, ""},
		{"a bare number is no ordinal day", "They met on the 3 occasions.", false, ""},
		{"late May is May, not the verb", "They met in late May.", false, "2023-05"},
		{"early May", "They met early May.", false, "2023-05"},
		{"mid-May as one word", "They met in mid-May.", false, "2023-05"},
		{"mid-June with a year", "They met in mid-June 2021.", false, "2021-06"},
		{"mid-December in the past is last year", "They met in mid-December.", false, "2022-12"},
		{"the day before yesterday", "They met the day before yesterday.", false, "2023-06-17"},
		{"the day after tomorrow", "They will meet the day after tomorrow.", true, "2023-06-21"},
		{"a day before May is the month, not the verb", "They met on 12 May.", false, "2023-05-12"},
		{"May after a count that is no day is the verb", "Some 40 May attend.", true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			got := findDates(toks, 0, len(toks), pub, c.future)
			v := ""
			if len(got) > 0 {
				v = got[0].value
			}
			if v != c.want {
				t.Errorf("%q: got %q, want %q", c.text, v, c.want)
			}
		})
	}
}

// A weekend is dated by its own month, which need not be the article's, a
// vague "a couple of months ago" by the year it cannot leave, and a week
// ("this week", "last week") by its working days' month, or their year
// where they span two months.
func TestVagueSpansTakeWhatTheyCannotLeave(t *testing.T) {
	cases := []struct {
		name, pub, text string
		future          bool
		want            string
	}{
		{"a Monday's weekend before is last month's", "2023-05-01", "Over the weekend, they spoke.", false, "2023-04"},
		{"a couple of months ago in June is this year", "2022-06-01", "They spoke a couple of months ago.", false, "2022"},
		{"a few months ago in June may be last year", "2022-06-01", "They spoke a few months ago.", false, ""},
		{"a weekend across two months is the year", "2023-09-25", "They will meet next weekend.", true, "2023"},
		{"on the Sunday, this weekend is this one", "2023-06-18", "They spoke this weekend.", false, "2023-06"},
		{"this week on a Friday the first began last month", "2022-04-01", "They met this week.", false, "2022"},
		{"earlier this week on a Friday the first began last month", "2022-04-01", "They met earlier this week.", false, "2022"},
		{"later this week on a Friday the first is this month", "2022-04-01", "They will meet later this week.", true, "2022-04"},
		{"this week on a Thursday the 31st ends next month", "2022-03-31", "They will meet this week.", true, "2022"},
		{"last week across two months is the year", "2022-04-07", "They met last week.", false, "2022"},
		{"next week across two months is the year", "2022-06-21", "They will meet next week.", true, "2022"},
		{"next week's working days in one month are the month", "2023-06-19", "They will meet next week.", true, "2023-06"},
		{"the past couple weeks reach three weeks back", "2022-06-21", "They spoke in the past couple weeks.", false, "2022"},
		{"the past three days are this month's", "2022-06-21", "They spoke three times in the past three days.", false, "2022-06"},
		{"over the past several days reach nine days back", "2022-03-08", "Over the past several days, they met.", false, "2022"},
		{"the last several months are the year's when they cannot leave it", "2022-07-20", "Over the last several months they spoke.", false, "2022"},
		{"the past two years are no one date", "2022-07-20", "They met often in the past two years.", false, ""},
		{"the past week is the seven days before", "2022-03-21", "They have spoken multiple times in the past week.", false, "2022-03"},
		{"over the last week is the seven days before, across a month the year", "2022-03-03", "Over the last week, they spoke.", false, "2022"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub, err := parseArticleDate(c.pub)
			if err != nil {
				t.Fatal(err)
			}
			toks := tokenize(c.text, 0)
			v := ""
			if got := findDates(toks, 0, len(toks), pub, c.future); len(got) > 0 {
				v = got[0].value
			}
			if v != c.want {
				t.Errorf("%q on %s: got %q, want %q", c.text, c.pub, v, c.want)
			}
		})
	}
}

// A date that dates another thing in the sentence is not its encounter's:
// a span opened by "since" after the meeting word, an event of another verb,
// or, in a sentence of the future, the day something was said.
func TestEncounterDatesDropOtherThingsDates(t *testing.T) {
	pub := time.Date(2022, 6, 10, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		name, text, meetWord string
		future               bool
		want                 []string
	}{
		{"the meeting's own day is kept", "They met on Monday.", "met", false, []string{"2022-06-06"}},
		{"an agreement signed in a year", "They met to discuss the agreement signed in 2019.", "met", false, nil},
		{"a war begun in a month", "They spoke about the war that Russia began in February.", "spoke", false, nil},
		{"progress since a month, after the meeting word", "They met to review progress since March.", "met", false, nil},
		{"a span since a year before the meeting word is kept", "Since last year, they were able to meet often.", "meet", false, []string{"2021"}},
		{"the day a plan was told", "They said on Monday that they would meet soon.", "meet", true, nil},
		{"the day a plan was told, and the plan's month", "They said on Monday that they would meet in July.", "meet", true, []string{"2022-07"}},
		{"the day a held meeting was told is kept", "They met, officials said on Monday.", "met", false, []string{"2022-06-06"}},
		{"the day a held meeting was told gives way to its own", "He told reporters on Monday that he met her last month.", "met", false, []string{"2022-05"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			at := -1
			for i := range toks {
				if toks[i].key == c.meetWord {
					at = i
				}
			}
			var got []string
			for _, dt := range encounterDates(toks, findDates(toks, 0, len(toks), pub, c.future), 0, at, c.future) {
				got = append(got, dt.value)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// The day a paragraph told its occasion on gives the paragraphs after it
// its month, unless it is the article's own day or the article a schedule.
func TestNextParagraphDayIsTheMonth(t *testing.T) {
	cases := []struct {
		name, day, pub string
		schedule       bool
		want           string
	}{
		{"an earlier day gives its month", "2022-04-11", "2022-04-12", false, "2022-04"},
		{"the article's own day gives nothing", "2022-04-12", "2022-04-12", false, ""},
		{"a schedule's paragraphs carry nothing", "2022-03-04", "2022-03-08", true, ""},
		{"no day gives nothing", "", "2022-03-08", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := nextParagraphDay(c.day, c.pub, c.schedule); got != c.want {
				t.Errorf("nextParagraphDay(%q, %q, %v) = %q, want %q", c.day, c.pub, c.schedule, got, c.want)
			}
		})
	}
}

// A range of days spelled out in words is one month's where it ends in the
// month it opens in.
func TestSpelledRangeOfOneMonth(t *testing.T) {
	pub := time.Date(2022, 6, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want bool
	}{
		{"They met from May 20 to 22.", true},
		{"They met from July 12 to July 15, 2021.", true},
		{"They met between June 3 and 5.", true},
		{"They met from May 20 through the end of the visit.", false},
		{"They met from May 31 to June 6.", false},
		{"They met on May 20 and discussed trade.", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			toks := tokenize(c.text, 0)
			dates := findDates(toks, 0, len(toks), pub, false)
			if len(dates) == 0 {
				t.Fatalf("%q: no date", c.text)
			}
			if got := spelledRange(toks, dates[0]); got != c.want {
				t.Errorf("%q: spelledRange = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

func TestParseArticleDate(t *testing.T) {
	for in, ok := range map[string]bool{"2023-06-19": true, "2023-06-19T10:00:00Z": true, "2023-02-30": false, "19/06/2023": false, "": false} {
		if _, err := parseArticleDate(in); (err == nil) != ok {
			t.Errorf("parseArticleDate(%q) err=%v", in, err)
		}
	}
}
