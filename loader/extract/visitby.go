package extract

// visitWithoutHost: the visit noun at i names its visitor after "by" or
// "of" and no host ("following the visit to the United States by Afghan
// President Ghani", "this followed the visit to Singapore by Defense
// Secretary Austin", "since the visit of Secretary Austin to India",
// "Regarding the visit by Speaker Pelosi"). The noun tells who travelled,
// not whom they met: the people the sentence names beside it talk about the
// visit (a readout's subject, a transcript's speaker), so it is no
// encounter of theirs (GUIDELINES: a meeting is between named officials of
// two or more parties; the batches' convention gives a visit with no named
// counterpart no record). A visit told as the setting of what follows
// ("during the visit by Vice President Harris, we asked her") or as what a
// host welcomed or hosted ("hosted the first-ever visit by …") is left to
// the rules it had; so is a headline's. Another meeting word of the
// sentence ("the visit by X to Kyiv, where he met Y") still makes its
// encounter.
func visitWithoutHost(d *doc, i, s0, s1 int) bool {
	if d.inTitle || (d.toks[i].key != "visit" && d.toks[i].key != "visits") {
		return false
	}
	k := i + 1
	if k < s1 && d.toks[k].key == "to" {
		// the place visited: "to Singapore", "to the United States", "to
		// Washington this week"
		k++
		for n := 0; k < s1 && n < 8 && (d.toks[k].cap || placeJoiners[d.toks[k].key]); n++ {
			k++
		}
		for n := 0; k < s1 && n < 2 && visitTimeWords[d.toks[k].key]; n++ {
			k++
		}
		if k >= s1 || d.toks[k].key != "by" {
			return false
		}
	} else if k >= s1 || (d.toks[k].key != "by" && d.toks[k].key != "of") {
		return false
	}
	k++
	if k < s1 && d.toks[k].key == "the" {
		k++
	}
	if k >= s1 || d.toks[k].kind != tokWord || !d.toks[k].cap {
		return false // "a visit by car", "the visit of his life"
	}
	return !visitSetting(d, i, s0)
}

// placeJoiners are the lower-case words inside a place's name after "to":
// "to the United States", "to the Republic of Korea".
var placeJoiners = setOf("the", "of", "and")

// visitTimeWords may stand between a visit's place and its visitor: "the
// visit to Washington this week by …".
var visitTimeWords = setOf("this", "last", "next", "week", "month", "summer", "year", "earlier", "today")

// visitSetting: the visit noun at i is governed by a word that makes it the
// setting of the sentence's encounter ("during the visit by …", "on the
// occasion of the visit of …") or what a host did with it ("hosted the
// first-ever visit by …", "welcomed the visit of …").
func visitSetting(d *doc, i, s0 int) bool {
	k := i - 1
	for n := 0; k >= s0 && n < 3 && !d.toks[k].cap && d.toks[k].kind == tokWord && !visitGoverning[d.toks[k].key]; n++ {
		k-- // "the", "a", "historic", "upcoming", "first-ever", "recent"
	}
	return k >= s0 && visitGoverning[d.toks[k].key]
}

// visitGoverning are the words before a visit noun that keep it an
// encounter of the sentence's people.
var visitGoverning = setOf("during", "occasion", "throughout", "amid", "hosted", "hosting", "hosts", "host",
	"welcomed", "welcoming", "welcomes", "welcome", "received", "receiving", "receive")
