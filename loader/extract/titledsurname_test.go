package extract

import "testing"

// TestTitledSurnameIsTheTitleHolder: a titled surname ("President Biden") is
// the person the lists hold in that office on the article's date, not a
// relative the text names in full without it ("Ashley Biden, the
// President's daughter"); a namesake the text gives that very title, or
// who is the holder under another form of the name, keeps it.
func TestTitledSurnameIsTheTitleHolder(t *testing.T) {
	wh, usdos := "https://www.whitehouse.gov/x", "https://www.state.gov/x"
	checkPeople(t, []peopleCase{
		{"a relative named in full is not the President", wh, "2022-05-18",
			"Ashley Biden, the President's daughter, is positive for COVID. In Japan, President Biden will meet with Prime Minister Kishida.",
			map[string]string{"Joe Biden": "US", "Fumio Kishida": "JP"}},
		{"a relative named before the President's title, then a later title", wh, "2022-05-18",
			"Valerie Biden Owens, chair of the Biden Institute, spoke. Ambassadors will ride the tracks President Biden took every day.",
			map[string]string{"Valerie Biden Owens": "US", "Joe Biden": "US"}},
		{"a mayor of the surname is not the congresswoman", wh, "2022-04-28",
			"You know, and Mayor Jane Castor. And it's great to see Congresswoman Castor.",
			map[string]string{"Jane Castor": "US", "Kathy Castor": "US"}},
		{"a namesake the text gives the title keeps it (guard)", usdos, "2021-07-29",
			"Kuwaiti Foreign Minister Sheikh Dr. Ahmed Nasser Al-Mohammed Al-Sabah welcomed him. Foreign Minister Al-Sabah spoke first.",
			map[string]string{"Ahmed Nasser Al-Mohammed Al-Sabah": "KW"}},
		{"the holder under a short form of the first name keeps it (guard)", wh, "2021-03-01",
			"Remarks in a meeting with Committee Chair Dick Durbin. We have done a lot together, Senator Grassley and I, as well as Senator Durbin.",
			map[string]string{"Dick Durbin": "US", "Chuck Grassley": "US"}},
		{"the holder under a shorter form of the name keeps it (guard)", wh, "2022-03-20",
			"I guess you saw Justice Brown Jackson. But Judge Jackson is going to be an outstanding justice.",
			map[string]string{"Brown Jackson": "US"}},
	})
}
