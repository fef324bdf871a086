package extract

import "time"

// gatheringEdition is one edition of a recurring gathering: its first and
// last day.
type gatheringEdition struct{ first, last string }

// namedGatherings are the leaders' gatherings of 2021-22 that the news
// names without a date ("At the G7 summit, President Biden and Chancellor
// Merkel outlined …", "We last met in Rome on the sidelines of the G20
// Summit", "the Geneva summit between President Biden and President
// Putin"), by the words that name them (keys), with their editions, from
// the public record. A reader dates an encounter at one of them by it
// (evaluate/testdata/README.md: the event a meeting was on the margins of).
var namedGatherings = []struct {
	keys     []string
	editions []gatheringEdition
}{
	{[]string{"g7", "summit"}, []gatheringEdition{{"2021-06-11", "2021-06-13"}, {"2022-06-26", "2022-06-28"}}},
	{[]string{"g-7", "summit"}, []gatheringEdition{{"2021-06-11", "2021-06-13"}, {"2022-06-26", "2022-06-28"}}},
	{[]string{"g20", "summit"}, []gatheringEdition{{"2021-10-30", "2021-10-31"}, {"2022-11-15", "2022-11-16"}}},
	{[]string{"g-20", "summit"}, []gatheringEdition{{"2021-10-30", "2021-10-31"}, {"2022-11-15", "2022-11-16"}}},
	{[]string{"nato", "summit"}, []gatheringEdition{{"2021-06-14", "2021-06-14"}, {"2022-03-24", "2022-03-24"}, {"2022-06-28", "2022-06-30"}}},
	{[]string{"geneva", "summit"}, []gatheringEdition{{"2021-06-16", "2021-06-16"}}},
	{[]string{"summit", "of", "the", "americas"}, []gatheringEdition{{"2022-06-06", "2022-06-10"}}},
	{[]string{"quad", "summit"}, []gatheringEdition{{"2021-03-12", "2021-03-12"}, {"2021-09-24", "2021-09-24"}, {"2022-03-03", "2022-03-03"}, {"2022-05-24", "2022-05-24"}}},
	{[]string{"summit", "for", "democracy"}, []gatheringEdition{{"2021-12-09", "2021-12-10"}}},
	{[]string{"negev", "summit"}, []gatheringEdition{{"2022-03-27", "2022-03-28"}}},
}

// gatheringFirstKeys are the first words of namedGatherings' names, so that
// most words are passed over at once.
var gatheringFirstKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range namedGatherings {
		m[g.keys[0]] = true
	}
	return m
}()

// gatheringReach is how far back or ahead of the article's day the edition
// a name stands for may lie: half a year, so that "the G7 Summit" told before
// the next one is not the last year's.
const gatheringReach = 183 * 24 * time.Hour

// leadersWords may stand between a gathering's name and "summit" ("the G7
// Leaders' Summit", "the Quad Leaders Summit").
var leadersWords = setOf("leaders", "leaders'", "leaders’", "leader's", "leaders’s")

// namedGathering: the name of a gathering of namedGatherings dates what
// happened at it by its edition, the last one begun by the article's day
// (in a sentence of the future from token futureFrom on, the first one not
// over by it): its day, or what holds its days (spanValue). An edition
// that holds the article's day gives nothing: a release of that day tells
// the day's encounter ("Readout of President Biden's Meeting with President
// Macky Sall" on the G7's last day). Nor does a name with no edition within
// gatheringReach. findDatesFrom reads it only in a sentence with no date of
// its own.
func namedGathering(c *dateCtx, i int) (dateExpr, bool) {
	if !gatheringFirstKeys[c.key(i)] {
		return dateExpr{}, false
	}
	for _, g := range namedGatherings {
		k, ok := i, true
		for n, want := range g.keys {
			if n == 1 && want == "summit" && leadersWords[c.key(k)] {
				k++
			}
			if c.key(k) != want {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if e, found := gatheringEditionAt(g.editions, c.pub, c.futureAt(i)); found {
			return dateExpr{i, k, e}, true
		}
		return dateExpr{}, false
	}
	return dateExpr{}, false
}

// gatheringEditionAt is the value of the edition a name stands for on day
// pub: the last begun by pub, or with ahead the first not over by it.
func gatheringEditionAt(editions []gatheringEdition, pub time.Time, ahead bool) (string, bool) {
	var best *gatheringEdition
	var bestFirst, bestLast time.Time
	for n := range editions {
		first, err1 := time.Parse("2006-01-02", editions[n].first)
		last, err2 := time.Parse("2006-01-02", editions[n].last)
		if err1 != nil || err2 != nil {
			continue
		}
		switch {
		case !ahead && !first.After(pub) && pub.Sub(first) <= gatheringReach && (best == nil || first.After(bestFirst)):
		case ahead && !last.Before(pub) && last.Sub(pub) <= gatheringReach && (best == nil || first.Before(bestFirst)):
		default:
			continue
		}
		best, bestFirst, bestLast = &editions[n], first, last
	}
	if best == nil || !pub.Before(bestFirst) && !pub.After(bestLast) {
		return "", false
	}
	if best.first == best.last {
		return best.first, true
	}
	if v := spanValue(bestFirst, bestLast); v != "" {
		return v, true
	}
	return "", false
}
