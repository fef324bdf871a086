package extract

import (
	"strings"

	"newsgraph/gazetteer"
)

// A past holder is a listed head of state or government whose every term begun by the
// article's date had ended by it: "President Kennedy" in 2022 (the lists'
// Senator Kennedy of 2017 is a namesake in another office), "Ronald Reagan".
// Remarks that recall such a person's visit or meeting ("We remember the
// visit that President Clinton made to Colombia") tell of that term, and the
// officials of the article's time who are found beside them (a host, the
// speaker) are no party to it.

// leaderOffices are the heads of state and government, whose terms the lists
// give whole.
var leaderOffices = setOf("president", "prime minister", "premier", "chancellor", "monarch", "king", "queen",
	"emir", "supreme leader", "taoiseach")

// pastTermEnd is the end of person p's last term, when p is a past holder
// on date: only the terms of p's role count where the lists give p in it
// (John Kennedy the President, not the Senator of that name).
func pastTermEnd(p Person, date string) (string, bool) {
	if p.Name == "" || strings.Contains(strings.ToLower(p.Role), "former") {
		return "", false
	}
	terms := gazetteer.OfficialsNamed(p.Name)
	if head := roleHead(p.Role); head != "" {
		var same []gazetteer.Official
		for _, o := range terms {
			if roleHead(o.Role) == head {
				same = append(same, o)
			}
		}
		if len(same) > 0 {
			terms = same
		}
	}
	end := ""
	for _, o := range terms {
		if o.Start == "" || o.Start > date {
			continue // a term to come says nothing of the past ("Donald Trump" of 2025)
		}
		if !leaderOffices[strings.ToLower(o.Role)] {
			// the lists lack many a later office of a former minister (Under
			// Secretary Nuland, an Assistant Secretary until 2017), never a
			// head of state's or government's
			return "", false
		}
		if o.ActiveOn(date) {
			return "", false
		}
		end = max(end, o.End)
	}
	return end, end != ""
}

// firstTermStart is the start of person p's first listed term in any office;
// false where the lists do not know p or give a term with no start.
func firstTermStart(name string) (string, bool) {
	start := ""
	for _, o := range gazetteer.OfficialsNamed(name) {
		if o.Start == "" {
			return "", false
		}
		if start == "" || o.Start < start {
			start = o.Start
		}
	}
	return start, start != ""
}

// outOfTime drops from each encounter the past holders whom none of the
// others of the article's time could have met in office: each of them is
// listed and began their first listed term after the past holder's last one
// ended (Kennedy, 1961-63, beside Colombia's President Duque, since 2018).
// Past holders of one time (Trump and Kim Jong Un, Obama and Vice President
// Biden), past holders alone together, and anyone beside an unlisted
// official are left as they are. An encounter left with fewer than two
// participants is dropped.
func outOfTime(meetings []Meeting, people []Person, date string) []Meeting {
	if len(date) < 10 {
		return meetings
	}
	byName := make(map[string]Person, len(people))
	for _, p := range people {
		byName[p.Name] = p
	}
	out := meetings[:0]
	for _, m := range meetings {
		ends := make([]string, len(m.Participants))
		var starts []string // first starts of the others, those of the article's time
		known := true
		for i, n := range m.Participants {
			if end, ok := pastTermEnd(byName[n], date); ok {
				ends[i] = end
				continue
			}
			start, ok := firstTermStart(n)
			known = known && ok
			starts = append(starts, start)
		}
		var names, ids []string
		for i, n := range m.Participants {
			if !known || ends[i] == "" || len(starts) == 0 || !allAfter(starts, ends[i]) {
				names, ids = append(names, n), append(ids, m.ParticipantIDs[i])
			}
		}
		if len(names) < 2 {
			continue
		}
		m.Participants, m.ParticipantIDs = names, ids
		out = append(out, m)
	}
	return out
}

// allAfter reports whether every start (a date or a year) falls after end,
// at the coarser of their precisions.
func allAfter(starts []string, end string) bool {
	for _, s := range starts {
		if compareDates(s, end) <= 0 {
			return false
		}
	}
	return true
}
