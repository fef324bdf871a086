package extract

import "time"

// longPastHolder: one of people is a past head of state or government
// (pastTermEnd) whose last term ended more than a year before the article's
// date. An encounter with such a person that its own sentence does not date
// is an old one told in passing ("the partnership established nearly eight
// decades ago with the meeting between King Abdulaziz Al-Saud and President
// Franklin D. Roosevelt"), so it takes neither the article's day nor a day
// or month borrowed from its paragraph or trip. One who left office within
// the year (a leader just assassinated or voted out) may be the day's news;
// a "former" office is no past holder's.
func longPastHolder(r *resolver, people []int, date string) bool {
	pub, err := time.Parse("2006-01-02", date)
	if err != nil || len(people) == 0 {
		return false
	}
	if r.longPast == nil {
		r.longPast = map[int]bool{}
	}
	cut := dayOf(pub.AddDate(-1, 0, 0))
	for _, pi := range people {
		past, seen := r.longPast[pi]
		if !seen {
			p := r.people[pi]
			end, ok := pastTermEnd(Person{Name: p.name, Role: p.role}, date)
			past = ok && compareDates(end, cut) < 0
			r.longPast[pi] = past // the lists' terms are looked up once a person
		}
		if past {
			return true
		}
	}
	return false
}
